"""Errors of the event log, each a one-line message fit to show a user as it is.

    LogError                  base: anything the log cannot do
    ├── BadDatabaseURL        the --db / MONITOR_DB value is not a URL we can use
    ├── DatabaseUnavailable   the database cannot be opened, created or reached
    │   └── DatabaseMissing   a SQLite file that does not exist (run `monitor init`)
    ├── NotADatabase          the file exists but is not a SQLite database (or is corrupt)
    └── SchemaOutdated        the schema is missing, older or newer than this monitor
"""

from __future__ import annotations


class LogError(Exception):
    """Base of the log's errors; ``str(error)`` is one readable line."""


class BadDatabaseURL(LogError):
    pass


class DatabaseUnavailable(LogError):
    pass


class DatabaseMissing(DatabaseUnavailable):
    pass


class NotADatabase(LogError):
    pass


class SchemaOutdated(LogError):
    pass
