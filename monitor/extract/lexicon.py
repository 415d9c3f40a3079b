"""A language's claim rules as data: words by lemma, every form looked up, patterns matched.

The rules of a Slavic language (data/uk.toml, data/ru.toml) name words by lemma; the table
of their forms (data/forms-<language>.tsv.gz, made by scripts/build_lexicon.py with
pymorphy3) maps each form back to its lemmas, with what the form says about time ("F":
future, infinitive or imperative; "P": past, participle or gerund; "R": present), its
cases (n g d a i l v), "V" for a verb or infinitive and "W" for the first person plural. So a rule written "звільнити" reads звільнили, звільнено and
звільнять, and knows the last is not yet done. Text is read as tokens of the folded text
(see `monitor.gazetteer.fold_text`), whose offsets are those of the original.
"""

from __future__ import annotations

import gzip
from monitor.extract import rules_re as re
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from monitor.gazetteer.data_files import data_bytes, data_text

LANGUAGES = ("uk", "ru")
_TOKEN = re.compile(r"[0-9a-zа-яёіїєґ]+(?:['-][0-9a-zа-яёіїєґ]+)*|[^\s\w]")


# Tokens and matches are made by the ten thousand per article: not frozen (a frozen
# dataclass's __init__ costs four times as much), but hashable alike and never changed.
@dataclass(slots=True, unsafe_hash=True)
class Token:
    start: int
    end: int
    word: str  # folded, lower case
    lemmas: frozenset[str]
    flags: str  # see the module docstring

    @property
    def punct(self) -> bool:
        return not self.word[0].isalnum()


@dataclass(frozen=True, slots=True)
class Slot:
    """One word of a pattern: any of these lemmas, or any of these exact words."""

    lemmas: frozenset[str]
    words: frozenset[str]

    def matches(self, token: Token) -> bool:
        return token.word in self.words or bool(self.lemmas & token.lemmas)


Pattern = tuple[Slot, ...]


def parse_patterns(text: str) -> list[Pattern]:
    """"взяти|повернути =під контроль": slots separated by spaces, alternatives by "|"; and for each
    hyphenated alternative ("телеграм-канал", "=россия-1") a pattern in which its slot is the words it
    joins: the readers fold hyphens to spaces, so a slot holding the word as written would never be met
    (see `parse_phrases`)."""
    parts = [part.split("|") for part in text.split()]
    plain = [[a for a in alternatives if "-" not in a.lstrip("=")] for alternatives in parts]
    found = [tuple(_slot(alternatives) for alternatives in plain)] if all(plain) else []
    for i, alternatives in enumerate(parts):
        for alternative in alternatives:
            if "-" in alternative.lstrip("="):
                joined = [[word] for word in _unhyphenated(alternative)]
                found.append(tuple(_slot(a) for a in plain[:i] + joined + plain[i + 1:]))
    return found


def parse_phrases(text: str) -> tuple[Pattern, ...]:
    """"нібито|=за =неофіційною =інформацією": phrases separated by "|", words by spaces. A hyphenated
    word is read as the words it joins ("=по-прежнему" as "=по =прежнему", "північно-західний" as
    "=північно західний"): the readers fold hyphens to spaces (`gazetteer.keys.fold_text`), so the
    word as written would never be met."""
    return tuple(tuple(_slot([word]) for written in phrase.split() for word in _unhyphenated(written))
                 for phrase in text.split("|") if phrase.strip())


def _unhyphenated(word: str) -> list[str]:
    exact = word.startswith("=")
    parts = [part for part in word.lstrip("=").split("-") if part]
    if len(parts) < 2:
        return [word]
    return [f"={part}" for part in parts[:-1]] + [f"={parts[-1]}" if exact else parts[-1]]


def _slot(alternatives: list[str]) -> Slot:
    words = frozenset(a[1:] for a in alternatives if a.startswith("="))
    lemmas = frozenset(a for a in alternatives if a and not a.startswith("="))
    return Slot(lemmas, words)


