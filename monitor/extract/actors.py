"""Who speaks and who acts: the actor lexicon (data/actors.toml) and nationality cues.

A speaker's side comes from the lexicon; a generic title ("foreign ministry
spokesman") takes the nationality word in its phrase, else the nationality named just
before it. Actors of an action (who liberated, who withdrew) are found separately, as
nationality-marked forces, countries, capitals and pronouns.
"""

from __future__ import annotations

from monitor.extract import rules_re as re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from monitor.extract.scan import WordStarts
from monitor.gazetteer.data_files import data_text

SideName = Literal["ukraine", "russia"]

KINDS = frozenset("official military proxy state_media channel osint think_tank foreign_gov unnamed media both".split())


@dataclass(frozen=True)
class Speaker:
    """A voice a claim is attributed to."""

    name: str
    side: str  # ukraine | russia | third_party | both
    kind: str
    guessed: bool = False  # a generic title with no nation named anywhere near: the outlet's side is likelier
    generic: bool = False  # a title whose side came from the text around it, not from its own words


@dataclass(frozen=True)
class _Entry:
    pattern: re.Pattern[str]
    side: str
    kind: str


@lru_cache(maxsize=1)
def actors_data() -> dict:
    """data/actors.toml, read once: the actor lexicon and the perspective words."""
    return tomllib.loads(data_text("monitor.extract", "actors.toml"))


@lru_cache(maxsize=1)
def lexicon() -> tuple[_Entry, ...]:
    raw = actors_data()
    entries = []
    for item in raw["actor"]:
        assert item["kind"] in KINDS, item
        entries.append(_Entry(re.compile(item["pattern"], re.IGNORECASE), item["side"], item["kind"]))
    return tuple(entries)


_NATIONALITY = re.compile(
    r"\b(?P<ru>russian|russia['’]s|russia|moscow|kremlin|pro-russian)\b|\b(?P<ua>ukrainian|ukraine['’]s|ukraine|kyiv|kiev)\b",
    re.IGNORECASE,
)


def nationality(text: str) -> SideName | None:
    """The first nationality named in a phrase."""
    found = _NATIONALITY.search(text)
    if not found:
        return None
    return "russia" if found.group("ru") else "ukraine"


def last_nationality(text: str) -> SideName | None:
    """The last nationality named in a stretch of text (context for a generic title)."""
    side = None
    for found in _NATIONALITY.finditer(text):
        side = "russia" if found.group("ru") else "ukraine"
    return side


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
_DESCRIPTOR = re.compile(r"\b(?:ukrainian|russian)\s+(?:(?:[a-z-]+\s+){0,2})(?:city|cities|town|towns|village|villages|"
                         r"settlement|region|oblast|capital|port|border|territory|soil|hardware|equipment|invasion|"
                         r"aggression|shelling|strikes?|missiles?|drones?|attacks?|war|occupation|bombardment|"
                         r"artillery)\b|\b(?:eastern|western|southern|"
                         r"northern|central)\s+(?:ukraine|russia)\b", re.IGNORECASE)


def context_nationality(text: str) -> SideName | None:
    """The nation a generic title belongs to, from the words of its own sentence: the last nation
    named outside quotations, place descriptions ("the Ukrainian city of", "eastern Ukraine") and the
    other side's things ("Russian military hardware", "the Russian invasion"), which say nothing
    of who speaks."""
    return last_nationality(_DESCRIPTOR.sub(" ", _QUOTED.sub(" ", text)))


