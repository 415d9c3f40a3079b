"""``[[sources]]`` tables checked and turned into frozen :class:`SourceSpec` values.

A source's own keys win over ``[defaults]``, which win over the built-in defaults below.
Local paths are resolved against the settings file's folder, so the file means the same
wherever the monitor is started from.

The keys every source has are checked here; a kind's own keys (a telegram source's
``channel``), what it needs and where it reads from are the kind's to say (see
:mod:`monitor.config.source_kinds`). Given no kinds, the kind's name and its own keys
are kept unchecked, and only the common keys are checked (settings read for their
hooks alone need no more).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal
from urllib.parse import urlsplit

from monitor.config import checks
from monitor.config.durations import parse_duration
from monitor.config.key_lines import KeyPath
from monitor.config.locator import Locator
from monitor.config.source_kinds import KindRules

Kinds = Mapping[str, KindRules]
Affiliation = Literal["ukraine", "russia", "independent"]
AFFILIATIONS: tuple[str, ...] = ("ukraine", "russia", "independent")

SOURCE_KEYS = ("name", "url", "kind", "interval", "affiliation", "language", "full_text", "enabled", "outlet",
               "allow_private")
DEFAULT_KEYS = ("kind", "interval", "affiliation", "language", "full_text", "enabled")
BUILT_IN_DEFAULTS: dict[str, Any] = {"kind": "feed", "interval": "10m", "full_text": False, "enabled": True}

_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")


@dataclass(frozen=True)
class SourceSpec:
    """One outlet (or local archive) to poll, as the settings file describes it.

    ``url`` is the http(s) URL, or for a local source the absolute path it names: the
    address the kind reads (for a telegram source, its channel's preview page).
    ``options`` holds the kind's own keys, in key order.
    """

    name: str
    url: str
    kind: str
    interval: timedelta
    affiliation: Affiliation
    language: str | None = None
    full_text: bool = False
    enabled: bool = True
    outlet: str | None = None
    options: tuple[tuple[str, Any], ...] = ()
    # Addresses taken from this source's content (redirects, item links, older pages) may
    # reach loopback, private and link-local addresses: an intranet source whose links
    # stay inside. Off by default (see monitor.sources.egress).
    allow_private: bool = False

    def option(self, key: str, default: Any = None) -> Any:
        return next((value for name, value in self.options if name == key), default)

    @property
    def is_remote(self) -> bool:
        return self.url.startswith(("http://", "https://"))

    @property
    def path(self) -> Path | None:
        """The local file or folder, or None for an http(s) source."""
        return None if self.is_remote else Path(self.url)


def validate_defaults(raw: Any, where: Locator) -> dict[str, Any]:
    """``[defaults]`` checked with the same rules as a source's keys."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise where.error(("defaults",), "must be a table: [defaults]")
    where.reject_unknown(raw, ("defaults",), DEFAULT_KEYS)
    for key, value in raw.items():
        _CHECKS[key](value, where, ("defaults", key))
    return dict(raw)


def validate_sources(raw: Any, defaults: Mapping[str, Any], base_dir: Path, where: Locator,
                     kinds: Kinds | None = None) -> tuple[SourceSpec, ...]:
    """Every ``[[sources]]`` table as a SourceSpec; names must be unique. With ``kinds``,
    each source's kind must be one of them and its own keys are checked by the kind."""
    return where.named_tables(raw, "sources",
                              lambda table, key: _source(table, defaults, base_dir, where, key, kinds))


def _source(table: dict[str, Any], defaults: Mapping[str, Any], base_dir: Path, where: Locator,
            key: KeyPath, kinds: Kinds | None) -> SourceSpec:
    values = {**BUILT_IN_DEFAULTS, **defaults, **table}
    rules = _rules(values["kind"], table, kinds, where, key)
    own = rules.keys if rules is not None else {}
    if kinds is not None:
        where.reject_unknown(table, key, SOURCE_KEYS + tuple(own))
    for required in ("name", *(rules.needs if rules is not None else ())):
        if required not in table:
            raise where.error(key, f"missing key {required!r}" + (f" (a {rules.name} source needs it)"
                                                                  if rules is not None and required != "url" else ""))
    if "affiliation" not in table and "affiliation" not in defaults:
        raise where.error(key, "missing key 'affiliation' (ukraine, russia or independent; "
                               "or set it under [defaults])")
    for name, value in table.items():
        if name in _CHECKS:
            _CHECKS[name](value, where, key + (name,))
        elif name in own and (problem := own[name](value)) is not None:
            raise where.error(key + (name,), problem)
    options = {name: _frozen(value) for name, value in sorted(table.items()) if name not in SOURCE_KEYS}
    url = _location(table["url"], base_dir) if "url" in table else None
    if rules is not None:
        _check_location(rules, url, table, where, key)
        url = rules.address(url, MappingProxyType(options))
    full_text = values["full_text"]
    if full_text and rules is not None and not rules.full_text:
        if "full_text" in table:
            takers = [name for name, kind in (kinds or {}).items() if kind.full_text]
            raise where.error(key + ("full_text",),
                              f"applies to {' and '.join(takers) or 'no'} sources only, not to a {rules.name}")
        full_text = False
    if table.get("allow_private") and rules is not None and not rules.web:
        raise where.error(key + ("allow_private",), f"applies to sources read from the web, not to a {rules.name}")
    return SourceSpec(
        name=table["name"],
        url=url or "",
        kind=values["kind"],
        interval=parse_duration(values["interval"]),
        affiliation=values["affiliation"],
        language=values.get("language"),
        full_text=full_text,
        enabled=values["enabled"],
        outlet=table.get("outlet"),
        options=tuple(options.items()),
        allow_private=table.get("allow_private", False),
    )


def _rules(kind: str, table: Mapping[str, Any], kinds: Kinds | None, where: Locator, key: KeyPath) -> KindRules | None:
    """The rules of the source's kind; None when no kinds were given to check against."""
    if kinds is None:
        return None
    rules = kinds.get(kind)
    if rules is None:
        at = key + ("kind",) if "kind" in table else ("defaults", "kind")
        raise where.error(at, f"{kind!r}: must be one of {', '.join(kinds)}")
    return rules


def _check_location(rules: KindRules, url: str | None, table: Mapping[str, Any], where: Locator,
                    key: KeyPath) -> None:
    if url is None:
        return
    remote = url.startswith(("http://", "https://"))
    if remote and not rules.web:
        raise where.error(key + ("kind",), f"a {rules.name} source needs a local {rules.name} as its url, "
                                           "not a web address")
    if not remote and not rules.local:
        raise where.error(key + ("url",), f"{table['url']!r}: a {rules.name} source reads from the web; "
                                          "its url must be an http(s) address")


def _frozen(value: Any) -> Any:
    """A TOML value that can sit in a frozen spec (arrays become tuples, tables pairs)."""
    if isinstance(value, list):
        return tuple(map(_frozen, value))
    if isinstance(value, dict):
        return tuple((k, _frozen(v)) for k, v in sorted(value.items()))
    return value


def _location(url: str, base_dir: Path) -> str:
    """An http(s) URL as written; a path (or file:// URL) resolved against the file's folder."""
    if url.startswith(("http://", "https://")):
        return url
    if url.startswith("file://"):
        from urllib.request import url2pathname  # (urllib.request takes 0.02 s to import: only here)

        return str(Path(url2pathname(urlsplit(url).path)).resolve())
    return str((base_dir / Path(url).expanduser()).resolve())


# -- one check per key: each raises a located error or returns nothing -------------------

def _check_name(value: Any, where: Locator, key: KeyPath) -> None:
    checks.name(value, where, key, "kyiv-independent")


def _check_url(value: Any, where: Locator, key: KeyPath) -> None:
    checks.string(value, where, key)
    scheme = _SCHEME.match(value)
    if scheme and scheme.group(1).lower() not in ("http", "https", "file"):
        raise where.error(key, f"{value!r}: only http(s) addresses or local paths can be polled")
    if scheme and scheme.group(1).lower() in ("http", "https"):
        if scheme.group(1) not in ("http", "https"):
            raise where.error(key, f"{value!r}: write the scheme in lower case")
        try:
            parts = urlsplit(value)
            parts.port  # noqa: B018 - raises on a bad port
        except ValueError as error:
            raise where.error(key, f"{value!r}: not a valid address ({error})") from None
        if not parts.hostname:
            raise where.error(key, f"{value!r}: no host in the address")
        if any(c.isspace() for c in value):
            raise where.error(key, f"{value!r}: spaces in an address must be written %20")


def _one_of(choices: tuple[str, ...]):
    def check(value: Any, where: Locator, key: KeyPath) -> None:
        if checks.string(value, where, key) not in choices:
            raise where.error(key, f"{value!r}: must be one of {', '.join(choices)}")
    return check


def _check_interval(value: Any, where: Locator, key: KeyPath) -> None:
    try:
        parse_duration(checks.string(value, where, key))
    except ValueError as error:
        raise where.error(key, str(error)) from None


def _check_language(value: Any, where: Locator, key: KeyPath) -> None:
    if not _LANGUAGE.fullmatch(checks.string(value, where, key)):
        raise where.error(key, f"{value!r}: a language code such as \"en\", \"uk\", \"ru\" or \"en-GB\"")


def _check_bool(value: Any, where: Locator, key: KeyPath) -> None:
    if not isinstance(value, bool):
        raise where.error(key, f"must be true or false, not {checks.toml_type(value)}")


def _check_outlet(value: Any, where: Locator, key: KeyPath) -> None:
    checks.string(value, where, key)


def _check_kind(value: Any, where: Locator, key: KeyPath) -> None:
    checks.name(value, where, key, "feed")


_CHECKS = {
    "name": _check_name,
    "url": _check_url,
    "kind": _check_kind,
    "interval": _check_interval,
    "affiliation": _one_of(AFFILIATIONS),
    "language": _check_language,
    "full_text": _check_bool,
    "enabled": _check_bool,
    "outlet": _check_outlet,
    "allow_private": _check_bool,
}
