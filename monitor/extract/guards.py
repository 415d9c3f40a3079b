"""Contexts in which a trigger next to a place still makes no control claim.

"On the outskirts of X" is fighting only where troops or fighting are named, and not when
it locates a noun ("a missile strike on the outskirts of Kharkiv", "a town on the outskirts
of Donetsk"). Civilians leaving a place ("thousands have fled X", "authorities evacuated
residents from X") lose nothing to anyone.
"""

from __future__ import annotations

from monitor.extract import rules_re as re

from monitor.extract.actors import ActorMention
from monitor.extract.triggers import Trigger

# A place near troops or fighting, for "on the outskirts of X" (not "a strike on the outskirts of X").
FORCE_WORDS = re.compile(r"\b(?:troops|forces|soldiers|units|army|military|fighters|marines|brigades?|"
                         r"fighting|battles?|clashes|assault|offensive|advanc\w*|reached|approach\w*|"
                         r"(?:kinetic|combat|military)\s+activity|hostilities|firefights?|skirmish\w*|combat)\b", re.IGNORECASE)
# (A coordinated verb is no noun's: "advanced from the north and reached X".)
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|their|this|that)\s+(?:(?!(?:is|are|was|were|be|been|being|has|have|had|"
                          r"already|now|still|reportedly|also|just|and|then)\b)[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# "reached the outskirts of X": the determiner is the phrase's own, after a verb of arriving.
_ARRIVED_THE = re.compile(r"\b(?:reach(?:ed|es|ing)?|enter(?:ed|s|ing)?|approach(?:ed|es|ing)|near(?:ed|ing)|got to|moved to|pushed to|"
                          r"advanced (?:to|on))\s+the\s+$", re.IGNORECASE)
# Civilians leaving a place ("thousands of civilians have left X", "evacuated residents from X"), or
# an occupation administration and its collaborators ("withdrawn its occupying government from X",
# "collaborators are fleeing from X"), is no loss of control.
_CIVILIANS = re.compile(r"\b(?:civilians?|residents?|people|families|children|refugees|evacuees|inhabitants|locals|"
                        r"population|patients|orphans|pensioners|volunteers|journalists|reporters|aid workers|"
                        r"(?<!general )staff|"  # (the General Staff is the army's command)
                        r"employees|students|women|elderly|villagers|citizens|thousands|hundreds|millions|"
                        r"collaborators|collaborationists|officials|administrations?|authorities|government|"
                        r"bureaucrats|clergy|bodies|corpses|remains|wounded|injured)\b",
                        re.IGNORECASE)


def near_forces(text: str, clause_start: int, trigger: Trigger, actors: list[ActorMention]) -> bool:
    """'Ukrainian troops are on the outskirts of X', not 'a town on the outskirts of X'."""
    before = text[clause_start:trigger.start]
    if not before.strip(" \"“'(") and (comma := text.find(",", trigger.end, trigger.end + 60)) > 0 and \
            FORCE_WORDS.search(text[comma + 1:comma + 45]):
        return True  # "On the outskirts of Kupyansk, Ukrainian troops are holding the lines": the forces after the place
    noun = _NOUN_BEFORE.search(before)
    if noun and _ARRIVED_THE.search(before):
        noun = None
    if noun and not FORCE_WORDS.search(noun.group(0)) and not any(
            clause_start + noun.start() <= a.start < trigger.start for a in actors):
        return False  # the phrase locates a noun: "a missile strike on the outskirts of"
    return bool(FORCE_WORDS.search(before) or any(clause_start <= a.start < trigger.start for a in actors))


# Troops, not fighting: "Russian troops are on the approaches to X" (fighting there is still outside X).
_TROOP_WORDS = re.compile(r"\b(?:troops|forces|soldiers|servicemen|units|army|military|fighters|marines|paratroopers|"
                          r"brigades?|battalions?|regiments?|guys|assault groups?|detachments?)\b", re.IGNORECASE)


def near_troops(text: str, clause_start: int, trigger: Trigger, actors: list[ActorMention]) -> bool:
    """'Russian troops were already on the approaches to X', not 'fighting continues on the approaches to X'."""
    return bool(_TROOP_WORDS.search(text, clause_start, trigger.start)
                or any(clause_start <= a.start < trigger.start for a in actors))


def civilians_leave(text: str, clause_start: int, trigger: Trigger, actors: list[ActorMention]) -> bool:
    """'Thousands of civilians have left X', 'authorities evacuated residents from X'."""
    if _CIVILIANS.search(text, trigger.start, trigger.end):
        return True
    if FORCE_WORDS.search(text, trigger.start, trigger.end):
        return False  # "the withdrawal of Ukrainian forces from X": the forces left, whoever speaks of it
    last_actor = max((a.end for a in actors if clause_start <= a.start and a.end <= trigger.start),
                     default=clause_start)
    found = None
    for found in _CIVILIANS.finditer(text, last_actor, trigger.start):
        pass
    return found is not None and not _VOICE_VERB.search(text, found.end(), trigger.start)


# A speech or denial verb after the civilians' word: they speak of the leaving, they do not leave
# ("The Kharkiv Oblast Military Administration denied the retreat of …").
_VOICE_VERB = re.compile(r"\b(?:said|says|told|reported|announced|stated|confirmed|claimed|added|denied|denies|dismissed|"
                         r"rejected|refuted)\b", re.IGNORECASE)


def civilians_leave_before(text: str, sentence_start: int, trigger: Trigger) -> bool:
    """The same, told from the words alone (for linking, before actors are known): civilians in
    the trigger's words, or named before it with no forces named after them."""
    if _CIVILIANS.search(text, trigger.start, trigger.end):
        return True
    lead = text[max(sentence_start, trigger.start - 80):trigger.start]
    found = None
    for found in _CIVILIANS.finditer(lead):
        pass
    # ("The Kharkiv Oblast Military Administration denied the withdrawal of Ukrainian forces from X": a voice,
    # and the forces that left are named in the trigger's own words)
    return found is not None and not FORCE_WORDS.search(lead, found.end()) and not re.search(r"[,;:]", lead[found.end():]) \
        and not _VOICE_VERB.search(lead, found.end()) and not FORCE_WORDS.search(text, trigger.start, trigger.end)


# People who raise a flag without taking a place: partisans in an occupied town, residents greeting troops.
_FLAG_BEARERS = re.compile(r"\b(?:resistance|partisans?|underground|activists?|residents|locals|civilians|"
                           r"volunteers|protesters|students|pupils|children|fans)\b", re.IGNORECASE)


def civilians_raise_flag(text: str, clause_start: int, trigger: Trigger) -> bool:
    """'The Ukrainian resistance movement has raised the Ukrainian flag in the Russian-occupied village
    of X', 'residents hung Ukrainian flags in X': a sign of defiance or welcome, no one's control."""
    return trigger.rule.startswith("gain.flag") and bool(
        _FLAG_BEARERS.search(text, max(clause_start, trigger.start - 80), trigger.start))
