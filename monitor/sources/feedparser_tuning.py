"""Faster hot paths inside feedparser 6.0 that answer exactly as the originals do.

feedparser is most of a first poll's CPU (~20 ms per 50-item feed on the development
machine). Profiling it on real feeds shows three pure overheads, each replaced here by a
shortcut that returns the same value for every input:

- ``make_safe_absolute_uri(base, base)`` runs at every start tag (two urlparses, a regex
  and a urljoin) with, once the base is the feed's own address, the same two strings:
  it is a pure function of them (and of the scheme list, never changed here), so a small
  cache answers, almost always from memory.
- ``FeedParserDict`` looks every key up through a chain of special cases ('category',
  'enclosures', 'license', 'updated', 'updated_parsed') and an alias table (``keymap``),
  with a try/except in ``get``; the parser itself calls ``get``/``[]``/``in`` thousands
  of times per feed with plain keys ('type', 'base64', ...). For a key that is neither
  special nor an alias the original ends in the plain dict operation, so the shortcut
  goes there directly and hands every other key to the original method.
- ``copy.deepcopy(self.contentparams)`` (once per text element) copies a small dict of
  strings, numbers and None; a deep copy of immutable values is a shallow one, so such a
  dict is copied with ``FeedParserDict(params)``; anything else still gets ``deepcopy``.

They are installed in every process that imports :mod:`monitor.sources.feed_parsing`
(the parser processes included), and only on the feedparser line they were checked
against (``TUNED_FOR``): another version parses with its own, untuned code.
:func:`stock` puts the originals back for a while (tests compare both on the corpus).
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any

import feedparser
import feedparser.mixin
from feedparser.util import FeedParserDict

TUNED_FOR = "6.0."
_IMMUTABLE = frozenset({str, int, float, bool, type(None), bytes})

_dict_getitem = dict.__getitem__
_dict_get = dict.get
_dict_contains = dict.__contains__
_dict_setitem = dict.__setitem__

# What install() replaces, as found: (owner, attribute name, original value).
_ORIGINALS = [
    (feedparser.mixin, "make_safe_absolute_uri", feedparser.mixin.make_safe_absolute_uri),
    (feedparser.mixin, "copy", feedparser.mixin.copy),
    *((FeedParserDict, name, FeedParserDict.__dict__[name])
      for name in ("__getitem__", "get", "__contains__", "has_key", "__setitem__")),
]
_original = {name: value for _, name, value in _ORIGINALS}
# Keys FeedParserDict treats specially (see its __getitem__), and its aliases.
_SPECIAL = frozenset({"category", "enclosures", "license", "updated", "updated_parsed", *FeedParserDict.keymap})


def _getitem(self: FeedParserDict, key: Any) -> Any:
    if key in _SPECIAL:
        return _original["__getitem__"](self, key)
    return _dict_getitem(self, key)


def _get(self: FeedParserDict, key: Any, default: Any = None) -> Any:
    if key in _SPECIAL:
        return _original["get"](self, key, default)
    return _dict_get(self, key, default)


def _contains(self: FeedParserDict, key: Any) -> bool:
    if key in _SPECIAL:
        return _original["__contains__"](self, key)
    return _dict_contains(self, key)


def _setitem(self: FeedParserDict, key: Any, value: Any) -> None:
    if key in _SPECIAL:
        return _original["__setitem__"](self, key, value)
    return _dict_setitem(self, key, value)


def _deepcopy(value: Any, memo: dict | None = None) -> Any:
    """``copy.deepcopy``, short-cut for a plain FeedParserDict of immutable values."""
    if type(value) is FeedParserDict and not value.__dict__ and all(
            type(v) in _IMMUTABLE for v in value.values()) and _SPECIAL.isdisjoint(value):
        return FeedParserDict(value)
    return copy.deepcopy(value, memo)


_TUNED = {
    "make_safe_absolute_uri": functools.lru_cache(maxsize=512)(_original["make_safe_absolute_uri"]),
    "copy": SimpleNamespace(deepcopy=_deepcopy),
    "__getitem__": _getitem,
    "get": _get,
    "__contains__": _contains,
    "has_key": _contains,
    "__setitem__": _setitem,
}


def install() -> bool:
    """Put the shortcuts in place (idempotent); False if this feedparser is not the one
    they were checked against, which then runs untouched."""
    if not feedparser.__version__.startswith(TUNED_FOR):
        return False
    for owner, name, _ in _ORIGINALS:
        setattr(owner, name, _TUNED[name])
    return True


def installed() -> bool:
    return FeedParserDict.__dict__["get"] is _get


@contextmanager
def stock() -> Iterator[None]:
    """feedparser's own code for the duration (then the shortcuts again, if they were on)."""
    was = installed()
    for owner, name, original in _ORIGINALS:
        setattr(owner, name, original)
    try:
        yield
    finally:
        if was:
            install()
