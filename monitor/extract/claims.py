"""Reading control claims from an article: places, triggers, actors, speakers, certainty.

A pure function of the text (plus the outlet's affiliation and publication date). For
each sentence: find the settlements, the control triggers and the places each trigger
speaks of; decide whose control that means (the actor, never the verb alone); who says
so; and how sure they are. See the evaluation README for the vocabulary.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from monitor.domain.claims import Claim
from monitor.extract.actors import ActorMention, actor_mentions, opposite
from monitor.extract.attribution import DENIAL_VERBS, Attribution, Speakers
from monitor.extract.factuality import clause_scope, hedged, historical, modality, negated
from monitor.extract.linking import Link, link_triggers
from monitor.extract.places import PlaceMention, find_places
from monitor.extract.sentences import split_sentences
from monitor.extract.triggers import ANY_TRIGGER, Trigger, find_triggers

# Words that end the clause in which a trigger's subject is looked for.
_CLAUSE_BREAK = re.compile(r"[;:—–()“”\"]|,\s+(?:and|but|while|as)\b|\b(?:but|while|whereas|although|though|after|"
                           r"before|since|when|that|which|as)\b", re.IGNORECASE)
_BY_ACTOR = re.compile(r"\s*,?\s*(?:[\w'’-]+\s+){0,2}?(?:by|to)\s+", re.IGNORECASE)
_INHERIT = re.compile(r"\b(?:similar|such|same|other)\b[^.]*\breports?\b[^.]*\binclud\w*\b|\breports?\s+(?:also\s+)?"
                      r"(?:include|included|mention|mentioned)\b", re.IGNORECASE)
_LOW_CONFIDENCE_SPEAKERS = frozenset({"channel"})


@dataclass
class _Draft:
    """A claim before the article-wide default side is known."""

    mention: PlaceMention
    link: Link | None
    control: str | None  # None: decided later from the article's other claims
    factuality: str
    historical: bool
    side: str
    speaker: str | None
    sentence: tuple[int, int]
    rule: str
    explicit: bool  # control came from an actor named in the text


def extract_claims(text: str, *, doc: str = "", published: datetime | None = None,
                   affiliation: str | None = None) -> list[Claim]:
    """Every control claim in ``text``, in document order."""
    mentions = find_places(text)
    if not mentions:
        return []
    sentences = split_sentences(text)
    speakers = Speakers(text, sentences)
    drafts: list[_Draft] = []
    previous: list[_Draft] = []
    starts = [m.start for m in mentions]
    for index, sentence in enumerate(sentences):
        first, last = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        in_sentence = [m for m in mentions[first:last] if m.end <= sentence.end]
        if not in_sentence or not (ANY_TRIGGER.search(text, sentence.start, sentence.end)
                                   or (previous and _INHERIT.search(text, sentence.start, sentence.end))):
            continue
        found = _sentence_claims(text, sentence, in_sentence, speakers.of(index), published, affiliation, previous)
        drafts.extend(found)
        if found:
            previous = found
    default = _article_side(drafts, affiliation)
    claims = []
    for draft in drafts:
        control = draft.control or default
        if control is None:
            continue
        claims.append(_finish(draft, control, doc, text))
    return claims


def _sentence_claims(text: str, sentence, mentions: list[PlaceMention], speakers: list[Attribution],
                     published: datetime | None, affiliation: str | None,
                     previous: list[_Draft]) -> list[_Draft]:
    start, end = sentence
    triggers = find_triggers(text, start, end)
    links = link_triggers(text, start, end, triggers, mentions)
    actors = actor_mentions(text, start, end)
    drafts: list[_Draft] = []
    seen: set[tuple[int, str]] = set()
    for link in links:
        draft = _draft(text, sentence, link, actors, speakers, published, affiliation)
        if draft is None:
            continue
        key = (link.mention.start, draft.control or "?")
        if key in seen:
            continue
        seen.add(key)
        drafts.append(draft)
    _resolve_from_sentence(drafts, actors)
    if not drafts and previous and _INHERIT.search(text[start:end]):
        drafts = _inherited(text, sentence, mentions, previous, speakers)
    return drafts


def _draft(text: str, sentence, link: Link, actors: list[ActorMention], speakers: list[Attribution],
           published: datetime | None, affiliation: str | None) -> _Draft | None:
    start, end = sentence
    trigger = link.trigger
    clause_start = _clause_start(text, start, trigger.start)
    before = text[clause_start:trigger.start]
    if negated(before):
        return None
    speaker = _speaker_for(trigger, speakers)
    control, explicit = _control(text, trigger, link, actors, clause_start, speaker, affiliation)
    if control is None and trigger.kind == "contested":
        control, explicit = "contested", True
    scope = clause_scope(text, start, end, (min(trigger.start, link.mention.start), max(trigger.end, link.mention.end)))
    clause = text[min(clause_start, link.mention.start):_clause_end(text, max(link.object_end, trigger.end), end)]
    if speaker is not None:
        clause = speaker.verb + " " + clause
    factuality = _factuality(text, trigger, link, before, scope, clause, speaker)
    return _Draft(
        mention=link.mention,
        link=link,
        control=control,
        factuality=factuality,
        historical=historical(scope, published),
        side=_side(speaker),
        speaker=speaker.speaker.name if speaker else None,
        sentence=(start, end),
        rule=f"{trigger.rule}/{link.how}",
        explicit=explicit,
    )


def _clause_end(text: str, position: int, sentence_end: int) -> int:
    found = _CLAUSE_BREAK.search(text, position, sentence_end)
    return found.start() if found else sentence_end


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    cut = sentence_start
    for found in _CLAUSE_BREAK.finditer(text, sentence_start, position):
        cut = found.end()
    return cut


def _speaker_for(trigger: Trigger, speakers: list[Attribution]) -> Attribution | None:
    covering = [s for s in speakers if s.start <= trigger.start < s.end or s.start <= trigger.end <= s.end]
    if not covering:
        return None
    # The nearest verb before the trigger governs it ("…, denying X, admitted Y").
    preceding = [s for s in covering if s.verb_start <= trigger.start]
    return max(preceding, key=lambda s: s.verb_start) if preceding else covering[0]


def _control(text: str, trigger: Trigger, link: Link, actors: list[ActorMention], clause_start: int,
             speaker: Attribution | None, affiliation: str | None) -> tuple[str | None, bool]:
    """Whose control the trigger means, and whether an actor in the text said so."""
    if trigger.kind == "contested":
        return "contested", True
    speaker_side = speaker.speaker.side if speaker and speaker.speaker.side in ("ukraine", "russia") else None
    actor = _by_phrase(text, link, actors)
    if actor is None and trigger.side is not None:
        side = speaker_side if trigger.side == "speaker" else trigger.side
        if side is not None:
            return side, True
    if actor is None and trigger.kind == "loss":
        # "the withdrawal of its troops from", "regroup Russian troops stationed in".
        inside = [a for a in actors if trigger.start <= a.start and a.end <= trigger.end]
        actor = inside[0] if inside else None
    if actor is None:
        actor = _subject(trigger, actors, clause_start)
    if actor is not None:
        side = speaker_side if actor.side == "speaker" else actor.side
        if side is not None:
            return (opposite(side) if trigger.kind == "loss" else side), True
    if speaker_side is not None:
        return (opposite(speaker_side) if trigger.kind == "loss" else speaker_side), False
    return None, False


def _by_phrase(text: str, link: Link, actors: list[ActorMention]) -> ActorMention | None:
    """'liberated by the Ukrainian army', 'fell to Russian forces'."""
    for anchor in (link.trigger.end, link.object_end):
        found = _BY_ACTOR.match(text, anchor)
        if found:
            for actor in actors:
                if found.end() <= actor.start <= found.end() + 5:
                    return actor
    return None


def _subject(trigger: Trigger, actors: list[ActorMention], clause_start: int) -> ActorMention | None:
    candidates = [a for a in actors if clause_start <= a.start and a.end <= trigger.start + 3]
    if trigger.nominal:
        # "Ukraine's capture of": only an actor right before the noun owns it.
        candidates = [a for a in candidates if trigger.start - a.end <= 20]
    return candidates[-1] if candidates else None


def _resolve_from_sentence(drafts: list[_Draft], actors: list[ActorMention]) -> None:
    """An actorless claim takes the side of the sentence's other claims, or of its advancing side."""
    known = {d.control for d in drafts if d.control not in (None, "contested") and d.explicit}
    if len(known) != 1:
        roles = {a.side if a.role == "gaining" else opposite(a.side) for a in actors
                 if a.role in ("gaining", "losing") and a.side in ("ukraine", "russia")}
        known = roles if len(roles) == 1 else set()
    if len(known) == 1:
        side = next(iter(known))
        for draft in drafts:
            if draft.control is None:
                draft.control = side


