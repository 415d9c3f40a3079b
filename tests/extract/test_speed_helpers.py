"""The extractor's speed helpers change nothing but speed: a pattern with its first-letter
lookahead finds what the plain pattern finds, and a pattern rebuilt from the kept
compiler output is the pattern `re.compile` makes (a damaged file is compiled anew)."""

from __future__ import annotations

import re
import subprocess
from array import array
import sys

import pytest

from monitor.extract import precompiled
from monitor.extract.quick import fast_compile
from monitor.extract.triggers import PATTERNS

TEXT = ("Ukrainian troops in Kupiansk said they had liberated Izium; the Occupied city of Kherson, "
        "de-occupied Vovchansk, ſeized? Heavy fighting is ongoing in Bakhmut. THE FALL OF AVDIIVKA. "
        "“Russian forces withdrew from Lyman,” he said, and ‘took back’ Kreminna; 'S FALL, it's ours")


@pytest.mark.parametrize("source", [
    r"\b(?:troops|forces)\s+in\b", r"(?:\b(?:the|of)\s+|,\s*|^)occupied\b", r"['’]s\s+fall\b",
    r"\b(?<!-)(?<!de-)(?<!de)occup(?:y|ies|ied|ying)\b", r"x?", r"(?i:[A-Z])\w+", r"[^\W\d_]{4,}",
])
def test_the_lookahead_finds_what_the_plain_pattern_finds(source: str) -> None:
    for flags in (0, re.IGNORECASE):
        plain, fast = re.compile(source, flags), fast_compile(source, flags)
        assert [m.span() for m in fast.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]


def _rules_patterns() -> list[re.Pattern[str]]:
    """The trigger patterns and every module-level pattern of the rules (quickened at import)."""
    found = [p.regex for p in PATTERNS]
    for name, module in sorted(sys.modules.items()):
        if name.startswith("monitor.extract."):
            found += [v for v in vars(module).values() if isinstance(v, re.Pattern) and isinstance(v.pattern, str)]
    return found


def test_every_rules_pattern_keeps_its_matches() -> None:
    quickened = 0
    for pattern in _rules_patterns():
        source = pattern.pattern
        if source.startswith("(?=["):
            source, quickened = source[source.index("])(?:") + 5:-1], quickened + 1
        plain = re.compile(source, pattern.flags)
        for text in (TEXT, TEXT.lower(), "Війська звільнили Ізюм. «Росія» окупувала село Работино, — сказав він."):
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], source
    assert quickened > 100  # the trigger patterns and most module-level ones


def test_a_kept_program_rebuilds_the_same_pattern() -> None:
    import _sre
    from re import _compiler, _parser

    for source, flags in ((r"\b(?P<whose>ukrainian|russian)\s+flags?\b", re.IGNORECASE.value), (r"[.!?…]+\s+", 0)):
        kept = precompiled._compiled(source, flags, _compiler, _parser)
        program = array(precompiled._CODE, kept[1]).tolist()
        rebuilt, plain = _sre.compile(source, kept[0], program, *kept[2:]), re.compile(source, flags)
        assert (rebuilt.pattern, rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == \
            (plain.pattern, plain.flags, plain.groups, plain.groupindex)
        assert rebuilt == plain  # the same program


def test_a_damaged_file_costs_only_the_compilation(tmp_path) -> None:
    code = ("from monitor.extract import extract_claims; "
            "print(len(extract_claims('Ukrainian forces liberated Kupiansk.')))")
    env = {"MONITOR_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    assert subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout == "1\n"
    (kept,) = tmp_path.glob("regex-*.bin")
    kept.write_bytes(b"\xe3 not a table" * 50)
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert run.stdout == "1\n", run.stderr