def lemma_words(rules: dict[str, Any]) -> set[str]:
    """Every lemma the rules name (what scripts/build_lexicon.py expands)."""
    found: set[str] = set()

    def add(pattern: Pattern) -> None:
        for slot in pattern:
            found.update(slot.lemmas)

    for trigger in rules.get("trigger", []):
        for pattern in parse_patterns(trigger["words"]):
            add(pattern)
        if trigger.get("place", "").startswith("prep:"):
            for phrase in parse_phrases(trigger["place"][5:]):
                add(phrase)
    for party in rules.get("party", []):
        for words in party["words"]:
            for pattern in parse_patterns(words):
                add(pattern)
    for section in ("link", "speech", "factuality", "perspective"):
        for key, value in rules.get(section, {}).items():
            if key == "default":
                continue
            for phrase in parse_phrases(value):
                add(phrase)
    return found


@dataclass(frozen=True)
class TriggerRule:
    rule: str
    kind: str  # gain | loss | hold | contested
    pattern: Pattern
    place: str  # object | after | before | prep
    preps: tuple[Pattern, ...]
    side: str  # "" | ukraine | russia | actor_after
    needs: str  # "" | actor | force | voice


@dataclass(frozen=True)
class PartyRule:
    side: str  # ukraine | russia | third_party | speaker | enemy
    kind: str  # forces | official | channel | osint | state_media | think_tank


@dataclass(slots=True, unsafe_hash=True)  # not frozen, as Token
class Match:
    start: int  # token indices [start, end)
    end: int
    payload: Any


_MAX_PAIRS = 200_000  # word pairs a Matcher keeps the patterns of (see Matcher._pairs)


