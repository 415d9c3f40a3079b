"""Reading control claims in Ukrainian and Russian sentences, on the same claim model.

The words are data (data/uk.toml, data/ru.toml, every form of every lemma looked up: see
monitor.extract.lexicon); this module is how they combine. Word order is free in both
languages and case does the work English word order does, so a trigger is linked to the
places standing next to it in its clause, past only "filler" (adverbs, "the village of"),
in the way its rule says: as its object or subject ("звільнили Ізюм", "Ізюм звільнено"),
after it ("звільнення Ізюма"), or behind one of its prepositions ("вийшли з Херсона").
A list continues the link ("звільнили Кліщіївку, Андріївку та Курдюмівку"), and a count
of settlements is followed to the names it stands for ("освободили 11 населённых
пунктов, среди которых A, B и C"; "… пять населённых пунктов. Речь идёт о A, B, C").

Whose control: the party acting (subject, "силами X", "під контролем X"), never the verb:
the Russian Defence Ministry's "освободили" is a Russian capture, the General Staff's
"звільнили" a Ukrainian one. "Наші" is the speaker's side and "ворог/противник" the
speaker's foe; with no speaker, the article's perspective (its vocabulary: "окупанти" or
"боевики", "ВСУ" or "ЗСУ") or the outlet's affiliation decides. With no party at all, the
speaker's side, else the perspective, else the article's other claims (claims.py).

How sure: denials ("спростували", "не соответствует действительности", a negated
capture), attempts ("намагаються захопити": a fight for the place, contested), plans,
modals, conditionals and the future tense (predicted), hedges ("нібито", "якобы",
"сообщается") and channels (unconfirmed), a speaker (attributed), else asserted; and
background (an earlier year or month, "ще у березні", "в 2014 году") is historical.
Lists of shelled settlements hold no trigger and make no claim.
"""

from __future__ import annotations

from monitor.extract import rules_re as re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property

from monitor.extract.drafts import Draft
from monitor.extract.lexicon import Lexicon, Match, PartyRule, Token, TriggerRule
from monitor.extract.places import PlaceMention, cyrillic_first_name

_OPPOSITE = {"ukraine": "russia", "russia": "ukraine"}
# Russian verbs of taking a Russian voice uses of its own side's captures (unlike "захватить", said of the enemy
# as well): with no actor named, "взят", "заняли", "овладели" said by a Russian voice are Russian gains.
_OWN_TAKING = frozenset({"взять", "взятый", "занять", "занятый", "овладеть"})
_BREAKS = frozenset(";:—()!?")  # quotes enclose names (группировка «Центр»), not clauses
SPEAKER_WINDOW = 10  # tokens between a speech verb and the party speaking
SUBJECT_WINDOW = 12  # tokens between a party and the trigger it is the subject of


@dataclass(frozen=True)
class Speaker:
    name: str
    side: str  # ukraine | russia | third_party
    kind: str


@dataclass
class ArticleState:
    """What a reader carries from sentence to sentence of one article."""

    perspective: str | None  # ukraine | russia | None
    published: datetime | None
    quotes: list[tuple[int, int, "Speaker | None"]] = field(default_factory=list)
    previous: list[Draft] = field(default_factory=list)  # the last sentence's drafts, for "до них додалися …"
    previous_index: int = -10  # the sentence they came from
    pending: tuple[int, Match, "_Sentence"] | None = None  # a count of settlements, for "Речь идёт о …"
    # Sentences read so far, and the speakers worked out for them: a sentence with no claim to
    # read is only recorded, and its speaker found when a later "він заявив" needs it.
    seen: dict[int, tuple[Lexicon, str, list[Token], tuple[int, int]]] = field(default_factory=dict)
    speakers: dict[int, "Speaker | _Sentence | None"] = field(default_factory=dict)  # (a reader: not yet asked)
    named: dict[int, list[PlaceMention]] = field(default_factory=dict)  # places each sentence names, for "Они …"
    # The voice a sentence named back ("Про це повідомив Генштаб") and where: the retelling goes on in it
    announcer: "tuple[int, Speaker] | None" = None

    def speaker_before(self, index: int, lookback: int = 0) -> "Speaker | None":
        """The last speaker named in the LOOKBACK (or ``lookback``) sentences before sentence ``index``."""
        for earlier in sorted((i for i in self.seen if index - (lookback or LOOKBACK) <= i < index), reverse=True):
            if earlier not in self.speakers:
                lexicon, text, tokens, span = self.seen[earlier]
                self.speakers[earlier] = None  # no loops while it is worked out
                self.speakers[earlier] = _Sentence(lexicon, text, tokens, span, [], self, earlier).speaker
            if isinstance(self.speakers[earlier], _Sentence):
                self.speakers[earlier] = self.speakers[earlier].speaker
            if self.speakers[earlier] is not None:
                return self.speakers[earlier]
        return None

    def quoted_speaker(self, position: int, index: int) -> "Speaker | None":
        """The speaker of the quotation that holds ``position`` (see `quotations`)."""
        for start, end, speaker in self.quotes:
            if start <= position < end:
                return speaker or self.speaker_before(index)
        return None


LOOKBACK = 12  # sentences a pronoun's speaker may lie back
CONTINUATION_LOOKBACK = 2  # sentences back a "Кроме того, …" goes on with its speaker


_DASH = re.compile(r"[–—]|(?<=\s)-(?=\s)")


def _with_dashes(text: str, tokens: list[Token], span: tuple[int, int]) -> list[Token]:
    """The tokens with the sentence's dashes put back: folding makes them spaces (for
    names such as Нью-Йорк), but a dash ends a clause and introduces a headline's source."""
    dashes = [Token(m.start(), m.end(), "—", frozenset(), "") for m in _DASH.finditer(text, *span)]
    if not dashes:
        return tokens
    return sorted(tokens + dashes, key=lambda t: t.start)


# Quotations: «…» may hold „…“ or "…" inside; the others hold no quote of their own kind.
_QUOTED = re.compile(r"«[^«»]{12,3000}»|„[^„“”]{12,3000}[“”]|“[^“”]{12,3000}”|\"[^\"\n]{12,3000}\"")


def quotations(lexicon: Lexicon, text: str, folded: str) -> list[tuple[int, int, Speaker | None]]:
    """Quoted passages and who is quoted: the party named with a speech verb right after
    the closing quote ("», — сказав Сирський", "», – говорится в сообщении": the last
    speaker) or right before the opening one ("Маляр зазначила: «"). None: the last
    speaker named before the passage."""
    found = []
    for quote in _QUOTED.finditer(text):
        after = _attribution(lexicon, text, folded, quote.end(), min(len(text), quote.end() + 120))
        before = _attribution(lexicon, text, folded, max(0, quote.start() - 120), quote.start(), before=True)
        found.append((quote.start(), quote.end(), after or before))
    return found


def _attribution(lexicon: Lexicon, text: str, folded: str, start: int, end: int, before: bool = False) -> Speaker | None:
    stop = re.search(r"[.!?]\s", text[start:end]) if not before else None
    if stop is not None:
        end = start + stop.start()
    if before:
        colon = text.rfind(":", start, end)
        if colon < 0 or text[colon + 1:end].strip():
            return None
        start = max(start, max(text.rfind(".", start, colon), text.rfind("\n", start, colon)) + 1)
    tokens = lexicon.tokens(folded, start, end)
    if not tokens or not lexicon.phrase("speech.verbs").find(tokens) and not before:
        return None
    parties = lexicon.parties.find(tokens)
    if not parties:
        return None
    party = parties[0]
    rule: PartyRule = party.payload
    if rule.side not in _OPPOSITE and rule.side != "third_party":
        return None
    name = text[tokens[party.start].start:tokens[party.end - 1].end]
    return Speaker(name, rule.side, {"forces": "military"}.get(rule.kind, rule.kind))


def perspective_of(lexicon: Lexicon, tokens: list[Token], affiliation: str | None) -> str | None:
    """The side an article speaks from: its outlet's affiliation, else its vocabulary."""
    if affiliation in _OPPOSITE:
        return affiliation
    found = Counter(match.payload for match in lexicon.perspectives.find(tokens))  # (each list's matches)
    votes = {side: found[side] for side in _OPPOSITE}
    if votes["ukraine"] == votes["russia"]:
        return lexicon.default_perspective if not votes["ukraine"] else None
    return max(votes, key=lambda side: votes[side])


def read_sentence(lexicon: Lexicon, text: str, tokens: list[Token], index: int, span: tuple[int, int],
                  mentions: list[PlaceMention], state: ArticleState) -> list[Draft]:
    """The drafts of one Ukrainian or Russian sentence (``tokens``: the sentence's own).

    Most sentences hold no trigger: they are recorded (for the speaker of a later "він
    заявив") and cost nothing more."""
    state.seen[index] = (lexicon, text, tokens, span)
    state.named[index] = mentions
    if not tokens:
        return []
    if state.previous and index - state.previous_index <= BACK_REFERENCE_SENTENCES and \
            lexicon.phrase("speech.backref").at(tokens, 0) is not None:
        _voiced_back(lexicon, text, tokens, index, span, state)
    if not mentions and state.previous and index - state.previous_index <= BACK_REFERENCE_SENTENCES and \
            lexicon.phrase("speech.denial").find(tokens) and any(t.word in _WHAT_WAS_SAID for t in tokens):
        denied = _denied_back(lexicon, text, tokens, index, span, state)
        if denied:
            return denied
    pending = state.pending is not None and state.pending[0] == index - 1
    if not pending:
        state.pending = None
    counts = not mentions and any(t.word.isdigit() or t.word in _COUNT_WORDS for t in tokens)
    they = not mentions and len(state.named.get(index - 1, ())) >= 2 and any(t.word in _THEY for t in tokens)
    # ("Окупанти штурмують Торецьк. Ворог захопив місто.": a settlement word for the place just named)
    # ("бои идут в городской застройке": the town's own part)
    anaphoric = not mentions and any(state.named.get(i) for i in (index - 1, index - 2)) and (
        any(t.lemmas & _SETTLEMENT_NOUNS or t.word in _THERE or t.word in _PLACE_PRONOUNS for t in tokens)
        or bool(lexicon.phrase("link.town_part").find(tokens)))
    if not pending and not (mentions or counts or they or anaphoric):
        return []  # no place to link, no count whose names a next sentence may give, no "Они" for a list
    if not pending and not lexicon.triggers.may_match(tokens) and not (mentions and (
            lexicon.parties.may_match(tokens) or state.previous and lexicon.phrase("link.inherit").find(tokens))):
        return []  # no trigger, no troops to be somewhere, no list joining the last one
    reader = _Sentence(lexicon, text, tokens, span, mentions, state, index)
    drafts = reader.read(index)
    state.speakers[index] = reader  # its speaker is worked out if a later sentence asks
    if state.announcer is not None and drafts and all(d.speaker is None for d in drafts) and reader.speaker is None:
        _announced(drafts, index, state)
    if not mentions:
        # ("… прорвали оборону Красного Лимана. Подразделения зашли в город. Бои идут в городской
        # застройке.": a sentence that named its one place by a settlement word names it for the next)
        referred = {d.mention.place_id or d.mention.text: d.mention for d in drafts if "/anaphor" in d.rule}
        if len(referred) == 1:
            state.named[index] = list(referred.values())
    return drafts


def _announced(drafts: list[Draft], index: int, state: ArticleState) -> None:
    """"ЗСУ звільнили Кліщіївку. Про це повідомив Генштаб. … Тривають бої за Андріївку.": a news
    agency's retelling goes on in the voice it named back, until another voice speaks (the
    labelled reporting reads it so)."""
    at, voice = state.announcer
    if index - at > 1 and state.speaker_before(index, index - at - 1) is not None:
        return
    _voiced(drafts, voice)


BACK_REFERENCE_SENTENCES = 2  # how far back "Об этом сообщили в …" gives its voice


def _voiced_back(lexicon: Lexicon, text: str, tokens: list[Token], index: int, span: tuple[int, int],
                 state: ArticleState) -> None:
    """"ВС России освободили Кузьминовку. Об этом сообщили в Минобороны.": the claims just
    before, said in the outlet's own voice, are the voice's this sentence names."""
    reader = _Sentence(lexicon, text, tokens, span, [], state, index)
    voice = reader.speaker
    state.speakers[index] = voice
    if voice is None:
        return
    state.announcer = (index, voice)
    _voiced([d for d in state.previous if d.speaker is None], voice)


def _voiced(drafts: list[Draft], voice: Speaker) -> None:
    """The drafts, told in the outlet's own voice, become ``voice``'s (a hedge stays a hedge)."""
    for draft in drafts:
        if draft.factuality in ("asserted", "unconfirmed"):
            draft.speaker, draft.speaker_kind, draft.side = voice.name, voice.kind, voice.side
            draft.factuality = "attributed" if draft.factuality == "asserted" else draft.factuality


# What a denial refers back to: "это", "це", "цю заяву", "эту информацию", "такие заявления".
_WHAT_WAS_SAID = frozenset("""это эту эти этого такие такую це цю ці цього такі таку заяву заяви заявление заявления
информацию інформацію данные дані твердження утверждения""".split())


# Passive participles ("выбиты", "вытеснены", "вибиті", "відкинуті", "вытесненных"): their noun underwent the act.
_PASSIVE_PARTICIPLE = re.compile(r"(?:т|та|то|ты|ти|ті|ен|ена|ено|ены|ені|ан|ана|ано|аны|ані|ний|на|ні"
                            r"|(?:нн|т)(?:ых|ые|ый|ого|ым|ыми)|(?:н|т)(?:их|ими))$")  # (and "вытесненных", "витіснених")


def _denied_back(lexicon: Lexicon, text: str, tokens: list[Token], index: int, span: tuple[int, int],
                 state: ArticleState) -> list[Draft]:
    """"Минобороны РФ заявило о взятии Часова Яра. В ВСУ это опровергли.": a sentence that names
    no place but denies, in a voice of the other side, gives each claim just before a denial of
    its own (as "Ukraine denied the claim" does in English)."""
    reader = _Sentence(lexicon, text, tokens, span, [], state, index)
    denier = reader.speaker
    state.speakers[index] = denier
    if denier is None or denier.side not in _OPPOSITE:
        return []
    out, seen = [], set()
    for draft in state.previous:
        key = draft.mention.place_id or draft.mention.text
        if draft.side == denier.side or draft.factuality in ("denied", "predicted") or key in seen:
            continue
        seen.add(key)
        out.append(Draft(mention=draft.mention, link=None, control=draft.control, factuality="denied",
                         historical=draft.historical, side=denier.side, speaker=denier.name,
                         speaker_kind=denier.kind, sentence=span, rule=f"{lexicon.language}.denied.back_reference",
                         explicit=draft.explicit))
    return out


