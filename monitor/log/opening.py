"""Opening the log for use, and creating or upgrading it."""

from __future__ import annotations

from pathlib import Path

from monitor.log import migrate
from monitor.log.engine import create_engine, on_read_only_filesystem, resolve_url, sqlite_path
from monitor.log.errors import DatabaseUnavailable
from monitor.log.store import EventStore
from monitor.log.translate import database_errors


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
    if path is not None and on_read_only_filesystem(path):
        verb = "upgrade" if path.exists() else "create"
        raise DatabaseUnavailable(f"cannot {verb} {path}: it is on a read-only filesystem "
                                  "(reading commands work there; init needs to write)")
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
        try:
            Path(str(path) + suffix).unlink(missing_ok=True)
        except OSError:  # the error being reported is the one that matters
            pass
