"""The one error the settings file raises."""

from __future__ import annotations


class ConfigError(Exception):
    """One readable line: ``FILE:LINE: key.path: what is wrong``."""
