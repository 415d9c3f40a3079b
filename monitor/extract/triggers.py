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
    needs: str = ""  # "actor": only with a named actor; "force": only near troops or fighting; "voice": only
    # with a named actor or a speaker of one side
    hints: tuple[str, ...] = ()  # lower-case words one of which any match contains (a cheap prefilter)


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
    needs: str = ""
    strict: bool = False  # object only right after it ("hold the town of X", not "held talks in X")


def _p(rule: str, kind: str, pattern: str, *, forward: bool = True, backward: bool = False,
       side: str | None = None, needs: str = "") -> TriggerPattern:
    return TriggerPattern(rule, kind, re.compile(pattern, re.IGNORECASE), forward, backward, side, needs,
                          tuple(_HINTS.get(rule, "").split("|")) if rule in _HINTS else ())


# Substrings (lower case) without which a pattern cannot match: most sentences skip most patterns.
_HINTS = {
    "hold.under_control": "control|hands",
    "hold.control_of": "control of",
    "hold.is_ukraine": "ukrain|russia",
    "hold.occupied_adj": "-occupied|-held|-controlled",
    "hold.occupied": "occup",
    "hold.ukrainian_held": "-held|-controlled",
    "gain.flag": "flag",
    "gain.flag_flies": "flag",
    "gain.verb": "liberat|recaptur|retak|retook|reconquer|captur|seiz|free|clear|regain|enter|took|tak|conquer|"
                 "establish|gain|reclaim|overr|won back|win back|wrest",
    "gain.passive": "liberated|recaptured|retaken|reconquered|captured|seized|freed|taken|reclaimed|overrun|won back|"
                    "cleared|regained|conquered",
    "gain.fell": "fell|falls|fallen",
    "gain.nominal": " of",
    "gain.possessive": "'s|’s",
    "gain.ditto": "that of",
    "gain.fall": "fall of",
    "gain.loss_of": "loss of",
    "gain.fall_possessive": "s fall",
    "hold.verb": "hold|control|retain|still held",
    "hold.passive_by": "held|controlled",
    "loss.withdraw": "from|out of",
    "loss.pulled_out": "out of",
    "loss.regroup_stationed": "regroup",
    "loss.left": "left|leav|abandon|lost|los|surrender|fled",
    "contested.gates": "gates|outskirts|edge|approaches",
    "contested.fighting": "fighting|battle|clashes|combat",
    "contested.verb": "began|begun|begin|start|fight|battle|clash|storm|assault|besieg|encircl|surround|advanc|push|"
                      "broke|contested",
    "contested.passive": "surrounded|encircled|besieged|contested|siege|cut off",
}


_GAIN_PARTICIPLES = (r"liberated|recaptured|retaken|reconquered|captured|seized|freed|taken(?: back)?|reclaimed|overrun|"
                     r"won back|"
                     r"cleared|regained|conquered|taken over|taken control of")
_NOMINALS = r"liberation|recapture|reconquest|capture|conquest|seizure|release|takeover|occupation"