def classify_speaker(phrase: str, context_before: str = "") -> Speaker | None:
    """The speaker a noun phrase names, or None when it names no known kind of voice.

    The voice is named at the head of the phrase, so the earliest lexicon match wins
    ("the Institute for the Study of War, …, called Ukraine's…" is the think tank).
    """
    name = " ".join(phrase.strip(" ,.;:\"'“”‘’()").split())
    if not name:
        return None
    matches = _lexicon_matches(name)
    if not matches:
        return None
    entry = min(matches, key=lambda m: (m[0], m[1]))[2]
    side = entry.side
    if side == "none" or (entry.kind == "official" and _generic_title(name)):
        # "the head of Wagner": a generic title takes the side of a named body in its phrase.
        # the last body or person named ("Chief of the General Staff Valery Gerasimov")
        named = next((e.side for _, _, e in sorted(matches, key=lambda m: (-m[0], m[1]))
                      if e.side in ("ukraine", "russia")), None)
        side = nationality(name) or named
        if side is None and entry.kind == "unnamed":
            return Speaker(name, "third_party", entry.kind)  # "the media", "sources": no side unless named
        if side is None:
            side = context_nationality(context_before)
            if side is None:
                return Speaker(name, "third_party" if entry.side == "none" else entry.side, entry.kind, guessed=True,
                               generic=True)
            return Speaker(name, side, entry.kind, generic=True)
    return Speaker(name, side, entry.kind)


@lru_cache(maxsize=4096)
def _lexicon_matches(name: str) -> tuple[tuple[int, int, _Entry], ...]:
    return tuple((found.start(), order, entry) for order, entry in enumerate(lexicon())
                 if (found := entry.pattern.search(name)))


_GENERIC = re.compile(r"^(?:the |a |an )?(?:(?:foreign |defen[cs]e )?(?:ministry|department)|mod$)|spokes(?:man|woman|person)", re.I)


def _generic_title(name: str) -> bool:
    return bool(_GENERIC.search(name)) and nationality(name) is None


# -- actors of an action -----------------------------------------------------------------

_FORCES = (r"(?:forces|troops|army|military|armed forces|soldiers|units?|brigades?|battalions?|regiments?|divisions?|"
           r"detachments?|defenders|fighters|marines|paratroopers|special forces|servicemen|tanks|assault groups?|"
           r"(?:sabotage|reconnaissance|subversive|infiltration)(?:\s+and\s+reconnaissance)?\s+groups?|"
           r"counter-?offensive|offensive|advance|push|militias?|militants|terrorists|mercenaries|aggressors|invaders|"
           r"occupiers|convoys?|columns?|nationalists|formations|garrisons?)")  # (Russian statements' "Ukrainian formations")
# A capital as the actor of an intention: "Kyiv aims to retake", "Moscow hopes to capture".
_INTENDS = (r"aims?|hopes?|plans?|wants?|seeks?|intends?|vowed|vows|is trying|tried|tries|will|would|could|may|might|"
            r"must|managed|failed|needs?|expects?|is expected|is likely|is unlikely")
# Unit names between a nation and its noun: "the Ukrainian 37th and 38th separate Marine brigades".
_UNIT_WORDS = (r"(?:(?:\d+(?:st|nd|rd|th)|and|separate|marine|mechani[sz]ed|assault|airborne|air|territorial|special|"
               r"operations|national|guard|infantry|tank|motori[sz]ed|rifle|naval|artillery|guards|combined|arms|"
               r"first|second|third|fourth|fifth),?\s+){3,7}")
