"""Encoding events to JSON and decoding them back, fast enough for full replays.

Encoding uses orjson, which serialises (slotted) dataclasses and datetimes natively.
Decoding builds, once per event class, a small constructor that fills the frozen
dataclass's slots directly: the generated ``__init__`` of a frozen dataclass goes
through ``object.__setattr__`` field by field and costs twice as much, which is most
of a replay. Events carry no ``__post_init__``, so nothing is skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, fields
from datetime import datetime, timezone
from typing import Any

import orjson

Decoder = Callable[[dict[str, Any]], Any]

_decoders: dict[type, Decoder] = {}


def encode(value: Any) -> str:
    """Compact JSON text of an event (or any dataclass / dict of plain values)."""
    return orjson.dumps(value).decode()


def decode_json(text: str | bytes) -> Any:
    return orjson.loads(text)


def iso(moment: datetime) -> str:
    """ISO-8601 in UTC with an explicit +00:00, as stored and as used in keys.

    Microseconds are omitted when zero; such strings still sort correctly, because
    '+' sorts before '.'.
    """
    if moment.tzinfo is not timezone.utc:
        moment = moment.astimezone(timezone.utc)
    return orjson.dumps(moment).decode()[1:-1]


def decoder_for(cls: type, nested: dict[str, Callable[[Any], Any]] | None = None) -> Decoder:
    """A function from stored data to a ``cls`` instance (cached per class).

    Fields annotated with ``datetime`` are parsed from ISO text; ``nested`` maps other
    fields to functions that rebuild their typed values.
    """
    found = _decoders.get(cls)
    if found is not None:
        return found
    names = [f.name for f in fields(cls)]
    datetimes = {f.name for f in fields(cls) if "datetime" in str(f.type)}
    # A field added later with a default (SourcePolled.replacements) is absent from older rows.
    defaults = {f.name: f.default for f in fields(cls) if f.default is not MISSING}
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls, "fromiso": datetime.fromisoformat}
    body = ["def decode(d):", "    self = new(cls)"]
    for name in names:
        namespace[f"set_{name}"] = getattr(cls, name).__set__
        value = f"d[{name!r}]"
        if name in defaults:
            namespace[f"default_{name}"] = defaults[name]
            value = f"d.get({name!r}, default_{name})"
        if name in datetimes:
            value = f"(None if {value} is None else fromiso({value}))"
        elif nested and name in nested:
            namespace[f"nested_{name}"] = nested[name]
            value = f"nested_{name}(d[{name!r}])"
        body.append(f"    set_{name}(self, {value})")
    body.append("    return self")
    exec("\n".join(body), namespace)  # noqa: S102 - source built above from field names only
    _decoders[cls] = namespace["decode"]
    return namespace["decode"]
