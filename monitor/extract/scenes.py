"""Pictures of a flag with its forces in a place: "Footage … shows Ukrainian soldiers on top of the
District Administration Building in the center of Balakliia with a Ukrainian flag raised behind
them", "a photo, presumably from Myroliubivka, showed the Ukrainian troops by a national flag".

No verb links the flag to the place: the sentence is a scene (a video, a photo), its one settlement
is where the picture was taken, and forces of one side stand there with their own flag. Such a
scene is a gain for that side; a flag of the other side in the same scene ("a Russian flag under
their feet") is what they took down. Nothing is read when the sentence names no picture, no forces
of a side, no flag of theirs, or more than one settlement.
"""

from __future__ import annotations

from monitor.extract import rules_re as re
from monitor.extract.actors import ActorMention
from monitor.extract.linking import Link
from monitor.extract.places import PlaceMention
from monitor.extract.triggers import Trigger

_PICTURE = re.compile(r"\b(?:videos?|footage|photos?|photographs?|pictures?|images?|clips?|screenshots?)\b",
                      re.IGNORECASE)
_FLAG = re.compile(r"\b(?:(?P<ukraine>ukrainian|ukraine['’]s)|(?P<russia>russian|russia['’]s)|(?P<own>national))\s+"
                   r"(?:national\s+)?(?:flags?|banners?)\b", re.IGNORECASE)
# The place where the picture was taken: "in X", "in the center of X", "from X", "the village of X".
_AT_PLACE = re.compile(r"\b(?:in|from|of|at|over)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_FORCES = frozenset({"ukraine", "russia"})


# A side's flag on the seat of a place's government: "a Ukrainian flag on the Sviatogorsk city council
# building", "the Ukrainian flag is hanged on the building of the city council of Sviatohirsk".
_ON_SEAT = re.compile(r"\b(?:on|at|over|above|atop)\s+(?:the\s+)?(?:roof\s+of\s+the\s+|building\s+of\s+the\s+)?"
                      r"(?:(?:destroyed|damaged|former|main|central|administrative)\s+)?(?:[\w'’-]+\s+){0,3}?"
                      r"(?:city|town|village|settlement|district|regional|military)\s+(?:council|administration|hall)\b"
                      r"(?:\s+building)?(?:\s+(?:of|in)\s+(?:the\s+(?:city|town|village)\s+of\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?",
                      re.IGNORECASE)


def seat_flag_links(text: str, start: int, end: int, mentions: list[PlaceMention]) -> list[Link]:
    """A gain for the side whose flag is on the sentence's one settlement's council or administration
    building: the seat of a place's government flies the flag of whoever holds the place."""
    places = [m for m in mentions if m.method != "area"]
    if len({m.place_id or m.text for m in places}) != 1:
        return []
    for flag in _FLAG.finditer(text, start, end):
        side = "ukraine" if flag.group("ukraine") else "russia" if flag.group("russia") else None
        seat = _ON_SEAT.search(text, flag.end(), min(end, flag.end() + 80))
        if side is None or seat is None or not text[flag.end():seat.start()].strip(" ,").count(" ") <= 6:
            continue
        if not any(seat.start() <= m.start and m.end <= seat.end() for m in places):
            continue
        trigger = Trigger(rule="gain.flag_seat", kind="gain", start=flag.start(), end=flag.end(), forward=False,
                          backward=False, side=side, nominal=True)
        return [Link(trigger=trigger, mention=places[0], how="scene", object_end=places[0].end)]
    return []


def flag_scene_links(text: str, start: int, end: int, mentions: list[PlaceMention],
                     actors: list[ActorMention]) -> list[Link]:
    """A gain for the side whose forces and own flag a picture shows in the sentence's one settlement."""
    seat = seat_flag_links(text, start, end, mentions)
    if seat:
        return seat
    if not _PICTURE.search(text, start, end):
        return []
    places = [m for m in mentions if m.method != "area"]  # (not "the Izium district")
    if len({m.place_id or m.text for m in places}) != 1 or not _AT_PLACE.search(text[max(start, places[0].start - 30):
                                                                              places[0].start]):
        return []
    sides = {a.side for a in actors if a.side in _FORCES}
    if len(sides) != 1:
        return []
    side = next(iter(sides))
    for flag in _FLAG.finditer(text, start, end):
        if flag.group(side) or flag.group("own"):
            trigger = Trigger(rule="gain.flag_scene", kind="gain", start=flag.start(), end=flag.end(), forward=False,
                              backward=False, side=side, nominal=True)
            return [Link(trigger=trigger, mention=places[0], how="scene", object_end=places[0].end)]
    return []
