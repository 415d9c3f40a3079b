"""Reading control claims from an article: places, triggers, actors, speakers, certainty.

A pure function of the text (plus the outlet's affiliation and publication date). For
each sentence: find the settlements, the control triggers and the places each trigger
speaks of; decide whose control that means (the actor, never the verb alone); who says
so; and how sure they are. See the evaluation README for the vocabulary.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from datetime import datetime

from monitor.domain.claims import Claim
from monitor.gazetteer import fold_text
from monitor.extract.actors import ActorMention, actor_mentions, opposite
from monitor.extract.attribution import DENIAL_VERBS, Attribution, Speakers
from monitor.extract.cyrillic import ArticleState, perspective_of, quotations, read_sentence
from monitor.extract.drafts import Draft as _Draft
from monitor.extract.language import cyrillic_default, letters_language
from monitor.extract.lexicon import Lexicon, Token, lexicon
from monitor.extract.factuality import clause_scope, hedged, historical, modality, negated
from monitor.extract.guards import civilians_leave, near_forces
from monitor.extract.linking import COUNTED, Link, link_triggers, named_list
from monitor.extract.naming import likeliest_place, reported_name
from monitor.extract.places import PlaceMention, find_places, unmix_scripts
from monitor.extract.sentences import split_sentences
from monitor.extract.triggers import SPEAKER_LOSES, Trigger, find_triggers

# Words that end the clause in which a trigger's subject is looked for.
_CLAUSE_BREAK = re.compile(r"[;:—–()“”\"]|,\s+(?:and|but|while|as)\b|\b(?:but|while|whereas|although|though|after|"
                           r"before|since|when|that|which|as)\b", re.IGNORECASE)
# "liberated by X", "fell to X", "taken back on Sunday by X"; not "confirmed by X" (a speaker).
_BY_ACTOR = re.compile(r"\s*,?\s*(?:(?!(?:confirmed|announced|reported|claimed|denied|verified|said|acknowledged|"
                       r"admitted|described|called|seen|welcomed)\b)[\w'’-]+\s+){0,2}?(?:by|to)\s+", re.IGNORECASE)
# "Reuters could not independently verify the report": the previous sentence's claims are hedged.
_UNVERIFIED_NEXT = re.compile(r"\b(?:could not|couldn['’]t|cannot|can['’]t|was unable to|were unable to|"
                              r"has not been able to|have not been able to|did not|was not able to)\s+(?:be\s+)?(?:immediately\s+)?"
                              r"(?:independently\s+)?(?:verif\w+|confirm\w*)\b", re.IGNORECASE)
_INHERIT = re.compile(r"\b(?:similar|such|same|other)\b[^.]*\breports?\b[^.]*\binclud\w*\b|\breports?\s+(?:also\s+)?"
                      r"(?:include|included|mention|mentioned)\b", re.IGNORECASE)
_LOW_CONFIDENCE_SPEAKERS = frozenset({"channel"})
_COUNT_NOUN = re.compile(r"\b(?:villages|settlements|towns|localities|communities|hamlets)\b", re.IGNORECASE)
_NAMING = re.compile(r"\b(?:named|listed|identified)\b(?:\s+(?:the|them|these|those|villages|settlements|towns|"
                     r"localities|as))*|\b(?:they|the (?:villages|settlements|towns|localities))\s+(?:are|were|"
                     r"include|included)\b", re.IGNORECASE)


def extract_claims(text: str, *, doc: str = "", published: datetime | None = None,
                   affiliation: str | None = None) -> list[Claim]:
    """Every control claim in ``text``, in document order."""
    mentions = find_places(text)
    if not mentions:
        return []
    sentences = split_sentences(text)
    speakers = Speakers(text, sentences)
    slavic = _SlavicReaders(text, published, affiliation) if _HAS_CYRILLIC.search(text) else None
    drafts: list[_Draft] = []
    previous: list[_Draft] = []
    pending: tuple[int, Trigger] | None = None  # "captured five villages": names may follow
    starts = [m.start for m in mentions]
    for index, sentence in enumerate(sentences):
        first, last = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        in_sentence = [m for m in mentions[first:last] if m.end <= sentence.end]
        if slavic is not None and (found := slavic.read(index, sentence, in_sentence)) is not None:
            drafts.extend(found)  # a Ukrainian or Russian sentence, read by its own language's rules
            continue
        if not in_sentence:
            pending = _counted(text, index, find_triggers(text, sentence.start, sentence.end)) \
                if _COUNT_NOUN.search(text, sentence.start, sentence.end) else None
            continue
        # Triggers and links first: speakers and actors are worked out only where a place is linked.
        triggers = find_triggers(text, sentence.start, sentence.end)
        links = link_triggers(text, sentence.start, sentence.end, triggers, in_sentence) if triggers else []
        if not links and pending is not None and pending[0] == index - 1:
            links = _named_after(text, sentence, pending[1], in_sentence)
            if links:  # "Russia says it captured five villages. The ministry named them as A, B and C."
                found = _sentence_claims(text, sentences[index - 1], in_sentence, links, speakers.of(index - 1),
                                         published, affiliation, [])
                for draft in found:
                    draft.sentence = (sentence.start, sentence.end)
                drafts.extend(found)
                previous = found or previous
                continue
        pending = None if links else _counted(text, index, triggers)
        if not links and not (previous and _INHERIT.search(text, sentence.start, sentence.end)):
            continue
        found = _sentence_claims(text, sentence, in_sentence, links, speakers.of(index), published, affiliation,
                                 previous)
        drafts.extend(found)
        if found:
            previous = found
            _hedge_from_next(text, sentences, index, found)
    default = _article_side(drafts, affiliation)
    claims = []
    for draft in drafts:
        control = draft.control or default
        if control is None:
            continue
        claims.append(_finish(draft, control, doc, text))
    return claims


_HAS_CYRILLIC = re.compile("[а-яёіїєґА-ЯЁІЇЄҐ]")


class _SlavicReaders:
    """The Ukrainian and Russian readers of one article: its folded text and tokens per
    language, made once, and what each reader carries between sentences."""

    def __init__(self, text: str, published: datetime | None, affiliation: str | None) -> None:
        self._text = text
        self._folded = unmix_scripts(fold_text(text))
        self._default = cyrillic_default(text)
        self._published = published
        self._affiliation = affiliation
        self._tokens: dict[str, tuple[list[Token], list[int]]] = {}
        self._states: dict[str, ArticleState] = {}

    def read(self, index: int, sentence, mentions: list[PlaceMention]) -> list[_Draft] | None:
        """The sentence's drafts, or None when it is not Ukrainian or Russian."""
        language = letters_language(self._text, sentence.start, sentence.end)
        if language == "en" or (language is None and not _HAS_CYRILLIC.search(self._text, sentence.start,
                                                                                  sentence.end)):
            return None
        language = language or self._default
        lx = lexicon(language)
        tokens, token_starts = self._tokens_of(language, lx)
        lo, hi = bisect_left(token_starts, sentence.start), bisect_left(token_starts, sentence.end)
        state = self._states.get(language)
        if state is None:
            state = self._states[language] = ArticleState(perspective_of(lx, tokens, self._affiliation),
                                                          self._published,
                                                          quotes=quotations(lx, self._text, self._folded))
        return read_sentence(lx, self._text, tokens[lo:hi], index, sentence, mentions, state)

    def _tokens_of(self, language: str, lx: Lexicon) -> tuple[list[Token], list[int]]:
        if language not in self._tokens:
            tokens = lx.tokens(self._folded, 0, len(self._folded))
            self._tokens[language] = (tokens, [t.start for t in tokens])
        return self._tokens[language]