class _Sentence:
    def __init__(self, lexicon: Lexicon, text: str, tokens: list[Token], span: tuple[int, int],
                 mentions: list[PlaceMention], state: ArticleState, index: int) -> None:
        self.index = index
        self.lx = lexicon
        self.text = text
        self.tokens = tokens = _with_dashes(text, tokens, span)
        self.ph = lexicon.phrase_index(tokens)
        self.trigger_matches = lexicon.triggers.find(tokens)
        self._trigger_starts = {m.start for m in self.trigger_matches}
        self._boundaries: dict[int, bool] = {}  # token index -> _boundary_before
        self._trigger_ends = {m.start: max(o.end for o in self.trigger_matches if o.start == m.start)
                              for m in self.trigger_matches}
        self.span = span
        self.state = state
        self.places = self._place_tokens(mentions)
        self._asides = self._locative_asides()
        self._partial = False
        self._also_contested = False

    # Worked out when first asked: most sentences read hold no place a trigger links, and a
    # sentence's speaker may be wanted only by a later "він заявив" (ArticleState.speaker_before).
    @cached_property
    def skippable(self) -> list[bool]:
        return self._regions()

    @cached_property
    def parties(self) -> list[Match]:
        return self._parties()

    @cached_property
    def speaker(self) -> "Speaker | None":
        return self._speaker()

    # -- tokens and their roles ----------------------------------------------------------

    def _place_tokens(self, mentions: list[PlaceMention]) -> dict[int, tuple[int, PlaceMention]]:
        """First token index of each mention → (index after its last token, mention)."""
        starts = {t.start: i for i, t in enumerate(self.tokens)}
        out = {}
        for mention in mentions:
            first = starts.get(mention.start)
            if first is None:
                continue
            last = first
            while last < len(self.tokens) and self.tokens[last].end <= mention.end:
                last += 1
            out[first] = (max(last, first + 1), mention)
        return out

    def _locative_asides(self) -> set[int]:
        """Tokens of asides that only say where ("(к востоку от Покровска и северо-востоку от
        Новогродовки)", "(на південь від Торецька)"): passed over like an oblast, and the places in
        them are no places of the sentence's claims."""
        inside: set[int] = set()
        opened = None
        for k, token in enumerate(self.tokens):
            if token.word == "(":
                opened = k
            elif token.word == ")" and opened is not None:
                words = [t.word for t in self.tokens[opened + 1:k]]
                if words and words[0] in _LOCATIVE_OPENERS and any(w in _COMPASS for w in words):
                    inside.update(range(opened, k + 1))
                    for first in [f for f in self.places if opened < f < k]:
                        del self.places[first]
                opened = None
        return inside

    def _regions(self) -> list[bool]:
        """Tokens that name a region or an aside next to a place, which a link passes over:
        "Харківської області", "(Донецька область)", "на Харківщині", "ДНР"."""
        tokens, text = self.tokens, self.text
        skip = [False] * len(tokens)
        for k, token in enumerate(tokens):
            if k in self.places:
                continue
            named = k > 0 and text[tokens[k - 1].start].isupper() and not self._is_place(k - 1)
            if token.word in _REGION_ABBREVIATIONS or (token.word in _REGION_WORDS and named) or \
                    (text[token.start].isupper() and token.word.endswith(_REGION_ENDINGS)):
                skip[k] = True
                n = k - 1
                while n >= 0 and n not in self.places and text[tokens[n].start].isupper() and k - n <= 2:
                    skip[n] = True  # "Донецкой Народной Республики", "Харківської області"
                    n -= 1
                if n >= 0 and tokens[n].word in _PREPOSITIONS and not self._is_place(n + 1):
                    skip[n] = True
            elif self.ph.at("link.regions", k) is not None and k > 0 and text[tokens[k - 1].start].isupper() \
                    and not self._is_place(k - 1):
                skip[k] = skip[k - 1] = True
                if k > 1 and tokens[k - 2].word in _PREPOSITIONS:
                    skip[k - 2] = True
        depth_start = None
        for k, token in enumerate(tokens):  # asides with no place: "(Донецька область)", "(ДНР)"
            if token.word == "(":
                depth_start = k
            elif token.word == ")" and depth_start is not None:
                if self._same_place_aside(depth_start, k):
                    for n in range(depth_start, k + 1):
                        skip[n] = True
                depth_start = None
        for k, token in enumerate(tokens):  # quotes around a word: «повністю звільнено»
            if token.word in _QUOTES or k in self._asides:
                skip[k] = True
        return skip

    def _same_place_aside(self, first: int, last: int) -> bool:
        """An aside with no place, or one that only names the place before it again
        ("Артемовск (или Бахмут по украинскому названию)")."""
        inside = {self.places[n][1].place_id for n in range(first, last) if n in self.places}
        if not inside:
            return True
        before = next((m for f, (end, m) in self.places.items() if end == first), None)
        return before is not None and inside == {before.place_id} and before.place_id is not None

    def _parties(self) -> list[Match]:
        found, reach = [], -1
        for match in self.lx.parties.find(self.tokens):
            if match.start < reach:
                continue
            if self._is_place(match.start) and not self._person_not_village(match):
                continue
            found.append(match)
            reach = match.end
        return found

    def _person_not_village(self, match: Match) -> bool:
        """"— Сирський": an official's name that a small village shares is the official, unless
        a preposition or a settlement word stands before it ("у Сирському", "село Сирський").
        The village is then no place of this sentence."""
        place = self.places.get(match.start)
        if match.payload.kind != "official" or place is None or place[0] != match.end:
            return False
        mention = place[1]
        if mention.place is None or mention.place.prominence >= _PERSON_OVER_VILLAGE_MAX:
            return False
        if match.start > 0 and (self.tokens[match.start - 1].word in _PREPOSITIONS
                                or self.ph.ending_at("link.cues", match.start)):
            return False
        del self.places[match.start]
        return True

    def _is_place(self, i: int) -> bool:
        return any(first <= i < last for first, (last, _) in self.places.items())

    def _phrase_at(self, name: str, i: int, hi: int | None = None) -> Match | None:
        return self.ph.at(name, i, hi)

    def _after_filler(self, k: int) -> int:
        while k < len(self.tokens) and (found := self._phrase_at("link.filler", k)) is not None:
            k = found.end
        return k

    def _clause(self, i: int, j: int) -> tuple[int, int]:
        """The token range of the clause holding tokens [i, j)."""
        lo = i
        while lo > 0 and not self._boundary_before(lo):
            lo -= 1
        hi = j
        while hi < len(self.tokens) and not self._boundary_before(hi):
            hi += 1
        return lo, hi

    def _boundary_before(self, k: int) -> bool:
        """Whether a clause ends right before token k (or token k itself ends one). Asked again
        and again as clauses are walked token by token; the answer depends only on the
        sentence's tokens, phrases and triggers, fixed once it is made, so it is kept."""
        found = self._boundaries.get(k)
        if found is None:
            found = self._boundaries[k] = self._is_boundary_before(k)
        return found

    def _is_boundary_before(self, k: int) -> bool:
        token = self.tokens[k]
        if self.skippable[k]:
            return False  # an aside: "Куп'янськ (Харківська область) під контролем …"
        if token.word in ("—", ":") and k > 0 and (self.skippable[k - 1] or self.ph.ending_at("link.cues", k)):
            return False  # "села на Донеччині — Михайлівку, …", "у таких селах: A, B": it opens a list
        if token.word == "—" and self._after_filler(k + 1) in self._trigger_starts:
            return False  # a dash for "is": "Ірпінь, Буча, Гостомель – звільнені"
        if token.punct and token.word in _BREAKS:
            return True
        if token.word == "," and k + 1 < len(self.tokens) and self._phrase_at("link.clause", k + 1):
            return True
        return False

    # -- the claims ------------------------------------------------------------------------

    def read(self, index: int) -> list[Draft]:
        drafts: list[Draft] = []
        seen: set[tuple[int, str]] = set()
        triggers = self._triggers()
        for match in triggers:
            if match.payload.kind == "loss" and self._civilians_leave(match):
                continue  # "Оккупационная администрация Новой Каховки покинула город": no one in arms left
            for mention, how in self._linked(match):
                draft = self._draft(match, mention, how)
                if draft is None or (mention.start, draft.control or "?") in seen:
                    continue
                seen.add((mention.start, draft.control or "?"))
                drafts.append(draft)
                if self._also_contested and (mention.start, "contested") not in seen:
                    # "не захопили повністю": the full capture denied, and a fight for the place
                    seen.add((mention.start, "contested"))
                    drafts.append(replace(draft, control="contested", factuality=draft.factuality
                                          if draft.factuality != "denied" else "attributed" if draft.speaker
                                          else "asserted", explicit=True, rule=draft.rule + "+partly"))
        ringed = {d.mention.start for d in drafts if d.rule.startswith(f"{self.lx.language}.contested.ring/")}
        if ringed:  # "взяли Бахмут у напівоточення": taken into a ring, not taken
            drafts = [d for d in drafts if d.mention.start not in ringed or d.control == "contested"]
        drafts = self._superseded(drafts)
        if not drafts:
            drafts = self._named_after(index)
        if not drafts and not triggers:
            drafts = self._inherited()
        drafts += self._presence({d.mention.start for d in drafts})
        self._remember_count(index, triggers, drafts)
        if drafts:
            self.state.previous, self.state.previous_index = drafts, index
        return drafts

    def _superseded(self, drafts: list[Draft]) -> list[Draft]:
        """"в Белогоровку заходили российские оккупанты, но сейчас она зачищена и находится под контролем
        ВСУ": what was, then "but now" what is; the place's earlier claim in the sentence gives way."""
        turns = [self.tokens[k].start for k in range(len(self.tokens) - 1)
                 if self.tokens[k].word in _BUT and any(t.word in _NOW for t in self.tokens[k + 1:k + 4])]
        if not turns or len(drafts) < 2:
            return drafts
        out = []
        for draft in drafts:
            at = draft.trigger[0] if draft.trigger else draft.mention.start
            later = any(other is not draft and other.trigger and other.mention.place_id == draft.mention.place_id
                        and other.control != draft.control and any(at < turn < other.trigger[0] for turn in turns)
                        for other in drafts)
            if not later:
                out.append(draft)
        return out

    def _in_the_centre(self, match: Match, mention: PlaceMention) -> bool:
        """The flag's place is the town's centre ("у центрі", "в центре"), no smaller part named."""
        words = [t for t in self.tokens[match.end:] if t.end <= mention.start]
        return any(t.word.startswith("центр") for t in words) and not any(
            t.lemmas & {"частина", "часть", "околиця", "окраина", "квартал"} for t in words)

    def _shared_places(self, k: int, hi: int) -> int | None:
        """After a gain and 'та'/'и' a second verb phrase that ends in the settlements both speak
        of: where they start ("та провели стабілізаційні заходи у населених пунктах: A, B"), or None."""
        for n in range(k, min(hi, k + 8)):
            if n in self.places or self.tokens[n].word in (".", ";", "!", "?"):
                return None
            if self.tokens[n].word in _IN and self._phrase_at("link.cues", n + 1, hi) is not None:
                return n + 1
        return None

    def _civilians_leave(self, match: Match) -> bool:
        """A loss whose subject holds no ground: an administration, officials, collaborators,
        residents ("окупаційна адміністрація залишила", "коллаборанты бегут из"), with no forces
        named between it and the verb."""
        lo, _ = self._clause(match.start, match.end)
        for k in range(match.start - 1, max(lo, match.start - 6) - 1, -1):
            if any(p.start <= k < p.end and p.payload.kind == "forces" for p in self.parties):
                return False
            if self._phrase_at("link.civil", k, match.start) is not None:
                return True
        return False

    def _question(self, lo: int) -> bool:
        """The clause at ``lo`` asks: it opens with "чи", or with a verb and "ли" ("Вошли ли …"; not "Вряд ли")."""
        return self.tokens[lo].word == "чи" or (lo + 1 < len(self.tokens) and self.tokens[lo + 1].word == "ли"
                                                  and "V" in self.tokens[lo].flags)

    def _presence(self, linked: set[int]) -> list[Draft]:
        """"ВСУ уже в Херсоне", "бойцы «Вагнера» в центре Артемовска": troops named in a place
        with no verb between them and nothing after but the clause's end. The troops hold
        the place, or a part of it (then it is fought over)."""
        found = []
        for party in self.parties:
            rule: PartyRule = party.payload
            if rule.kind != "forces" or not self._may_be_nominative(party) or self._question(self._clause(
                    party.start, party.end)[0]):
                continue
            if party.start > 0 and self._qualified(party.start - 1) and "n" not in self.tokens[party.start - 1].flags:
                continue  # "снабжение гарнизона ВСУ в Волчанске": a noun's troops, no statement of presence
            k = self._forward(party.end, len(self.tokens))
            located = self._phrase_at("link.located", k) if k < len(self.tokens) else None
            if located is not None:  # "российские военные находятся в центре X"
                k = self._forward(located.end, len(self.tokens))
            if k >= len(self.tokens) or self.tokens[k].word not in _IN:
                continue
            k += 1
            partial = self._phrase_at("link.partial", k) or self._phrase_at("link.part_of", k)
            if partial is not None:
                k = partial.end
            k = self._forward(k, len(self.tokens))
            if k not in self.places or self.places[k][1].start in linked:
                continue
            last, mention = self.places[k]
            while last < len(self.tokens) and self.skippable[last]:
                last += 1
            if last < len(self.tokens) and not self.tokens[last].punct:
                continue  # "ВСУ в Херсоне обстреляли …": a verb follows; not a statement of presence
            side = self._party_side(party)
            if side is None:
                continue
            control = "contested" if partial is not None or located is not None else side
            # ("окупанти зараз знаходяться в Мелітополі": where troops are is not yet whose the town is)
            speaker = self.speaker
            found.append(Draft(mention=mention, link=None, control=control,
                               factuality="attributed" if speaker else "asserted", historical=False,
                               side=speaker.side if speaker else "outlet", speaker=speaker.name if speaker else None,
                               speaker_kind=speaker.kind if speaker else None,
                               sentence=self.span, rule=f"{self.lx.language}.presence", explicit=True))
        return found

    def _may_be_nominative(self, party: Match) -> bool:
        """A subject's case: nominative, or unknown (ВСУ, ЗСУ decline not)."""
        first, last = self.tokens[party.start].flags, self.tokens[party.end - 1].flags
        cased = set("ngdail") & (set(first) | set(last))
        if cased and "n" not in first and "n" not in last:
            # "бойцы «Вагнера» в центре Артемовска": the troops a nominative noun before it names
            k = party.start - 1
            while k >= 0 and self.tokens[k].word in _QUOTES:
                k -= 1
            return k >= 0 and "n" in self.tokens[k].flags and bool(self.tokens[k].lemmas & _TROOPS)
        return True

    def _inherited(self) -> list[Draft]:
        """"Трохи пізніше до них додалися Ворзель, Гостомель, Буча": the places join the
        claims of the sentence before, with their control, certainty and speaker."""
        previous = self.state.previous
        if not previous or not self.places or not self.ph.find("link.inherit"):
            return []
        model = previous[-1]
        return [Draft(mention=m, link=None, control=model.control, factuality=model.factuality,
                      historical=model.historical, side=model.side, speaker=model.speaker,
                      speaker_kind=model.speaker_kind, sentence=self.span,
                      rule=f"{self.lx.language}.inherit", explicit=model.explicit)
                for _, m in sorted(self.places.values(), key=lambda item: item[1].start)]

    def _triggers(self) -> list[Match]:
        """Triggers, longest first; one inside a longer one of another kind goes."""
        found = [m for m in self.trigger_matches if not (m.payload.rule == "hold.ours" and m.end < len(self.tokens)
                                                           and not self.tokens[m.end].punct)]
        # ("Белогоровка уже наша»": "ours" ends its clause; "наші воїни" is a possessive, no claim)
        return [m for m in found if not any(o is not m and o.start <= m.start and m.end <= o.end
                                            and (o.end - o.start) > (m.end - m.start) for o in found)]

    def _linked(self, match: Match) -> list[tuple[PlaceMention, str]]:
        """The places a trigger speaks of, with how each was linked; sets self._partial when
        the place is named as a part ("половину Костянтинівки", "80% Вовчанська")."""
        rule: TriggerRule = match.payload
        lo, hi = self._clause(match.start, match.end)
        self._partial = False
        if rule.place == "prep":
            k = self._prep_after(match.end, hi, rule)
            found = self._places_from(k, hi, "prep") if k is not None else []
            if not found and k is not None:
                found = self._counted_after(k, hi)
            return found or self._prep_before(match.start, lo, rule) or self._before_relative(match, rule)
        found: list[tuple[PlaceMention, str]] = []
        if rule.rule.endswith("_fronted") and any(lo <= first < match.start for first in self.places):
            return []  # "Місто Куп'янськ перебуває під контролем ЗСУ": the place before holds the claim, not one after
        if rule.place in ("object", "after"):
            found = self._places_from(match.end, hi, "object",  # ("зачищают от боевиков X": cleared of them)
                                      liberated_from=rule.kind == "gain" or rule.rule.endswith(".clearing"))
            if not found:
                found = self._counted_after(match.end, hi)
            if not found and rule.place == "after" and match.start > lo and \
                    self._fronted_pronoun(match.start - 1, lo, match):
                found = self._antecedent(match.start - 1, there=True)  # "його звільнення": the place's taking
        if not found and rule.place in ("object", "before"):
            # (a negation too, for a state: "Попасна вже фактично не в наших руках"; `_negated` reads it)
            k = self._back(match.start - 1, lo, "link.filler", "link.copula",
                           *(("factuality.negation",) if rule.kind == "hold" and rule.place == "before" else ()))
            found = self._list_before(k, lo, "subject", prepositional=rule.place == "object")
            if not found and k >= lo and self._anaphor(k):
                found = self._antecedent(k)
            elif not found and k >= lo and self._fronted_pronoun(k, lo, match):
                found = self._antecedent(k, there=True)
            elif not found and k >= lo and self.tokens[k].word in _THEY and \
                    _PASSIVE_PARTICIPLE.search(self.tokens[match.start].word):
                found = self._listed_before(k)
        if not found and rule.place in ("object", "before"):
            found = self._before_relative(match, rule)
        if not found and rule.place in ("object", "before") and match.start >= 2 and \
                self.tokens[match.start - 1].word == "," and self._participle(match.start) and \
                "V" not in self.tokens[match.start].flags:
            # "Андреевка, освобожденная сегодня", "Кремінна, захоплена росіянами": a participle set off after
            # the place it describes
            found = [(mention, "participle") for first, (last, mention) in self.places.items()
                     if last == match.start - 1][-1:]
        return found

    def _before_relative(self, match: Match, rule: TriggerRule) -> list[tuple[PlaceMention, str]]:
        """"Херсон, який був окупований ще в березні, сьогодні повернувся під контроль України",
        "над Ізюмом, який перебував в окупації, замайорів прапор": the place before a relative
        clause its trigger follows (places inside that clause passed over), within reach, and
        (for a preposition) behind one of the trigger's own prepositions."""
        for first in sorted(self.places, reverse=True):
            last, mention = self.places[first]
            if last >= match.start:
                continue
            while last < match.start and self.skippable[last]:
                last += 1  # "у селі Роботине Запорізької області, де …": past the oblast
            if match.start - last > _RELATIVE_REACH or last >= len(self.tokens):
                return []
            if self.tokens[last].word == "," and rule.place == "prep" and last + 2 < match.start and \
                    any(len(p) == 1 and p[0].matches(self.tokens[last + 1]) for p in rule.preps) and \
                    self.tokens[last + 2].word in _WHICH_OBLIQUE and \
                    not any(t.word in (".", ";", ":", "!", "?") for t in self.tokens[last:match.start]):
                return [(mention, "relative")]  # "Сіверськ, з якого відійшли ЗСУ": the trigger's preposition leads the clause
            if self.tokens[last].word != "," or self._phrase_at("link.clause", last + 1) is None:
                continue  # a place inside the relative clause ("який розташований біля Кремінної")
            if any(t.word in (".", ";", ":", "!", "?") for t in self.tokens[last:match.start]):
                return []
            before = self.tokens[first - 1].word if first > 0 else ""
            where = self.tokens[last + 1].word in ("де", "где") and self._in_place(first)
            # ("у селі Роботине, де … підняли прапор": in it; not "атака возле X, где …")
            if rule.place == "prep" and not where:
                if not any(len(p) == 1 and p[0].matches(self.tokens[first - 1]) for p in rule.preps if first > 0):
                    return []
            elif before in _PREPOSITIONS or (first > 0 and self._qualified(first - 1)):
                return []
            return [(mention, "relative")]
        return []

    def _in_place(self, first: int) -> bool:
        """The place at token ``first`` is named as where something is: "у селі X", "в X", or
        opening the sentence; not "возле X", "в районе X"."""
        j = first - 1
        while j >= 0 and self._phrase_at("link.cues", j, first) is not None:
            j -= 1
        return j < 0 or self.tokens[j].word in ("в", "у", "во")

    def _antecedent(self, k: int, earlier_sentences: bool = True, there: bool = False) -> list[tuple[PlaceMention, str]]:
        """"… в Белогоровку заходили оккупанты, но сейчас она зачищена", "місто звільнено": the
        one place named before in the sentence, else in the sentence before's claims."""
        before = {m.place_id or m.text: m for first, (_, m) in self.places.items() if first < k}
        if len(before) == 1:
            return [(next(iter(before.values())), "anaphor")]
        if not before and earlier_sentences:
            previous = {d.mention.place_id or d.mention.text: d.mention for d in self.state.previous}
            if len(previous) == 1:
                return [(next(iter(previous.values())), "anaphor")]
        if not before and (there or self._settlement_noun(k)):
            # "Сили оборони утримують позиції на околиці населеного пункту", "захопити місто": a settlement word
            # stands for the one place the last sentence naming places names, else for the article's topic
            for earlier in range(self.index - 1, max(-1, self.index - 1 - _NOUN_BACK_SENTENCES), -1):
                named = {m.place_id or m.text: m for m in self.state.named.get(earlier, []) if m.place_id or m.candidates}
                if len(named) == 1:
                    return [(next(iter(named.values())), "anaphor_before")]
                if named:
                    break
        return []

    def _anaphor(self, k: int) -> bool:
        """Token k refers back to a place: a pronoun or a settlement word ("місто", "населеного пункту",
        "в этом населённом пункте"); "пункт" only as a settlement's ("пункт пропуску" is a checkpoint)."""
        if self._phrase_at("link.anaphor", k, k + 1) is None:
            return False
        if not self.tokens[k].lemmas & _POINT:
            return True
        return self.tokens[k].word in _POINT_SINGULAR and k > 0 and bool(self.tokens[k - 1].lemmas & _INHABITED) \
            and self.tokens[k - 1].word.endswith(_SINGULAR_ADJECTIVE) and not (  # not "населенных пункта" after "четыре"
                k > 1 and (self.tokens[k - 2].word.isdigit() or self.tokens[k - 2].word in _COUNT_WORDS))
        # ("взяття ще одного населеного пункту": another one, not the one named before)

    def _fronted_pronoun(self, k: int, lo: int, match: Match) -> bool:
        """"Его взяли под контроль военнослужащие …" (the object opening its clause), "Його звільнення
        стало …" (the place whose taking the noun is): a pronoun of the place before its trigger."""
        if self.tokens[k].word not in _OBJECT_PRONOUNS or k + 1 != match.start:
            return False
        verb = "V" in self.tokens[match.start].flags
        return not verb or k == lo or self.tokens[k - 1].word in (",", "и", "і", "та", "а")

    def _object_pronoun(self, n: int, hi: int) -> bool:
        """"… оккупанты захватили его.", "контролируют его полностью": the place as a pronoun object,
        not a possessive ("освободили его окрестности": a noun follows it)."""
        if self.tokens[n].word not in _OBJECT_PRONOUNS:
            return False
        return n + 1 >= hi or self.tokens[n + 1].punct or not set("ngdail") & set(self.tokens[n + 1].flags)

    def _settlement_noun(self, k: int) -> bool:
        """The back-reference at k is a settlement word in the singular ("місто", "населений пункт"), not a
        pronoun, nor a plural ("звільнення сіл" names villages of their own)."""
        if k + 1 < len(self.tokens) and self.tokens[k + 1].word in _PLURAL_SETTLEMENT_WORDS:
            return False  # "населених пунктів"
        if k + 1 < len(self.tokens) and self.text[self.tokens[k + 1].start].isupper():
            return False  # "з міста Сум": the word introduces a name (one the gazetteer may not read), no back-reference
        if k + 2 < len(self.tokens) and self.tokens[k + 1].word in _IN | {"на"} and \
                self.text[self.tokens[k + 2].start].isupper():
            return False  # "вибили окупантів з села на Донеччині": a village of a region, not the one named before
        return k < len(self.tokens) and bool(self.tokens[k].lemmas & _SETTLEMENT_NOUNS) and \
            self.tokens[k].word not in _PLURAL_SETTLEMENT_WORDS

    def _listed_before(self, k: int) -> list[tuple[PlaceMention, str]]:
        """"Не освобождёнными остаются Северодонецк, Рубежное, Лисичанск. Они практически взяты в
        кольцо": "они" before a passive stands for the places the sentence just before lists (two
        or more, and none named in this sentence before it)."""
        if any(first < k for first in self.places):
            return []
        listed = {m.place_id: m for m in self.state.named.get(self.index - 1, []) if m.place_id}
        if len(listed) < 2:
            return []
        return [(m, "anaphor") for m in listed.values()]

    def _places_from(self, k: int, hi: int, how: str, liberated_from: bool = False) -> list[tuple[PlaceMention, str]]:
        """The list of places that starts at k, past filler, "the village of", an oblast,
        a part ("більшу частину"), and for a gain "від окупантів" ("звільнили від окупантів
        село X"); else "the town" standing for the one named before."""
        opening = k
        for _ in range(12):
            partial = self._phrase_at("link.partial", k, hi)
            if partial is not None:  # before filler: "большую часть" is no "большой" filler
                self._partial, k = True, partial.end
                continue
            k = self._forward(k, hi)
            if k >= hi or k in self.places:
                break
            party = next((p for p in self.parties if p.start == k and p.payload.kind == "forces"), None)
            if party is not None:  # "о взятии подразделениями ЧВК «Вагнер» города Соледар"
                k = party.end
                continue
            if (share := self._share(k, hi)) is not None:
                self._partial, k = True, share  # "40% міста", "40−50% міста", "40-50% от общей территории"
                continue
            if self.tokens[k].word in _IN | {"на", "к"} and k + 1 < hi and not self._partial and \
                    self._phrase_at("link.part_of", k + 1, hi) is not None and (n := self._part_chain(k, hi)) is not None:
                self._partial, k = True, n  # "флаг над зданием на улице Гагарина в районе Нью-Йорка": a part of it
                continue
            if self._partial and (self.tokens[k].word in _IN | {"на"} or self.text[self.tokens[k].start].isupper()) \
                    and (n := self._part_chain(k, hi)) is not None:
                k = n  # "к улице Гагарина в Нью-Йорке", "кварталов на северо-западе и в центре Артемовска"
                continue
            if (self.tokens[k].word.isdigit() or self.tokens[k].word in _COUNT_WORDS) and k + 1 < hi and \
                    (self._phrase_at("link.partial", k + 1, hi) or self._phrase_at("link.part_of", k + 1, hi)):
                k += 1  # "освободили еще несколько кварталов": a count of the parts
                continue
            district = self._phrase_at("link.district", k, hi)
            if district is not None and (self._partial or self._part_within(district.end, hi)):
                k = district.end  # "в восточном районе Северного", "в районе железнодорожного вокзала Артемовска"
                continue
            if self._adjective_of_part(k, hi):
                if self._phrase_at("link.district", k + 1, hi) is not None:
                    self._partial = True  # "в высотных районах Красноармейска": the town's own districts
                k += 1  # "городских окраин Гуляйполя"
                continue
            if k in self._trigger_starts and k + 1 < hi and k + 1 in self.places and self._participle(k):
                k += 1  # "бои за оккупированную Снигиревку": a participle the place's own claim reads
                continue
            if self.tokens[k].word in _AND_OR and k + 1 in self._trigger_ends:
                # "освободили и зачистили X", "о захвате или окружении Купянска": the words share X
                k = self._trigger_ends[k + 1]
                continue
            if liberated_from and (self.tokens[k].word in _AND or (k > 0 and self.tokens[k - 1].word in _AND)) and \
                    (n := self._shared_places(k, hi)) is not None:
                k = n  # "звільнили та провели стабілізаційні заходи у населених пунктах: A, B"
                continue
            if self.tokens[k].word in ("—", ":") and k > 0 and (self.skippable[k - 1] or
                                                               self.ph.ending_at("link.cues", k)):
                k += 1  # "звільнили села на Донеччині — Михайлівку, Зелений Гай"
                continue
            direction = self._phrase_at("link.directions", k, hi)
            if direction is not None and direction.end + 1 < hi and self.tokens[direction.end].word in _AND | {","} \
                    and (self._phrase_at("link.directions", direction.end + 1, hi) is not None
                         or self._phrase_at("link.partial_adverb", direction.end + 1, hi) is not None):
                self._partial, k = True, direction.end + 1  # "в західних, східних і частково південних районах X"
                continue
            adverb = self._phrase_at("link.partial_adverb", k, hi) if self._partial else None
            if adverb is not None and self._phrase_at("link.directions", adverb.end, hi) is not None:
                k = adverb.end  # ("… і частково південних районах": the last of the coordinated parts)
                continue
            part = self._phrase_at("link.part_of", k, hi) or self._phrase_at("link.directions", k, hi)
            if part is not None and part.end < hi and self.tokens[part.end].word in _AND:
                k = part.end + 1  # "освобождении комбината и города Мариуполь": the plant and the city
                continue
            if part is not None and self._place_within(part.end, hi, _PART_REACH):
                # "на улицах Волчанска", "в северо-западном Северном", "кварталы в центре Артемовска"
                self._partial, k = True, part.end
                continue
            if self.tokens[k].word in _SHARE_OPENERS and k + 1 < hi and (
                    self.tokens[k + 1].word.isdigit() or self.tokens[k + 1].word in _APPROXIMATELY
                    or self._phrase_at("link.partial", k + 1, hi) is not None):
                k += 1  # "понад 50% міста", "около 70% города", "не более 40%", "более половины": the share that follows
                continue
            if k + 1 < hi and k + 1 in self.places and k not in self.places and self.tokens[k].word.endswith(
                    _OBLAST_ADJECTIVE) and not self.text[self.tokens[k].start].isupper():
                k += 1  # "увійшли в луганську Макіївку": the oblast's adjective before the town
                continue
            if self.tokens[k].word.startswith(_LOCATED) and (n := next(
                    (n for n in range(k + 1, min(hi, k + 7)) if n in self.places
                     or self._phrase_at("link.cues", n, hi) is not None), None)) is not None:
                k = n  # "оставили расположенное на Ореховском направлении село Работино": past where it lies
                continue
            if liberated_from and self.tokens[k].word in _FROM_WORDS:
                k = next((n for n in range(k + 1, min(hi, k + 7)) if n in self.places
                          or self._phrase_at("link.cues", n, hi) or self._phrase_at("link.part_of", n, hi)
                          or self.tokens[n].word in _TOWARDS), hi)
                if k < hi and k not in self.places and (part := self._phrase_at("link.part_of", k, hi)) is not None:
                    self._partial, k = True, part.end  # "зачистила от ВСУ несколько тысяч зданий в X": a part of X
                if k < hi and self.tokens[k].word in _TOWARDS:
                    k = hi  # "освободила сёла от оккупантов по направлению к Херсону": where they head, not what was freed
                continue
            break
        found = self._list_after(k, hi, how) if k < hi else []
        if not found:
            # "Росіяни захопили місто", "не контролюють всю територію міста": the town named before
            for n in range(opening, min(hi, opening + 5)):
                if n in self.places:
                    break
                if n == opening and self._object_pronoun(n, hi):
                    return self._antecedent(n, there=True)  # "оккупанты захватили его": the place of the sentences before
                if self._phrase_at("link.town_part", n, hi) is not None and not self._place_within(n + 2, hi, 2):
                    self._partial = True  # "бои идут в городской застройке": a part of the town named before
                    return self._antecedent(n, earlier_sentences=False, there=True)
                if self._anaphor(n) and not self._place_within(n + 1, hi, 2):
                    if n > 0 and (self.tokens[n - 1].word.isdigit() or self.tokens[n - 1].word in _COUNT_WORDS):
                        return []  # "звільнили чотири села": a count of places named elsewhere, not the one before
                    if any(self._phrase_at("link.partial", j, n) or self.tokens[j].lemmas & _EDGE_WORDS
                           for j in range(opening, n)):
                        self._partial = True  # "утримують позиції на околиці населеного пункту": a part of it
                    return self._antecedent(n, earlier_sentences=False)  # (the sentences before: for a settlement word)
        return found

    def _share(self, k: int, hi: int) -> int | None:
        """Where what follows a share at k begins ("40%", a range "40−50%" or "40-50%", whose
        hyphen the reader folds away; past "от / від": "40% от общей территории"), or None."""
        words = [t.word for t in self.tokens[k:min(hi, k + 4)]]
        if not words or not words[0].isdigit():
            return None
        n = 1
        if words[n:n + 2] and words[n] in _DASHES:
            n += 1
        if words[n:n + 2] and words[n].isdigit():
            n += 1  # (the range's second figure)
        if words[n:n + 1] != ["%"]:
            return None
        n += k + 1
        return n + 1 if n < hi and self.tokens[n].word in ("от", "від") else n

    def _part_chain(self, k: int, hi: int) -> int | None:
        """Where the place a named part lies in begins, past a chain of parts, streets and their
        prepositions ("на улице Гагарина в северо-западном районе Нью-Йорка", "на северо-западе
        и в центре Артемовска"), or None if no place ends the chain within reach."""
        for n in range(k, min(hi, k + _PART_CHAIN)):
            if n in self.places:
                return n
            token = self.tokens[n]
            if self.skippable[n] or token.word in _IN | _AND | {"на", "к", "ко"} or self.text[token.start].isupper() or (
                    self._phrase_at("link.part_of", n, hi) or self._phrase_at("link.directions", n, hi)
                    or self._phrase_at("link.district", n, hi) or self._phrase_at("link.partial", n, hi)) \
                    or self._adjective_of_part(n, hi):
                continue
            if any(p <= n < e for p, (e, _) in self.places.items()):
                continue
            return None
        return None

    def _part_within(self, k: int, hi: int) -> bool:
        """A part of a town ("вокзала", "железнодорожного вокзала") right at k."""
        if self._adjective_of_part(k, hi):
            k += 1
        return k < hi and self._phrase_at("link.part_of", k, hi) is not None

    def _adjective_of_part(self, k: int, hi: int) -> bool:
        """A lower-case adjective before a part of a town or one of its districts ("городских
        окраин", "высотных районах", "железнодорожного вокзала")."""
        token = self.tokens[k]
        return (k + 1 < hi and token.word.isalpha() and token.word.endswith(_ADJECTIVE_ENDINGS)
                and k not in self.places and not self.text[token.start].isupper()
                and token.word not in _PREPOSITIONS and k not in self._trigger_starts
                and (self._phrase_at("link.part_of", k + 1, hi) is not None
                     or self._phrase_at("link.district", k + 1, hi) is not None))

    def _participle(self, k: int) -> bool:
        """"оккупированную", "звільнену": a participle standing before its noun."""
        token = self.tokens[k]
        return "P" in token.flags or bool(_PARTICIPLE_ENDING.search(token.word))

    def _place_within(self, k: int, hi: int, reach: int) -> bool:
        return any(n in self.places for n in range(k, min(hi, k + reach)))

    def _forward(self, k: int, hi: int) -> int:
        """Past filler, cues ("прикордонне село"), and oblast names from k; never past a
        place's first word ("Великий Бурлук" is no filler "великий")."""
        while k < hi:
            if k in self.places:
                return k
            if self.skippable[k]:
                k += 1
                continue
            found = None
            if k > 0 and self._phrase_at("link.cues", k - 1, k) is not None:
                # "окуповані міста такі як A, B", "оккупированные города, такие как A": the town word's examples
                found = self._phrase_at("link.such_as", k + (self.tokens[k].word == ","), hi)
            found = found or self._phrase_at("link.filler", k, hi) or self._phrase_at("link.cues", k, hi)
            if found is None and self._adjective_of_cue(k, hi):
                k += 1  # "прикордонне село", "стратегически важный город"
                continue
            if found is None:
                return k
            k = found.end
        return k

    def _near_a_count(self, k: int, hi: int) -> bool:
        """"в районе шести населённых пунктов": the area around a count of places (a district word, then a number)."""
        district = self._phrase_at("link.district", k, hi)
        return district is not None and district.end < hi and self.tokens[k].word.startswith("район") and (
            self.tokens[district.end].word.isdigit() or self.tokens[district.end].word in _COUNT_WORDS)

    def _adjective_of_cue(self, k: int, hi: int) -> bool:
        token = self.tokens[k]
        return (k + 1 < hi and token.word.isalpha() and token.word.endswith(_ADJECTIVE_ENDINGS)
                and not token.lemmas and token.word not in _PREPOSITIONS
                and self._phrase_at("link.cues", k + 1, hi) is not None and k not in self.places
                and not self.text[token.start].isupper() and self._phrase_at("link.partial", k, hi) is None)

    def _back(self, k: int, lo: int, *names: str) -> int:
        """Back past these phrase lists, oblast names and an aside between commas ("Работино было,
        как предполагается, освобождено") from k (inclusive)."""
        while k >= lo:
            if self.skippable[k]:
                k -= 1
                continue
            if self.tokens[k].word == ",":
                if k > lo and self.tokens[k - 1].word == ")" and self.skippable[k - 1]:
                    k -= 1  # "село X (второй по размеру пункт общины), уже находилось …": the aside's comma
                    continue
                opening = next((j for j in range(k - 1, max(lo, k - 5) - 1, -1) if self.tokens[j].word == ","), None)
                if opening is not None and self.tokens[opening + 1].word in _ASIDE_OPENERS:
                    k = opening - 1
                    continue
            found = next((m for n in names if (m := self.ph.ending_at(n, k + 1, lo))), None)
            if found is None:
                return k
            k = found.start - 1
        return k

    def _prep_after(self, i: int, hi: int, rule: TriggerRule) -> int | None:
        """Where the place after "вийшли (повністю) (війська) з" begins, or None."""
        k = i
        for _ in range(4):  # "вивели війська з", "вийшли повністю з", "бої йдуть вже в"
            k = self._forward(k, hi)
            # "продвижение российских сил в": filler may have eaten the party's first word
            party = next((p for p in self.parties if p.start <= k < p.end), None)
            if party is None and k + 1 < hi and self.tokens[k].word in _WITH:
                # "ведут бои с Вооруженными силами Украины в районе …": the foe fought, then where
                party = next((p for p in self.parties if p.start == k + 1 and p.payload.kind == "forces"), None)
            if party is None:
                break
            k = party.end
        # "перегруппировать российские войска, находящиеся в районах X": the troops' own participle
        # of place ("находящиеся", "розташовані") leads on to the preposition
        if k < hi and any(p.end == k for p in self.parties):
            comma = 1 if self.tokens[k].word == "," else 0
            located = self._phrase_at("link.located", k + comma, hi)
            if located is not None:
                k = self._forward(located.end, hi)
        for prep in rule.preps:
            if k + len(prep) <= hi and all(slot.matches(self.tokens[k + n]) for n, slot in enumerate(prep)):
                k += len(prep)
                if len(prep) > 1 and self._phrase_at("link.part_of", k - 1, k) is not None:
                    self._partial = True  # "продвинулась к улице Гагарина в Нью-Йорке": a part of the town
                nominal = self._phrase_at("link.aim", k, hi)  # "бої за утримання Соледара"
                return nominal.end if nominal else k
        return None

    def _prep_before(self, i: int, lo: int, rule: TriggerRule) -> list[tuple[PlaceMention, str]]:
        """"У Соледарі тривають важкі бої", "до Херсону зайшли українські війська", "войска в
        районах Балаклеи и Изюма перегруппированы": the place (or list) behind one of the
        trigger's prepositions, a few words before it in its clause."""
        for first in sorted(self.places, reverse=True):
            last, mention = self.places[first]
            if last > i or first < lo:
                continue
            if sum(1 for n in range(last, i) if not self.skippable[n]) > _PREP_BEFORE_GAP \
                    or any(f in self.places for f in range(last, i)):
                return []
            if rule.kind == "contested" and any(self.tokens[n].word in _THERE for n in range(last, i)) and \
                    any(self.tokens[n].word == "," for n in range(last, i)) and not any(
                    t.word in _NEAR_WORDS or t.word.endswith(("іше", "ее")) for t in self.tokens[max(0, first - 2):first]):
                # "атакують населений пункт Іванівське, нині там тривають бої" (not "успіх в напрямку
                # південно-східніше Роботиного, там триває бойова робота": there is near it)
                return [(mention, "there")]
            listed = [(mention, "prep")]
            while True:  # back to the list's first item: "в районах Балаклеи и Изюма"
                k = self._back(first - 1, lo, "link.list", "link.cues")
                previous = next((f for f, (end, _) in self.places.items() if end - 1 == k and f >= lo), None)
                if previous is None or k == first - 1:
                    break
                first = previous
                listed.insert(0, (self.places[first][1], "list"))
            k = self._back(first - 1, lo, "link.cues", "link.filler")
            for _ in range(2):  # "У зруйнованому окупантами Ізюмі": an adjective, its agent
                party = next((p for p in self.parties if p.end - 1 == k), None)
                if party is not None:
                    k = party.start - 1
                elif k >= lo and self.tokens[k].word.endswith(_ADJECTIVE_ENDINGS) and not self.tokens[k].lemmas:
                    k -= 1
            if any(self._prep_ends_at(rule, end, lo) for end in (k, first - 1)):  # ("на території Кринок": filler words)
                return listed
            part = self._phrase_at("link.part_of", first - 1, first) if first - 1 > lo and rule.kind == "contested" \
                else None
            if part is not None and self._prep_ends_at(rule, first - 2, lo):
                self._partial = True  # "У центрі Вугледару тривають бої": a part of the town, fought over
                return listed
            return []
        return self._settlement_word_before(i, lo, rule)

    def _settlement_word_before(self, i: int, lo: int, rule: TriggerRule) -> list[tuple[PlaceMention, str]]:
        """"В город уже вошли подразделения", "в городе идут городские бои" in a sentence that names no place: a
        settlement word behind one of the trigger's prepositions, a few words before it, stands for the place
        named just before (see `_antecedent`)."""
        if any(lo <= first < i for first in self.places):
            return []
        for k in range(i - 1, max(lo, i - 1 - _PREP_BEFORE_GAP) - 1, -1):
            if self.tokens[k].word in _THERE and rule.kind == "contested":
                return self._antecedent(k, there=True)  # "Там тривають бої": fighting there, in the place just named
            if not self._settlement_noun(k):
                continue
            j, part = k - 1, False
            for _ in range(6):
                if j < lo:
                    break
                if self.tokens[j].lemmas & _PART_NOUNS:
                    part, j = True, j - 1  # "в северо-восточной части города идут бои", "в центре города": a part of it
                elif self._phrase_at("link.filler", j, k) is not None or self._adjective_of_cue(j, k + 1) or (
                        part and (self.tokens[j].word.endswith(_ADJECTIVE_ENDINGS) or self.tokens[j].word in _COMPASS)) \
                        or self.tokens[j].word in _THIS or self.tokens[j].lemmas & _INHABITED:  # "в цей населений пункт"
                    j -= 1
                else:
                    break
            if not self._prep_ends_at(rule, j, lo):
                return []
            found = self._antecedent(k)
            if found and part:
                self._partial = True
            return found
        return []

    def _prep_ends_at(self, rule: TriggerRule, end: int, lo: int) -> bool:
        """One of the trigger's prepositions ends at token ``end`` (inclusive), inside the clause from ``lo``."""
        return any(end - len(prep) + 1 >= lo and all(slot.matches(self.tokens[end - len(prep) + 1 + m])
                                                     for m, slot in enumerate(prep)) for prep in rule.preps)

    def _object_start(self, match: Match, hi: int) -> int:
        """Where a trigger's object begins: past filler, parties and its preposition."""
        rule: TriggerRule = match.payload
        if rule.place != "prep":
            return self._forward(match.end, hi)
        k = self._prep_after(match.end, hi, rule)
        return self._forward(match.end, hi) if k is None else k

    def _list_after(self, k: int, hi: int, how: str) -> list[tuple[PlaceMention, str]]:
        found = []
        # "в восточной части A и в северной части B": the first item's preposition may repeat
        opening = self._opening_preposition(k)
        while k < hi and k in self.places:
            last, mention = self.places[k]
            found.append((mention, how if not found else "list"))
            k = self._list_gap(last, hi, opening)
            if k is None:
                break
        return found

    def _opening_preposition(self, k: int) -> str | None:
        """The preposition a list's first item stands behind, past a part ("в северной части")."""
        j = k - 1
        while j >= 0 and j >= k - 4 and self.tokens[j].word not in _PREPOSITIONS:
            if self.tokens[j].punct or j in self._trigger_starts:
                return None
            j -= 1
        return self.tokens[j].word if j >= 0 and self.tokens[j].word in _PREPOSITIONS else None

    def _list_gap(self, k: int, hi: int, opening: str | None = None) -> int | None:
        """Past "A, B та село C", "A (Харківська область), B": the next item, or None; with
        ``opening``, the list's preposition repeated, with a part ("и в северной части B")."""
        while k < hi and self.skippable[k]:
            k += 1
        gap = self._phrase_at("link.list", k, hi) if k < hi else None
        if gap is None:
            return None
        k = gap.end
        again = self._phrase_at("link.list", k, hi) if k < hi else None  # ", та"
        if again is not None:
            k = again.end
        k = self._forward(k, hi)
        if k in self.places:
            return k
        if opening is not None and k < hi and self.tokens[k].word == opening:
            j = k + 1
            part = (self._phrase_at("link.partial", j, hi) or self._phrase_at("link.part_of", j, hi)
                    or self._phrase_at("link.directions", j, hi))
            if part is not None:
                j = part.end
                tail = self._phrase_at("link.part_of", j, hi)  # "северной" then "части"
                j = tail.end if tail is not None else j
            j = self._forward(j, hi)
            if j in self.places:
                if part is not None:
                    self._partial = True
                return j
        return self._past_unknown_item(k, hi)

    def _past_unknown_item(self, k: int, hi: int) -> int | None:
        """"Лоскутовка, Мирная Долина и Устиновка" where the gazetteer does not know "Мирная
        Долина": a capitalised name of at most three words standing as a list item is passed
        over when a known place follows after the next separator (its own claim is lost, not
        the rest of the list)."""
        for _ in range(3):  # "Нелеповка, Филия, Первое Мая и Запорожское": a few unknown in a row
            j = k
            while j < hi and j - k < 3 and j not in self.places and self._capitalised(j):
                j += 1
            if j == k or j >= hi:
                return None
            gap = self._phrase_at("link.list", j, hi)
            if gap is None:
                return None
            k = self._forward(gap.end, hi)
            again = self._phrase_at("link.list", k, hi) if k < hi else None  # ", и"
            if again is not None:
                k = self._forward(again.end, hi)
            if k in self.places:
                return k
        return None

    def _capitalised(self, k: int) -> bool:
        token = self.tokens[k]
        first = self.text[token.start]
        return first.isupper() and first.isalpha() and not token.word.isupper() \
            and not any(p.start <= k < p.end for p in self.parties)

    def _list_before(self, k: int, lo: int, how: str, prepositional: bool = True) -> list[tuple[PlaceMention, str]]:
        found = []
        while k >= lo:
            first = next((f for f, (last, _) in self.places.items() if last - 1 == k), None)
            if first is None:
                break
            if not found and prepositional and first > 0 and self._prepositional(first - 1):
                break  # "у Куп'янську звільнили …": where, not what
            if not found and first > 0 and self.tokens[first - 1].word in _FROM_OR_BY:
                break  # "дорога от Сватово под нашим контролем": the road's end, not what is held
            if not found and first > 0 and self._share_before(first, lo):
                self._partial = True  # "большая часть Курахово находится под контролем": a share of it
            elif not found and first > 0 and self._qualified(first - 1):
                break  # "передмістя Києва звільнено", "администрация Новой Каховки покинула": a noun's place
            found.append((self.places[first][1], how if not found else "list"))
            k = self._back(first - 1, lo, "link.list", "link.cues")
            if k == first - 1:
                break
        return found

    def _share_before(self, first: int, lo: int) -> bool:
        """A share of the place stands right before it ("большая часть", "половина", "80%"), not
        a named part of it ("передмістя", "квартал": those are said of the part alone)."""
        cue = self.ph.ending_at("link.cues", first, lo)  # ("северная часть города Волчанск": past the cue)
        share = self.ph.ending_at("link.partial", cue.start if cue is not None else first, lo)
        return share is not None and any(t.word == "%" or t.lemmas & _SHARES for t in self.tokens[share.start:share.end])

    def _qualified(self, k: int) -> bool:
        """Token k is a common noun the place after it qualifies (a genitive: "передмістя
        Києва"), not a cue ("місто"), a preposition, a conjunction, punctuation or filler."""
        token = self.tokens[k]
        if token.punct or not token.word.isalpha() or (self.text[token.start].isupper() and k > 0):
            return False  # a capital mid-sentence is a name; the first word's says nothing
        if token.word in _PREPOSITIONS or token.word in _AND or token.word in _LINKING_WORDS or self.skippable[k]:
            return False
        if "V" in token.flags:
            return False  # a verb's object ("взяли Бахмут у кільце"), not a noun's genitive
        if token.word in _MONTHS_GENITIVE or token.word.endswith(_AGREEING_ADJECTIVE):
            return False  # "с 8 мая Попасную контролируют", "разбитую Попасную": a date, an adjective of the place
        if any(self.ph.ending_at(name, k + 1) for name in ("link.cues", "link.filler", "link.copula", "link.list",
                                                          "link.clause")):
            return False
        return k not in self._trigger_starts and not any(p.start <= k < p.end for p in self.parties)

    def _prepositional(self, k: int) -> bool:
        token = self.tokens[k]
        return token.word in _PREPOSITIONS

    def _counted_after(self, i: int, hi: int) -> list[tuple[PlaceMention, str]]:
        """"освободили 11 населённых пунктов, среди которых A, B и C" / "…: A, B"; "покинула правый
        берег Днепра, включая Херсон" (a region, then the towns it includes: only with "включая")."""
        if self._near_a_count(self._forward(i, hi), hi) or (i < hi and self._near_a_count(i, hi)):
            return []  # "продвижение в районе шести населённых пунктов: A, B": near them, not in them
        k = self._counted(i, hi)
        region = k is None and (k := self._region_object(i, hi)) is not None
        if k is None:
            return []
        for _ in range(10):  # "в Донецкой области, среди которых", "в этом году, в том числе"
            k = self._forward(k, hi)
            if k >= hi:
                return []
            if self.tokens[k].word in (":", "—", "–", "-", ",") or self._phrase_at("link.including", k, hi):
                opener = self._phrase_at("link.including", k, hi)
                k = opener.end if opener else k + 1
                opener = opener or self._phrase_at("link.including", k, hi)
                if region and opener is None:
                    return []  # "в районах населённых пунктов A, B": where, not what
                k = self._forward(opener.end if opener else k, hi)
                if k in self.places:
                    return [(m, "list") for m, _ in self._list_after(k, hi, "list")]
                continue
            k += 1
        return []

    def _region_object(self, i: int, hi: int) -> int | None:
        """The token after a region the trigger governs right after it ("правый берег Днепра")."""
        k = self._forward(i, hi)
        for start in range(k, min(hi, k + 3)):
            if start in self.places or self.tokens[start].punct:
                return None
            region = self._phrase_at("link.regions", start, hi)
            if region is not None:
                return region.end
        return None

    def _counted(self, i: int, hi: int) -> int | None:
        """The token after "11 населених пунктів" / "кілька сіл" near after i ("освободила в
        этом году 81 населенный пункт"), or None."""
        k = self._forward(i, hi)
        for start in range(k, min(hi, k + _COUNT_REACH)):
            word = self.tokens[start].word
            if start in self.places or self.tokens[start].punct:
                return None
            if word.isdigit() or word in _COUNT_WORDS:
                n = start + 1
                while n < hi and (filler := self._phrase_at("link.filler", n, hi)) is not None:
                    n = filler.end  # "81 крупный населенный пункт"
                counted = self._phrase_at("link.counted", n, hi)
                if counted is not None:
                    return counted.end
        return None

    def _counted_before(self, i: int, lo: int) -> bool:
        """"два села повністю окуповані": a count of settlements as the trigger's subject."""
        k = self._back(i - 1, lo, "link.filler", "link.copula")
        counted = self.ph.ending_at("link.counted", k + 1, lo)
        while counted is not None and counted.start > 0 and \
                self.ph.ending_at("link.counted", counted.start, lo) is not None:
            counted = self.ph.ending_at("link.counted", counted.start, lo)  # "населённых пунктов"
        if counted is None or counted.start == 0:
            return False
        number = self.tokens[counted.start - 1].word
        return number.isdigit() or number in _COUNT_WORDS

    def _named_after(self, index: int) -> list[Draft]:
        """"… пять населённых пунктов. Речь идёт о A, B, C": the names of the count just before."""
        pending = self.state.pending
        if pending is None or pending[0] != index - 1:
            return []
        opener = None
        for k in range(min(4, len(self.tokens))):
            opener = self._phrase_at("link.including", k)
            if opener is not None:
                break
        if opener is None:
            return []
        k = opener.end
        while k < len(self.tokens) and self.tokens[k].word in (",", ":", "—"):
            k += 1
        k = self._forward(k, len(self.tokens))
        listed = self._list_after(k, len(self.tokens), "list")
        _, trigger, source = pending
        drafts = []
        for mention, _ in listed:
            draft = source._draft(trigger, mention, "named", span=self.span)
            if draft is not None:
                drafts.append(draft)
        return drafts

    def _remember_count(self, index: int, triggers: list[Match], drafts: list[Draft]) -> None:
        self.state.pending = None
        if drafts:
            return
        for match in triggers:
            if match.payload.kind in ("gain", "loss") and (
                    self._counted(self._object_start(match, len(self.tokens)), len(self.tokens)) is not None
                    or self._counted_before(match.start, 0)):
                self.state.pending = (index, match, self)  # this sentence's parties and speaker decide
                return

    # -- one claim ---------------------------------------------------------------------------

    def _draft(self, match: Match, mention: PlaceMention, how: str,
               span: tuple[int, int] | None = None) -> Draft | None:
        rule: TriggerRule = match.payload
        lo, hi = self._clause(match.start, match.end)
        if self._question(lo):
            return None  # "Чи увійшли росіяни у Мирноград: …", "Вошли ли россияне в …": a question, no claim
        if rule.needs == "force" and not any(lo <= p.start < hi for p in self.parties) \
                and not self._fighting_words(lo, hi):
            return None
        negated = self._negated(match.start, lo)
        control, explicit = self._control(match, lo, hi)
        if rule.needs == "actor" and not explicit:
            return None
        if rule.needs == "voice" and control is None and self.speaker is None:
            return None
        # (a participle is a state, not what they try: "намагаються влаштувати провокації у тимчасово
        # захопленому Енергодарі" is Enerhodar held)
        attempt = (self._attempt(match.start, lo) and not _PARTICIPLE_ENDING.search(self.tokens[match.start].word)) \
            or (rule.rule.endswith("enter") and (
            self._fighting(lo, hi) or self._fighting_words(match.end, len(self.tokens)))) \
            or (rule.kind == "gain" and _ACTION_NOUN.search(self.tokens[match.start].word) is not None
                and self.ph.ending_at("factuality.fight_for", match.start, lo) is not None) \
            or (rule.kind == "gain" and _ACTION_NOUN.search(self.tokens[match.start].word) is not None
                and self._goes_on_after(mention, hi))
        partial = self._partial or (any(self._phrase_at("link.partial_adverb", k, match.start)
                                        and not self._almost_a_count(k) for k in range(lo, match.start))
                                    and not self.ph.find("link.wholly", match.end, hi))
        # ("ВСУ частично освободили …, к 23 августа Работино было … освобождено полностью": wholly, now)
        if partial and rule.rule == "gain.flag" and self._in_the_centre(match, mention):
            partial = False  # "водрузили флаг в центре Авдеевки": the flag over the centre is the town's capture
        self._also_contested = bool(negated and self.ph.find("link.wholly", lo, hi))
        entry = False
        if negated and rule.rule == "contested.reach" and not partial:
            party, _ = self._actor(match, lo, hi)
            if party is not None and self._party_side(party) == "russia":
                control, explicit = "russia", True  # ("не смогли дойти до села Липцы": read as an entry, below)
        if negated and rule.kind == "hold" and rule.side == "speaker" and control in _OPPOSITE \
                and not self._also_contested and not partial:
            # "Попасна вже фактично не в наших руках": not ours any more, the other side's (told, not denied)
            control, negated = _OPPOSITE[control], False
        elif negated and (rule.rule.endswith(("enter", "reach")) or (rule.kind == "hold" and not self._also_contested)) \
                and explicit and control == "russia" and not partial:
            # "российская армия не зашла в Торецк", "ворог в цей населений пункт не зайшов", "окупанти не
            # контролюють населений пункт": those who did not get in, or do not hold it, left the town to the
            # other side, told as a fact (not a denial of anyone's claim; "не контролюють повністю" is a fight)
            control, negated = _OPPOSITE[control], False
        elif rule.kind == "contested" or attempt or partial:
            # "намагаються захопити", "з боєм увійшли", "контроль над половиною міста": a fight for it
            control, explicit = "contested", True
        elif rule.rule.endswith("enter") and control == "russia" and not any(
                m is not match and m.payload.kind in ("gain", "hold") and match.end <= m.start < len(self.tokens)
                and not self._attempt(m.start, match.end) for m in self.trigger_matches):
            # "армия РФ зашла в Сумы": in it, not holding it (as in English, claims.py); but "увійшов до Лиману
            # та вивісив російські прапори": a hold said after the entry makes it theirs
            control, entry = "contested", True
        factuality = self._factuality(match, lo, hi, negated, attempt)
        if factuality == "denied" and not explicit and control in _OPPOSITE and not (
                self.tokens[match.start].lemmas & _LIBERATION_WORDS
                and not any(self._party_side(p) == _OPPOSITE[control] for p in self.parties)):
            control = _OPPOSITE[control]  # one denies the other side's claimed gains
            # (not one's own side's "liberation" when no one of the other side is named: "Гайдай спростував
            # інформацію про звільнення Кремінної"; but "сообщения в российских источниках о том, что X
            # «освобождено»" are the other side's)
        speaker = self.speaker
        if speaker is None:
            # "Минобороны России решило перегруппировать войска …": an official body that acts
            # (decides, orders, withdraws) is the source of the news of its own act.
            actor, _ = self._actor(match, lo, hi)
            if actor is not None and actor.payload.kind == "official" and actor.end <= match.start:
                speaker = self._as_speaker(actor)
                if factuality == "asserted":
                    factuality = "attributed"
        if speaker is None and how.startswith("anaphor") and (told := self._told_just_before(mention)) is not None:
            speaker = told  # "Минобороны сообщает об освобождении Муравки. Его взяли под контроль …": the report goes on
            if factuality == "asserted":
                factuality = "attributed"
        return Draft(
            mention=mention,
            link=None,
            control=control,
            factuality=factuality,
            historical=self._historical(lo, hi),
            side=speaker.side if speaker else "outlet",
            speaker=speaker.name if speaker else None,
            speaker_kind=speaker.kind if speaker else None,
            trigger=(self.tokens[match.start].start, self.tokens[match.end - 1].end),
            sentence=span or self.span,
            rule=f"{self.lx.language}.{rule.rule}/{how}" + ("/entry" if entry else ""),
            explicit=explicit,
        )

    def _told_just_before(self, mention: PlaceMention) -> Speaker | None:
        """The voice of the sentence just before when it spoke of the place a back-reference stands for:
        a sentence that only refers back to the place goes on with that report."""
        if self.state.previous_index != self.index - 1:
            return None
        key = mention.place_id or mention.text
        told = [d for d in self.state.previous if d.speaker and (d.mention.place_id or d.mention.text) == key]
        if not told:
            return None
        return Speaker(told[-1].speaker, told[-1].side, told[-1].speaker_kind or "official")

    def _denied(self, match: Match, lo: int, hi: int) -> bool:
        """A denial in the trigger's own clause, or anywhere in the sentence when the trigger
        is what a reported statement says ("спростував заяви РФ про нібито захоплення X")."""
        denials = self.ph.find("factuality.denials") + \
            self.ph.find("speech.denial")
        if not denials:
            return False
        if any(lo <= d.start < hi for d in denials):
            return True
        return any(self.ph.at("speech.nouns", k, match.start) for k in range(max(0, match.start - 10), match.start))

    def _fighting_words(self, lo: int, hi: int) -> bool:
        return any(m.payload.kind == "contested" and lo <= m.start < hi for m in self.trigger_matches)

    def _fighting(self, lo: int, hi: int) -> bool:
        return bool(self.ph.find("link.fight", lo, hi))

    def _control(self, match: Match, lo: int, hi: int) -> tuple[str | None, bool]:
        rule: TriggerRule = match.payload
        if rule.kind == "contested":
            return "contested", True
        if rule.side in _OPPOSITE:
            return rule.side, True
        if rule.rule == "gain.flag":
            flag = self._flag_nationality(match)
            if flag is not None:
                return flag, True
        if rule.side == "actor_after":
            party = next((p for p in self.parties if match.end <= p.start <= match.end + 2), None)
            side = self._party_side(party) if party else None
            if side in _OPPOSITE:
                return side, True
        party, loses = self._actor(match, lo, hi)
        side = self._party_side(party) if party else None
        if side in _OPPOSITE:  # a loss of the actor's, or a gain of the one who pushed it out
            return (_OPPOSITE[side] if (rule.kind == "loss") != loses else side), True
        if party is None and "W" in self.tokens[match.start].flags and self._voice_side() in _OPPOSITE:
            # "Покровськ — тримаємо", "мы освободили": the first person plural is the speaker's side
            side = self._voice_side()
            return (_OPPOSITE[side] if rule.kind == "loss" else side), True
        voice = self._voice_side()
        if voice is not None:
            # "захоплений Енергодар", "захватили город": with no actor named, a capture is the
            # other side's (one's own side "liberates")
            # (a Russian voice "takes" and "occupies" its own: "был взят Артемовск" said by Wagner's head)
            # (and a voice of the other side than the article's, whose words the article retells: "Російські
            # телеграм-канали пишуть, що їхні бійці захопили Сіверськ" is their own capture)
            enemy = rule.rule == "gain.capture" and not (
                voice == "russia" and self.tokens[match.start].lemmas & _OWN_TAKING) and not (
                self.state.perspective in _OPPOSITE and voice != self.state.perspective)
            return (_OPPOSITE[voice] if (rule.kind == "loss") != enemy else voice), False
        return None, False

    def _flag_nationality(self, match: Match) -> str | None:
        """"український прапор", "прапор України", "российский триколор": whose flag."""
        for token in self.tokens[max(0, match.start - 2):match.end + 2]:
            if token.word.startswith(_UKRAINIAN_STEMS):
                return "ukraine"
            if token.word.startswith(_RUSSIAN_STEMS):
                return "russia"
        return None

    def _actor(self, match: Match, lo: int, hi: int) -> tuple[Match | None, bool]:
        """The party acting, and whether it is rather the one losing the place (the object of
        "вибили ворога з", "вытеснили противника из")."""
        rule: TriggerRule = match.payload
        forces = [p for p in self.parties if lo <= p.start and p.end <= hi and p.payload.kind == "forces"]
        if rule.rule == "loss.absent":
            return self._absent_party(forces, match), False
        if rule.rule != "gain.expel" and not any(p.end <= match.start for p in forces):
            # "Минобороны решило перегруппировать войска": an official body as the subject.
            forces += [p for p in self.parties if lo <= p.start and p.end <= match.start
                       and p.payload.kind == "official" and not self._speaks(p) and self._nominative(p)]
            forces.sort(key=lambda p: p.start)
        if rule.rule == "gain.expel":
            right_after = next((p for p in forces if match.end <= p.start <= match.end + 1), None)
            before = [p for p in forces if p.end <= match.start and match.start - p.end <= SUBJECT_WINDOW]
            if before:  # ("Украинские военные выбиты из X": a passive's subject is the one pushed out; not "змогли вибити")
                trigger = self.tokens[match.start]
                return before[-1], "V" not in trigger.flags and bool(_PASSIVE_PARTICIPLE.search(trigger.word))
            if right_after is not None:
                return right_after, True
            return None, False
        if match.start >= 2 and self.tokens[match.start - 1].word == "," and \
                _ACTIVE_PARTICIPLE.search(self.tokens[match.start].word):
            # "от националистов, отступивших из X": a participle's agent is the noun before its comma,
            # whatever governs that noun
            agent = next((p for p in forces if p.end == match.start - 1), None)
            if agent is not None:
                return agent, False
        attributive = self._participle(match.start) and "V" not in self.tokens[match.start].flags and (
            match.end in self.places or self._phrase_at("link.cues", match.end) is not None)
        # ("Рашисти обстріляли Харків і звільнене село Циркуни": a participle before its noun has no subject of its own;
        # the clause's subject shelled, it did not liberate)
        before = [] if attributive else [
            p for p in forces if p.end <= match.start and self._words_between(p.end, match.start) <= SUBJECT_WINDOW
            and not self._governed(p) and not self._speech_between(p.end, match.start)]
        if before:  # the subject: "українські військові в боях з окупантами звільнили", not "окупантами"
            # (an undeclined party, ВСУ, may be the subject as well: "оккупанты заходили, а ВСУ удерживают X")
            nominative = [p for p in before if self._may_be_subject(p) or not self._cased(p)]
            if not nominative:
                # "Подразделения группировки войск … продвигаться в глубину обороны противника и …
                # освободили": the subject further back, not the genitive right before
                nominative = [p for p in forces if p.end <= match.start and self._may_be_subject(p)
                              and not self._governed(p) and not self._speech_between(p.end, match.start)]
            if not nominative:
                # "о завершении вывода сдавшихся украинских военных … и полном контроле над городом": a
                # party in an oblique case is no subject; only one whose case is unknown (ВСУ) may be
                # (nor is the claimant of a statement: "заяви окупантів про нібито контроль над X")
                claimant = self._claimant(match.start)
                nominative = [p for p in before if not self._cased(p)
                              or (p.start > 0 and "n" in self.tokens[p.start - 1].flags)  # "Подразделения российских ВС"
                              # "Близько 100 російських військових зайшли": a count's genitive is its subject
                              or (p.start > 0 and (self.tokens[p.start - 1].word.isdigit()
                                                   or self.tokens[p.start - 1].word in _COUNT_WORDS | _HUNDREDS))
                              or (claimant is not None and (p.start, p.end) == (claimant.start, claimant.end))]
            if nominative:
                return nominative[-1], False
            before = []
        # "освобождён подразделениями группировки «Центр»": the agent right after, not a party
        # of a later phrase ("при освобождении X штурмовые группы проникали … в обороне противника")
        after = [p for p in forces if match.end <= p.start <= match.end + _AGENT_AFTER_REACH]
        if after:  # "звільнили бійці 93-ї бригади", "освобождён подразделениями группировки «Центр»"
            first = after[0]
            # "звільнення Херсона від окупантів": the party behind "від"/"от" lost the place.
            # "контроль з боку армії РФ", "со стороны ВС РФ" name the agent, not the loser.
            before_first = self.tokens[max(0, first.start - 2):first.start]
            behind_from = any(t.word in _FROM_WORDS | {"з", "із", "из", "с"} for t in before_first) \
                and not any(t.word in _AGENT_SIDE_WORDS for t in before_first)
            return first, behind_from and rule.kind == "gain"
        # "заяви Кремля про встановлення контролю", "Міноборони РФ заявило про захоплення": the
        # claimant owns a trigger that names no actor of its own.
        claimant = self._claimant(match.start)
        if claimant is not None:
            return claimant, False
        owners = [p for p in self.parties if lo <= p.start and p.end <= match.start
                  and p.payload.kind == "official" and self._nominative(p)]
        if owners and rule.place == "after" and self.speaker is None:
            return owners[-1], False
        return None, False

    def _goes_on_after(self, mention: PlaceMention, hi: int) -> bool:
        """"освобождение Марьинки идет непросто", "звільнення села триває": the taking named, then going on."""
        end = next((last for first, (last, m) in self.places.items() if m is mention), None)
        if end is None:
            return False
        return any(self.tokens[k].word in _GOES_ON for k in range(end, min(hi, end + 3)))

    def _almost_a_count(self, k: int) -> bool:
        """"після майже 9 місяців окупації": "almost" of a number, not of the taking; "практически без
        боя заняли": of its ease, not its extent."""
        return k + 1 < len(self.tokens) and (self.tokens[k + 1].word.isdigit() or self.tokens[k + 1].word in _COUNT_WORDS
                                             or self.tokens[k + 1].word == "без")

    def _absent_party(self, forces: list[Match], match: Match) -> Match | None:
        """Whose absence "немає / нет" tells: the forces in the genitive just before it ("ворога в Степовому
        немає", "росіян у місті немає"), or right after ("немає там росіян")."""
        near = [p for p in forces if 0 <= match.start - p.end <= 4 or 0 <= p.start - match.end <= 2]
        return next((p for p in reversed(near) if not self._governed(p)), None)

    def _cased(self, party: Match) -> bool:
        """The party's words show their case (declined nouns and adjectives; not ВСУ, ЗСУ)."""
        return any(set("ngdail") & set(t.flags) for t in self.tokens[party.start:party.end])

    def _words_between(self, i: int, j: int) -> int:
        """Tokens from i to j, asides that only say where left out."""
        return sum(1 for k in range(i, j) if k not in self._asides)

    def _may_be_subject(self, party: Match) -> bool:
        if "n" in self.tokens[party.start].flags or "n" in self.tokens[party.end - 1].flags:
            return True
        # "противнику не удалось захватить", "окупантам вдалося прорватися": the dative of who managed (or not)
        k = party.end + (party.end < len(self.tokens) and self.tokens[party.end].word in ("не", "так"))
        return "d" in self.tokens[party.end - 1].flags and k < len(self.tokens) and self.tokens[k].word in _MANAGED

    def _nominative(self, party: Match) -> bool:
        """The party can be a subject ("Минобороны решило"), not "у заяві пресслужби Генштабу"."""
        return any("n" in t.flags for t in self.tokens[party.start:party.end])

    def _claimant(self, i: int) -> Match | None:
        """The party whose statement a trigger is reported from ("заяви керівництва РФ про
        нібито захоплення", "сообщения российских военкоров о взятии")."""
        for k in range(max(0, i - 10), i):
            noun = self.ph.at("speech.nouns", k, i)
            if noun is None:
                continue
            party = next((p for p in self.parties if noun.end <= p.start <= noun.end + 2 and p.end <= i), None)
            # the statement's own content: "заяви Кремля про захоплення", not "у заяві Генштабу
            # наголошується, що інформація про захоплення …" (another noun's, behind a clause)
            if party is not None and party.payload.side in _OPPOSITE and not any(
                    t.word in (",", ":", ";", "що", "щоб", "что", "чтобы") for t in self.tokens[party.end:i]):
                return party
        return None

    def _speaks(self, party: Match) -> bool:
        """Whether a party is this sentence's speaker (then it says, it does not act)."""
        return self.speaker is not None and self.text[self.tokens[party.start].start:self.tokens[party.end - 1].end] \
            == self.speaker.name

    def _speech_between(self, i: int, j: int) -> bool:
        """A speech verb between a party and a trigger makes the party the speaker, not the
        actor ("Генштаб ЗСУ спростував повідомлення … про захоплення X")."""
        return any(self.ph.at("speech.verbs", k, j) for k in range(i, j))

    def _governed(self, party: Match) -> bool:
        """A party behind a preposition ("в боях з окупантами", "против ВСУ") is no subject."""
        if party.start > 0 and self.tokens[party.start - 1].lemmas & _OWNING_NOUNS:
            return True  # "продвинулась вглубь обороны ВСУ и освободила": the defences' owner, no subject
        return party.start > 0 and self.tokens[party.start - 1].word in _PREPOSITIONS | _AGAINST

    def _party_side(self, party: Match) -> str | None:
        side = party.payload.side
        if side == "speaker":
            return self._voice_side()
        if side == "enemy":
            voice = self._voice_side()
            return _OPPOSITE.get(voice) if voice else None
        return side if side in _OPPOSITE else None

    def _voice_side(self) -> str | None:
        """The side "we" are: the speaker's, else the article's perspective."""
        if self.speaker is not None and self.speaker.side in _OPPOSITE:
            return self.speaker.side
        return self.state.perspective

    # -- who speaks ----------------------------------------------------------------------------

    def _speaker(self) -> Speaker | None:
        """Who says this sentence: "за словами X", "X заявив", "…, — заявив X", "X: …" (a
        headline's speaker), "… – X" (a headline's source), a pronoun or "йдеться у
        повідомленні" (the last speaker named), or the speaker of the quotation it stands in."""
        tokens = self.tokens
        for i in range(len(tokens)):
            found = self.ph.at("speech.phrases", i)
            if found is not None:  # "за словами Сирського", "по данным Минобороны", "у зведенні Генштабу"
                if any(t.word in _THIRD_PERSON for t in tokens[found.start:found.end]):
                    earlier = self.state.speaker_before(self.index)  # "за його словами", "по их словам"
                    if earlier is not None:
                        return earlier
                    continue  # (the party after "за його інформацією, росіяни …" is who acts, not who says)
                party = next((p for p in self.parties if found.end <= p.start <= found.end + 3
                              and not any(t.word == "," for t in tokens[found.end:p.start])), None)
                if party is not None:  # ("по словам Подоляка, ВСУ …": past the comma is who acts)
                    return self._as_speaker(party)
                k = found.end + (1 if self._phrase_at("speech.nouns", found.end) is not None else 0)
                if k < len(tokens) and tokens[k].word == ",":
                    earlier = self.state.speaker_before(self.index)  # "Согласно сообщению, …": the report named before
                    if earlier is not None:
                        return earlier
        by_verb = self._verb_speaker()
        if by_verb is not None:
            return by_verb
        framed = self._framing_speaker()
        if framed is not None:
            return framed
        quoted = self.state.quoted_speaker(tokens[0].start, self.index)
        if quoted is None:
            # "Дослівно: «…»", "Цитата: «…»": a label, a colon, then the quotation the sentence is
            colon = next((k for k in range(min(4, len(tokens) - 1)) if tokens[k].word == ":"), None)
            if colon is not None and tokens[colon + 1].word in _QUOTES:
                quoted = self.state.quoted_speaker(tokens[colon + 1].start, self.index)
        if quoted is None and self._phrase_at("speech.continuation", 0) is not None:
            # "Кроме того, на неделе был установлен контроль над …" after "В ведомстве уточнили, что …":
            # a sentence that goes on with what was just said is said by the same voice
            return self.state.speaker_before(self.index, CONTINUATION_LOOKBACK)
        if quoted is None and self.ph.find("speech.impersonal"):
            # "…, — говорится в сообщении", "В отчете также говорится, что …": the report named before
            return self.state.speaker_before(self.index)
        return quoted

    def _agent_of_a_noun(self, party: Match, after: int) -> bool:
        """"заперечили повне захоплення росіянами Вугледару": a party in the instrumental past a noun is
        who took, not who speaks."""
        flags = set(self.tokens[party.end - 1].flags)
        return party.start > after and "i" in flags and not flags & set("ngl")

    def _verb_speaker(self) -> Speaker | None:
        tokens = self.tokens
        for i in range(len(tokens)):
            verb = self.ph.at("speech.verbs", i)
            if verb is None or "W" in tokens[i].flags:
                continue  # ("Зазначимо, …", "Напомним, …": the outlet's own "let us note")
            before = [p for p in self.parties if p.end <= verb.start and self._gap(p.end, verb.start) <= SPEAKER_WINDOW
                      and not self._break_between(p.end, verb.start) and not self._not_the_voice(p, verb.start)]
            # "…, — заявив Сирський", "повідомили в Генштабі": the party right after the verb.
            # "…, сообщил глава ХОВА Олег Синегубов": a title and a first name may stand between.
            after = [p for p in self.parties if verb.end <= p.start <= verb.end + 4
                     and (p.start <= verb.end + 2 or self._title_and_name(verb.end, p.start)
                          or self._press_office(verb.end, p.start))
                     and not any(t.word in _SUBORDINATORS for t in tokens[verb.end:p.start])
                     and not self._agent_of_a_noun(p, verb.end)]
            if not after:  # "…, сообщило во вторник, 14 января, Министерство обороны": past a date
                after = [p for p in self.parties if verb.end < p.start <= verb.end + 9
                         and self._only_a_date(verb.end, p.start)][:1]
            if not after:  # "…, сообщил в пятницу основатель ЧВК «Вагнер»": a date, then a title
                dated = self._past_a_date(verb.end)
                after = [p for p in self.parties if dated <= p.start <= dated + 4
                         and self._title_and_name(dated, p.start)][:1] if dated > verb.end else []
            if not after and not before:
                # "Про це заявив так званий «перший заступник міністра інформації «ДНР» Данило
                # Безсонов": a long title, quoted names and all, before the voice
                after = [p for p in self.parties if verb.end < p.start <= verb.end + 12
                         and self._long_title(verb.end, p.start)][-1:]
            pronoun = self.ph.ending_at("speech.pronouns", verb.start)  # (or no subject: "Заверил, что …")
            posed_after = verb.start > 0 and tokens[verb.start - 1].word in (",", "—", "–", "-")
            if posed_after and before and not after and any(
                    tokens[j].word in _QUOTES for j in range(max(0, verb.start - 3), verb.start - 1)):
                # ('"… Ворог в цей населений пункт не зайшов", - розповів Волошин': the party is in what was said;
                # the voice is the name after the verb, or "он" the one named before)
                voice = self._bare_name(verb.end)
                if voice is None and verb.end < len(tokens) and tokens[verb.end].word in _THIRD_PERSON_SUBJECTS:
                    voice = self.state.speaker_before(self.index)
                if voice is not None:
                    return voice
            if posed_after and not after:
                # "Окупанти тікають з X, поінформував 22 жовтня у Facebook Генеральний штаб ЗСУ": past a date and
                # the channel, the voice after its verb (the party before the comma is in what was said)
                after = [p for p in self.parties if verb.end < p.start <= verb.end + 10
                         and tokens[p.start - 1].word not in _PREPOSITIONS
                         and not any(t.punct or t.word in _SUBORDINATORS or t.word.startswith(_INTERVIEW)
                                     for t in tokens[verb.end:p.start])][:1]
                # (not "сообщил в пятницу в интервью ТАСС местный житель": TASS asked, a resident spoke)
            if posed_after and not after and not before and (named := self._bare_name(verb.end)) is not None:
                return named  # '…", - розповів Волошин': a name the party lists do not hold, of the article's side
            in_body = bool(after) and after[0].start == verb.end + 1 and tokens[verb.end].word in ("в", "у", "во")
            if after and (posed_after or not before or in_body):
                # ("опровергли в ОТГ «Харьков»", "подтвердили в Раде": the body a verb's "в" names speaks)
                return self._as_speaker(after[0])
            if not before and self.ph.at("speech.bodies", verb.end):
                # "…, сообщили в ведомстве": the official body named in the sentence, else earlier
                official = [p for p in self.parties if p.end <= verb.start and p.payload.kind == "official"]
                if official:
                    return self._as_speaker(official[0])
                earlier = self.state.speaker_before(self.index)
                if earlier is not None:
                    return earlier
            if verb.start > 0 and tokens[verb.start - 1].word in ("как", "як") and \
                    self._phrase_at("speech.impersonal", verb.start):
                earlier = self.state.speaker_before(self.index)  # "X, как уточняется, освободили": not X
                if earlier is not None:
                    return earlier
            if before:
                return self._as_speaker(before[-1])
            if not after and pronoun is None and (named := self._name_before(verb.start)) is not None:
                return named  # "Журналіст Анатолій Цаплієнко повідомив про звільнення X": a person the lists do not hold
            if (pronoun is not None or (verb.start == 0 and tokens[0].word.endswith(_PAST_ENDINGS))
                    or self._phrase_at("speech.impersonal", max(0, verb.start - 2))
                    or self._phrase_at("speech.impersonal", verb.start)):
                earlier = self.state.speaker_before(self.index)
                if earlier is not None:
                    return earlier
        return None

    def _not_the_voice(self, party: Match, verb: int) -> bool:
        """A party before a speech verb that is not who speaks: inside a quotation the verb closes
        ("… от подразделений украинской армии», — отметил он"), inside an aside ("Гончаренко
        (внесен в РФ в перечень …) заявлял"), or the claimant of a statement spoken of ("о
        неправдивости заявлений Герасимова сообщил …")."""
        tokens = self.tokens
        if any(tokens[k].word in _QUOTES and tokens[k + 1].word in (",", "—") for k in range(party.end, verb - 1)):
            # "…», — отметил он": the one named before (if any), not a party of the quotation
            after = self.ph.at("speech.verbs", verb)
            if after is not None and self.ph.at("speech.pronouns", after.end) is not None:
                return self.state.speaker_before(self.index) is not None
        opened = [k for k in range(max(0, party.start - 12), party.start) if tokens[k].word == "("]
        if opened and not any(tokens[k].word == ")" for k in range(opened[-1], party.start)) and \
                any(tokens[k].word == ")" for k in range(party.end, verb)):
            return True
        return self.ph.ending_at("speech.nouns", party.start) is not None and any(
            tokens[k].word in _SUBORDINATORS for k in range(max(0, party.start - 4), party.start))

    def _gap(self, i: int, j: int) -> int:
        """Tokens from a party to its verb, a relative clause about the party left out ("DeepState,
        которая отслеживает линию фронта с опорой на открытые источники, подтверждает")."""
        if i + 1 < j and self.tokens[i].word == "," and self._phrase_at("link.clause", i + 1) is not None \
                and self.tokens[i + 1].word.startswith(("котор", "який", "яка", "яке", "які")):
            close = next((n for n in range(i + 2, j) if self.tokens[n].word == ","), None)
            if close is not None:
                return j - close - 1
        return j - i

    def _only_a_date(self, i: int, j: int) -> bool:
        """Words between i and j that only say when: "во вторник, 14 января,", "у понеділок,"."""
        between = self.tokens[i:j]

        def when(t: Token) -> bool:
            return t.word.isdigit() or bool(_WEEKDAY.match(t.word)) or any(t.lemmas & m for m in self.lx.months)
        return any(when(t) for t in between) and all(
            when(t) or t.word in (",", "в", "во", "у", "года", "року", "г", "вечером", "утром", "ввечері", "вранці")
            for t in between)

    def _past_a_date(self, i: int) -> int:
        """Past "в пятницу", "вранці середи, 16 серпня,", "вечером" right at token i: where the
        words after begin."""
        k = i
        while k < len(self.tokens):
            t = self.tokens[k]
            if t.word in ("в", "во", "у") and k + 1 < len(self.tokens) and _WEEKDAY.match(self.tokens[k + 1].word):
                k += 2
            elif t.word in _TIMES_OF_DAY or t.word.isdigit() or _WEEKDAY.match(t.word) or \
                    any(t.lemmas & m for m in self.lx.months) or (t.word == "," and k > i):
                k += 1
            else:
                return k
        return k

    def _long_title(self, i: int, j: int) -> bool:
        """Title words (and the quotation marks of a body's name) only, between a speech verb and
        its voice: no comma, no clause, no preposition that would start an adjunct first."""
        between = self.tokens[i:j]
        if any(self._is_place(k) or k in self._trigger_starts for k in range(i, j)):
            return False  # "подтвердить освобождение Соледара от подразделений …": what is said, not who
        return bool(between) and between[0].word not in _PREPOSITIONS and all(
            (t.word.isalpha() and t.word not in _SUBORDINATORS) or t.word in _QUOTES for t in between)

    def _press_office(self, i: int, j: int) -> bool:
        """"заявили в пресс-службе Министерства обороны", "повідомили у пресцентрі ОТУ": a body's
        press office between a speech verb and the body."""
        between = [t.word for t in self.tokens[i:j]]
        return len(between) >= 2 and between[0] in _IN and all(w in _PRESS_OFFICE for w in between[1:])

    def _title_and_name(self, i: int, j: int) -> bool:
        """Words between a speech verb and its speaker that are a title and a name ("глава
        ХОВА Олег"), not a preposition or punctuation ("в интервью РИА")."""
        return all(t.word.isalpha() and t.word not in _PREPOSITIONS for t in self.tokens[i:j])

    def _framing_speaker(self) -> Speaker | None:
        """"Маляр: бої за Соледар тривають" and "ЗСУ звільнили Урожайне – Міноборони": a
        party before a colon that opens the sentence, or after a dash that closes it."""
        tokens = self.tokens
        first = next((p for p in self.parties if p.start == 0), None)
        if first is not None and first.end < len(tokens) and tokens[first.end].word == ":":
            return self._as_speaker(first)
        if tokens and tokens[0].word in _QUOTES:
            # "«Город почти под нашим контролем»: бойцы «Вагнера» в центре Артемовска": a headline's
            # quotation, then after the colon who says it
            colon = next((k for k in range(1, len(tokens) - 1) if tokens[k].word == ":" and tokens[k - 1].word in _QUOTES),
                         None)
            party = next((p for p in self.parties if colon is not None and colon < p.start <= colon + 3), None)
            if party is not None:
                return self._as_speaker(party)
        end = len(tokens)
        while end > 0 and (tokens[end - 1].word in (".", "!", ")", "(") or tokens[end - 1].word in _QUOTES):
            end -= 1
        for dash in range(max(0, end - 6), end):
            if tokens[dash].word == "—":
                party = next((p for p in self.parties if p.start > dash and p.start <= dash + 2), None)
                if party is not None and not any(t.word in (",", ";") for t in tokens[dash:party.start]):
                    return self._as_speaker(party)
        return None

    def _break_between(self, i: int, j: int) -> bool:
        return any(t.word in (";", ":", ".", "!", "?") for t in self.tokens[i:j])

    def _bare_name(self, k: int) -> Speaker | None:
        """A capitalised surname (with its first name before it) right after a speech verb and ending
        the sentence ("…, — сказал Пригожин.", "…, - розповів Волошин."): a person speaking, of the
        side the article speaks from (the outlet quotes its own side's officials by bare name)."""
        tokens, start = self.tokens, k
        while k < len(tokens) and k < start + 4 and tokens[k].word.isalpha() and self.text[tokens[k].start].islower() and \
                not tokens[k].lemmas and tokens[k].word not in _PREPOSITIONS:
            k += 1  # "— заявил законный мэр города Александр Стрюк": a title first (not "— сообщили в Херсоне")
        end = k
        while end < len(tokens) and end < k + 2 and tokens[end].word.isalpha() and \
                self.text[tokens[end].start].isupper():
            end += 1  # (a surname that is also a village's name, "Волошин", is still a name here)
        if end == k or (end < len(tokens) and not tokens[end].punct):
            return None
        side = self.state.perspective
        if side not in _OPPOSITE:
            return None
        return Speaker(self.text[tokens[k].start:tokens[end - 1].end], side, "official")

    def _name_before(self, verb: int) -> Speaker | None:
        """A person named right before a speech verb, in none of the party lists: a first name and a
        surname ("Анатолій Цаплієнко повідомив"), or one word shaped as a surname ("Цаплієнко
        повідомив"); of the side the article speaks from, as a bare name after the verb is."""
        tokens = self.tokens
        start = verb
        while start > 0 and verb - start < 2 and tokens[start - 1].word.isalpha() and \
                self.text[tokens[start - 1].start].isupper() and start - 1 not in self.places:
            start -= 1
        words = [t.word for t in tokens[start:verb]]
        if not words or any(p.start < verb and start < p.end for p in self.parties):
            return None
        person = (len(words) == 2 and cyrillic_first_name(words[0])) or (
            len(words) == 1 and not tokens[start].lemmas and words[0].endswith(_SURNAME_ENDINGS))
        side = self.state.perspective
        if not person or side not in _OPPOSITE:
            return None
        return Speaker(self.text[tokens[start].start:tokens[verb - 1].end], side, "official")

    def _as_speaker(self, party: Match) -> Speaker:
        rule: PartyRule = party.payload
        end = party.end
        opening = {"«": "»", '"': '"', "„": "“"}
        quote = next((opening[t.word] for t in self.tokens[party.start:end] if t.word in opening), None)
        if quote is not None and end < len(self.tokens) and self.tokens[end].word in (quote, "”", "»"):
            end += 1  # 'группировка войск "Хортица"': the name's closing quote is part of it
        name = self.text[self.tokens[party.start].start:self.tokens[end - 1].end]
        side = rule.side
        if side == "speaker" or side == "enemy":
            side = self.state.perspective or "third_party"
            if rule.side == "enemy":
                side = _OPPOSITE.get(side, "third_party")
        kind = {"forces": "military"}.get(rule.kind, rule.kind)
        return Speaker(name, side, kind)

    # -- how sure --------------------------------------------------------------------------------

    def _negated(self, i: int, lo: int) -> bool:
        for k in range(max(lo, i - 3), i):
            found = self.ph.at("factuality.negation", k, i)
            if found is not None and found.end >= i - 1:
                return True
        return False

    def _attempt(self, i: int, lo: int) -> bool:
        """"намагаються захопити", "почали витісняти": the trigger is what they try or begin (not
        when a new subject opens a clause between them: "В попытке избежать окружения, украинская
        группировка отступила от X" tells what was tried, then what was done)."""
        if i > lo and self.tokens[i - 1].word in _IN_THE_COURSE:
            return True  # "о ходе зачистки Горняка": the clearing under way
        for k in range(max(lo, i - _ATTEMPT_REACH), i):
            if self.ph.at("factuality.attempt", k, i) is None:
                continue
            if self._foretold(k, lo):
                continue  # "намагатимуться захопити", "будут пытаться захватить": a try foretold (see _factuality)
            commas = [j for j in range(k + 1, i) if self.tokens[j].word == ","]
            if not commas or not any(commas[0] < p.start < i for p in self.parties):
                return True
        return False

    def _factuality(self, match: Match, lo: int, hi: int, negated: bool, attempt: bool) -> str:
        tokens = self.tokens
        trigger = tokens[match.start]
        if negated or self._denied(match, lo, hi):
            return "denied"
        achieved = any(self.ph.at("factuality.achieved", k, match.start)
                       for k in range(max(lo, match.start - 3), match.start)) or (
            "F" in trigger.flags and self._achieved_first(match.start, lo))
        near = max(lo, match.start - _MODAL_REACH)
        if not attempt and not achieved and (
                any(self.ph.at("factuality.modal", k, match.start) for k in range(near, match.start))
                or any(self.ph.at("factuality.conditional", k, match.start) for k in range(lo, match.start))):
            return "predicted"  # "може захопити", "планують звільнити"; "якщо ... оставят" anywhere before
        if not attempt and not achieved and any(
                self.ph.at("factuality.attempt", k, match.start) is not None
                and self._foretold(k, lo)
                for k in range(max(lo, match.start - _ATTEMPT_REACH), match.start)):
            return "predicted"  # "окупанти намагатимуться захопити X", "попытаются захватить X"
        if not attempt and not achieved and self._prospect(match, near, hi):
            return "predicted"  # "деокупація міста можлива", "невозможно будет освобождение Угледара"
        if not attempt and not achieved and "F" in trigger.flags and not {"P", "R"} & set(trigger.flags):
            return "predicted"  # the future, an infinitive or an order; "вдалося звільнити" is done
        if self.ph.find("factuality.hedges"):
            return "unconfirmed"
        if self.speaker is not None and self.speaker.kind == "channel" and not self._named_channel(self.speaker):
            return "unconfirmed"  # "военкоры пишут", "российские телеграм-каналы": no one named
        return "attributed" if self.speaker is not None else "asserted"

    def _foretold(self, k: int, lo: int) -> bool:
        """The word at k is in the future ("намагатимуться", "попытаются") or follows the future's auxiliary
        ("будут пытаться"): a try foretold, not one under way."""
        return self.tokens[k].word.endswith(_FUTURE_ENDINGS) or (k > lo and self.tokens[k - 1].word in _WILL)

    def _achieved_first(self, i: int, lo: int) -> bool:
        """"Окупантам вдалося прорватися біля X та закріпитися в частині населеного пункту": an infinitive
        joined by "та/і" to one that was achieved is achieved too."""
        for k in range(i - 1, lo - 1, -1):
            if self.ph.at("factuality.modal", k, i) or self.ph.at("factuality.conditional", k, i):
                return False
            if self.ph.at("factuality.achieved", k, i) is not None:
                return any(t.word in _AND for t in self.tokens[k:i]) and "F" in self.tokens[k + 1].flags
        return False

    def _prospect(self, match: Match, near: int, hi: int) -> bool:
        """A taking or a hold named by its noun and called possible, needed or important, just
        before it or within the few words after it and its place, in the same clause."""
        if {"V", "P"} & set(self.tokens[match.start].flags):
            return False  # a verb or participle says its own time ("буде звільнено" is read as future)
        end = match.start
        if end >= 2 and self.tokens[end - 1].word in _AND:
            end -= 2  # "трудно будет продвижение и освобождение X": the prospect of both nouns
        if any(self.ph.at("factuality.prospect", k, end) for k in range(max(0, end - (match.start - near)), end)):
            return True
        if any(t.word in _WITHOUT for t in self.tokens[max(near, match.start - 2):match.start]):
            return True  # "без полного освобождения Павловки": what cannot be done without it
        for k in range(match.end, min(hi, match.end + _PROSPECT_REACH)):
            if self.tokens[k].word in (",", ";", ":", "—", ".") and k > match.end + 1:
                return False
            if self.ph.at("factuality.prospect", k, hi) is not None:
                return True
        return False

    def _named_channel(self, speaker: Speaker) -> bool:
        """A channel or blogger named ("Военкор Борис Рожин", "Readovka", "Рыбарь"), so a voice one
        can attribute to; not "военкоры", "российские Telegram-каналы"."""
        for word in re.findall(r"[^\W\d_][\w'-]*", speaker.name):
            if not word[0].isupper() and not word.isascii():
                continue
            lemmas = self.lx.forms.get(word.lower(), (frozenset(), ""))[0]
            if word.lower() not in _ANONYMOUS_CHANNEL and not lemmas & _ANONYMOUS_CHANNEL:
                return True
        return False

    def _historical(self, lo: int, hi: int) -> bool:
        tokens = self.tokens
        if self.ph.find("factuality.background", lo, hi):
            return True
        published = self.state.published
        any_month = frozenset().union(*self.lx.months)
        inside = {n for first, (last, _) in self.places.items() for n in range(first, last)}
        for k in range(lo, hi):
            if k in inside:
                continue  # "Первое Мая", "Восьме Березня": a month in a village's name dates nothing
            word = tokens[k].word
            if len(word) == 4 and word.isdigit() and word.startswith(("19", "20")):
                if published is None or int(word) < published.year:
                    return True
            if any_month.isdisjoint(tokens[k].lemmas):
                continue  # (most words: no month to try one by one)
            if k > 0 and self.text[tokens[k].start].isupper():
                continue  # dates write months in lower case: a capitalised "Мая" is a name's
            for number, month in enumerate(self.lx.months, 1):
                if month & tokens[k].lemmas and not (k > 0 and tokens[k - 1].word.isdigit()):
                    if published is None or number != published.month:
                        return True
        return False


