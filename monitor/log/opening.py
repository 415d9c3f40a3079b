"""Opening the log for use, and creating it: the only place driver errors become user errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL

from monitor.log import migrate
from monitor.log.engine import create_engine, describe, resolve_url, sqlite_path
from monitor.log.errors import DatabaseUnavailable, LogError, NotADatabase
from monitor.log.store import EventStore


def open_store(db: str | None = None, *, check_schema: bool = True) -> EventStore:
    """The store behind ``db`` (see :func:`resolve_url`), refusing a schema that is not current."""
    url = resolve_url(db)
    engine = create_engine(url, must_exist=True)
    with database_errors(url):
        if check_schema:
            migrate.check_current(engine)
    return EventStore(engine)


def initialise(db: str | None = None) -> tuple[str | None, str]:
    """Create or upgrade the database; a file this call created is removed if it fails."""
    url = resolve_url(db)
    path = sqlite_path(url)
    created = path is not None and not path.exists()
    if path is not None and not path.parent.is_dir():
        raise DatabaseUnavailable(f"cannot create {path}: folder {path.parent} does not exist")
    engine = create_engine(url, must_exist=False)
    try:
        with database_errors(url):
            return migrate.upgrade(engine)
    except BaseException:
        engine.dispose()
        if created:
            _remove_sqlite_files(path)
        raise
    finally:
        engine.dispose()


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


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
