"""The extractor's speed helpers change nothing but speed: a pattern with its first-letter
lookahead finds what the plain pattern finds, a lazily compiled pattern is the pattern
`re.compile` makes (and steps aside once made), and a damaged file of kept lookaheads only
costs working them out again."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from monitor.extract import quick, rules_re
from monitor.extract.quick import fast_compile

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
    """Every pattern the rules made (trigger patterns, module-level ones, the actor lexicon's), compiled."""
    found = [rules_re.LazyPattern(source, flags).compiled() for source, flags in rules_re.CREATED]
    assert len(found) > 250
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


def test_a_lazy_pattern_compiles_on_first_use_and_then_steps_aside() -> None:
    namespace = {"WORD": rules_re.compile(r"\b(?:took|seized)\b", re.IGNORECASE), "OTHER": 1}
    lazy = namespace["WORD"]
    rules_re.bind(namespace)
    assert lazy.pattern == r"\b(?:took|seized)\b" and lazy._compiled is None  # nothing compiled yet
    assert lazy.search("They TOOK Izium").span() == (5, 9)
    assert isinstance(namespace["WORD"], re.Pattern)  # the module now holds the compiled pattern itself
    assert lazy.flags == namespace["WORD"].flags and lazy.groupindex == {}
    assert [m.group() for m in lazy.finditer("took, seized")] == ["took", "seized"]
    assert rules_re.compile(rb"x").search(b"ax")  # bytes: compiled as re would, at once


def test_the_rules_modules_hold_compiled_patterns_once_used() -> None:
    from monitor.extract import claims, extract_claims

    extract_claims("Ukrainian forces liberated Kupiansk. Russian troops withdrew from Lyman, the ministry said.")
    assert isinstance(claims._CLAUSE_BREAK, re.Pattern)


def test_kept_lookaheads_are_read_back(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(quick, "LOOKAHEADS", {})
    key = (r"\b(?:liberated|captured)\b", re.IGNORECASE.value)
    quick.keep([key])
    (kept,) = tmp_path.glob("lookaheads-*.bin")
    monkeypatch.setattr(quick, "LOOKAHEADS", {})
    quick.read_kept()
    assert quick.LOOKAHEADS == {key: "(?=[cl])(?:" + key[0] + ")"}
    kept.write_bytes(b"\xe3 not a table" * 50)  # damaged: nothing read, and nothing breaks
    monkeypatch.setattr(quick, "LOOKAHEADS", {})
    quick.read_kept()
    assert quick.LOOKAHEADS == {}
    assert quick.fast_compile(*key).search("they Liberated it").span() == (5, 14)


def test_a_damaged_file_costs_only_the_lookaheads_and_reaches(tmp_path) -> None:
    code = ("from monitor.extract import extract_claims; "
            "print(len(extract_claims('Ukrainian forces liberated Kupiansk.')))")
    env = {"MONITOR_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    assert subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout == "1\n"
    for kept in (*tmp_path.glob("lookaheads-*.bin"), *tmp_path.glob("hint-reach-*.bin")):
        kept.write_bytes(b"\xe3 not a table" * 50)
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert run.stdout == "1\n", run.stderr


def test_a_trailing_pattern_is_searched_from_its_last_words_only() -> None:
    """Each `scan.Trailing` pattern of the place finder and the sentence splitter (the words before
    a name, the word before a stop) finds, searched from where its last `words` words begin, what
    it finds searched from the start: on texts made of the words its own source names, with
    quotes, brackets, initials and spaces of every kind between them."""
    import random

    from monitor.extract import places, sentences
    from monitor.extract.scan import Trailing

    trailing = [value for module in (places, sentences) for value in vars(module).values()
                if isinstance(value, Trailing)]
    assert len(trailing) >= 9
    rnd = random.Random(7)
    for pattern in trailing:
        plain = pattern.pattern.compiled() if isinstance(pattern.pattern, rules_re.LazyPattern) else pattern.pattern
        words = re.findall(r"[^\W\d_]{2,}", plain.pattern) + ["Kupiansk", "Mr.", "U.S.", "р.", "«", "(", "1st", "a'b",
                                                              "x", "said.", "city.[1]"]
        for _ in range(3000):
            text = "".join(rnd.choice(words) + rnd.choice([" ", "  ", "\n", "\t", "\xa0", "", "«", "\" ", ".", "!"])
                           for _ in range(rnd.randint(0, 6)))
            pos = rnd.randint(0, len(text))
            for args in ((text,), (text, pos), (text, pos, rnd.randint(pos, len(text)))):
                found, expected = pattern.search(*args), plain.search(*args)
                assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups())), \
                    (plain.pattern, args)


def test_hint_reach_is_the_furthest_a_hint_word_starts_from_a_match() -> None:
    from monitor.extract.reach import hint_reach

    assert hint_reach(r"\b(?:liberat(?:e|ed)|de-?occup(?:y|ied))\b", re.I, ("liberat", "occup")).distance == 3
    assert hint_reach(r"\b(?:troops|forces)\s+in\b", re.I, ("troops", "forces")).distance == 0
    # a word of any length, or a class, before the hint: no bound
    assert hint_reach(r"\b\w+\s+troops\b", re.I, ("troops",)) is None
    assert hint_reach(r"\bt[a-z]ops\b", re.I, ("troops",)) is None
    # \s+ bounds the distance only where no two whitespace characters follow each other
    assert hint_reach(r"\b(?:are|were)\s+in\s+control\b", re.I, ("control",)) is None
    assert hint_reach(r"\b(?:are|were)\s+in\s+control\b", re.I, ("control",), single_spaces=True).distance == 8
    # a match that holds no hint word: only whole words the caller can test for
    found = hint_reach(r"\bw(?:on|ins) back\b", re.I, ("won back",))
    assert found.distance == 0 and found.unless == ("wins back",)
    assert hint_reach(r"\bw(?:on|\w+) back\b", re.I, ("won back",)) is None


@pytest.mark.parametrize("reach", [0, 3, 40])
def test_a_windowed_pattern_finds_what_the_whole_search_finds(reach: int) -> None:
    from monitor.extract.reach import Windowed

    pattern = re.compile(r"(?<![\w-])(?:(?:de-?|re)?occup(?:y|ied)|seized?)(?:\s+\w+)?", re.I)
    text = "They de-occupied Izium and reoccupied Lyman, then seized Kupiansk; occupy x. SEIZE"
    lowered = text.lower()
    hints = sorted(i for word in ("occup", "seiz") for i in range(len(text)) if lowered.startswith(word, i))
    windowed = Windowed(pattern, max(reach, 3))
    for start, end in ((0, len(text)), (5, 60), (20, len(text) - 2)):
        inside = [h for h in hints if start <= h < end]
        assert [(m.span(), m.group()) for m in windowed.finditer(text, start, end, inside)] == \
               [(m.span(), m.group()) for m in pattern.finditer(text, start, end)]


def test_the_whitespace_the_hint_scan_knows_is_what_backslash_s_matches() -> None:
    from monitor.extract.triggers import WHITESPACE

    assert WHITESPACE == "".join(c for c in map(chr, range(sys.maxunicode + 1)) if re.match(r"\s", c))


def test_trigger_patterns_searched_around_their_hints_find_what_the_whole_search_finds() -> None:
    from monitor.extract import triggers
    from monitor.extract.scan import lower_same_length

    text = ("Ukrainian forces have retaken Lyman and are in full control of it. Russian troops are  in Bakhmut, "
            "where fighting continues; the army wins back Izium. Kyiv’s forces entered the “liberated” town.\n\n"
            "THE RECAPTURE OF KHERSON. Russia said it had captured Avdiivka, and ſeized Marinka.")
    scan = triggers.HintScan(text, lower_same_length(text))
    for start, end in ((0, len(text)), (0, 66), (67, 150), (151, len(text))):
        assert triggers.find_triggers(text, start, end, scan) == triggers.find_triggers(text, start, end)
        for index, hints in scan.hints_in(start, end).items():
            pattern = triggers.PATTERNS[index]
            for spaced in (False, True):
                windowed = triggers._windowed(pattern, spaced)
                if windowed is None or (spaced and not scan.single_spaced(start, end)) or \
                        not scan.windows_apply(text, start, end) or scan.holds_any(windowed.unless, start, end):
                    continue  # (what find_triggers runs over the whole sentence)
                assert [m.span() for m in windowed.finditer(text, start, end, hints)] == \
                       [m.span() for m in pattern.regex.finditer(text, start, end)], pattern.rule


def test_kept_reaches_are_read_back(tmp_path, monkeypatch) -> None:
    from monitor.extract import reach

    monkeypatch.setenv("MONITOR_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(reach, "REACHES", {})
    keys = [(r"\bw(?:on|ins) back\b", re.IGNORECASE.value, ("won back",), False),
            (r"\b\w+\s+troops\b", re.IGNORECASE.value, ("troops",), False)]
    reach.keep(keys)
    (kept,) = tmp_path.glob("hint-reach-*.bin")
    monkeypatch.setattr(reach, "REACHES", {})
    reach.read_kept()
    assert reach.REACHES == {keys[0]: reach.Reach(0, ("wins back",)), keys[1]: None}
    kept.write_bytes(b"\xe3 not a table" * 50)  # damaged: nothing read, and nothing breaks
    monkeypatch.setattr(reach, "REACHES", {})
    reach.read_kept()
    assert reach.REACHES == {}
    assert reach.known_reach(*keys[0]) == reach.Reach(0, ("wins back",))


def test_one_pass_finds_the_hints_actors_and_speech_verbs_their_own_passes_find() -> None:
    from monitor.extract import attribution, claims, triggers
    from monitor.extract.scan import WordStarts, lower_same_length

    text = ("Ukrainian forces said they had retaken Lyman, the ministry announced; Russia’s troops  withdrew. "
            "According to the governor, the enemy still holds parts of it — “we are in Bakhmut,” he told reporters.")
    lowered = lower_same_length(text)
    hints, actors, verbs = claims._scan_words(text, lowered)
    own = triggers.HintScan(text, lowered)
    assert (hints._starts, hints._ends, hints._patterns, hints._wide) == (own._starts, own._ends, own._patterns, own._wide)
    assert hints._wide  # (the two spaces after "troops")
    assert actors.between(0, len(text)) == WordStarts(claims._actor_automaton(), text, lowered).between(0, len(text))
    assert verbs.between(0, len(text)) == WordStarts(attribution._verb_automaton(), text, lowered).between(0, len(text))
    assert actors.between(0, len(text)) and verbs.between(0, len(text))
