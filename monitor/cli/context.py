"""What every command shares: the settings file and the database it points at.

Every command reads the settings file first (a mistake in it is one line, whatever the
command), except those that set ``reads_settings=False`` (`monitor extract FILE`, which
needs neither settings nor database, and so does not import their modules either).
"""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from monitor.config import Settings
    from monitor.log import EventStore


class Context:
    def __init__(self, config: str | None, db: str | None) -> None:
        self._config = config  # --config, or None: $MONITOR_CONFIG, else ./sources.toml if present
        self._db = db  # --db, or None

    @classmethod
    def from_args(cls, args) -> "Context":
        ctx = cls(args.config, args.db)
        if getattr(args, "reads_settings", True):
            ctx.settings  # noqa: B018 - read (and checked) now, before the command does anything
        return ctx

    @cached_property
    def settings(self) -> "Settings":
        from monitor.config import load_settings
        from monitor.sources.kinds import catalogue

        return load_settings(self._config, kinds=catalogue())  # each kind of source checks its own keys

    @cached_property
    def db(self) -> str | None:
        # --db, then MONITOR_DB, then the settings file, then ./monitor.db (None).
        return self._db or os.environ.get("MONITOR_DB") or self.settings.database_url

    def store(self) -> "EventStore":
        from monitor.log import open_store  # the database layer only for commands that open one
        return open_store(self.db)
