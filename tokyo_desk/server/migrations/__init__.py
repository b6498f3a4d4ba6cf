"""Alembic migrations of the head-office database, run by ``tokyo_desk.server.database``."""
