"""What the settings need to know of a kind of source, as a protocol.

Each kind of source (feed, page, folder, telegram, ...) is one module under
``monitor.sources.kinds`` and states there the settings keys it takes. The settings
layer imports nothing else of the monitor, so it is handed those kinds by whoever
loads the settings (the command line passes ``monitor.sources.kinds.catalogue()``),
and reads them only through this protocol: a new kind never needs a change here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

KeyCheck = Callable[[Any], "str | None"]  # a value's problem in words, or None when it is right


class KindRules(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def keys(self) -> Mapping[str, KeyCheck]: ...  # the kind's own keys in a [[sources]] table
    @property
    def needs(self) -> tuple[str, ...]: ...  # keys a source of this kind must have ("url", "channel")
    @property
    def web(self) -> bool: ...  # reads http(s) addresses
    @property
    def local(self) -> bool: ...  # reads local files or folders
    @property
    def full_text(self) -> bool: ...  # ``full_text = true`` applies to it

    def address(self, url: str | None, options: Mapping[str, Any]) -> str:
        """The address to read, from the ``url`` written (resolved if local) and the kind's own keys."""
        ...
