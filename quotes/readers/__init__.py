"""Readers: turn files, folders, standard input and corpora into `Article`s."""