_REGION_WORDS = frozenset("""область області областю обл району районі районом району района районе
громади громаді громаде республіки республики республіці республике""".split())
_REGION_ABBREVIATIONS = frozenset("днр лнр".split())
_WEEKDAY = re.compile(r"(?:понедельн|вторн|сред[аыуе]|четверг|пятниц|суббот|воскресень|понеділ|вівтор|серед[аиу]|четвер|"
                      r"п.ятниц|субот|неділ)\w*$")
_THIRD_PERSON = frozenset("його її їхніми їхньою їх его ее её их".split())
_PERSON_OVER_VILLAGE_MAX = 10000  # an official's surname beats a namesake settlement smaller than this
_RELATIVE_REACH = 30
_PARTICIPLE_ENDING = re.compile(r"(?:ован|ирован|ен|ан|ят|ит)(?:ий|а|е|у|ої|ого|ому|ій|им|их|ую|ая|ое|ый|ой|ых|ым)$")  # tokens from the place to its trigger past a relative clause
# Conjunctions and sentence adverbs before a subject ("тому Малинівка звільнена"): no noun.
_LINKING_WORDS = frozenset("""тому тож отже також теж нарешті вже зараз наразі сьогодні вчора нині потім тепер
поэтому итак также тоже наконец уже сейчас сегодня вчера ныне затем теперь""".split())
_SUBORDINATORS = frozenset("що що щоб что чтобы як как про о об".split())
_QUOTES = frozenset("«»\"“”„")
_REGION_ENDINGS = ("щина", "щини", "щині", "щину", "щиною", "щине", "щиной", "чина", "чини", "чині", "чину", "чине")
_PREP_BEFORE_GAP = 6
# Words of liberating: a voice says them of its own side's gains (a denial of them denies its own side's).
_LIBERATION_WORDS = frozenset("""звільнити звільнення звільнений визволити визволення визволений освободить
освобождение освобожденный освобождённый""".split())
_TOWARDS = frozenset("направлению направлении напрямку напрямі сторону бік".split())
_GOES_ON = frozenset("идет идёт продолжается ведется ведётся триває йде продовжується ведеться".split())
_WITHOUT = frozenset({"без"})  # the same word in both languages
_IN_THE_COURSE = frozenset("ход хода ходе ходом хід ходу ході".split())  # "в ходе / о ходе зачистки": under way
_OBLAST_ADJECTIVE = ("ську", "ська", "ської", "ській", "ський", "ского", "ской", "скую", "ская", "ском", "ському")
_LOCATED = ("расположенн", "розташован", "находящ")  # participles of lying somewhere, before the place they describe
_NEAR_WORDS = frozenset("""біля поблизу неподалік околиць околиці напрямку напрямі районі району возле вблизи
неподалеку окраин окраины направлении районе района под""".split())
_THIRD_PERSON_SUBJECTS = frozenset("он она они він вона вони".split())
_THIS = frozenset("""цей цього цьому цим ця цієї цій цю це этот этого этому этим этом эта этой эту это""".split())
_PART_CHAIN = 9  # words from a part's preposition to its town: "на улице Гагарина в северо-западном районе Нью-Йорка"
_PART_REACH = 4  # words between "на улице" and the place it is in: "к улице Гагарина в Нью-Йорке"
_COUNT_REACH = 4  # words between a trigger and its count: "освободила в этом году 81 населенный пункт"  # tokens between "У Соледарі" and "тривають найважчі бої"
# Genitive month names (a date before a place), and adjective endings no genitive noun has ("разбитую").
_MONTHS_GENITIVE = frozenset("""января февраля марта апреля мая июня июля августа сентября октября ноября декабря
січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня""".split())
_AGREEING_ADJECTIVE = ("ую", "юю", "ый", "ая", "яя")
_ADJECTIVE_ENDINGS = ("ий", "ій", "ої", "ого", "ому", "им", "ім", "ою", "не", "на", "ні", "ну", "ий", "ый", "ой", "ая",
                      "яя", "ое", "ее", "ые", "ие", "его", "ему", "ым", "ом", "ую", "юю", "ых", "их", "ими", "ыми")