class Matcher:
    """Finds patterns in a token list, indexed by what their first slot accepts."""

    def __init__(self, entries: list[tuple[Pattern, Any]]) -> None:
        self._by_word: dict[str, list[tuple[Pattern, Any]]] = defaultdict(list)
        self._by_lemma: dict[str, list[tuple[Pattern, Any]]] = defaultdict(list)
        # Candidates are kept in the rules' own order (not the order of a lemma set, which
        # follows the hash seed), so equal-length matches rank the same in every process.
        self._rank: dict[int, int] = {}
        for rank, (pattern, payload) in enumerate(entries):
            if not pattern:
                continue
            self._rank.setdefault(id(pattern), rank)
            for word in pattern[0].words:
                self._by_word[word].append((pattern, payload))
            for lemma in pattern[0].lemmas:
                self._by_lemma[lemma].append((pattern, payload))
        # A token's lemmas follow from its word (the forms table), so the patterns a word may
        # open are worked out once per word and kept: most words of a text repeat.
        self._opening: dict[str, tuple[tuple[Pattern, Any], ...]] = {}
        # And those a word opens that the word after it goes on with (or that end with the word), once
        # per pair: a common word ("в", "на", "по") opens dozens of phrases, of which the next word
        # leaves a few; checking each one's second word at every "в" was most of `find`.
        self._pairs: dict[tuple[str, str], tuple[tuple[Pattern, Any], ...]] = {}

    def _opened_by(self, token: Token) -> tuple[tuple[Pattern, Any], ...]:
        found = self._opening.get(token.word)
        if found is None:
            seen: dict[int, tuple[Pattern, Any]] = {}
            for candidate in self._by_word.get(token.word, ()):
                seen.setdefault(id(candidate[0]), candidate)
            for lemma in token.lemmas:
                for candidate in self._by_lemma.get(lemma, ()):
                    seen.setdefault(id(candidate[0]), candidate)
            rank = self._rank
            found = self._opening[token.word] = tuple(sorted(seen.values(), key=lambda c: rank[id(c[0])]))
        return found

    def may_match(self, tokens: list[Token]) -> bool:
        """Whether any token could open a pattern (a cheap test before :meth:`find`)."""
        by_word, by_lemma = self._by_word, self._by_lemma
        return any(t.word in by_word or (t.lemmas and not by_lemma.keys().isdisjoint(t.lemmas)) for t in tokens)

    def find(self, tokens: list[Token], lo: int = 0, hi: int | None = None) -> list[Match]:
        """Every match inside tokens[lo:hi], longest first at each start."""
        hi = len(tokens) if hi is None else hi
        found = []
        opening, pairs = self._opening, self._pairs
        for i in range(lo, hi):
            token = tokens[i]
            candidates = opening.get(token.word)
            if candidates is None:
                candidates = self._opened_by(token)
            if not candidates:
                continue
            if i + 1 < hi:
                after = tokens[i + 1]
                key = (token.word, after.word)
                candidates = pairs.get(key)
                if candidates is None:
                    candidates = self._going_on(key, opening[token.word], after)
            else:  # (nothing longer than a word fits)
                candidates = tuple(c for c in candidates if len(c[0]) == 1)
            for pattern, payload in candidates:
                end = i + len(pattern)
                if end > hi:
                    continue
                for k in range(2, len(pattern)):  # Slot.matches, inline: this loop is the readers' hottest
                    slot, other = pattern[k], tokens[i + k]
                    if other.word not in slot.words and slot.lemmas.isdisjoint(other.lemmas):
                        break
                else:
                    found.append(Match(i, end, payload))
        found.sort(key=lambda m: (m.start, -m.end))
        return found

    def _going_on(self, key: tuple[str, str], candidates: tuple[tuple[Pattern, Any], ...],
                  after: Token) -> tuple[tuple[Pattern, Any], ...]:
        """Of the patterns a word opens, those of one word and those whose second slot takes the
        word ``after`` it (in their order), kept for the pair ``key``."""
        if len(self._pairs) >= _MAX_PAIRS:
            self._pairs.clear()  # (a long-running process reads ever new pairs)
        going = self._pairs[key] = tuple(c for c in candidates if len(c[0]) == 1 or c[0][1].matches(after))
        return going

    def at(self, tokens: list[Token], i: int, hi: int | None = None) -> Match | None:
        """The longest match starting at token i."""
        hi = len(tokens) if hi is None else min(hi, len(tokens))
        if not 0 <= i < hi:
            return None
        best = None
        for pattern, payload in self._opened_by(tokens[i]):
            end = i + len(pattern)
            if end <= hi and all(slot.matches(tokens[i + k]) for k, slot in enumerate(pattern[1:], 1)):
                if best is None or end > best.end:
                    best = Match(i, end, payload)
        return best

    def ending_at(self, tokens: list[Token], end: int, lo: int = 0) -> Match | None:
        """The longest match that ends right before token ``end``."""
        best = None
        for i in range(max(lo, end - 6), end):
            found = self.at(tokens, i, end)
            if found is not None and found.end == end and (best is None or found.start < best.start):
                best = found
        return best



@dataclass
class Lexicon:
    """One language's rules, compiled."""

    language: str
    forms: dict[str, tuple[frozenset[str], str]]
    triggers: Matcher
    parties: Matcher
    phrases: dict[str, Matcher] = field(default_factory=dict)  # "link.filler", "factuality.hedges", ...
    months: tuple[frozenset[str], ...] = ()
    default_perspective: str | None = None  # the side this language's reporting speaks from, if any
    all_phrases: Matcher = field(default_factory=lambda: Matcher([]))  # every list at once, payload: its name
    # The perspective lists at once, payload: the side ("ukraine", "russia"): an article's every token is
    # read for them (`cyrillic.perspective_of`), in one pass instead of one per side.
    perspectives: Matcher = field(default_factory=lambda: Matcher([]))

    def tokens(self, folded: str, start: int, end: int) -> list[Token]:
        forms = self.forms
        empty = (frozenset(), "")
        return [Token(found.start(), found.end(), word, *forms.get(word, empty))
                for found in _TOKEN.finditer(folded, start, end) for word in (found.group(),)]

    def phrase(self, name: str) -> Matcher:
        return self.phrases[name]

    def phrase_index(self, tokens: list[Token]) -> "PhraseIndex":
        """Every phrase list's matches in ``tokens``, found in one pass."""
        return PhraseIndex(self.all_phrases.find(tokens))


