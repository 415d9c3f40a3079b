"""The registry of kinds of source: the built-in modules of this package, and any registered later.

Every module (or package) of ``monitor.sources.kinds`` whose name does not start with an
underscore is a kind: it defines ``KIND``, a :class:`SourceKind`. They are found by
listing the package, so a new kind is a new module here and nothing else. Another
package (a plugin, a test) adds one with :func:`register`.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import Mapping
from types import MappingProxyType

from monitor.sources.kinds._kind import SourceKind

_kinds: dict[str, SourceKind] = {}
_lock = threading.Lock()
_built_ins_loaded = False


class UnknownKind(LookupError):
    """A source names a kind nobody registered; the message lists the known ones."""


def _load_built_ins() -> None:
    global _built_ins_loaded
    if _built_ins_loaded:
        return
    with _lock:
        if _built_ins_loaded:
            return
        package = importlib.import_module("monitor.sources.kinds")
        found = {}
        for module in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            if module.name.startswith("_"):
                continue
            kind = importlib.import_module(f"monitor.sources.kinds.{module.name}").KIND
            found[kind.name] = kind
        for name, kind in found.items():
            _kinds.setdefault(name, kind)
        _built_ins_loaded = True


def catalogue() -> Mapping[str, SourceKind]:
    """Every kind, by name (built-ins in name order, then those registered)."""
    _load_built_ins()
    return MappingProxyType(dict(_kinds))


def kind_named(name: str) -> SourceKind:
    _load_built_ins()
    kind = _kinds.get(name)
    if kind is None:
        raise UnknownKind(f"no kind of source named {name!r} (known: {', '.join(_kinds)})")
    return kind


def register(kind: SourceKind) -> SourceKind:
    """Add a kind; a name already taken by another kind is refused."""
    _load_built_ins()
    with _lock:
        taken = _kinds.get(kind.name)
        if taken is not None and taken is not kind:
            raise ValueError(f"a kind of source named {kind.name!r} is already registered")
        _kinds[kind.name] = kind
    return kind


def unregister(name: str) -> None:
    """Remove a kind registered with :func:`register` (tests clean up with it)."""
    _load_built_ins()
    with _lock:
        _kinds.pop(name, None)
