"""Alembic migrations: the only source of the database schema, on SQLite and PostgreSQL alike.

Installed as ``monitor.migrations``; run them with ``monitor init``.
"""