_UKRAINIAN_STEMS = ("україн", "украин", "синьо-жовт", "жовто-блакит", "сине-желт", "желто-голуб")
_RUSSIAN_STEMS = ("російськ", "росії", "российск", "россии", "рф", "триколор")
# The noun of an action ("овладение", "звільнення", "взятие", "захват"), the only thing a fight is "for"
# that is a gain; "бои за оккупированную X" is a fight for a place said to be occupied.
_ACTION_NOUN = re.compile(r"(?:ни[еяюйи]|нн[яюі]|ти[еяю]|тт[яюі]|захват\w*|штурм\w*)$")
_ATTEMPT_REACH = 8  # "намагаючись безуспішно прорвати нашу оборону і захопити Соледар"
_PROSPECT_REACH = 5  # tokens after a taking's noun within which "можлива", "необходим" call it a prospect
_MODAL_REACH = 3  # tokens between a modal and the trigger it governs ("могут в ближайшее время захватить")
_IN = frozenset("в у во".split())
_AND = frozenset("і й та и а".split())
_AND_OR = _AND | frozenset("или либо чи або".split())
_AGAINST = frozenset("проти против".split())
# The words of a channel that names no one ("военкоры", "российские Telegram-каналы", "z-канал").
_ANONYMOUS_CHANNEL = frozenset("""военкор военный корреспондент российский канал телеграм-канал telegram-канал z-канал
милблогер пропагандист журналист воєнкор військовий кореспондент російський мілблогер z telegram""".split())
_TIMES_OF_DAY = frozenset("вечером утром ночью днем днём ввечері вранці вночі вдень".split())
# Words that open an aside between commas: ", как предполагается,", ", по всей видимости,", ", ймовірно,".
_ASIDE_OPENERS = frozenset("как по видимо вероятно возможно похоже якобы наверное як мабуть ймовірно можливо схоже нібито".split())
_BUT = frozenset("но однако а але проте".split())
_NOW = frozenset("сейчас теперь уже ныне зараз тепер вже наразі нині".split())
_PRESS_OFFICE = frozenset("""пресс службе службы пресс-службе пресс-службы пресс-центре пресс-центра центре прес службі
служби пресслужбі прес-службі пресцентрі прес-центрі центрі""".split())
_TROOPS = frozenset("боец военный военнослужащий штурмовик подразделение бієць військовий підрозділ".split())
_LOCATIVE_OPENERS = frozenset("к на далее до южнее севернее западнее восточнее від на далі південніше північніше".split())
_COMPASS = frozenset("""востоку западу югу северу восток запад юг север востоке западе юге севере сходу заходу півдню
півночі схід захід південь північ сході заході півдні""".split())
_THEY = frozenset("они вони".split())
_SHARES = frozenset("часть половина большинство процент частина половина більшість відсоток".split())
_WITH = frozenset("с со з із зі".split())
_FROM_WORDS = frozenset("від от".split())
_AGENT_AFTER_REACH = 8  # words from a trigger to its agent named after it
_AGENT_SIDE_WORDS = frozenset("боку стороны сторони".split())  # "з боку", "со стороны": on the part of  # "звільнили від окупантів село X"
_ACTIVE_PARTICIPLE = re.compile(r"(?:вши|вше|вша)(?:й|е|я|м|х|ми|го|му|ю|ся|еся|йся|хся|мся)?$")  # отступивших, покинувшие
_PREPOSITIONS = frozenset("у в до з із зі від під над біля за на по при про без для об ко к с со от из во".split())
_SETTLEMENT_NOUNS = frozenset("місто село селище пункт город поселок посёлок селение".split())
_PLURAL_SETTLEMENT_WORDS = frozenset("""сіл міст селищ пунктів містах селах селищах пунктах містами селами селищами
пунктами сел городов городах городами поселков поселках поселками пунктов пунктами сёл""".split())
_NOUN_BACK_SENTENCES = 2
_POINT = frozenset(("пункт",))
_COMPASS = frozenset("- северо юго північно південно".split())  # "северо-восточной" read as two words: its first half
# A part of a settlement named by its word behind a preposition ("у північній частині міста", "в центре города")
_PART_NOUNS = frozenset("частина часть центр околиця окраина квартал мікрорайон микрорайон".split())
# (not "район": "в районе города шли бои" is near the town, as "в районе X")
# Nouns whose undeclined owner (ВСУ, ЗСУ) after them is no subject: "вглубь обороны ВСУ", "позиции ВСУ"
_OWNING_NOUNS = frozenset("оборона позиция позиція линия лінія тыл тил рубеж контроль".split())
_INTERVIEW = ("интервью", "інтерв", "изданию", "виданню")
_MANAGED = frozenset("удалось удаётся удается вдалося вдалось вдається пришлось довелося довелось".split())
_PAST_ENDINGS = ("л", "ла", "ли", "в")  # "Заверил, что …", "Додала": not "Зазначимо" (the outlet's "let us note")
_OBJECT_PRONOUNS = frozenset("его её ее його її".split())  # (the place's; "своё" is the subject's)
_PLACE_PRONOUNS = _OBJECT_PRONOUNS | frozenset("он она оно він вона воно".split())
_EDGE_WORDS = frozenset("околиця окраина передмістя пригород".split())  # (a building's flag stands for the whole)
_POINT_SINGULAR = frozenset("пункт пункту пункта пунктом пункті пункте".split())
_SINGULAR_ADJECTIVE = ("ий", "ый", "ого", "ому", "им", "ім", "ым", "ом")
_INHABITED = frozenset(("населений", "населенный", "населённый"))  # "населений пункт": a settlement
_THERE = frozenset(("там",))  # ("тут", "здесь": as often the direction or area just named)  # sentences back in which a settlement word finds the one place named
_APPROXIMATELY = frozenset("понад близько приблизно майже орієнтовно щонайменше більше більш ніж свыше около примерно почти "
                           "порядка более больше не менее".split())
