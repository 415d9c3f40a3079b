"""Driver errors turned into one-line user errors naming the database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.engine import URL

from monitor.log.engine import describe
from monitor.log.errors import DatabaseUnavailable, LogError, NotADatabase


@contextmanager
def database_errors(url: URL) -> Iterator[None]:
    """Turn a driver error into a one-line :class:`LogError` naming the database."""
    try:
        yield
    except sa.exc.DBAPIError as error:
        raise explain(error, url) from None


def explain(error: sa.exc.DBAPIError, url: URL) -> LogError:
    where = describe(url)
    detail = str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)
    lowered = detail.lower()
    if "file is not a database" in lowered or "malformed" in lowered:
        return NotADatabase(f"{where} is not a SQLite database, or it is corrupt ({detail})")
    if "unable to open database file" in lowered:
        return DatabaseUnavailable(f"cannot open {where}: the folder is missing or not writable")
    if "readonly" in lowered or "read-only" in lowered:
        return DatabaseUnavailable(f"cannot write {where}: it is read-only")
    return DatabaseUnavailable(f"database {where}: {detail}")
