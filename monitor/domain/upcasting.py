"""Reading events written by older versions of the monitor.

An upcaster turns the stored data of ``(type, version)`` into the data of
``version + 1``; a chain of them brings any old row up to the current class. The
store never rewrites rows: old versions are upgraded on every read instead.

Rows of a current version are decoded from their JSON text straight into the frozen
dataclasses by msgspec (typed, and faster than building dicts first: a rebuild decodes
millions); older versions go through dicts and their upcasters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import msgspec

from monitor.domain.codec import decode_json, decoder_for
from monitor.domain.events import EVENT_TYPES, Event, UnknownEvent

Upcaster = Callable[[dict[str, Any]], dict[str, Any]]

# (type name, stored version) -> function giving the data of version + 1.
UPCASTERS: dict[tuple[str, int], Upcaster] = {}


class EventDecoder:
    """Maps a stored (type, version, data) to a typed event, upcasting on the way."""

    def __init__(
        self,
        types: Mapping[str, type[Event]] = EVENT_TYPES,
        upcasters: Mapping[tuple[str, int], Upcaster] = UPCASTERS,
    ) -> None:
        self._types = dict(types)
        self._upcasters = dict(upcasters)
        self._readers: dict[tuple[str, int], Callable[[dict[str, Any]], Event | UnknownEvent]] = {}
        self._text_readers: dict[tuple[str, int], Callable[[str | bytes], Event | UnknownEvent]] = {}

    def decode(self, type_name: str, version: int, data: dict[str, Any]) -> Event | UnknownEvent:
        reader = self._readers.get((type_name, version))
        if reader is None:
            reader = self._readers[(type_name, version)] = self._reader(type_name, version)
        return reader(data)

    def decode_text(self, type_name: str, version: int, text: str | bytes) -> Event | UnknownEvent:
        """The typed event of a stored row whose data is still JSON text."""
        reader = self._text_readers.get((type_name, version))
        if reader is None:
            reader = self._text_readers[(type_name, version)] = self._text_reader(type_name, version)
        return reader(text)

    def _text_reader(self, type_name: str, version: int) -> Callable[[str | bytes], Event | UnknownEvent]:
        cls = self._types.get(type_name)
        if cls is not None and version == cls.VERSION:
            return msgspec.json.Decoder(cls).decode
        by_dict = self._reader(type_name, version)
        return lambda text: by_dict(decode_json(text))

    def _reader(self, type_name: str, version: int) -> Callable[[dict[str, Any]], Event | UnknownEvent]:
        """The function reading one stored (type, version), upcasters included, built once."""
        cls = self._types.get(type_name)
        if cls is None or version > cls.VERSION:
            # Unknown, or written by a newer monitor: keep it as it is.
            return lambda data: UnknownEvent(type_name, version, data)
        steps = [self._upcasters[(type_name, v)] for v in range(version, cls.VERSION)]
        build = decoder_for(cls, cls._NESTED)
        if not steps:
            return build

        def upcast_then_build(data: dict[str, Any]) -> Event:
            for step in steps:
                data = step(data)
            return build(data)

        return upcast_then_build
