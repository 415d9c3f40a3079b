"""`re` as the rules modules use it: the same module, except that a pattern is compiled
when it is first used.

Importing the rules made some 300 patterns, most of a command's start-up (the target is
its first claim within half a second), and one article runs only some of them: an English
one never the Ukrainian and Russian paths', a sentence only the triggers whose words it
holds. So the rules modules import this module as ``re``, and ``re.compile`` returns a
`LazyPattern`: it compiles on first use (with its first-letter lookahead, see `quick`) and
from then on hands every call straight to the compiled pattern. ``bind`` is called on each
rules module once they are imported: a module-level name bound to a lazy pattern is
rebound to the compiled pattern itself when that is made, so the hot paths pay nothing
for the laziness. Only public `re` is used here; everything but ``compile`` is `re`'s own.
"""

from __future__ import annotations

import re as _re
from re import *  # noqa: F401,F403 - the rest of re, unchanged
from re import Match, Pattern, error, escape  # noqa: F401 - (named for readers and type checkers)

from monitor.extract.quick import fast_compile

# Every (pattern, flags) made lazily so far: what `quick.keep` works out lookaheads for.
CREATED: dict[tuple[str, int], None] = {}
# What a lazy pattern hands straight to the compiled one once it is made.
_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
              "groupindex", "groups", "flags")


class LazyPattern:
    """A pattern compiled when first used. ``pattern`` is the source as written (as
    ``re.compile(...).pattern`` was before the lookahead); any other attribute is the
    compiled pattern's."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: Pattern[str] | None = None
        self._homes: list[tuple[dict, str]] = []  # module namespaces (and names) that hold this pattern

    def __getattr__(self, name: str):  # only for what is not yet an attribute: the first use
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def compiled(self) -> Pattern[str]:
        """The compiled pattern (made now if it was not yet)."""
        if self._compiled is None:
            compiled = self._compiled = fast_compile(self.pattern, self._flags)
            for name in _FORWARDED:
                setattr(self, name, getattr(compiled, name))
            for namespace, name in self._homes:
                if namespace.get(name) is self:
                    namespace[name] = compiled
            self._homes.clear()
        return self._compiled

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


def compile(pattern, flags: int = 0):  # noqa: A001 - stands in for re.compile
    """``re.compile``, deferred to the pattern's first use (a str pattern; anything else is
    handed to ``re.compile`` as it is)."""
    if not isinstance(pattern, str):
        return _re.compile(pattern, flags)
    flags = int(flags)
    CREATED[pattern, flags] = None
    return LazyPattern(pattern, flags)


def bind(namespace: dict) -> None:
    """Have each lazy pattern among a module's globals replace itself there once compiled."""
    for name, value in list(namespace.items()):
        if isinstance(value, LazyPattern):
            if value._compiled is not None:
                namespace[name] = value._compiled
            else:
                value._homes.append((namespace, name))
