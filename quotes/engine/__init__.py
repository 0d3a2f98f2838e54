"""The extraction engine: text offsets → quotation marks → rules → speakers → the composer."""
