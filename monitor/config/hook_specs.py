"""``[[hooks]]`` tables checked and turned into frozen :class:`HookSpec` values.

A hook says where alerts go (a webhook, a command, Apprise URLs), which status changes
it wants (triggers) and for which places (filters). Nothing here reads the environment
or the gazetteer: a secret is named, not given, and place names are resolved by the
hooks package, which knows the settlements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from monitor.config import checks
from monitor.config.durations import parse_duration
from monitor.config.key_lines import KeyPath
from monitor.config.locator import Locator

HookKind = Literal["webhook", "command", "apprise"]
HOOK_KINDS: tuple[str, ...] = ("webhook", "command", "apprise")
# Kept equal to monitor.hooks.TRIGGERS by a test (this package imports nothing of the monitor).
TRIGGERS: tuple[str, ...] = ("control_changed", "confidence_upgraded", "unconfirmed_report", "disputed")
CONFIDENCES: tuple[str, ...] = ("unconfirmed", "reported", "confirmed")

HOOK_KEYS = ("name", "kind", "url", "secret_env", "command", "env", "urls", "triggers", "places", "oblasts",
             "min_confidence", "timeout", "max_attempts", "backoff", "max_backoff", "enabled")
_ONLY_FOR = {"url": "webhook", "secret_env": "webhook", "command": "command", "env": "command", "urls": "apprise"}
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class HookSpec:
    """Where one stream of alerts goes, as the settings file describes it.

    ``command`` is an argv list used as written (never through a shell; a relative
    program path is resolved against the settings file's folder). ``secret_env`` names
    the environment variable holding the webhook's signing secret.
    """

    name: str
    kind: HookKind
    url: str | None = None
    secret_env: str | None = None
    command: tuple[str, ...] = ()
    env: tuple[str, ...] = ()  # names of variables a command hook is given besides PATH, LANG, MONITOR_ALERT_*
    urls: tuple[str, ...] = ()
    triggers: tuple[str, ...] = TRIGGERS
    places: tuple[str, ...] = ()
    oblasts: tuple[str, ...] = ()
    min_confidence: str | None = None
    timeout: timedelta = timedelta(seconds=10)
    max_attempts: int = 12
    backoff: timedelta = timedelta(seconds=2)
    max_backoff: timedelta = timedelta(minutes=10)
    enabled: bool = True


def validate_hooks(raw: Any, base_dir: Path, where: Locator) -> tuple[HookSpec, ...]:
    """Every ``[[hooks]]`` table as a HookSpec; names must be unique."""
    return where.named_tables(raw, "hooks", lambda table, key: _hook(table, base_dir, where, key))


def _hook(table: dict[str, Any], base_dir: Path, where: Locator, key: KeyPath) -> HookSpec:
    where.reject_unknown(table, key, HOOK_KEYS)
    if "name" not in table:
        raise where.error(key, "missing key 'name'")
    name = checks.name(table["name"], where, key + ("name",), "desk-slack")
    kind = _one_of(table.get("kind", "webhook"), HOOK_KINDS, where, key + ("kind",))
    for option, only in _ONLY_FOR.items():
        if option in table and kind != only:
            raise where.error(key + (option,), f"applies to {only} hooks only, not to a {kind} hook")
    needed = {"webhook": "url", "command": "command", "apprise": "urls"}[kind]
    if needed not in table:
        raise where.error(key, f"missing key {needed!r} (a {kind} hook needs it)")
    values: dict[str, Any] = {"name": name, "kind": kind}
    if kind == "webhook":
        values["url"] = _http_url(table["url"], where, key + ("url",))
        if "secret_env" in table:
            values["secret_env"] = _env_name(table["secret_env"], where, key + ("secret_env",))
    elif kind == "command":
        values["command"] = _argv(table["command"], base_dir, where, key + ("command",))
        if "env" in table:
            values["env"] = tuple(dict.fromkeys(_env_name(name, where, key + ("env",))
                                                for name in _strings(table["env"], where, key + ("env",),
                                                                     empty_ok=True)))
    else:
        urls = table["urls"]
        values["urls"] = _strings([urls] if isinstance(urls, str) else urls, where, key + ("urls",), empty_ok=False)
    if "triggers" in table:
        triggers = _strings(table["triggers"], where, key + ("triggers",), empty_ok=False)
        for trigger in triggers:
            _one_of(trigger, TRIGGERS, where, key + ("triggers",))
        values["triggers"] = tuple(dict.fromkeys(triggers))
    for listed in ("places", "oblasts"):
        if listed in table:
            values[listed] = _strings(table[listed], where, key + (listed,), empty_ok=True)
    if "min_confidence" in table:
        values["min_confidence"] = _one_of(table["min_confidence"], CONFIDENCES, where, key + ("min_confidence",))
    for duration in ("timeout", "backoff", "max_backoff"):
        if duration in table:
            values[duration] = _duration(table[duration], where, key + (duration,))
    if "max_attempts" in table:
        attempts = table["max_attempts"]
        if not isinstance(attempts, int) or isinstance(attempts, bool) or not 1 <= attempts <= 100:
            raise where.error(key + ("max_attempts",), "must be a whole number from 1 to 100")
        values["max_attempts"] = attempts
    if "enabled" in table:
        if not isinstance(table["enabled"], bool):
            raise where.error(key + ("enabled",), "must be true or false")
        values["enabled"] = table["enabled"]
    return HookSpec(**values)


# -- checks: each returns the checked value or raises a located error --------------------

def _one_of(value: Any, choices: tuple[str, ...], where: Locator, key: KeyPath) -> str:
    if checks.string(value, where, key) not in choices:
        raise where.error(key, f"{value!r}: must be one of {', '.join(choices)}")
    return value


def _http_url(value: Any, where: Locator, key: KeyPath) -> str:
    checks.string(value, where, key)
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as error:
        raise where.error(key, f"{value!r}: not a valid address ({error})") from None
    if parts.scheme not in ("http", "https"):
        raise where.error(key, f"{value!r}: a webhook needs an http(s) address")
    if not parts.hostname:
        raise where.error(key, f"{value!r}: no host in the address")
    if any(c.isspace() for c in value):
        raise where.error(key, f"{value!r}: spaces in an address must be written %20")
    return value


def _env_name(value: Any, where: Locator, key: KeyPath) -> str:
    if not _ENV_NAME.fullmatch(checks.string(value, where, key)):
        raise where.error(key, f"{value!r}: the NAME of an environment variable (e.g. \"MONITOR_HOOK_SECRET\"), "
                               "not the secret itself")
    return value


def _strings(value: Any, where: Locator, key: KeyPath, *, empty_ok: bool) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise where.error(key, f"must be an array of strings, not {checks.toml_type(value)}")
    if not value and not empty_ok:
        raise where.error(key, "must not be empty")
    return tuple(checks.string(item, where, key) for item in value)


def _argv(value: Any, base_dir: Path, where: Locator, key: KeyPath) -> tuple[str, ...]:
    if isinstance(value, str):
        raise where.error(key, "must be an array (argv), e.g. [\"/usr/local/bin/notify\", \"--quiet\"]: "
                               "a command hook never goes through a shell")
    argv = _strings(value, where, key, empty_ok=False)
    program = argv[0]
    if "/" in program and not Path(program).expanduser().is_absolute():
        program = str((base_dir / program).resolve())
    return (str(Path(program).expanduser()) if program.startswith("~") else program,) + argv[1:]


def _duration(value: Any, where: Locator, key: KeyPath) -> timedelta:
    try:
        return parse_duration(checks.string(value, where, key))
    except ValueError as error:
        raise where.error(key, str(error)) from None
