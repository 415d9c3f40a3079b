"""The extractor's regular expressions, compiled once per installation instead of once per process.

Importing the rules compiles some 300 patterns, a quarter of a second of a command's
start-up (the target is its first claim within half a second). Python's `re` keeps what it
compiled in a per-process table (``re._cache``), keyed by pattern and flags, and
``re.compile`` answers from it. So the compiled programs of the rules' patterns are kept
in the monitor's cache folder (see `monitor.gazetteer.cache`) and put in that table before
the rules are imported: ``re.compile`` then finds them there. A pattern edited since is not
in the file, which is named by a digest of the rules' source as well: an edited rule
starts a new file, so patterns no longer used are not carried along. The lookaheads
`quick` puts on the patterns are kept alongside, so they are not worked out again.

What is kept is the compiler's own output (`re._compiler`: the program, groups and group
names), rebuilt into patterns by ``_sre.compile`` as ``re`` itself does; the engine checks
each program before it accepts it. The file is named by the interpreter's version and the
engine's magic number too, so another Python never reads it. Should anything here fail (a
Python whose internals differ, an unreadable file), the patterns are compiled as before.
"""

from __future__ import annotations

import hashlib
import marshal
from array import array
import re
import sys
from functools import lru_cache
from pathlib import Path

from monitor.extract import quick

_NAME = "regex"
_FORMAT = "3"
_CODE = "I"  # the engine's code unit (_sre.CODESIZE bytes; the file is not used where "I" differs)
_LOADED: dict | None = None  # the file's table, as read by load()
_LOOKAHEADS_READ: set = set()  # the lookaheads (see `quick`) the file held


@lru_cache(maxsize=1)
def _digest() -> str:
    import _sre

    digest = hashlib.sha256("\n".join((sys.version, str(_sre.MAGIC), str(_sre.CODESIZE), _FORMAT)).encode())
    package = Path(__file__).resolve().parents[1]
    for folder in ("extract", "gazetteer", "domain"):  # the modules imported with the rules
        for source in sorted((package / folder).glob("*.py")):
            digest.update(source.name.encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()[:24]


def load() -> set[tuple]:
    """Put the kept patterns into re's table; the keys already there before loading (so
    ``keep`` can tell the rules' own from the rest)."""
    before = set(re._cache)  # type: ignore[attr-defined]
    try:
        import _sre

        from monitor.gazetteer.cache import read_cached

        global _LOADED
        if array(_CODE).itemsize != _sre.CODESIZE:
            return before
        blob = read_cached(_NAME, _digest())
        if blob is None:
            return before
        kept = marshal.loads(blob)
        _LOADED = kept["patterns"]
        quick.LOOKAHEADS.update(kept["lookaheads"])
        _LOOKAHEADS_READ.update(kept["lookaheads"])
        room = getattr(re, "_MAXCACHE", 512) - len(re._cache)  # type: ignore[attr-defined]
        for (pattern, flags), (all_flags, code, groups, groupindex, indexgroup) in list(_LOADED.items())[:room]:
            key = (str, pattern, flags)
            if key not in re._cache:  # type: ignore[attr-defined]
                re._cache[key] = _sre.compile(pattern, all_flags, array(_CODE, code).tolist(), groups,  # type: ignore[attr-defined]
                                              groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - any failure only costs the compilation
        pass
    return before


def keep(before: set[tuple]) -> None:
    """Write the patterns compiled since ``load`` (the rules' own) when the file lacks any."""
    try:
        from re import _compiler, _parser

        from monitor.gazetteer.cache import read_cached, store_bytes

        global _LOADED
        ours = [(pattern, flags) for kind, pattern, flags in list(re._cache) if kind is str  # type: ignore[attr-defined]
                and (kind, pattern, flags) not in before]
        if _LOADED is not None and all(key in _LOADED for key in ours) and quick.LOOKAHEADS.keys() <= _LOOKAHEADS_READ:
            return
        kept = _LOADED or {}
        table = {key: kept.get(key) or _compiled(*key, _compiler, _parser) for key in ours}
        store_bytes(_NAME, _digest(), marshal.dumps({"patterns": table, "lookaheads": dict(quick.LOOKAHEADS)}))
        _LOADED = table
    except Exception:  # noqa: BLE001 - a cache that cannot be written only costs the next start-up
        pass


def _compiled(pattern: str, flags: int, compiler, parser) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for this pattern."""
    parsed = parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # the program as the bytes of an array of code units: a list of ints takes marshal five times as long to read
    return (int(flags | parsed.state.flags), array(_CODE, code).tobytes(), parsed.state.groups - 1, dict(groupindex),
            tuple(indexgroup))