_ACTOR = re.compile(
    r"(?P<ua>\b(?:ukrainian|ukraine['’]s|kyiv['’]s|kiev['’]s|kiev regime|kyiv regime)\s+(?:(?:\w+\s+){0,2}?|" + _UNIT_WORDS
    + r")" + _FORCES + r"\b"
    r"|\b(?:(?:defen[cs]e|armed|security|ground|air assault|territorial defen[cs]e)\s+forces\s+of\s+ukraine)\b"
    r"|\b(?:the\s+)?defen[cs]e\s+forces\b(?!\s+of\s+(?:the\s+)?russia)"  # (Ukraine's name for its own forces)
    r"|\b(?:territorial defen[cs]e\s+(?:units?|forces|brigades?|battalions?)|(?:khartia|kraken|azov|aidar|lyut|"
    r"achilles|skelya|rubizh)\s+(?:army corps|corps|brigade|regiment|battalion|unit|special forces|fighters)|"
    r"(?:the\s+)?(?:third|3rd)\s+(?:separate\s+)?assault(?:\s+(?:brigade|regiment|battalion|corps))?)\b"
    r"|\b(?:ukrainians|ukraine|the ukrainians|armed forces of ukraine|zsu|afu)\b(?!\s+(?:region|oblast))"
    r"|\b(?:kyiv|kiev)\b(?=\s+(?:has|had|have|is|was|forces|troops|retook|recaptured|liberated|captured|took|regained|entered|"
    r"withdrew|retreated|abandoned|pulled|lost|takes|retakes|recaptures|liberates|captures|regains|enters|withdraws|"
    r"retreats|abandons|pulls|loses|reclaims|reclaimed|seizes|seized|controls|controlled|holds|held|recovers|recovered|"
    + _INTENDS + r")\b)|\b(?:kyiv|ukraine)['’]s\s+claims?\s+(?:to\s+have|that\s+it))"
    r"|(?P<ru>\b(?:russian|russia['’]s|moscow['’]?s?|kremlin['’]s|pro-russian|russian-backed|chechen|wagner|"
    r"kadyrov['’]s|dpr|lpr|separatist)\s+(?:(?:[\w'’]+\s+){0,2}?|" + _UNIT_WORDS + r")"
    + _FORCES + r"\b"
    r"|\b(?:armed forces|army|troops|forces) of (?:the )?russian federation\b|\b(?:the\s+)?russian\s+federation\b"
    r"|\b(?:luhansk|lugansk|donetsk)\s+people['’]s\s+republic\b"
    r"|\b(?:russians|russia|the russians|dpr|lpr|dnr|lnr|occupiers|occupants|invaders|wagner(?: group)?|kadyrovites|separatists|"
    r"orcs|rashists|ruscists|occupying (?:forces|troops|units|army)|occupation (?:forces|troops|units|army))\b"
    r"|\b(?:moscow|(?:the\s+)?kremlin)\b(?=\s+(?:has|had|have|is|was|forces|troops|took|captured|seized|withdrew|retreated|"
    r"abandoned|takes|captures|seizes|withdraws|retreats|abandons|enters|declares|declared|"
    r"abandoning|pulled|lost|occupied|entered|controls|controlled|holds|held|" + _INTENDS + r")\b)"
    r"|\b(?:moscow|russia|kremlin)['’]s\s+claims?\s+(?:to\s+have|that\s+it)"
    r"|\b(?:zapad|vostok|tsentr|yug|sever|dnepr)\s+(?:battle)?group\b"
    r"|\b(?:the\s+)?(?:north|south|east|west|centre|center|central|dnepr|dnieper)\s+(?:group(?:ing)?|battle ?group)"
    r"(?:\s+of\s+(?:forces|troops))?\b"
    r"|\bbattle\s?groups?\s+(?:center|centre|west|east|south|north|dnepr|zapad|vostok|tsentr|yug|sever)\b"
    r"|\b(?:southern|western|central|eastern|northern|dnepr)\s+group\s+of\s+forces\b)"
    r"|(?P<we>\b(?:we|our|us)\b|\ballied\s+(?:troops|forces|units)\b)"
    r"|(?P<enemy>\b(?:the\s+)?(?:enemy|adversary|foe)\b(?!['’])(?:\s+" + _FORCES + r"\b)?)"
    r"|(?P<its>\b(?:its|their|his)\s+(?:own\s+)?" + _FORCES + r"\b|\bit\b(?=\s+(?:(?:now|has|had|have|is|was|also|already|still|fully|completely|firmly|effectively)\s+)*(?:withdr|retreat|pull|left|regroup|abandon|"
    r"control|hold|held|captur|took|taken|seiz|liberat|recaptur|retook|retak|enter|gain|establish|"
    r"in\s+(?:full\s+|complete\s+|total\s+)?control)))",
    re.IGNORECASE,
)
_LOSING_ROLE = re.compile(r"\b(?:defen[cs]es|lines|retreat|rout|collapse)\b", re.IGNORECASE)
_GAINING_ROLE = re.compile(r"\b(?:advance|offensive|counter-?offensive|push|successes|gains)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    side: str  # ukraine | russia | speaker (we/our/its: the speaker's own side) | enemy (the speaker's foe)
    role: str  # agent | gaining | losing
    oblique: bool = False  # inside a prepositional phrase ("in eastern Ukraine"): never a subject


# A preposition (and its determiners) before an actor makes it no subject: "in eastern Ukraine",
# "against Russian forces"; "units of the Russian army" keeps its owner.
_OBLIQUE_BEFORE = re.compile(
    r"\b(?P<prep>in|of|from|against|with|on|at|into|towards?|to|near|for|about|over|across|throughout|inside|within|than|by|"
    r"between|among|like|around|outside|beyond|under|via|per|amid|despite|without|through|past|behind|toward|onto|"
    r"upon|during)\s+"
    r"(?:(?:the|a|an|eastern|western|southern|northern|central|north-?eastern|north-?western|south-?eastern|"
    r"south-?western|occupied|free|whole|all|of)\s+){0,3}$", re.IGNORECASE)
_OWNER_NOUN = re.compile(r"\b(?:units?|troops|soldiers|servicemen|fighters|members|detachments?|forces|groups?|"
                         r"brigades?|battalions?|elements|formations|army|command|militia|men|defenders|"
                         # how many of them: "Thousands of Russian troops fled Izium", "the rest of the Ukrainian units"
                         r"thousands|hundreds|dozens|scores|tens|remnants|rest|remainder|bulk|majority|most|some|"
                         r"several|part)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# The words an actor's phrase can start with (the pattern is tried only where one of them starts).
ACTOR_WORDS = """luhansk lugansk donetsk ukrain kyiv kiev defen armed security ground air territorial zsu afu russia moscow kremlin pro- chechen
wagner kadyrov dpr lpr dnr lnr separatist army troops forces occupier occupant invader orcs rashist ruscist occupying
occupation zapad vostok tsentr yug sever dnepr dnieper battle southern western central eastern northern north south
east west centre center we our us allied enemy adversary foe its their his it khartia kraken azov aidar lyut
achilles skelya rubizh third 3rd""".split()


def actor_mentions(text: str, start: int = 0, end: int | None = None,
                   anchors: WordStarts | None = None) -> list[ActorMention]:
    """Forces, countries and pronouns that can carry out an action, in order; with ``anchors``
    (where the actor words start in the text) the pattern runs only at those positions."""
    end = len(text) if end is None else end
    mentions = []
    if anchors is None:
        found_all = list(_ACTOR.finditer(text, start, end))
    else:
        found_all, reach = [], start
        for position in anchors.between(start, end):
            if position < reach:
                continue
            found = _ACTOR.match(text, position, end)
            if found is not None:
                found_all.append(found)
                reach = found.end()
    for found in found_all:
        side = ("ukraine" if found.group("ua") else "russia" if found.group("ru")
                else "enemy" if found.group("enemy") else "speaker")
        phrase = found.group(0)
        role = "gaining" if _GAINING_ROLE.search(phrase) else "losing" if _LOSING_ROLE.search(phrase) else "agent"
        mentions.append(ActorMention(found.start(), found.end(), side, role,
                                     oblique(text, found.start(), found.end())))
    return mentions


_POSSESSOR = re.compile(r"['’]s\s+(?!(?:\w+\s+){0,2}?" + _FORCES + r"\b)(?:own\s+)?[a-z]", re.IGNORECASE)


def oblique(text: str, start: int, end: int | None = None) -> bool:
    """The words at ``start`` stand in a prepositional phrase ("in eastern Ukraine") or own
    something ("Russia's defences"): never a clause's subject."""
    if end is not None and text[end - 2:end] in ("'s", "’s") and _POSSESSOR.match(text, end - 2):
        return True  # "Russia's defences": the owner of something, not an agent
    before = text[max(0, start - 40):start]
    cut = max(before.rfind("\n"), before.rfind(". "), before.rfind("? "), before.rfind("! "))
    if cut >= 0:
        before = before[cut + 1:]  # (a headline ending in "rumbles on" is no preposition of the next line's subject)
    found = _OBLIQUE_BEFORE.search(before)
    if not found:
        return False
    return not (found.group("prep").lower() == "of" and _OWNER_NOUN.search(before))


def opposite(side: str) -> str:
    return {"ukraine": "russia", "russia": "ukraine"}.get(side, side)