def _counted(text: str, index: int, triggers: list[Trigger]) -> tuple[int, Trigger] | None:
    """A capture or loss of a number of settlements, whose names the next sentence may give."""
    return next(((index, t) for t in triggers if t.kind in ("gain", "loss") and t.forward and not t.strict
                 and COUNTED.match(text, t.end)), None)


def _named_after(text: str, sentence, trigger: Trigger, mentions: list[PlaceMention]) -> list[Link]:
    """'The ministry named the villages as A, B and C': the list after the naming words."""
    naming = _NAMING.search(text, sentence.start, sentence.end)
    return named_list(text, trigger, naming.end(), mentions) if naming else []


def _hedge_from_next(text: str, sentences, index: int, found: list[_Draft]) -> None:
    """A following "… could not independently verify the claim" hedges this sentence's claims."""
    if index + 1 >= len(sentences):
        return
    start, end = sentences[index + 1]
    if end - start < 200 and _UNVERIFIED_NEXT.search(text, start, end):
        for draft in found:
            if draft.factuality in ("asserted", "attributed"):
                draft.factuality = "unconfirmed"


def _sentence_claims(text: str, sentence, mentions: list[PlaceMention], links: list[Link],
                     speakers: list[Attribution], published: datetime | None, affiliation: str | None,
                     previous: list[_Draft]) -> list[_Draft]:
    start, end = sentence
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
    drafts += _later_denials(drafts, speakers)
    if not drafts and previous and _INHERIT.search(text[start:end]):
        drafts = _inherited(text, sentence, mentions, previous, speakers)
    return drafts


