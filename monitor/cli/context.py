"""What every command shares: the settings file and the database it points at."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from monitor.config import Settings, load_settings
from monitor.sources.kinds import catalogue

if TYPE_CHECKING:
    from monitor.log import EventStore


@dataclass(frozen=True)
class Context:
    settings: Settings
    db: str | None

    @classmethod
    def from_args(cls, args) -> "Context":
        settings = load_settings(args.config, kinds=catalogue())  # each kind of source checks its own keys
        # --db, then MONITOR_DB, then the settings file, then ./monitor.db.
        db = args.db or os.environ.get("MONITOR_DB") or settings.database_url
        return cls(settings, db)

    def store(self) -> "EventStore":
        from monitor.log import open_store  # the database layer only for commands that open one
        return open_store(self.db)