def _inherited(text: str, sentence, mentions: list[PlaceMention], previous: list[_Draft],
               speakers: list[Attribution]) -> list[_Draft]:
    """'Other towns mentioned in similar reports include A, B': the last claims' control."""
    controls = {d.control for d in previous}
    if len(controls) != 1:
        return []
    control = next(iter(controls))
    start, end = sentence
    scope = text[start:end]
    factuality = "unconfirmed" if hedged(scope, scope) else previous[-1].factuality
    return [
        _Draft(mention=m, link=None, control=control, factuality=factuality, historical=False,
               side=previous[-1].side, speaker=previous[-1].speaker, sentence=(start, end),
               rule="inherit.similar_reports", explicit=previous[-1].explicit)
        for m in mentions
    ]


def _factuality(text: str, trigger: Trigger, link: Link, before: str, scope: str, clause: str,
                speaker: Attribution | None) -> str:
    after = text[link.object_end:link.object_end + 80]
    mode = modality(before, after)
    if mode == "predicted":
        return "predicted"
    if speaker is not None and speaker.verb in DENIAL_VERBS:
        return "denied"
    if mode == "unconfirmed" or hedged(scope, clause):
        return "unconfirmed"
    if speaker is not None and speaker.speaker.kind in _LOW_CONFIDENCE_SPEAKERS:
        return "unconfirmed"
    if speaker is not None:
        return "attributed"
    return "asserted"