def _later_denials(drafts: list[_Draft], speakers: list[Attribution]) -> list[_Draft]:
    """'Russia said it took X, a claim Kyiv denied': the denial is a second claim, by the denier."""
    extra = []
    for draft in drafts:
        trigger = draft.link.trigger if draft.link else None
        denial = trigger and next((s for s in speakers if s.verb in DENIAL_VERBS and s.verb_start > trigger.end
                                   and s.start <= trigger.start < s.end), None)
        if denial and draft.factuality != "denied" and _side(denial) != draft.side:
            extra.append(replace(draft, factuality="denied", side=_side(denial), speaker=denial.speaker.name,
                                 rule=draft.rule + "+denied"))
    return extra


def _draft(text: str, sentence, link: Link, actors: list[ActorMention], speakers: list[Attribution],
           published: datetime | None, affiliation: str | None) -> _Draft | None:
    start, end = sentence
    trigger = link.trigger
    clause_start = _clause_start(text, start, trigger.start)
    before = text[clause_start:trigger.start]
    if negated(before):
        return None
    if trigger.needs == "force" and not near_forces(text, clause_start, trigger, actors):
        return None
    if trigger.kind == "loss" and civilians_leave(text, clause_start, trigger, actors):
        return None
    speaker = _speaker_for(trigger, speakers)
    control, explicit = _control(text, trigger, link, actors, clause_start, speaker, affiliation)
    if (trigger.needs == "actor" and not explicit) or (trigger.needs == "voice" and control is None):
        return None
    if control is None and trigger.kind == "contested":
        control, explicit = "contested", True
    # Hedges in an aside between place and verb count ("X – reportedly – fell"); dates there
    # describe the place ("X, which Russia seized in April, was liberated").
    scope = clause_scope(text, start, end, (min(trigger.start, link.mention.start), max(trigger.end, link.mention.end)))
    keep = [(trigger.start, trigger.end)]
    if link.how != "anaphor":  # the antecedent of "the city" may sit in an aside of its own
        keep.append((link.mention.start, link.mention.end))
    time_scope = clause_scope(text, start, end, *keep)
    clause = text[min(clause_start, link.mention.start):_clause_end(text, max(link.object_end, trigger.end), end)]
    if speaker is not None:
        clause = speaker.verb + " " + clause
    factuality = _factuality(text, trigger, link, before, scope, clause, speaker)
    return _Draft(
        mention=link.mention,
        link=link,
        control=control,
        factuality=factuality,
        historical=historical(time_scope, published),
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
    """Where the clause holding ``position`` begins. A relative clause after a comma does not
    cut: its subject is what it follows ("Russian forces, which seized X in April, are now
    retreating" — both verbs have Russian forces as subject)."""
    cut = sentence_start
    for found in _CLAUSE_BREAK.finditer(text, sentence_start, position):
        if found.group(0).lower() in ("which", "who") and text[max(0, found.start() - 2):found.start()].strip() == ",":
            continue
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
    actor, receives = _by_phrase(text, link, actors)
    if actor is None and trigger.side is not None and trigger.needs != "actor":
        side = speaker_side if trigger.side == "speaker" else trigger.side
        if side is not None:
            return side, True
    if actor is None and trigger.kind == "loss":
        # "the withdrawal of its troops from", "regroup Russian troops stationed in".
        inside = [a for a in actors if trigger.start <= a.start and a.end <= trigger.end]
        actor = inside[0] if inside else None
    if actor is None:
        actor = _subject(trigger, actors, clause_start, link)
    if actor is not None:
        side = {"speaker": speaker_side, "enemy": speaker_side and opposite(speaker_side)}.get(actor.side, actor.side)
        if side is not None:
            return (opposite(side) if trigger.kind == "loss" and not receives else side), True
    if speaker_side is not None:
        loses = trigger.kind == "loss" or trigger.rule in SPEAKER_LOSES
        return (opposite(speaker_side) if loses else speaker_side), False
    return None, False


def _by_phrase(text: str, link: Link, actors: list[ActorMention]) -> tuple[ActorMention | None, bool]:
    """'liberated by the Ukrainian army', 'fell to Russian forces'; the flag says the actor
    receives the place ("leaving Kherson to the Ukrainians"), whatever the verb."""
    for anchor in (link.trigger.end, link.object_end):
        found = _BY_ACTOR.match(text, anchor)
        if found:
            for actor in actors:
                if found.end() <= actor.start <= found.end() + 5:
                    return actor, found.group(0).rstrip().lower().endswith("to")
    return None, False


def _subject(trigger: Trigger, actors: list[ActorMention], clause_start: int, link: Link) -> ActorMention | None:
    candidates = [a for a in actors if clause_start <= a.start and a.end <= trigger.start + 3]
    if link.how in ("subject", "list") and link.mention.end <= trigger.start:
        # "Izium, which Russia seized in April, was liberated": the place is the subject; an
        # actor between it and the verb belongs to an aside.
        candidates = [a for a in candidates if not link.mention.end <= a.start < trigger.start]
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
    place = mention.place or likeliest_place(mention)
    name = reported_name(mention.text, place) if place else mention.text
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
