"""Checks shared by every kind of settings table: each returns the value or raises a located error."""

from __future__ import annotations

import re
from typing import Any

from monitor.config.key_lines import KeyPath
from monitor.config.locator import Locator

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def toml_type(value: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "an array",
            dict: "a table"}.get(type(value), type(value).__name__)


def string(value: Any, where: Locator, key: KeyPath) -> str:
    if not isinstance(value, str):
        raise where.error(key, f"must be a string, not {toml_type(value)}")
    if not value.strip():
        raise where.error(key, "must not be empty")
    return value


def name(value: Any, where: Locator, key: KeyPath, example: str) -> str:
    """A name the log records (a source's, a hook's): short, no spaces or punctuation."""
    if not NAME.fullmatch(string(value, where, key)):
        raise where.error(key, f"{value!r}: use letters, digits, '.', '_' or '-' (at most 64), e.g. \"{example}\"")
    return value
