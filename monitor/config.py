"""The settings file (sources.toml): database URL, sources and hooks.

This first version reads the database setting and keeps the rest for the pollers and
hooks; every problem is reported as one line naming the file, the key and the line.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_CONFIG = Path("sources.toml")


class ConfigError(Exception):
    """One readable line naming the file, and where possible the key and its line."""


@dataclass(frozen=True)
class Settings:
    path: Path | None
    database_url: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def affiliations(self) -> dict[str, str]:
        """Source name -> affiliation (ukraine, russia, independent), for the claim rules."""
        return {s["name"]: s.get("affiliation", "independent") for s in self.raw.get("sources", [])
                if isinstance(s, dict) and "name" in s}


def load_settings(path: str | None) -> Settings:
    """Read --config, else MONITOR_CONFIG, else ./sources.toml if it exists."""
    explicit = path or os.environ.get("MONITOR_CONFIG")
    chosen = Path(explicit) if explicit else DEFAULT_CONFIG
    if not chosen.exists():
        if explicit:
            raise ConfigError(f"{chosen}: no such settings file")
        return Settings(path=None)
    try:
        text = chosen.read_text(encoding="utf-8")
        raw = tomllib.loads(text)
    except UnicodeDecodeError:
        raise ConfigError(f"{chosen}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{chosen}: invalid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{chosen}: cannot read ({error.strerror})") from None
    database = raw.get("database", {})
    if not isinstance(database, dict):
        raise ConfigError(f"{chosen}:{_line_of(text, 'database')}: [database] must be a table")
    url = database.get("url")
    if url is not None and not isinstance(url, str):
        raise ConfigError(f"{chosen}:{_line_of(text, 'url')}: database.url must be a string")
    return Settings(path=chosen, database_url=url, raw=raw)


def _line_of(text: str, key: str) -> int:
    """The first line that sets or opens ``key`` (TOML parsers do not keep positions)."""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith((f"{key} ", f"{key}=", f"[{key}]", f"[[{key}]]")):
            return number
    return 1
