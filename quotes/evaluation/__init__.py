"""Evaluation: scoring predictions against gold annotations, as the reference scorer does."""