PATTERNS: tuple[TriggerPattern, ...] = (
    # Side named by the words themselves.
    _p("hold.under_control", "hold",
       r"\b(?:is|are|was|were|remains?|remained|now|it['’]s|stays?|back|firmly|fully|completely|returned)?\s*"
       r"(?:under|in)\s+(?P<whose>ukrainian|ukraine['’]s|russian|russia['’]s|our|their|its|kyiv['’]s|moscow['’]s|wagner['’]s|wagner)\s+"
       r"(?:full\s+|complete\s+)?(?:control|hands)\b", backward=True, forward=False),
    _p("hold.control_of", "hold",
       r"\b(?:is|are|was|were|remains?|remained|now|it['’]s|stays?|back|returning|returned)?\s*under\s+the\s+"
       r"(?:full\s+|complete\s+)?control\s+of\s+(?:the\s+)?(?P<whose>ukraine|ukrainian|russia|russian|kyiv|moscow)\b",
       backward=True, forward=False),
    _p("hold.is_ukraine", "hold", r"\bis(?: and will (?:always|forever) be| and always will be)?\s+(?P<whose>ukraine|ukrainian|russia|russian)\b(?!\s+\w+\s+of)",
       backward=True, forward=False),
    _p("hold.occupied_adj", "hold", r"\b(?:russian|russia)-(?:occupied|held|controlled)\b", side="russia"),
    _p("hold.occupied", "hold", r"\b(?<!-)occup(?:y|ies|ied|ying)\b", backward=True, side="russia"),
    _p("hold.ukrainian_held", "hold", r"\b(?:ukrainian|ukraine)-(?:held|controlled)\b", side="ukraine"),
    _p("gain.flag", "gain", r"\brais\w*\s+(?:\w+\s+){0,6}?flags?\s+(?:over|above|in|on)\b"),
    _p("gain.flag_flies", "gain",
       r"\b(?P<whose>ukrainian|russian|ukraine['’]s|russia['’]s)\s+(?:national\s+|state\s+)?flags?\s+(?:\w+\s+){0,2}?"
       r"(?:flies|flying|fly|flew|hoisted|raised|was raised|were raised|is flying|now flies)\s+(?:over|above|in)\b"),
    # Gains: verbs with an object, participles after their subject, nouns with "of".
    _p("gain.verb", "gain",
       r"\b(?:liberat(?:e|es|ed|ing)|recaptur(?:e|es|ed|ing)|retak(?:e|es|ing)|retook|retaken|reconquer(?:s|ed|ing)?|"
       r"captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|free(?:s|d|ing)?|clear(?:s|ed|ing)|regain(?:s|ed|ing)?|"
       r"enter(?:s|ed|ing)?|took(?: back| over| full control of| control of)?|tak(?:e|es|en|ing)(?: back| over| full control of| control of)?|"
       r"conquer(?:s|ed|ing)?|establish(?:ed)? control (?:over|of)|gain(?:ed)? control (?:over|of)|"
       r"reclaim(?:s|ed|ing)?|overr(?:an|un|uns|unning)|w(?:on|in|ins|inning) back|seiz(?:ed|ing) back|"
       r"wrest(?:ed|ing)? control (?:over|of))\b"),
    _p("gain.passive", "gain", rf"\b(?:{_GAIN_PARTICIPLES})\b", forward=False, backward=True),
    _p("gain.fell", "gain", r"\b(?:fell|falls|fallen)(?=\s+to\b)", forward=False, backward=True),
    _p("gain.nominal", "gain", rf"\b(?:{_NOMINALS})\s+of\b"),
    _p("gain.possessive", "gain", rf"['’]s\s+(?:\w+\s+)?(?:{_NOMINALS})\b", forward=False, backward=True),
    _p("gain.ditto", "gain", r"\bthat of\b"),
    # "the fall of X", "the loss of X": a loss to whoever speaks of it, unless "to X" names the winner.
    _p("gain.fall", "gain", r"\bfall of\b"),
    _p("gain.loss_of", "gain", r"\bloss of\b", needs="voice"),  # "Kyiv admits loss of X"; in the outlet's voice, vague
    _p("gain.fall_possessive", "gain", r"['’]s\s+fall\b", forward=False, backward=True),
    # Holding verbs need their actor named: "Ukrainian troops still hold X", "X is held by Russia".
    _p("hold.verb", "hold", r"\b(?:hold|holds|holding|control|controls|controlling|retain(?:s|ed|ing)?|"
       r"still held|still controlled|(?:is|are|was|were|remains?|remained)\s+in\s+(?:full\s+)?control\s+of)\b",
       needs="actor"),
    _p("hold.passive_by", "hold", r"\b(?:held|controlled)(?=\s+by\b)", forward=False, backward=True,
       needs="actor"),
    # Losses: the actor left the place.
    _p("loss.withdraw", "loss",
       r"\b(?:withdr(?:ew|awn|aw|aws|awing|awal)|retreat(?:s|ed|ing)?|pull(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:out|back)|"
       r"fled|flee(?:ing|s)?|regroup(?:s|ed|ing)?|evacuat(?:e|ed|ing)|driv(?:e|es|en|ing)|drove|forced|pushed|"
       r"ousted|expelled|kicked)"
       r"\b(?:\s+(?!(?:and|but|while)\b)[\w'’-]+){0,5}?\s+(?:from|out of)\b"),
    _p("loss.pulled_out", "loss", r"\bpull(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?out\s+of\b"),
    _p("loss.regroup_stationed", "loss",
       r"\bregroup\w*\s+(?:[\w'’-]+\s+){0,5}?(?:stationed|deployed|based|located|positioned)\s+(?:near|in|around|at)\b"),
    # "left X" is everyday English ("Zelensky left Kyiv for Washington"): only with forces named.
    _p("loss.left", "loss", r"\b(?:left|leave|leaving|abandon(?:s|ed|ing)?|lost|los(?:e|es|ing)|surrender(?:s|ed|ing)?|"
       r"fled)\b", needs="actor"),
    # Fighting for a place: no change of control yet.
    # Near a place is not in it: "on the outskirts of X" counts only where troops or fighting are.
    _p("contested.gates", "contested",
       r"\b(?:at the gates of|on the (?:outskirts|edge|approaches) (?:of|to)|outskirts of|approaches to)\b",
       needs="force"),
    _p("contested.fighting", "contested",
       r"\b(?:(?:heavy |fierce |intense |street |urban |house-to-house )?(?:fighting|battles?|clashes|combat)\s+"
       r"(?:(?:is|are|was|were|has|have|had|been|still|now|continues|continued|continuing|rages?|raged|raging|"
       r"ongoing|under ?way|going on|taking place|intensified|erupted|broke out)\s+){1,3}(?:in|for|inside|within)"
       r"(?:\s+the (?:center|centre|streets) of)?)\b"),
    _p("contested.verb", "contested",
       r"\b(?:(?:began|begun|begin|begins|started|starting|start) to (?:liberate|storm|clear|enter|capture|retake)|"
       r"fighting (?:in|for|inside|within|around)|fights? for|battles? (?:for|in|of)|street fighting in|"
       r"clashes in|storm(?:ed|ing|s)?|assault(?:ed|ing)? on|assault(?:ed|ing)?|besieg(?:e|ed|ing)|"
       r"encircl(?:e|ed|ing|ement of)|surround(?:ed|ing|s)?|advanc\w+ into|push(?:ed|ing)? into|broke into|"
       r"contested)\b"),
    _p("contested.passive", "contested", r"\b(?:surrounded|encircled|besieged|contested|under siege|cut off)\b",
       forward=False, backward=True),
)


