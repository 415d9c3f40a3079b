"""Exclusive locks beside a SQLite database file: one daemon per file, one alert sender.

SQLite serves one machine, and one ``monitor run`` per database file: two daemons on one
file both poll and both send alerts, so alerts go out twice and articles are recorded
twice over. The daemon takes ``<database>.run.lock`` (an ``flock`` on a file beside the
database); a second daemon finds it taken and stops with one line naming the holder.
The kernel drops the lock when its holder exits in any way (``kill -9`` included), so a
crashed daemon never blocks the next one, and the file left behind means nothing.

Alert dispatch on SQLite (``monitor run``, ``poll --alerts``, ``import --alerts``) takes
``<database>.<name>.lock`` the same way, so two processes never send the same alert.
PostgreSQL coordinates several daemons through the database itself (advisory locks).
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from sqlalchemy.engine import URL

from monitor.log.engine import describe, sqlite_path
from monitor.log.errors import LogError


class DaemonRunning(LogError):
    """Another process holds the lock: one line naming it and the database."""


class FileLock:
    """An exclusive, non-blocking ``flock`` on one file; released by :meth:`release` or by exit."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock if it is free (True), or say it is held elsewhere (False).

        Raises OSError when the lock file cannot be opened at all (a read-only folder)."""
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except PermissionError:
            fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)  # a file another user made: flock still works
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        try:  # who holds it, for the message the next one prints (best effort)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        except OSError:
            pass
        return True

    def holder(self) -> int | None:
        """The process id the holder wrote, if it can be read."""
        try:
            text = self.path.read_text().strip()
        except OSError:
            return None
        return int(text) if text.isdigit() else None

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def lock_path(url: URL, name: str) -> Path | None:
    """The lock file ``<database>.<name>.lock`` beside a SQLite file; None for other backends."""
    path = sqlite_path(url)
    if path is None:
        return None
    path = path.resolve()  # one file under any name it is reached by
    return path.with_name(f"{path.name}.{name}.lock")


class DaemonLock:
    """One ``monitor run`` per SQLite database file (a no-op on PostgreSQL)."""

    NAME = "run"

    def __init__(self, url: URL) -> None:
        self.url = url
        path = lock_path(url, self.NAME)
        self._lock = FileLock(path) if path is not None else None

    def acquire(self) -> None:
        if self._lock is None:
            return
        try:
            taken = self._lock.try_acquire()
        except OSError as error:
            raise LogError(f"cannot lock {self._lock.path} ({error.strerror}): the daemon needs to write "
                           f"beside {describe(self.url)}") from None
        if not taken:
            holder = self._lock.holder()
            who = f" (pid {holder})" if holder else ""
            raise DaemonRunning(f"another `monitor run`{who} is already running on {describe(self.url)}; "
                                "one daemon per SQLite database (stop it first, or use PostgreSQL to share the work)")

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> DaemonLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()
