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


def flag_scene_links(text: str, start: int, end: int, mentions: list[PlaceMention],
                     actors: list[ActorMention]) -> list[Link]:
    """A gain for the side whose forces and own flag a picture shows in the sentence's one settlement."""
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
