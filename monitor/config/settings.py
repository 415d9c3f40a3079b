"""The settings file (sources.toml): database URL, defaults, sources and alert hooks.

Everything is checked on load, and every problem is one line naming the file, the line
and the key (``sources.toml:12: sources[1].interval: ...``).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.config.errors import ConfigError
from monitor.config.hook_specs import HookSpec, validate_hooks
from monitor.config.key_lines import LazyKeyLines
from monitor.config.locator import Locator
from monitor.config.source_specs import Kinds, SourceSpec, validate_defaults, validate_sources

DEFAULT_CONFIG = Path("sources.toml")
TOP_LEVEL_KEYS = ("database", "defaults", "sources", "hooks")
DATABASE_KEYS = ("url",)


@dataclass(frozen=True)
class Settings:
    path: Path | None
    database_url: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    sources: tuple[SourceSpec, ...] = ()
    hooks: tuple[HookSpec, ...] = ()

    @property
    def affiliations(self) -> dict[str, str]:
        """Source name -> affiliation (ukraine, russia, independent), for the claim rules."""
        return {source.name: source.affiliation for source in self.sources}

    def source(self, name: str) -> SourceSpec | None:
        return next((s for s in self.sources if s.name == name), None)

    def hook(self, name: str) -> HookSpec | None:
        return next((h for h in self.hooks if h.name == name), None)


def load_settings(path: str | None, kinds: Kinds | None = None) -> Settings:
    """Read --config, else MONITOR_CONFIG, else ./sources.toml if it exists.

    ``kinds`` are the kinds of source a source may be (``monitor.sources.kinds.catalogue()``),
    which check their own keys; without them only the keys every source has are checked."""
    explicit = path or os.environ.get("MONITOR_CONFIG")
    chosen = Path(explicit) if explicit else DEFAULT_CONFIG
    if not chosen.exists():
        if explicit:
            raise ConfigError(f"{chosen}: no such settings file")
        return Settings(path=None)
    try:
        text = chosen.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{chosen}: not UTF-8 text") from None
    except OSError as error:
        raise ConfigError(f"{chosen}: cannot read ({error.strerror})") from None
    return parse_settings(text, chosen, kinds)


def parse_settings(text: str, path: Path, kinds: Kinds | None = None) -> Settings:
    """Settings from the text of a file at ``path`` (relative source paths start at its folder)."""
    try:
        raw = tomllib.loads(text)
        lines = LazyKeyLines(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    except RecursionError:  # tomllib reads nested arrays and tables recursively
        raise ConfigError(f"{path}: arrays or tables nested too deeply (a settings file needs a few levels)") \
            from None
    where = Locator(path, lines)
    where.reject_unknown(raw, (), TOP_LEVEL_KEYS)
    database = raw.get("database", {})
    if not isinstance(database, dict):
        raise where.error(("database",), "must be a table: [database]")
    where.reject_unknown(database, ("database",), DATABASE_KEYS)
    url = database.get("url")
    if url is not None and not isinstance(url, str):
        raise where.error(("database", "url"), "must be a string")
    defaults = validate_defaults(raw.get("defaults"), where)
    sources = validate_sources(raw.get("sources"), defaults, path.resolve().parent, where, kinds)
    hooks = validate_hooks(raw.get("hooks"), path.resolve().parent, where)
    return Settings(path=path, database_url=url, raw=raw, sources=sources, hooks=hooks)
