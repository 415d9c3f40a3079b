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
fully completely partially control over out into in remaining last center centre capital administrative
heavily fortified defended strongholds stronghold rest part parts most much key-city tiny little
ukrainian russian ukrainian-held ukrainian-controlled russian-held russian-controlled russian-occupied occupied
frontline-town front-line-town
""".split())
# After a holding verb only a determiner, adjectives and "town of" may stand before the place
# ("hold the town of X"), never a preposition ("held talks in X", "control of X").
_STRICT_NOT = frozenset("of in into from out over control all".split())
_STRICT_OF = re.compile(r"\b(?:city|town|village|settlement|hamlet|locality|community)s?\s+of\s*$", re.IGNORECASE)
# Between two places of one list: "A, B and the village of C"; "A and nearby villages, including B";
# a capitalised name the gazetteer does not know may stand in the list too ("A, Pobeda and C").
_LIST_GAP = re.compile(
    r"^(?:\s*,\s*(?:and\s+)?(?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]+))?){0,2}"
    r"\s*(?:,|;)?\s*(?:and|or|&|as well as|plus)?\s*(?:(?:the\s+)?(?:(?:key|strategic|small|nearby)\s+)?"
    r"(?:city|town|village|settlement)s?\s+of\s+)?"
    r"(?:(?:(?:several|other|nearby|neighbou?ring|surrounding|adjacent|smaller|some)\s+){0,2}"
    r"(?:villages|settlements|towns|localities|hamlets)\s*,?\s*)?(?:(?:including|such as|among them|namely)\s*)?$",
    re.IGNORECASE)
# A count of settlements, standing for the names that follow ("five villages", "12 settlements").
COUNTED = re.compile(
    r"\s*(?:the\s+)?(?:(?:more than|over|at least|about|some|nearly|almost|another|a further)\s+)?"
    r"(?:\d+|a number of|several|dozens of|a dozen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|more|other|further)\s+(?:more\s+|other\s+|further\s+)?(?:[\w-]+\s+)?"
    r"(?:villages|settlements|towns|localities|communities|hamlets)\b", re.IGNORECASE)
_INCLUDING = re.compile(r"(?:including|such as|among them|namely)\s*$", re.IGNORECASE)
_SUBJECT_GAP = re.compile(
    r"^(?:['’]s?)?\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:which|that|who|has|have|had|been|being|is|was|were|are|now|also|"
    r"already|reportedly|officially|confirmed|fully|finally|just|largely|completely|effectively|formally|since|all|"
    r"both|will|always|be|recently|successfully|then|apparently|allegedly|partially|partly|in|the|end|and)\b"
    r"\s*[\"“”]?\s*)*$",
    re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
# A place name used as a modifier ("the Donetsk separatists", "Kharkiv's mayor") is not the town spoken of.
_MODIFIER_AFTER = re.compile(r"(?:['’]s)?\s+(?:separatists?|authorities|officials?|governor|administration|"
                             r"government|mayor|leader|head|militants|proxies|council|residents|police|"
                             r"prosecutors?|people['’]s)\b", re.IGNORECASE)
_SPEAKS_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|say|told|claimed|claims|reported|announced|added|"
                           r"confirmed|denied|insisted|stated|noted|wrote)\b", re.IGNORECASE)
_APPOSITION = re.compile(r"(?:['’]s)?\s*,\s*(?:a|an|the|which|who)\b[^,;:()\"“”]{1,80},", re.IGNORECASE)
# "withdraw from the west bank of the Dnipro, including the city of Kherson"
_INCLUDING_TAIL = re.compile(r"^[^.;:!?()\"“”]{0,80},\s*(?:including|among them|notably)\s+(?:the\s+)?"
                             r"(?:(?:city|town|village|settlement)s?\s+of\s+)?$", re.IGNORECASE)
_CLAUSE_IN_GAP = re.compile(r"\b(?:that|which|who|but|while|after|before|when|is|was|were|are|has|have|had|said|"
                            r"says)\b", re.IGNORECASE)
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
    return _drop_inner_adjectives(links)


def _drop_inner_adjectives(links: list[Link]) -> list[Link]:
    """'liberated the Russian-occupied village of X': the adjective describes the place before
    the verb acted on it, so it yields to the verb that governs the same place."""
    def inner(link: Link) -> bool:
        return link.trigger.side is not None and any(
            other.mention == link.mention and other.trigger.end <= link.trigger.start
            and other.how in ("object", "list") and other.trigger.side is None for other in links)
    return [link for link in links if not inner(link)]


def named_list(text: str, trigger: Trigger, position: int, mentions: Sequence[PlaceMention]) -> list[Link]:
    """The list of places right after ``position`` ("… named the villages as: A, B and C"),
    linked to a trigger of the sentence before."""
    after = [m for m in mentions if m.start >= position]
    if not after or text[position:after[0].start].strip(" :"):
        return []
    chain = [after[0]]
    for previous, mention in zip(after, after[1:]):
        if not _LIST_GAP.match(text[previous.end:mention.start]) or not _is_item(text, mention):
            break
        chain.append(mention)
    return [Link(trigger, m, "named", trigger.end) for m in chain]


def _fits_object(gap: str, strict: bool = False) -> bool:
    words = _WORD.findall(gap)
    if len(words) > 7 or re.search(r"[.;:!?()\"“”]", gap) or gap.lstrip().startswith(","):
        return False  # "X and Y were liberated, Kyiv said": a comma closes the verb
    if strict:
        body = _STRICT_OF.sub("", gap)
        if any(word.lower() in _STRICT_NOT for word in _WORD.findall(body)):
            return False
    return all(word.lower() in _OBJECT_WORDS for word in words)


def _objects(text: str, trigger: Trigger, mentions: Sequence[PlaceMention]) -> list[tuple[PlaceMention, str]]:
    after = [m for m in mentions if m.start >= trigger.end]
    if after and not trigger.strict and not _fits_object(text[trigger.end:after[0].start]):
        # "liberated 12 settlements in the south, including A, B and C"
        after = next((after[i:] for i in range(min(4, len(after)))
                      if _counted_gap(text[trigger.end:after[i].start])), [])
    elif not after or not _fits_object(text[trigger.end:after[0].start], trigger.strict):
        return []
    if not after or text.startswith(("'s ", "’s "), after[0].end) or not _is_item(text, after[0]):
        return []  # "take Kyiv's message to": the place owns the object, it is not taken
    found = [(after[0], "object")]
    for previous, mention in zip(after, after[1:]):
        if not _LIST_GAP.match(text[previous.end:mention.start]) or not _is_item(text, mention):
            break
        found.append((mention, "list"))
    return found


def _is_item(text: str, mention: PlaceMention) -> bool:
    """Not 'Kyiv said' nor 'Kharkiv officials': a place that speaks or qualifies is no list item."""
    return not (_SPEAKS_AFTER.match(text, mention.end) or _MODIFIER_AFTER.match(text, mention.end))


def _counted_gap(gap: str) -> bool:
    """'12 settlements in the south, including' / 'the west bank of the Dnipro, including the city of'."""
    if len(gap) > 150 or _CLAUSE_IN_GAP.search(gap):
        return False
    return bool((COUNTED.match(gap) and _INCLUDING.search(gap)) or _INCLUDING_TAIL.match(gap))


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
        # "Snihurivka, a town 50 km north-east of Mykolaiv, was liberated": past the apposition.
        last = next((m for m in reversed(before) if _appositive_subject(text[m.end:trigger.start])), None)
        if last is None or _blocked(text, last):
            return []
    found = [(last, "subject")]
    for mention in reversed(before[:before.index(last)]):
        if not _LIST_GAP.match(text[mention.end:found[-1][0].start]) or not _is_item(text, mention):
            break
        found.append((mention, "list"))
    return found


def _appositive_subject(gap: str) -> bool:
    found = _APPOSITION.match(gap)
    return bool(found and _SUBJECT_GAP.match(gap[found.end():]))


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
        if not re.match(r"\s*the\s+(?:(?:ruined|devastated|embattled|besieged|destroyed|frontline|front-line|key|"
                        r"small|eastern|southern|northern|western|strategic|encircled|whole|entire)\s+){0,2}"
                        r"(?:city|town|village|settlement)\b(?!\s+of)", rest, re.IGNORECASE):
            return []
    elif not (_PRONOUN_SUBJECT.search(text[max(sentence_start, trigger.start - 30):trigger.start])
              or re.match(r"it['’]s\b", text[trigger.start:trigger.end], re.IGNORECASE)):
        return []
    candidates = [m for m in mentions if m.end <= trigger.start and not _blocked(text, m)
                  and not _MODIFIER_AFTER.match(text, m.end)]  # "the Donetsk separatists": not the town meant
    names = {m.place_id or m.text for m in candidates}
    if len(names) != 1:
        return []
    return [(candidates[0], "anaphor")]


def _blocked(text: str, mention: PlaceMention, distance: bool = True) -> bool:
    before = text[max(0, mention.start - 60):mention.start]
    return bool(_NEAR_BEFORE.search(before) or (distance and _DISTANCE_BEFORE.search(before)))
