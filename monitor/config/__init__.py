"""The settings file: database URL, source specs, defaults and alert hooks.

Public surface: :func:`load_settings` (and :func:`parse_settings` for text in hand),
:class:`Settings`, :class:`SourceSpec`, :class:`HookSpec`, :class:`ConfigError` (one line: file, line, key),
:class:`KindRules` (what a kind of source tells the settings about its own keys), and the duration
helpers. This package imports nothing else of the monitor.
"""

from monitor.config.durations import format_duration, parse_duration
from monitor.config.errors import ConfigError
from monitor.config.hook_specs import HOOK_KINDS, TRIGGERS, HookSpec
from monitor.config.settings import DEFAULT_CONFIG, Settings, load_settings, parse_settings
from monitor.config.source_kinds import KindRules
from monitor.config.source_specs import AFFILIATIONS, SourceSpec

__all__ = [
    "AFFILIATIONS",
    "DEFAULT_CONFIG",
    "HOOK_KINDS",
    "ConfigError",
    "HookSpec",
    "KindRules",
    "Settings",
    "SourceSpec",
    "TRIGGERS",
    "format_duration",
    "load_settings",
    "parse_duration",
    "parse_settings",
]
