"""Control triggers: the words that say a place was taken, lost, held or fought over.

Each pattern has a polarity (``gain``: the actor now holds the place; ``loss``: the
actor left it; ``hold``: the actor holds it; ``contested``: fighting for it) and says
where its place stands: after it (``forward``: "liberated Izium"), before it
(``backward``: "Izium was liberated"), or both. Strikes and shelling are deliberately
absent: they never make a control claim. A few patterns carry the side in their own
words ("under Ukrainian control", "Russian-occupied").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TriggerPattern:
    rule: str
    kind: str  # gain | loss | hold | contested
    regex: re.Pattern[str]
    forward: bool
    backward: bool
    side: str | None = None  # fixed side, when the words themselves name it


@dataclass(frozen=True)
class Trigger:
    rule: str
    kind: str
    start: int
    end: int
    forward: bool
    backward: bool
    side: str | None
    nominal: bool  # "the liberation of": no verb, so no subject of its own


def _p(rule: str, kind: str, pattern: str, *, forward: bool = True, backward: bool = False,
       side: str | None = None) -> TriggerPattern:
    return TriggerPattern(rule, kind, re.compile(pattern, re.IGNORECASE), forward, backward, side)


_GAIN_PARTICIPLES = (r"liberated|recaptured|retaken|reconquered|captured|seized|freed|taken(?: back)?|"
                     r"cleared|regained|conquered|taken over|taken control of")
_NOMINALS = r"liberation|recapture|reconquest|capture|conquest|seizure|release|fall|takeover|occupation"

PATTERNS: tuple[TriggerPattern, ...] = (
    # Side named by the words themselves.
    _p("hold.under_control", "hold",
       r"\b(?:is|are|was|were|remains?|remained|now|it['’]s|stays?|back|firmly|fully|completely|returned)?\s*"
       r"(?:under|in)\s+(?P<whose>ukrainian|ukraine['’]s|russian|russia['’]s|our|their|its|kyiv['’]s|moscow['’]s)\s+"
       r"(?:full\s+|complete\s+)?(?:control|hands)\b", backward=True, forward=False),
    _p("hold.is_ukraine", "hold", r"\bis(?: and will (?:always|forever) be| and always will be)?\s+(?P<whose>ukraine|ukrainian|russia|russian)\b(?!\s+\w+\s+of)",
       backward=True, forward=False),
    _p("hold.occupied_adj", "hold", r"\b(?:russian|russia)-(?:occupied|held|controlled)\b", side="russia"),
    _p("hold.occupied", "hold", r"\b(?<!-)occup(?:y|ies|ied|ying)\b", backward=True, side="russia"),
    _p("hold.ukrainian_held", "hold", r"\b(?:ukrainian|ukraine)-(?:held|controlled)\b", side="ukraine"),
    _p("gain.flag", "gain", r"\brais\w*\s+(?:\w+\s+){0,6}?flags?\s+(?:over|above|in|on)\b"),
    # Gains: verbs with an object, participles after their subject, nouns with "of".
    _p("gain.verb", "gain",
       r"\b(?:liberat(?:e|es|ed|ing)|recaptur(?:e|es|ed|ing)|retak(?:e|es|ing)|retook|retaken|reconquer(?:s|ed|ing)?|"
       r"captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|free(?:s|d|ing)?|clear(?:s|ed|ing)|regain(?:s|ed|ing)?|"
       r"enter(?:s|ed|ing)?|took(?: back| over| full control of| control of)?|tak(?:e|es|en|ing) (?:back|over|full control of|control of)|"
       r"conquer(?:s|ed|ing)?|establish(?:ed)? control (?:over|of)|gain(?:ed)? control (?:over|of))\b"),
    _p("gain.passive", "gain", rf"\b(?:{_GAIN_PARTICIPLES})\b", forward=False, backward=True),
    _p("gain.fell", "gain", r"\b(?:fell|falls|fallen)\s+to\b", forward=False, backward=True),
    _p("gain.nominal", "gain", rf"\b(?:{_NOMINALS})\s+of\b"),
    _p("gain.possessive", "gain", rf"['’]s\s+(?:\w+\s+)?(?:{_NOMINALS})\b", forward=False, backward=True),
    _p("gain.ditto", "gain", r"\bthat of\b"),
    # Losses: the actor left the place.
    _p("loss.withdraw", "loss",
       r"\b(?:withdr(?:ew|awn|aw|aws|awing|awal)|retreat(?:s|ed|ing)?|pull(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:out|back)|"
       r"fled|flee(?:ing|s)?|regroup(?:s|ed|ing)?|evacuat(?:e|ed|ing)|driven|forced|pushed|ousted|expelled|kicked)"
       r"\b(?:\s+(?!(?:and|but|while)\b)[\w'’-]+){0,5}?\s+(?:from|out of)\b"),
    _p("loss.regroup_stationed", "loss",
       r"\bregroup\w*\s+(?:[\w'’-]+\s+){0,5}?(?:stationed|deployed|based|located|positioned)\s+(?:near|in|around|at)\b"),
    _p("loss.left", "loss", r"\b(?:left|leave|leaving|abandon(?:s|ed|ing)?|lost|los(?:e|es|ing)|surrender(?:s|ed|ing)?)\b"),
    # Fighting for a place: no change of control yet.
    _p("contested.gates", "contested",
       r"\b(?:at the gates of|on the (?:outskirts|edge|approaches) (?:of|to)|outskirts of|approaches to|"
       r"(?:began|begun|begin|begins|started|starting|start) to (?:liberate|storm|clear|enter|capture|retake)|"
       r"fighting (?:in|for|inside|within|around)|fights? for|battles? (?:for|in|of)|street fighting in|"
       r"clashes in|storm(?:ed|ing|s)?|assault(?:ed|ing)? on|assault(?:ed|ing)?|besieg(?:e|ed|ing)|"
       r"encircl(?:e|ed|ing|ement of)|surround(?:ed|ing|s)?|advanc\w+ into|push(?:ed|ing)? into|broke into|"
       r"contested)\b"),
    _p("contested.passive", "contested", r"\b(?:surrounded|encircled|besieged|contested|under siege|cut off)\b",
       forward=False, backward=True),
)


# One pass to tell whether a sentence holds any trigger at all (most do not).
ANY_TRIGGER = re.compile("|".join(f"(?:{p.regex.pattern})" for p in PATTERNS).replace("?P<whose>", ""),
                         re.IGNORECASE)


def find_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """Every trigger in text[start:end], in order; overlapping ones are all kept."""
    found = []
    for pattern in PATTERNS:
        for match in pattern.regex.finditer(text, start, end):
            side = pattern.side
            whose = match.groupdict().get("whose")
            if whose:
                side = _whose(whose)
            begin = match.start()
            while begin < match.end() and text[begin].isspace():
                begin += 1
            found.append(Trigger(pattern.rule, pattern.kind, begin, match.end(), pattern.forward,
                                 pattern.backward, side, pattern.rule in _NOMINAL_RULES))
    found.sort(key=lambda t: (t.start, -t.end))
    # "began to liberate" is fighting, not liberation: a trigger inside a longer one goes.
    return [t for t in found if not any(o.start <= t.start and t.end <= o.end and (o.end - o.start) > (t.end - t.start)
                                        and o.kind != t.kind for o in found)]


_NOMINAL_RULES = {"gain.nominal", "gain.possessive", "gain.ditto"}


def _whose(word: str) -> str:
    word = word.lower()
    if word.startswith(("ukrain", "kyiv")):
        return "ukraine"
    if word.startswith(("russia", "moscow")):
        return "russia"
    return "speaker"  # our / their / its: the speaker's own side
