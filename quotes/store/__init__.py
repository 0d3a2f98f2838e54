"""The quote database: extracted documents stored in SQLite and searched with FTS5."""
