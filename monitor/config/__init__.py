"""The settings file: database URL, source specs, defaults and (raw) hooks.

Public surface: :func:`load_settings` (and :func:`parse_settings` for text in hand),
:class:`Settings`, :class:`SourceSpec`, :class:`ConfigError` (one line: file, line, key),
and the duration helpers. This package imports nothing else of the monitor.
"""

from monitor.config.durations import format_duration, parse_duration
from monitor.config.errors import ConfigError
from monitor.config.settings import DEFAULT_CONFIG, Settings, load_settings, parse_settings
from monitor.config.source_specs import AFFILIATIONS, KINDS, SourceSpec

__all__ = [
    "AFFILIATIONS",
    "DEFAULT_CONFIG",
    "KINDS",
    "ConfigError",
    "Settings",
    "SourceSpec",
    "format_duration",
    "load_settings",
    "parse_duration",
    "parse_settings",
]