class PhraseIndex:
    """The phrase-list matches of one sentence, by list name, start and end: what the
    reader asks again and again ("is there a hedge?", "a filler word here?") costs a
    dictionary look-up."""

    # (plain dictionaries, filled with setdefault: one is made per sentence read, and nested
    # defaultdicts, each with a factory made for it, cost a third of building the index)
    def __init__(self, matches: list[Match]) -> None:
        self._starts: dict[str, dict[int, list[Match]]] = {}
        self._ends: dict[str, dict[int, list[Match]]] = {}
        self._all: dict[str, list[Match]] = {}
        starts, ends, every = self._starts, self._ends, self._all
        for match in matches:  # sorted by start, longest first
            name = match.payload
            if name in every:
                every[name].append(match)
                starts[name].setdefault(match.start, []).append(match)
                ends[name].setdefault(match.end, []).append(match)
            else:
                every[name] = [match]
                starts[name] = {match.start: [match]}
                ends[name] = {match.end: [match]}

    def at(self, name: str, i: int, hi: int | None = None) -> Match | None:
        """The longest match of list ``name`` starting at token i and ending by ``hi``."""
        for match in self._starts.get(name, _NONE).get(i, ()):
            if hi is None or match.end <= hi:
                return match
        return None

    def ending_at(self, name: str, end: int, lo: int = 0) -> Match | None:
        """The longest match of list ``name`` ending right before token ``end``."""
        found = [m for m in self._ends.get(name, _NONE).get(end, ()) if m.start >= lo]
        return min(found, key=lambda m: m.start) if found else None

    def find(self, name: str, lo: int = 0, hi: int | None = None) -> list[Match]:
        return [m for m in self._all.get(name, ()) if m.start >= lo and (hi is None or m.end <= hi)]


_NONE: dict[int, list[Match]] = {}  # (no match of a list: never written to)


@lru_cache(maxsize=len(LANGUAGES))
def lexicon(language: str) -> Lexicon:
    """The compiled rules of ``language`` (uk or ru), loaded once per process."""
    rules = tomllib.loads(data_text("monitor.extract", f"{language}.toml"))
    forms: dict[str, tuple[frozenset[str], str]] = {}
    interned: dict[str, frozenset[str]] = {}
    lines = gzip.decompress(data_bytes("monitor.extract", f"forms-{language}.tsv.gz")).decode("utf-8").split("\n")
    for line in lines[1:]:
        if line:
            word, lemmas, flags = line.split("\t")
            forms[word] = (interned.setdefault(lemmas, frozenset(lemmas.split(","))), flags)
    triggers = []
    for item in rules["trigger"]:
        place = item.get("place", "object")
        # longest first: "из района" before "из"
        preps = tuple(sorted(parse_phrases(place[5:]), key=len, reverse=True)) if place.startswith("prep:") else ()
        for pattern in parse_patterns(item["words"]):
            rule = TriggerRule(item["rule"], item["kind"], pattern,
                               "prep" if preps else place, preps, item.get("side", ""), item.get("needs", ""))
            triggers.append((rule.pattern, rule))
    parties = [(pattern, PartyRule(item["side"], item["kind"]))
               for item in rules["party"] for p in item["words"] for pattern in parse_patterns(p)]
    phrases = {}
    every = []
    views = []
    for section in ("link", "speech", "factuality", "perspective"):
        for key, value in rules.get(section, {}).items():
            if key == "default":
                continue
            name = f"{section}.{key}"
            patterns = parse_phrases(value)
            phrases[name] = Matcher([(p, key) for p in patterns])
            every += [(p, name) for p in patterns]
            if section == "perspective":
                views += [(p, key) for p in patterns]
    months = tuple(frozenset({m}) for m in rules.get("factuality", {}).get("months", "").split("|") if m)
    default = rules.get("perspective", {}).get("default")
    return Lexicon(language, forms, Matcher(triggers), Matcher(parties), phrases, months, default, Matcher(every),
                   Matcher(views))
