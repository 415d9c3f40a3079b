"""Driver errors turned into one-line user errors naming the database."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import sqlite3

import sqlalchemy as sa
from sqlalchemy.engine import URL

from monitor.log.engine import describe
from monitor.log.errors import DatabaseUnavailable, LogError, NotADatabase


@contextmanager
def database_errors(url: URL) -> Iterator[None]:
    """Turn a driver error into a one-line :class:`LogError` naming the database."""
    try:
        yield
    except Exception as error:
        if isinstance(error, _driver_errors()):
            raise explain(error, url) from None
        raise


def _driver_errors() -> tuple[type[Exception], ...]:
    """SQLAlchemy's wrapper, and the drivers' own errors (the hot paths use raw cursors).

    psycopg's errors only when psycopg is loaded (a PostgreSQL engine loads it): importing
    it here cost every command, SQLite ones included, a quarter of a second at start.
    """
    errors: list[type[Exception]] = [sa.exc.DBAPIError, sqlite3.Error]
    psycopg = sys.modules.get("psycopg")
    if psycopg is not None:
        errors.append(psycopg.Error)
    return tuple(errors)


def explain(error: Exception, url: URL) -> LogError:
    where = describe(url)
    original = getattr(error, "orig", None) or error
    detail = (str(original).strip().splitlines() or [type(original).__name__])[0]
    lowered = detail.lower()
    if "file is not a database" in lowered or "malformed" in lowered:
        return NotADatabase(f"{where} is not a SQLite database, or it is corrupt ({detail})")
    if "unable to open database file" in lowered:
        return DatabaseUnavailable(f"cannot open {where}: the folder is missing or not writable")
    if "readonly" in lowered or "read-only" in lowered:
        return DatabaseUnavailable(f"cannot write {where}: it is read-only")
    return DatabaseUnavailable(f"database {where}: {detail}")
