"""Alembic revisions, oldest first: each one is a frozen copy of the schema change it made."""