_DASHES = frozenset("- – — −".split())
_AT_MOST = frozenset("не лишь только всего до лише тільки всього".split())  # ("не более 40%", "лишь 40%")
_SHARE_OPENERS = _APPROXIMATELY | _AT_MOST  # words a share may follow
# How Ukrainian and Russian surnames end ("Цаплієнко", "Волошин", "Сирський", "Пушилин", "Гайдай" is missed)
_SURNAME_ENDINGS = ("енко", "ко", "юк", "ук", "чук", "ов", "ев", "єв", "ин", "ін", "ський", "цький", "ский", "цкий",
                    "ич", "іч", "ець", "ян")
# A verb's synthetic future ("намагатимуться", "спробують", "попытаются") and the future's auxiliary.
_FUTURE_ENDINGS = ("тимуться", "тиметься", "тимуть", "тиме", "спробують", "спробує", "попытаются", "попытается",
                   "постараются", "постарается")
_WILL = frozenset("будуть буде будут будет".split())
# Oblique forms of "який / который" that a preposition leads ("Сіверськ, з якого …").
_WHICH_OBLIQUE = frozenset("якого якої яких якому якій якім котрого которого которой которых котором которую".split())
# Prepositions behind which a place is a road's end or a neighbour, not what is held.
_FROM_OR_BY = frozenset("от из до к через вдоль возле около близ від з із вздовж біля поблизу".split())
# Counts of hundreds and thousands whose genitive noun is a subject ("Близько ста російських військових").
_HUNDREDS = frozenset("сто ста сотня сотні сотни сотен сотень тисяча тисячі тисяч тысяча тысячи тысяч десятки сотни".split())
_COUNT_WORDS = frozenset("""двумя тремя четырьмя пятью двома трьома чотирма п'ятьма один одного одне одну одного ще кілька декілька ряд низку низка багато десяток десятки кількох декількох
кількома декількома нескольких несколькими
несколько ряд ряда десяток десятки много два дві три чотири п'ять шість сім вісім дев'ять десять два три
четыре пять шесть семь восемь девять десять одинадцять одиннадцать двух трьох трех четырех пяти шести
п'яти семи восьми дев'яти десяти девяти""".split())