def _side(speaker: Attribution | None) -> str:
    if speaker is None:
        return "outlet"
    side = speaker.speaker.side
    return side if side in ("ukraine", "russia", "third_party", "both") else "third_party"


def _article_side(drafts: list[_Draft], affiliation: str | None) -> str | None:
    """The side an article shows taking ground, for claims that name no actor."""
    if affiliation in ("ukraine", "russia"):
        return affiliation
    votes = Counter(d.control for d in drafts if d.explicit and d.control in ("ukraine", "russia")
                    and not d.historical and d.factuality != "predicted")
    if not votes:
        return None
    (side, count), *rest = votes.most_common()
    return side if not rest or count > rest[0][1] else None


def _finish(draft: _Draft, control: str, doc: str, text: str) -> Claim:
    mention = draft.mention
    place = mention.place or (mention.candidates[0] if mention.candidates else None)
    name = place.name if place else mention.text
    start, end = draft.sentence
    digest = hashlib.sha256(f"{doc}|{mention.start}|{control}|{draft.rule}".encode()).hexdigest()[:16]
    return Claim(
        claim_id=digest,
        place_id=mention.place_id,
        place=name,
        control=control,
        factuality=draft.factuality,
        historical=draft.historical,
        side=draft.side,
        speaker=draft.speaker,
        evidence=text[start:end],
        start=start,
        end=end,
        rule=draft.rule,
    )