def find_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """Every trigger in text[start:end], in order; overlapping ones are all kept."""
    found = []
    lowered = text[start:end].lower()
    for pattern in PATTERNS:
        if pattern.hints and not any(hint in lowered for hint in pattern.hints):
            continue
        for match in pattern.regex.finditer(text, start, end):
            side = pattern.side
            whose = match.groupdict().get("whose")
            if whose:
                side = _whose(whose)
            begin = match.start()
            while begin < match.end() and text[begin].isspace():
                begin += 1
            found.append(Trigger(pattern.rule, pattern.kind, begin, match.end(), pattern.forward,
                                 pattern.backward, side, pattern.rule in _NOMINAL_RULES, pattern.needs,
                                 pattern.rule == "hold.verb"))
    found.sort(key=lambda t: (t.start, -t.end))
    # "began to liberate" is fighting, not liberation: a trigger inside a longer one goes.
    return [t for t in found if not any(o.start <= t.start and t.end <= o.end and (o.end - o.start) > (t.end - t.start)
                                        and o.kind != t.kind for o in found)]


_NOMINAL_RULES = {"gain.nominal", "gain.possessive", "gain.ditto", "gain.fall", "gain.fall_possessive", "gain.loss_of"}
# Rules whose words tell of a loss to the speaker's side when no actor is named ("the fall of X").
SPEAKER_LOSES = frozenset({"gain.fall", "gain.fall_possessive", "gain.fell", "gain.loss_of"})


def _whose(word: str) -> str:
    word = word.lower()
    if word.startswith(("ukrain", "kyiv", "kiev")):
        return "ukraine"
    if word.startswith(("russia", "moscow", "wagner")):
        return "russia"
    return "speaker"  # our / their / its: the speaker's own side
