"""Which places a trigger speaks of: its object, its subject, a list after a colon.

Linking is by the words between trigger and place, not by distance: an object may be
preceded only by determiners, adjectives and nouns like "the key city of"; a subject
only by auxiliaries ("was also", "which was confirmed"). So "60 km east of Izium",
"towards Kupiansk" and "near Kharkiv" never become the object of a capture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.extract.places import PlaceMention
from monitor.extract.triggers import Trigger

_OBJECT_WORDS = frozenset("""the a an its their his her our this that these those key strategic strategically
important small smaller large larger major big main eastern western northern southern northeastern north-eastern
northwestern north-western southeastern south-eastern southwestern south-western central frontline front-line
embattled besieged nearby neighbouring neighboring regional district industrial port railway rail logistics
logistical transport hub entire whole all of village villages town towns city cities settlement settlements
urban-type hamlet hamlets locality localities community communities several other two three four five also
fully completely partially control over from out into in remaining last center centre capital administrative
heavily fortified defended strongholds stronghold rest part parts most much key-city tiny little
""".split())
_LIST_GAP = re.compile(
    r"^\s*(?:,|;)?\s*(?:and|or|&|as well as|plus)?\s*(?:(?:the\s+)?(?:(?:key|strategic|small|nearby)\s+)?"
    r"(?:city|town|village|settlement)s?\s+of\s+)?$", re.IGNORECASE)
_SUBJECT_GAP = re.compile(
    r"^(?:['’]s?)?\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:which|that|who|has|have|had|been|being|is|was|were|are|now|also|"
    r"already|reportedly|officially|confirmed|fully|finally|just|largely|completely|effectively|formally|since|all|"
    r"both|will|always|be|recently|successfully|then|apparently|allegedly|partially|partly|in|the|end|and)\b\s*)*$",
    re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
_ANAPHOR = re.compile(r"\bthe\s+(?:city|town|village|settlement)\s*$", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"(?:\b(?:it|this|that)\s*(?:['’]s|is|was|remains|has been)?|\bthe (?:city|town|village))\s*$",
                              re.IGNORECASE)
# A place after these is where something happened near, not what was taken ("60 km east
# of Izium" too, unless a relative clause then speaks of it: "…of Izium, which was …").
_NEAR_BEFORE = re.compile(
    r"\b(?:near|towards?|to|from|outside|beyond|past|via)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE)
_DISTANCE_BEFORE = re.compile(
    r"\d[\d,.]*\s*(?:km|kilometers|kilometres|miles|mi)\b[^,.;]{0,40}?\b(?:of|from)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Link:
    trigger: Trigger
    mention: PlaceMention
    how: str  # object | subject | list | colon | anaphor
    object_end: int  # where the linked place list ends (for a following "by X")


def link_triggers(text: str, sentence_start: int, sentence_end: int, triggers: Sequence[Trigger],
                  mentions: Sequence[PlaceMention]) -> list[Link]:
    links: list[Link] = []
    for trigger in triggers:
        found: list[tuple[PlaceMention, str]] = []
        if trigger.forward:
            found += _objects(text, trigger, mentions)
            if not found:
                found += _colon_list(text, trigger, sentence_end, mentions)
            if not found:
                found += _anaphor(text, trigger, sentence_start, mentions, forward=True)
        if trigger.backward and not _has_object(text, trigger, mentions):
            found += _subjects(text, trigger, mentions)
            if not found and trigger.kind == "hold":
                found += _anaphor(text, trigger, sentence_start, mentions, forward=False)
        end = max((m.end for m, _ in found), default=trigger.end)
        links.extend(Link(trigger, mention, how, max(end, trigger.end)) for mention, how in found)
    return links


def _fits_object(gap: str) -> bool:
    words = _WORD.findall(gap)
    if len(words) > 7 or re.search(r"[.;:!?()\"“”]", gap):
        return False
    return all(word.lower() in _OBJECT_WORDS for word in words)


def _objects(text: str, trigger: Trigger, mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    after = [m for m in mentions if m.start >= trigger.end]
    if not after or not _fits_object(text[trigger.end:after[0].start]):
        return []
    found = [(after[0], "object")]
    for previous, mention in zip(after, after[1:]):
        if not _LIST_GAP.match(text[previous.end:mention.start]):
            break
        found.append((mention, "list"))
    return found


def _has_object(text: str, trigger: Trigger, mentions: Sequence[PlaceMention]) -> bool:
    """An active verb followed by its object is not a passive participle."""
    return bool(_objects(text, trigger, mentions))


def _subjects(text: str, trigger: Trigger, mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    before = [m for m in mentions if m.end <= trigger.start]
    if not before:
        return []
    last = before[-1]
    gap = text[last.end:trigger.start]
    relative = re.search(r"\b(?:which|that|who)\b", gap, re.IGNORECASE)
    if not _SUBJECT_GAP.match(gap) or _blocked(text, last, distance=not relative):
        return []
    found = [(last, "subject")]
    for mention in reversed(before[:-1]):
        if not _LIST_GAP.match(text[mention.end:found[-1][0].start]):
            break
        found.append((mention, "list"))
    return found


def _colon_list(text: str, trigger: Trigger, sentence_end: int,
                mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    colon = text.find(":", trigger.end, sentence_end)
    if colon < 0:
        return []
    after = [m for m in mentions if m.start > colon]
    if not after or text[colon + 1:after[0].start].strip():
        return []
    found = [(after[0], "colon")]
    for previous, mention in zip(after, after[1:]):
        if not _LIST_GAP.match(text[previous.end:mention.start]):
            return []
        found.append((mention, "colon"))
    if text[found[-1][0].end:sentence_end].strip(" .;!\"”’"):
        return []
    return found


def _anaphor(text: str, trigger: Trigger, sentence_start: int, mentions: Sequence[PlaceMention],
             forward: bool) -> list[tuple[PlaceMention, str]]:
    """'the outskirts of the city', 'It's under our control': the sentence's own place."""
    if forward:
        rest = text[trigger.end:trigger.end + 40]
        if not re.match(r"\s*the\s+(?:city|town|village|settlement)\b(?!\s+of)", rest, re.IGNORECASE):
            return []
    elif not (_PRONOUN_SUBJECT.search(text[max(sentence_start, trigger.start - 30):trigger.start])
              or re.match(r"it['’]s\b", text[trigger.start:trigger.end], re.IGNORECASE)):
        return []
    candidates = [m for m in mentions if m.end <= trigger.start and not _blocked(text, m)]
    names = {m.place_id or m.text for m in candidates}
    if len(names) != 1:
        return []
    return [(candidates[0], "anaphor")]


def _blocked(text: str, mention: PlaceMention, distance: bool = True) -> bool:
    before = text[max(0, mention.start - 60):mention.start]
    return bool(_NEAR_BEFORE.search(before) or (distance and _DISTANCE_BEFORE.search(before)))
