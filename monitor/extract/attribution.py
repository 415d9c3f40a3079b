"""Who says so: speakers in a sentence and the stretch of text each one covers.

"X said that ..." covers what follows the verb; "..., X said." and "“...,” said X" cover
what precedes it (the speaker is the phrase after the last comma, the verb followed only by
adjuncts such as "on Sunday" or "in a statement"); "according to X" and "confirmed by X"
cover the whole sentence; a speaker in a parenthetical ("– said X –") covers its own clause
onwards. A pronoun ("he told", "it said") is the last speaker named before, else the subject
of the sentence just before ("Russia's Defence Ministry gave a briefing. It said ...").
"""

from __future__ import annotations

from monitor.extract import rules_re as re
from collections.abc import Callable
from functools import lru_cache
from dataclasses import dataclass, replace

from monitor.extract.actors import Speaker, classify_speaker, context_nationality
from monitor.extract.actors import lexicon as actor_lexicon
from monitor.gazetteer.wordlists import FIRST_NAMES
from monitor.extract.scan import WordStarts, automaton_of, caseless

SPEECH_VERBS = (r"said|says|say|told|tells|announced|announces|announcing|confirmed|confirms|confirming|claimed|"
                r"claims|claiming|reported|reports|reporting|admit|admitted|admits|admitting|acknowledged|acknowledges|"
                r"conceded|concedes|stated|states|wrote|writes|tweeted|posted|posts|suggested|suggests|added|adds|"
                r"noted|notes|insisted|insists|boasted|boasts|lamented|laments|lamenting|bemoaned|complained|complains|"
                r"complaining|declared|declares|denied|denies|denying|dismissed|"
                r"rejected|refuted|disputed|disputes|asserted|estimated|assessed|assesses|argued|called|published|listed|gave a list|marks|marked|marking|"
                r"indicated|indicating|showed|shows|saying|stating|writing|adding|announcement|statement|warned|warns|warning|"
                r"cited|citing|quoted|quoting|reads|hailed|hails|congratulated|congratulates|praised|celebrated|"
                r"ordered|orders|shouted|shouts|emphasized|emphasised|emphasizes|emphasises|stressed|stresses|explained|explains|"
                r"clarified|specified|remarked|reiterated|reiterates|underlined|underscored|pointed out|points out|"
                r"commented|comments|assured|affirmed|alleged|alleges|mentioned|mentions|informed|informs|recalled|recalls|"
                r"specifies|summed up|wrote on|posted on|recognized|recognised|recognizes|recognises|"
                # present plurals: "Ukraine's defence ministry and military confirm the liberation of X"
                r"confirm|announce|deny|insist|assess|acknowledge|concede|declare|claim|report|refute|refutes|reject|rejects|"
                r"dismisses|maintains that|maintained that|maintain that")
# "X shared a post on Telegram that said …", "the ministry issued a statement that …": the verb speaks only
# with its message named ("Russia and Ukraine shared a border" does not)
_MESSAGE_VERBS = (r"(?:shared|shares|issued|issues)(?=\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:post|"
                  r"statement|message|video|update|report|photos?|footage|map|images?|communiqu[eé])\b)"
                  # "Governor Hryhorov named the captured villages as A, B": naming places as what they are
                  r"|(?:named|names)(?=\s+(?:the|these|those|all)\s+(?:[\w-]+\s+){0,3}?(?:villages|settlements|towns|"
                  r"localities|places|cities)\s+as\b)"
                  # "Kyiv has questioned Russia's claims of capturing X": doubted aloud (not "questioned prisoners")
                  r"|question(?:ed|s|ing)?(?=\s+(?:(?:the|these|those|such|[\w-]+['’]s)\s+)?(?:[\w-]+\s+)?"
                  r"(?:claims?|reports?|statements?|assertions?|allegations?)\b)")
DENIAL_VERBS = frozenset("denied denies denying deny dismissed dismisses rejected rejects reject refuted refutes refute "
                         "disputed disputes dispute questioned questions questioning question".split())
# "…, per the MoD" / "per reports": as "according to" (not "per cent", "per day").
_PER = r"per(?=\s+(?:the\s+|(?-i:[A-Z])|reports?\b|sources?\b|officials?\b|local\b|military\b))"
_VERB = re.compile(rf"(?<![-\w])(?<!\ba )(?<!\ban )"
                   r"(?!(?<=\bthe )(?:claimed|reported|announced|alleged)\s+(?:capture|seizure|liberation|fall|occupation|takeover|"
                   r"encirclement|withdrawal|retreat|recapture)\b)"
                   rf"(?:according to|{_PER}|{SPEECH_VERBS}|{_MESSAGE_VERBS})\b",
                   re.IGNORECASE)  # ("following a reported Ukrainian withdrawal", "the claimed capture of X": adjectives)
SPEECH_VERB = _VERB  # a speech verb or "according to", for other modules
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are|be|being)\s+(?:\w+\s+)?$", re.IGNORECASE)
# ("was reported as captured by Ukrainian forces": the by-phrase is the capture's, not the report's)
_BY_AFTER = re.compile(r"^\s*(?:(?!(?:captured|seized|taken|liberated|occupied|retaken|recaptured|freed|controlled|held|"
                       r"abandoned|surrounded|encircled)\b)[\w,.]+\s+){0,5}?by\s+((?:(?!(?:before|after|that|which|who|in|on|at|when|as|while|and|"
                       r"but|since|suggests?)\b)[^\s,.;:()“”\"]+\s*){1,7})", re.IGNORECASE)
_NP_BOUNDARY = re.compile(r"[;:()—–]|[,.!?][”\"]|(?:\b(?:that|which|who|but|and|while|after|when|though|although|whereas|"
                          r"because)\b)", re.IGNORECASE)
_DASH_ASIDE = re.compile(r"\s[–—]\s[^–—]*?\s[–—]\s")
_ABBREVIATION = re.compile(r"\s*\([A-Z][\w.-]{0,11}\)")  # "the Ministry of Defense (MoD) said"
_NAME_AFTER = re.compile(r"\s+(?:(?:the|a|an)\s+\w|[A-ZА-ЯІЇЄҐ])")
_LEADING_PREPOSITION = re.compile(r"^(?:with|by|from|for|as|to)\s+", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:he|she|him|her|it|they|the (?:think tank|ministry|institute|agency|official|governor|"
                      r"spokesman|military|army|channel|report|statement|general staff|message|post|announcement|"
                      r"update|briefing|communiqu[eé]|telegram post|press release|summary|notice))$", re.IGNORECASE)
_QUOTE_END = re.compile(r"[,.!?]\s*[”\"]\s*,?\s*$|[”\"]\s*,\s*$")
# After a sentence-final speech verb only adjuncts may follow ("…, X said on Sunday in a statement").
_ADJUNCT_AFTER = re.compile(
    r"^\s*(?:(?:on|in|at|during|via|through|to|from|after|before|late|early|earlier|later|last|this|"
    r"yesterday|today|tonight|overnight|shortly|also|again|citing|without|while|when|as|adding|according|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan\w*|feb\w*|march|april|may|june|july|"
    r"aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*)\b[^:“”\"]*?)?[.!?]?\s*$", re.IGNORECASE)
# The links and the closing dash an embedded post ends with: no words of the sentence.
_LINKS = re.compile(r"(?:https?://|pic\.twitter\.com/)\S*|\s[—–]\s*$")
_CLAUSE_WORD = re.compile(r"\b(?:he|she|it|they|we|i|its|their|has|had|have|is|was|were|are|will|would|could|"
                          r"forces|troops)\b", re.IGNORECASE)
_THEIR_OWN = re.compile(r"\s*(?:his|her|its|their)\s+(?:own\s+)?(?:data|words|information|statements?|estimates?|"
                        r"sources|assessment|figures|reports?|account)\s*$", re.IGNORECASE)
_BARE_NAME = re.compile(r"^\s*(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,3}\s*$")
_TRAILING_VERBS = frozenset("""said says say told tell tells announced announces confirmed confirms claimed claims reported
reports admitted admits acknowledged conceded stated wrote writes tweeted posted added adds noted insisted declared
denied denies deny dismissed rejected asserted estimated assessed assesses warned warns cited quoted claim confirm report""".split())
# "denied Russian claims that …": the noun is what is denied, not a second speaker.
_DENIED_NOUN = re.compile(r"\b(?:denied|denies|denying|dismissed|dismissing|rejected|rejecting|refuted|questioned|questioning)\s+"
                          r"(?:as \w+\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# The noun a participle describes ("announced withdrawal", "claimed capture"), not a clause it opens.
_NOUN_AFTER_PARTICIPLE = re.compile(r"\s+(?!(?:that|on|in|by|to|at|from|for|with|as|it|this|the|a|an|its|their|his|her|"
                                    r"and|or|but|earlier|today|yesterday|late|last)\b)[a-z][a-z-]+\b")
_NOUN_VERBS = frozenset("claims reports statement announcement claim report".split())
_NOUN_BY = re.compile(r"\s+(?:made\s+)?by\s+(?P<np>[^,;:“”\"()]{3,80}?)\s+that\b", re.IGNORECASE)
_DETERMINED = re.compile(r"\b(?:the|a|an|previous|earlier|unconfirmed|media|these|those|such|some|recent|initial|"
                         r"first|latest|new|local|multiple|several|numerous|conflicting|other|confirming|its|their|his|"
                         r"her|our|this|[\w-]+['’]s?)\s+$",
                         re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    speaker: Speaker
    verb: str
    start: int  # the stretch of text the speaker covers
    end: int
    verb_start: int


def speech_verb_words() -> list[str]:
    """The first words of the speech verbs, whose starts `Speakers` asks for (see `_verb_automaton`)."""
    return ["according", "per", "shared", "shares", "issued", "issues", "named", "names",
            "question", "questioned", "questions", "questioning"] + \
        [v.split()[0] for v in SPEECH_VERBS.split("|")]


@lru_cache(maxsize=1)
def _verb_automaton():
    return automaton_of(speech_verb_words())


LOOKBACK_SENTENCES = 12
CONTINUATION_SENTENCES = 2  # how far back "In addition, …" finds the voice it goes on with
_CONTINUATION = re.compile(r"\s*(?:in addition|additionally|moreover|furthermore|besides|separately|it also|"
                           r"the (?:ministry|statement|report|general staff|command) also)\b", re.IGNORECASE)
_OPENING_QUOTES = frozenset('“«"„')
RECENT_SENTENCES = 4


class Speakers:
    """The speakers of an article's sentences, worked out only for sentences that need them.

    A pronoun ("he told", "it called") is the last speaker named in the sentences before,
    so a sentence's speakers may need its predecessors'; each is computed once.
    """

    def __init__(self, text: str, sentences: list[tuple[int, int]], lowered: str | None = None,
                 unquoted: str | None = None, verbs: WordStarts | None = None) -> None:
        """``verbs``: where the speech verbs' first words start (`speech_verb_words`), when the caller
        has found them; else they are found when a sentence first needs a speaker."""
        self._text = text
        self._unquoted = text if unquoted is None else unquoted  # (voices read past scare quotes)
        self._lowered = lowered
        self._verb_starts: WordStarts | None = verbs
        self._sentences = sentences
        self._cache: dict[int, list[Attribution]] = {}
        self._named_back: dict[int, Attribution | None] = {}
        self._quoted: list[Attribution] | None = None
        self.names: dict[str, Speaker] = {}  # surnames of the voices named so far ("Trehubov" after "Viktor Trehubov, …")

    def of(self, index: int) -> list[Attribution]:
        """The sentence's own speakers, then the speaker of a quotation it stands in (last); a
        sentence with neither that goes on with what was just said ("In addition, …") is the
        voice's of the sentence before (or the one before that)."""
        own = self._own(index)
        start, end = self._sentences[index]
        if any(a.start <= start and end <= a.end for a in own):
            return own
        quoted = [q for q in self._quotations(start, end) if q.start < end and start < q.end]
        if not own and not quoted and _CONTINUATION.match(self._text, start, end):
            voice = self.last_before(index, CONTINUATION_SENTENCES)
            if voice is not None:
                return [Attribution(voice, "said", start, end, start)]
        return own + quoted if quoted else own

    def _own(self, index: int) -> list[Attribution]:
        found = self._cache.get(index)
        if found is None:
            start, end = self._sentences[index]
            found = self._cache[index] = _attributions(self._unquoted, start, end, lambda: self.last_before(index),
                                                       lambda: self.last_before(index, RECENT_SENTENCES), self.names,
                                                       lambda: self._scan_before(index), self._verbs())
            if (named := self.named_back(index)) is not None:
                # "This was reported by the Main Directorate of Intelligence." covers nothing of its
                # own, but it is the voice a later "he said" or "the statement reads" refers to (read
                # whole: "by the head of the Main Department of the National Police in …, Name")
                found = sorted([a for a in found if a.verb_start != named.verb_start] + [named],
                               key=lambda a: a.verb_start)
                self._cache[index] = found
        return found

    def _verbs(self) -> WordStarts:
        """Where speech verbs start in the article, found once, when a sentence first needs a speaker."""
        if self._verb_starts is None:
            self._verb_starts = WordStarts(_verb_automaton(), self._text, self._lowered)
        return self._verb_starts

    def _scan_before(self, index: int) -> None:
        """Work out the voices of every sentence before, for the names they register."""
        for previous in range(index):
            self._own(previous)

    def _quotations(self, start: int, end: int) -> list[Attribution]:
        """The speakers of the quotations overlapping text[start:end], each worked out once."""
        if self._quoted is None:
            self._quoted = _source_labels(self._text) + _post_signatures(self._text) + _voiced_bullets(self._text)
            self._spans = _quotations(self._text) if _ANY_QUOTE.search(self._text) else []
            self._spoken: dict[tuple[int, int], Attribution | None] = {}
        for span in self._spans:
            if span[0] < end and start < span[1] and span not in self._spoken:
                self._spoken[span] = _quote_speaker(self._text, span[0], span[1], self)
        return self._quoted + [a for span, a in self._spoken.items() if a is not None and span[0] < end
                               and start < span[1]]

    def named_back(self, index: int) -> Attribution | None:
        """The voice sentence ``index`` gives the sentence before it ("This was announced by the
        General Staff"), worked out once for the claims and for this sentence's own voices."""
        if index not in self._named_back:
            self._named_back[index] = back_reference(self._text, *self._sentences[index])
        return self._named_back[index]

    def _quoted_at(self, start: int) -> bool:
        """Whether a sentence starting at ``start`` opens a quotation or lies inside one."""
        if self._text[start:start + 1] in _OPENING_QUOTES:
            return True
        if self._quoted is None:
            self._quotations(start, start)
        return any(a < start < b for a, b in self._spans)

    def index_at(self, position: int) -> int:
        lo, hi = 0, len(self._sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._sentences[mid][1] <= position:
                lo = mid + 1
            else:
                hi = mid
        return min(lo, len(self._sentences) - 1)

    def announcer(self, index: int) -> Attribution | None:
        """The voice a sentence before named back ("The General Staff announced this on Facebook"),
        if no sentence since has named a voice: a news agency's retelling goes on in that voice
        (the lead, "X announced this", then the announcement's content paragraph by paragraph),
        and the labelled reporting reads the paragraphs after it as X's."""
        for previous in range(index - 1, -1, -1):
            own = self._own(previous)
            if (named := self.named_back(previous)) is not None:
                return named
            if any(a.speaker.kind != "both" for a in own):
                return None
        return None

    def last_before(self, index: int, lookback: int = 0) -> Speaker | None:
        """The last voice named before sentence ``index`` (with ``lookback``: only a voice that
        spoke, within that many sentences; else also the subject of the sentence just before,
        for a pronoun: "Russia's Defence Ministry gave a briefing. It said …")."""
        for previous in range(index - 1, max(-1, index - 1 - (lookback or LOOKBACK_SENTENCES)), -1):
            named = [a.speaker for a in self._own(previous) if a.speaker.kind != "both"]
            if named:
                return named[-1]
            start = self._sentences[previous][0]
            if previous == index - 1 and not lookback and not self._quoted_at(start):
                # (a quotation's sentences have no subject that speaks: "“The Russian grouping is
                # surrounded. Every soldier who resists will be destroyed,” he said" is neither the
                # grouping nor the soldier speaking)
                subject = _subject_speaker(self._text, *self._sentences[previous])
                if subject is not None and not subject.guessed and subject.kind != "unnamed":
                    return subject  # (not "Officials spoke about X": no one in particular)
        return None


# "… . This was announced by the General Staff.", "The ministry reported this on Telegram.": a
# sentence that names the voice of the sentence before it (a denial names no voice of it: it is a
# claim of its own, see claims._denied_back).
_BACK_PASSIVE = re.compile(
    r"\W*(?:this|that|it|the (?:information|news|report))\s+(?:information\s+|news\s+)?(?:was|is|has been|had been)\s+"
    r"(?:also\s+|earlier\s+|officially\s+|first\s+)?(?P<verb>reported|announced|stated|confirmed|said|claimed|posted|"
    r"published|written|revealed|disclosed|shared)\b(?P<rest>[^.;!?]{0,160})", re.IGNORECASE)
_BACK_ACTIVE = re.compile(
    r"(?P<np>(?:[^.;:!?\"“”]|[\"“][^.;:!?\"“”]{1,30}[\"”]){2,140}?)\s+(?:also\s+|earlier\s+|officially\s+)?"
    r"(?P<verb>announced|reported|stated|said|"
    r"confirmed|wrote|posted|revealed|disclosed|shared|reports|announces|says|writes|told\s+about|spoke\s+about|"
    r"talked\s+about)\s+(?:this|it)"
    r"(?=\s*(?:[.,;]|$)|\s+(?:on|in|at|during|via|through|to|earlier|later|today|yesterday|late|early)\b)",
    re.IGNORECASE)
_BY_SPEAKER = re.compile(r"(?:[^.;!?]*?,)?\s*(?:by|(?:in|on)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:message|statement|"
                         r"post|report|update|summary|briefing)\s+(?:from|by|of))\s+(?P<np>[^.;!?()\"“”]{2,140})",
                         re.IGNORECASE)  # ("This is stated in a message from the General Staff on social networks")
# A word each of _BACK_ACTIVE's verbs holds (in lower case).
_BACK_VERB_WORDS = ("announc", "report", "stated", "said", "says", "confirmed", "wrote", "writes", "posted", "revealed",
                    "disclosed", "shared", "about this", "about it")


def _names_back_verb(sentence: str) -> bool:
    """Prefilter: _BACK_ACTIVE needs one of its verbs, which most sentences lack; trying it costs
    its noun phrase's every length at the sentence's start."""
    lowered = caseless(sentence)
    return any(word in lowered for word in _BACK_VERB_WORDS)


def back_reference(text: str, start: int, end: int) -> Attribution | None:
    """The voice a sentence gives the sentence before it: "This was announced by X", "X
    reported this on Telegram" (the attribution covers nothing of its own sentence)."""
    found = _BACK_PASSIVE.match(text, start, end)
    if found is not None:
        by = _BY_SPEAKER.match(found.group("rest"))
        phrase = by.group("np") if by else ""
        phrase = re.split(r",\s*(?:who|which|and|the list)\b|\s+(?:in|on|via|through)\s+(?:an?|its|his|her|their)\s+"
                          r"|\s+(?:on|in|via|through)\s+(?:social\s+(?:media|networks)|telegram|facebook|twitter)\b"
                          r"|\s+(?:on|in|at|during)\s+(?:the\s+)?"
                          r"(?:morning|evening|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                          r"\d)", phrase, maxsplit=1, flags=re.IGNORECASE)[0]
    else:
        found = _BACK_ACTIVE.match(text, start, end) if _names_back_verb(text[start:end]) else None
        phrase = noun_phrase(found.group("np")) if found else ""
    if not phrase:
        return None
    speaker = classify_speaker(phrase, text[max(0, start - 400):start])
    if speaker is None or speaker.kind == "unnamed" or speaker.guessed:
        return None
    return Attribution(speaker, found.group("verb").lower(), start, start, start + found.start("verb") - found.start())


# Quotations and who speaks them: "“A. B. C,” the ministry said." covers A, B and C; so do
# "The ministry said: “A. B.”" and a "Source: X" line before "Quote: “…”" paragraphs.
_OPEN_CLOSE = {"“": "”", "«": "»"}
# A short quoted phrase (three words at most, no punctuation) is a scare quote, not a quotation:
# 'Russian "war correspondents" claim', 'the "liberation" of X'.
_SCARE_QUOTES = re.compile(r"([“\"«])((?:[^\W\d_][\w'’-]*)(?:\s+[^\W\d_][\w'’-]*){0,2})([”\"»])")


def without_scare_quotes(text: str) -> str:
    """``text`` with the marks of short quoted phrases (three words at most) made spaces, so
    that offsets stay those of ``text``."""
    if not any(q in text for q in "“\"«"):
        return text
    return _SCARE_QUOTES.sub(lambda m: " " + m.group(2) + " ", text)

_SPEECH_WORDS = (r"said|says|say|told|tells|wrote|writes|added|adds|stated|states|announced|announces|declared|"
                 r"noted|notes|reported|reports|claimed|claims|insisted|explained|stressed|emphasi[sz]ed|"
                 r"summed up|continued|posted|tweeted|concluded|warned|confirmed|admitted|acknowledged|"
                 r"exclaims|exclaimed|reads|read|captioned|boasted|asserted|replied|answered|commented|comments|recalled|"
                 r"argued|suggested|specified|clarified|underlined|pointed out|went on|shouted|shouts|cried|"
                 r"yelled|chanted|detailed|called|urged|according to")
# A plural voice in the present after a quotation ("”, the journalists report"): only after a plural noun, since
# "report" is a noun too ("the ISW report").
_PLURAL_PRESENT = r"(?<=s )(?:report|write)"
_AFTER_QUOTE = re.compile(
    r"\s*[,.!?…]?\s*[”\"»]?\s*[,.]?\s*(?:[—–-]\s*)?"
    r"(?:(?P<verb1>" + _SPEECH_WORDS + r")\s+(?P<np1>[^,.;:“”\"]{2,120})"
    # ("…clearing operations” of Russian troops, she said": the quoted clause's last words, then the voice)
    r"|(?:[^,.;:“”\"\n]{1,60},\s*(?=(?:he|she|they|it)\s))?"
    r"(?P<np2>[^,.;:“”\"]{2,120}?)(?:\s*,\s*(?:which|who|an?|the)\b[^,.;:“”\"]{1,120},)?"  # "X, which operates …, posted"
    # ("”, DeepState, an organization closely aligned with the military …, wrote": an apposition too)
    r"\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(?P<verb2>" + _SPEECH_WORDS + "|" + _PLURAL_PRESENT + r")\b)",
    re.IGNORECASE)
_QUOTE_VERB = re.compile(r"\b(?:" + _SPEECH_WORDS + "|" + _PLURAL_PRESENT + r")\b", re.IGNORECASE)
_BEFORE_QUOTE = re.compile(
    r"(?P<np>[^,.;:“”\"\n]{2,150}?)\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(?P<verb>" + _SPEECH_WORDS +
    r")\b(?:\s+[^,.;:“”\"\n]{0,60}?)?\s*[:,]?\s*$"
    r"|(?:according to|quoting|citing|(?:quote|words|statement|message|post|comment)\s+(?:from|of|by))\s+"
    r"(?P<np3>[^,.;:“”\"\n]{2,120}?)\s*[:,]\s*$",
    re.IGNORECASE)
# A speech verb (or "according to", "quote from") near the end of the words before a quotation.
_LEAD_CUE = re.compile(r"(?:" + _SPEECH_WORDS + r"|quoting|citing|quote|words|statement|message|post|comment)"
                       r"\b[^.;“”\"\n]{0,62}$", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^[ \t]*Source\s*:\s*(?P<np>[^\n]{2,200})$", re.MULTILINE)
_QUOTE_LABEL = re.compile(r"^[ \t]*(?:Quote|Details)\s*:", re.MULTILINE)


_ANY_QUOTE = re.compile("[“«\"]")


def quotation_speakers(text: str, sentences: list[tuple[int, int]], speakers: "Speakers") -> list[Attribution]:
    """One attribution per quotation whose speaker is named at its end or its start."""
    found: list[Attribution] = []
    for open_at, close_at in _quotations(text):
        attribution = _quote_speaker(text, open_at, close_at, speakers)
        if attribution is not None:
            found.append(attribution)
    found += _source_labels(text)
    return found


def _quotations(text: str) -> list[tuple[int, int]]:
    """(opening, closing) positions of quotations: curly quotes paired across sentences, straight
    ones paired within a paragraph."""
    spans = []
    for opener, closer in _OPEN_CLOSE.items():
        position = 0
        while True:
            open_at = text.find(opener, position)
            if open_at < 0:
                break
            close_at = text.find(closer, open_at + 1)
            nested = text.find(opener, open_at + 1)
            if close_at < 0:
                break
            if 0 <= nested < close_at and text.find(closer, close_at + 1) >= 0 and close_at - open_at > 2000:
                position = nested
                continue
            if close_at - open_at <= 3000:
                spans.append((open_at, close_at))
            position = close_at + 1
    if '"' in text:
        for paragraph in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
            marks = [m.start() for m in re.finditer('"', paragraph.group(0))]
            for a, b in zip(marks[::2], marks[1::2]):
                spans.append((paragraph.start() + a, paragraph.start() + b))
            if len(marks) % 2 and marks[0] == 0:
                # a paragraph that opens a quotation it never closes (a quoted paragraph cut off, or closed in the
                # next one): quoted to its end
                spans.append((paragraph.start(), paragraph.end()))
    return sorted(spans)


def _quote_speaker(text: str, open_at: int, close_at: int, speakers: "Speakers") -> Attribution | None:
    if close_at - open_at < 25:
        return None  # a quoted word ("liberated"), not a quotation
    line_end = text.find("\n", close_at)
    line_end = len(text) if line_end < 0 else line_end
    after = _AFTER_QUOTE.match(text, close_at + 1, line_end) if _QUOTE_VERB.search(
        text, close_at + 1, min(line_end, close_at + 160)) else None
    phrase = verb = ""
    if after:
        phrase = after.group("np1") or after.group("np2") or ""
        verb = (after.group("verb1") or after.group("verb2") or "").lower()
        if after.group("np2") and len(phrase.split()) > 9:
            phrase = ""
    if not phrase:
        line_start = text.rfind("\n", 0, open_at) + 1
        lead = text[max(line_start, open_at - 200):open_at]
        before = _before_quote(lead) if _LEAD_CUE.search(lead[-90:]) else None
        if before:
            phrase = before.group("np") or before.group("np3") or ""
            verb = (before.group("verb") or "according to").lower()
            if before.group("np"):
                # "In the footage, a jubilant Ukrainian soldier, waving the flag, exclaims:": the chunk that names a voice
                chunks = [c for c in re.split(r"[,;]|\b(?:that|and then|while)\b", phrase) if c.strip()]
                phrase = next((c for c in reversed(chunks) if classify_speaker(noun_phrase(c)) is not None),
                              chunks[-1] if chunks else "")
    index = speakers.index_at(open_at)
    if not phrase.strip():
        return _paragraph_quote(text, open_at, close_at, line_end, index, speakers)

    def before_quote(lookback: int = 0) -> Speaker | None:
        """'he said' after a quotation: a voice named before the quotation opens (in its own
        sentence, 'Mr X said: “…'), never the subject of the quotation's first sentence ('“The
        Russian grouping is surrounded. …,” he said')."""
        own = [a.speaker for a in speakers._own(index) if a.verb_start < open_at and a.speaker.kind != "both"]
        return own[-1] if own else speakers.last_before(index, lookback)

    memory = _Memory(before_quote, lambda: before_quote(RECENT_SENTENCES), speakers.names)
    made = _make(phrase, text[text.rfind("\n", 0, open_at) + 1:open_at], memory, verb or "said", open_at,
                 close_at + 1, close_at)
    return made


def _before_quote(lead: str) -> re.Match[str] | None:
    """_BEFORE_QUOTE.search(lead) (``lead``: the words before a quotation on its line, no newline),
    tried only after the last mark a voice's words cannot hold. Between its start and the colon or
    comma that may close it, a match holds none of ``, . ; : “ ” "`` (nor a newline), so it starts
    after the last of them; tried from the line's start, each position would try each length of
    the noun phrase (150 characters): most of the time a quotation's speaker took."""
    body = lead.rstrip()
    if body.endswith((":", ",")):
        body = body[:-1]
    return _BEFORE_QUOTE.search(lead, max(body.rfind(mark) for mark in _NOT_IN_VOICE) + 1)


_NOT_IN_VOICE = (",", ".", ";", ":", "“", "”", '"')


_ONLY_CLOSING = re.compile(r"[\s,.!?…”\"»]*$")
PARAGRAPH_QUOTE_SENTENCES = 2  # how near the voice of a quoted paragraph must have spoken


def _paragraph_quote(text: str, open_at: int, close_at: int, line_end: int, index: int,
                     speakers: "Speakers") -> Attribution | None:
    """A paragraph that is one quotation and names no voice goes on with the voice of the
    paragraph before it (news prints "Konashenkov reported that …" and then his words as a
    paragraph of their own), if that voice spoke within the last sentences."""
    line_start = text.rfind("\n", 0, open_at) + 1
    lead = text[line_start:open_at].rstrip()
    if (lead and not lead.endswith((".", "!", "?"))) or not _ONLY_CLOSING.match(text, close_at + 1, line_end):
        return None  # (a quotation that opens a sentence after the voice's last words in its paragraph goes on too)
    voice = speakers.last_before(index, PARAGRAPH_QUOTE_SENTENCES)
    if voice is None or voice.kind == "unnamed":
        return None
    return Attribution(voice, "said", open_at, close_at + 1, open_at)


# A line that introduces bullets ("Operational information from the General Staff as of 6 pm:"), then the bullets.
_BULLETS_HEADER = re.compile(r"^[ \t]*(?P<np>[^\n:•]{3,160}):[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*[•▪●◦*–—-][ \t])", re.MULTILINE)
_BULLET_LINE = re.compile(r"[ \t]*[•▪●◦*–—-][ \t][^\n]*(?:\n|$)")


def _voiced_bullets(text: str) -> list[Attribution]:
    """'Operational information from the General Staff as of 6 pm:' and the bulleted lines after it:
    each bullet is the voice's, as a statement it introduces (not a headline ending in a colon, which
    names no voice)."""
    if "•" not in text and "\n-" not in text and "\n*" not in text and "▪" not in text:
        return []
    found = []
    for header in _BULLETS_HEADER.finditer(text):
        phrase = header.group("np").strip()
        source = re.search(r"\b(?:from|by)\s+(?P<voice>.+?)(?:\s+(?:as\s+of|on|at|for)\b.*)?$", phrase)
        speaker = (classify_speaker(source.group("voice")) if source else None) or classify_speaker(phrase)
        if speaker is None or speaker.guessed or speaker.kind in ("unnamed", "both"):
            continue  # ("Operational information from the General Staff as of 6 pm": the General Staff)
        end = position = header.end()
        while (line := _BULLET_LINE.match(text, position)) is not None or (
                text.startswith("\n", position) and _BULLET_LINE.match(text, position + 1)):
            if line is None:
                position += 1
                continue
            end = position = line.end()
        found.append(Attribution(speaker, "said", header.end(), end, header.start()))
    return found


def _source_labels(text: str) -> list[Attribution]:
    """'Source: Serhii Haidai, head of the Luhansk Oblast Military Administration' covers the
    "Quote:" and "Details:" paragraphs after it, up to the next "Source:"."""
    if "Source" not in text:
        return []
    found = []
    labels = list(_SOURCE_LINE.finditer(text))
    for n, label in enumerate(labels):
        speaker = classify_speaker(re.split(r"\s+(?:on|in|at|during)\s+", label.group("np"), maxsplit=1)[0])
        if speaker is None:
            continue
        stop = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        for paragraph in _QUOTE_LABEL.finditer(text, label.end(), stop):
            end = text.find("\n\n", paragraph.end())
            end = stop if end < 0 or end > stop else end
            end = _quote_runs_on(text, paragraph.end(), end, stop)
            end = _quoted_paragraphs_after(text, end, stop)
            found.append(Attribution(speaker, "said", paragraph.start(), end, paragraph.start()))
    return found


# An embedded post ends with its author's signature: "… pic.twitter.com/gGIIk9rNkG — Defense of
# Ukraine (@DefenceU) October 1, 2022".
_POST_SIGNATURE = re.compile(r"[ \t][—–][ \t]*(?P<name>[^—–()\n]{2,60}?)[ \t]*\(@\w{1,30}\)"
                             r"(?:[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4})?[ \t]*$", re.MULTILINE)


def _post_signatures(text: str) -> list[Attribution]:
    """An embedded post's signature speaks for the post: its paragraph up to the signature."""
    if "(@" not in text:
        return []
    found = []
    for signature in _POST_SIGNATURE.finditer(text):
        speaker = classify_speaker(signature.group("name").strip())
        if speaker is None or speaker.guessed or speaker.kind == "unnamed":
            continue
        start = text.rfind("\n", 0, signature.start()) + 1
        found.append(Attribution(speaker, "posted", start, signature.start(), signature.start()))
    return found


_QUOTED_PARAGRAPH = re.compile(r"\n\n[ \t]*[\"“][^\n]*[\"”][ \t]*(?=\n|$)")


def _quoted_paragraphs_after(text: str, end: int, stop: int) -> int:
    """'Quote: "…"' then '"Fighting is still going on in Rubizhne …"': paragraphs that are whole
    quotations, right after a "Quote:" paragraph, go on quoting the same source."""
    while (more := _QUOTED_PARAGRAPH.match(text, end)) is not None and more.end() <= stop:
        end = more.end()
    return end


def _quote_runs_on(text: str, start: int, end: int, stop: int) -> int:
    """Where a "Quote:" paragraph's quotation ends: a quotation opened in it and not closed
    there runs on through the paragraphs after it, up to its closing mark (within ``stop``)."""
    body = text[start:end]
    opened = body.count('"') % 2 == 1 or body.count("“") > body.count("”")
    if not opened:
        return end
    closing = [i for i in (text.find('"', end, stop), text.find("”", end, stop)) if i >= 0]
    if not closing:
        return end
    paragraph_end = text.find("\n\n", min(closing))
    return stop if paragraph_end < 0 or paragraph_end > stop else paragraph_end


# "Pokrovsk, Dimitrov Completely Surrounded - Putin", "… from the enemy. - noted General Syrskyi":
# a voice named after a dash at the end of a headline or a statement.
_DASH_SPEAKER = re.compile(r"\s[-–—]\s*(?:(?:said|says|noted|notes|stated|states|wrote|writes|added|adds|reported|reports|"
                           r"claims?|according to)\s+)?(?P<np>[^-–—.,;:!?\"“”]{2,80}?)\s*[.!]?\s*$", re.IGNORECASE)


# A voice after a dash is a name or a title: "Putin", "MOD", "General Staff", "General Syrskyi", "the ministry".
_NAME_LIKE = re.compile(r"(?:(?:the|noted|said)\s+)?(?:[A-Z][\w'’.-]*|of|the|and)(?:\s+(?:[A-Z][\w'’.-]*|of|the|and)){0,5}"
                        r"|(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)?(?:[a-z]+(?:\s+[a-z]+)?\s+)?(?:ministry|staff|command|military|army|"
                        r"spokesman|spokesperson|governor|mayor|intelligence|forces|service|administration|office|"
                        r"authorities|officials|police)")


def _dash_speaker(text: str, start: int, end: int, memory: "_Memory") -> Attribution | None:
    found = _DASH_SPEAKER.search(text, start, end)
    if found is None or found.start() - start < 15 or not _NAME_LIKE.fullmatch(found.group("np").strip()):
        return None  # "— Kyiv's most significant battlefield gain in weeks" names no voice
    made = _make(found.group("np"), text[max(0, start - 400):start], memory, "said", start, found.start(),
                 found.start())
    return made if made is not None and made.speaker.kind != "unnamed" else None


# "Governor: Russian troops seized most of Rubizhne", "ISW: …", "Haidai: …": a headline's voice
# before a colon. A short name or title only; "Ukraine war latest:", "Update:", "Kupiansk:" are no voice.
_COLON_SPEAKER = re.compile(r"[ \t]*(?P<np>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:#?[A-Z][\w'’.-]*|of|the|and|mayor|governor|"
                            r"spokes(?:man|woman|person)|head|chief|commander|minister|ministry)){0,4})\s*:\s+(?=\S)")
# (a post's hashtag may stand in the title: "Mayor of #Irpin Oleksandr Markushin: …")
_NOT_A_VOICE = re.compile(r"\b(?:latest|live|update|updates|news|breaking|war|video|photo|map|watch|read|opinion|"
                          r"analysis|explainer|day|timeline)\b", re.IGNORECASE)


def _colon_speaker(text: str, start: int, end: int, memory: "_Memory") -> Attribution | None:
    found = _COLON_SPEAKER.match(text, start, end)
    if found is None or _NOT_A_VOICE.search(found.group("np")):
        return None
    made = _make(found.group("np"), text[max(0, start - 400):start], memory, "said", found.end(), end, start)
    if made is None or made.speaker.guessed or made.speaker.generic or made.speaker.kind == "unnamed":
        return None
    return made


def _attributions(text: str, start: int, end: int, earlier: Callable[[], Speaker | None],
                  recent: Callable[[], Speaker | None] | None = None,
                  names: dict[str, Speaker] | None = None,
                  scan: Callable[[], None] | None = None, verbs: WordStarts | None = None) -> list[Attribution]:
    found: list[Attribution] = []
    memory = _Memory(earlier, recent, names, scan)
    tail = text[max(start, end - 90):end]  # (a negative start would slice from the text's end)
    dash = _dash_speaker(text, start, end, memory) if ("-" in tail or "–" in tail or "—" in tail) else None
    if dash is not None:
        found.append(dash)
        memory.set(dash.speaker)
    colon = _colon_speaker(text, start, end, memory) if ":" in text[start:start + 60] else None
    if colon is not None:
        found.append(colon)
        memory.set(colon.speaker)
    if verbs is None:
        found_verbs = list(_VERB.finditer(text, start, end))
    else:
        found_verbs = [v for position in verbs.between(start, end) if (v := _VERB.match(text, position, end))]
    for verb in found_verbs:
        if verb.group(0).lower() in _NOUN_VERBS and (by := _NOUN_BY.match(text, verb.end(), end)) is not None and \
                not _DENIED_NOUN.search(text, start, verb.start()):  # ("dismissed claims by Russia that …": a denial)
            # "earlier claims by Russian military correspondents that Russian forces left X": the by-phrase speaks
            attribution = _make(by.group("np"), text[start:verb.start()], memory, verb.group(0).lower(), by.end(), end,
                                verb.start())
            if attribution is not None:
                found.append(attribution)
            continue
        if verb.group(0).lower() in _NOUN_VERBS and (_DENIED_NOUN.search(text, start, verb.start())
                                                     or _DETERMINED.search(text, start, verb.start())):
            continue  # "confirming previous reports that …": a noun, no one's verb
        if verb.group(0).lower() == "announced" and _DETERMINED.search(text, start, verb.start()) and \
                _NOUN_AFTER_PARTICIPLE.match(text, verb.end(), end):
            continue  # "Kyiv hailed Russia's announced withdrawal from X": an adjective of the noun after it (not
            # "Russia's claimed fall of X", "the alleged capture": the claim is still Russia's, the capture alleged)
        attribution = _attribution(text, start, end, verb, verb.group(0).lower(), memory)
        if attribution is not None:
            found.append(attribution)
            if attribution.speaker.kind != "both":
                memory.set(attribution.speaker)
    return found


class _Memory:
    """The last speaker: one named earlier in this sentence, else in the sentences before."""

    def __init__(self, earlier: Callable[[], Speaker | None],
                 recent: Callable[[], Speaker | None] | None = None,
                 names: dict[str, Speaker] | None = None, scan: Callable[[], None] | None = None) -> None:
        self._earlier = earlier
        self._recent = recent
        self._here: Speaker | None = None
        self.names = names if names is not None else {}
        self._scan = scan

    def surname(self, word: str) -> Speaker | None:
        found = self.names.get(word)
        if found is None and self._scan is not None:
            self._scan()
            self._scan = None
            found = self.names.get(word)
        return found

    @property
    def recent(self) -> Speaker | None:
        """The last speaker of this sentence or the few before (for a generic title's side)."""
        return self._here or (self._recent() if self._recent else None)

    def set(self, speaker: Speaker) -> None:
        self._here = speaker

    @property
    def last(self) -> Speaker | None:
        return self._here or self._earlier()


# A title and a name and nothing else, then a stray comma before the verb (a translation's habit):
# "Mayor of the city of Bucha (Kyiv region) Anatoliy Fedoruk, announced …" is the subject.
_TITLED_NAME_COMMA = re.compile(r"\s*(?:(?-i:[A-Z])[\w'’.-]*|of|the|city|town|village|region|oblast|and)"
                                r"(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|of|the|city|town|village|region|oblast|and)){1,10}\s*,\s*")


# A name after "according to" (capitalised words, "the" before them): "the Daily Mail", "Bild", "Le Monde".
_NAMED_SOURCE = re.compile(r"(?:the\s+)?(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,3}", re.IGNORECASE)


def _attribution(text: str, start: int, end: int, verb: re.Match[str], word: str,
                 memory: _Memory) -> Attribution | None:
    before = text[start:verb.start()]
    context = before  # a generic title's nation is named in its own sentence, or it is the last voice's
    if word in ("according to", "per"):
        phrase, *rest = re.split(r"([,.;:])", text[verb.end():end], maxsplit=2)
        if _THEIR_OWN.match(phrase) and (memory.last is not None or rest):
            # "According to their data, …", "according to its own statements, Russia's army has …": the voice
            # named before, else the subject the clause after it names
            voice = memory.last or _subject_speaker(text, verb.end() + len(phrase) + 1, end)
            return Attribution(voice, word, start, end, verb.start()) if voice is not None else None
        if rest and rest[0] == "," and _BARE_NAME.match(rest[1]) and len(rest[1].split()) > 1:
            phrase += ", " + rest[1].strip()  # "according to the spokesman of the Eastern Group, Serhii Cherevatyi."
        made = _make(phrase, context, memory, word, start, end, verb.start())
        if made is None and _NAMED_SOURCE.fullmatch(phrase.strip()) and phrase.split()[0].lower() not in FIRST_NAMES:
            titled = re.match(r"\s*(?:a|an|the)\s+[^,;:.]{3,80}", rest[1]) if rest and rest[0] == "," else None
            if titled is not None:
                # "According to Nazarii Kishak, a commander in Ukraine's 72nd Brigade, …": the title says whose
                title = classify_speaker(titled.group(), context)
                return Attribution(Speaker(phrase.strip(), title.side, title.kind), word, start, end, verb.start()) \
                    if title is not None and not title.guessed else None
            # "According to the Daily Mail, …": a named source no list knows is still a voice, and no side's
            return Attribution(Speaker(phrase.strip(), "third_party", "media"), word, start, end, verb.start())
        return made
    by = _BY_AFTER.match(text[verb.end():end])
    if by and (_PASSIVE_BEFORE.search(before) or (word.endswith("ed") and re.match(r"\s+by\b", text[verb.end():end]))):
        # "… was confirmed by X", and in a headline "Liberation of X confirmed by Ukraine Defense Ministry"
        return _make(by.group(1), context, memory, word, start, end, verb.start())
    if _PASSIVE_BEFORE.search(before):
        return None  # "it was confirmed that": no one named
    if word in ("saying", "stating", "writing", "adding", "indicating", "confirming", "announcing", "claiming",
                "reporting", "denying", "citing") and before.rstrip().endswith(","):
        # ", confirming previous reports that …": the participle shares its clause's voice
        speaker = _last_known(before, context)
        return Attribution(speaker, word, verb.start(), end, verb.start()) if speaker else None
    if word in ("saying", "stating", "writing", "adding", "indicating"):
        speaker = _last_known(before, context)
        return Attribution(speaker, word, verb.start(), end, verb.start()) if speaker else None
    if word.endswith("ing") and not before.rstrip().endswith(","):
        # "coincided with Ukraine's military chief announcing the withdrawal": the phrase right before
        np = _NP_BEFORE_ING.search(before)
        if np is not None:
            return _make(np.group(1), context, memory, word, verb.start(), end, verb.start())
    rest = text[verb.end():end]
    if _QUOTE_END.search(before) or (before.rstrip().endswith(",") and (_NAME_AFTER.match(rest) or (word not in ("told", "tells") and _bare_title_after(rest)))
                                     and not word.endswith("ing")
                                     and not re.search(r"\bthat\b|[“\"]", rest)
                                     and not _TITLED_NAME_COMMA.fullmatch(re.sub(r"\([^()]*\)", " ", before))
                                     and not _title_then_name(before)):
        # (", confirming the withdrawal of Russian forces": what a participle is followed by is what is said)
        # Post-posed: "“…,” said X." or "…, said X, the spokesman."
        after = re.split(r"[,.;:]", rest, maxsplit=1)[0]
        post = _make(after, context, memory, word, start, verb.start(), verb.start()) if after.strip() else None
        if post is not None and post.speaker.guessed and post.speaker.generic and not _QUOTE_END.search(before):
            post = None  # "Lykhovii, spokesman for the Tavria group, said the troops hold X": no voice after "said"
        if post is not None or _QUOTE_END.search(before):
            return post
        # else "The head of the separatists, Denis Pushilin, said the situation …": a subject with an apposition
    trailing = _trailing(text, start, verb, word, before, rest, context, memory)
    if trailing is not None:
        return trailing
    relative = _RELATIVE_ASIDE.search(before)
    if relative is not None:
        # "Moscow, which refers to Pokrovsk as Krasnoarmeysk, claims …", "DeepState, which uses open sources, said":
        # the subject before the relative clause speaks
        before = before[:relative.start()] + " "
    phrase = _phrase_before(_ABBREVIATION.sub("", _DASH_ASIDE.sub(" ", before)))
    if not phrase.strip() and re.search(r"\band\s*$", before):
        # "X had to admit … and announced that": the subject of the first verb.
        phrase = _phrase_before(before[: before.rfind("and")])
    in_parenthetical = _inside_dashes(before)
    if in_parenthetical is not None:
        clause_start = start + max(before.rfind(",", 0, in_parenthetical), before.rfind(":", 0, in_parenthetical), 0)
        return _make(phrase, context, memory, word, clause_start, end, verb.start())
    if _ends_with_quote_then_phrase(before):
        return _make(phrase, context, memory, word, start, verb.start(), verb.start())
    return _make(phrase, context, memory, word, verb.start(), end, verb.start())


_TITLE_COMMA_NAME = re.compile(r"^\s*(?P<title>(?:the\s+)?[^,.;:“”\"]{2,80}),\s*(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}"
                               r"\s*,\s*$", re.IGNORECASE)


def _bare_title_after(rest: str) -> bool:
    """"…, says mayor": a headline's bare title after the verb, ending it, names the voice."""
    words = rest.strip().rstrip(".!").split()
    if not 1 <= len(words) <= 4 or not words[0][:1].islower():
        return False
    title = classify_speaker(" ".join(words))
    return title is not None and not title.guessed


def _title_then_name(before: str) -> bool:
    """"The Russian defence minister, Sergei Shoigu, said …": a title, then the name in apposition, is the
    subject of the verb after them (not "Russian troops took X, said Y": a clause, then the voice)."""
    found = _TITLE_COMMA_NAME.match(before)
    if found is None:
        return False
    title = classify_speaker(found.group("title"))
    return title is not None and not title.guessed


_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\s+(?!said|says|told|claimed|reported|announced)[^;:“”\"]{3,160},\s*$",
                             re.IGNORECASE)


def _trailing(text: str, start: int, verb: re.Match[str], word: str, before: str, rest: str, context: str,
              memory: _Memory) -> Attribution | None:
    """'Russian forces took X, the Russian Defence Ministry said on Sunday.': the phrase after
    the last comma (or the last two, for 'the head of …, Name,') speaks for what precedes it."""
    if word not in _TRAILING_VERBS or "," not in before:
        return None
    head = _LINKS.sub(" ", rest.split(",", 1)[0])  # "…, Marochko said on Saturday.https://t.co/… pic.twitter.com/… —"
    if re.match(r"[^:“”\"]{0,60}?[,:]\s*[“\"]|\s*[:“”\"]", rest) or re.search(r"\bthat\b", head, re.IGNORECASE):
        return None  # what follows the verb is what is said: "he told TV, “It's ours.”"
    # "…, X said early Saturday he had decided to withdraw": a clause follows; a long tail of adjuncts is
    # still only adjuncts ("… reported on Thursday during a briefing with President Vladimir Putin at a
    # military command center")
    if len(head.split()) > 16 or _CLAUSE_WORD.search(head) or (len(head.split()) > 8 and not _ADJUNCT_AFTER.match(head)):
        return None
    if word not in ("told", "tells") and not _ADJUNCT_AFTER.match(head):
        return None
    chunks = before.rstrip().rstrip(",").split(",")
    for taken in (1, 2):
        if len(chunks) <= taken or (taken == 2 and not _BARE_NAME.match(chunks[-1])):
            break  # two chunks only for "the head of …, Vitaliy Barabash, said"
        if _LEAD_ADVERBIAL.fullmatch(",".join(chunks[:-taken]).strip() + ","):
            break  # "On November 4, the DeepState project reported on …": a fronted time, not what was said
        phrase = re.sub(r"[“”\"](?=\w)|(?<=\w)[“”\"]", "", ",".join(chunks[-taken:]))  # 'the “Khortytsia” group'
        words = phrase.split()
        if not words or len(words) > 14 or re.search(r"[;:“”\"()]", phrase):
            break
        found = _make(phrase, context, memory, word, start, start + len(",".join(chunks[:-taken])), verb.start())
        if found is not None:
            return found
    return None


def _subject_speaker(text: str, start: int, end: int) -> Speaker | None:
    """The subject of a sentence, when it names a voice: 'Russia's Defence Ministry gave …',
    or a name with its title in apposition: 'Vitaly Ganchev, the Russian-appointed head of …,'."""
    parts = re.split(r"[,;:(]", text[start:end], maxsplit=2)
    opening = parts[0].split()[:5]
    if not opening:
        return None
    found = classify_speaker(" ".join(opening))
    if found is None and len(parts) > 2 and len(opening) <= 3:
        found = classify_speaker(" ".join(opening + parts[1].split()[:12]))
        return found
    return _subject_only(found) if found is not None else None


_PREDICATE_START = re.compile(r"\s+(?-i:[a-z])")


def _subject_only(speaker: Speaker) -> Speaker:
    """The voice's words without the predicate the sentence's first words run into ("Russian
    troops approached Selydove last" names "Russian troops")."""
    name = speaker.name
    ends = [m.end() for entry in actor_lexicon() if (m := entry.pattern.search(name))]
    if not ends:
        return speaker
    cut = _PREDICATE_START.search(name, max(ends))
    return replace(speaker, name=name[:cut.start()]) if cut else speaker


def _make(phrase: str, context: str, memory: _Memory, verb: str, start: int, end: int,
          verb_start: int) -> Attribution | None:
    name = _LEADING_NATION.sub("", noun_phrase(phrase))  # "…between Russia and Ukraine, the … group, Wagner"
    last_chunk = _LEADING_PREPOSITION.sub("", name.rsplit(",", 1)[-1].strip())
    if _PRONOUN.match(last_chunk):
        name = last_chunk
    speaker = memory.last if _PRONOUN.match(name) else None
    if speaker is None and _MEDIA_BACK.fullmatch(name) and memory.last is not None and \
            _MEDIA_NAME.search(memory.last.name):
        speaker = memory.last  # "the journalists report" after "According to the Russian news agency Anna News"
    if speaker is not None and name.lower().startswith("the ") and name.split()[-1].lower() not in speaker.name.lower():
        # "the army said" after "Russia claimed": a title names its own kind of voice, not any earlier one
        titled = classify_speaker(name, context)
        if titled is not None and not titled.guessed and titled.kind != speaker.kind:
            speaker = titled
    if speaker is None:  # "the governor said" with no governor named before: the title itself
        speaker = classify_speaker(name, context)
        chunks = [c for c in name.split(",") if c.strip() and not _TIME_CHUNK.fullmatch(c.strip())]
        if (speaker is None or speaker.guessed) and len(chunks) > 1:
            speaker = classify_speaker(chunks[-1], context) or speaker
        if speaker is not None and speaker.guessed:
            # "the defence ministry said", no nation named in its sentence: the side of the voice just
            # quoted (a nation merely named sentences before, "Russian troops" fleeing in a piece about
            # Ukrainian marines, does not decide it)
            recent = memory.recent
            if recent is not None and recent.side in ("ukraine", "russia") and recent.name != speaker.name:
                speaker = Speaker(speaker.name, recent.side, speaker.kind, generic=True)
    if speaker is None:
        # "Trehubov denied this claim": a surname of a voice named before with its title
        words = _CAPITALISED.findall(name)
        speaker = memory.surname(words[-1].lower()) if words and len(name.split()) <= 4 else None
        person = name.rsplit(",", 1)[-1].strip()  # ("Speaking on television, Nazar Voloshin")
        if speaker is None and (_PERSON.match(person) and person.split()[0].lower() in FIRST_NAMES
                                or (_SURNAME.fullmatch(person) and person.lower() not in _NOT_SURNAMES)):
            # "Nazar Voloshin emphasized that …": a person, named bare; whose voice only the text
            # around tells (the nation in the sentence, else the voice just quoted), else unknown
            side = context_nationality(context) or (memory.recent.side if memory.recent is not None else None)
            speaker = Speaker(person, side if side in ("ukraine", "russia") else "third_party", "person",
                              guessed=side not in ("ukraine", "russia"), generic=True)
            memory.names.setdefault(words[-1].lower(), speaker)
    elif not speaker.guessed:
        for word in _CAPITALISED.findall(name):
            if word.lower() not in _NOT_SURNAMES:
                memory.names.setdefault(word.lower(), speaker)
    if speaker is None:
        return None
    if speaker.kind == "channel" and speaker.generic and _MEDIA_ARTIFACT.fullmatch(_ARTICLE.sub("", name)):
        return None  # "the video clearly shows …", "footage shows …": evidence the outlet reports, nobody's voice
    return Attribution(speaker, verb, start, end, verb_start)


# A medium named back by its kind ("the journalists", "the agency", "the publication"), and the words that
# tell a voice named before is a medium of that kind.
_MEDIA_BACK = re.compile(r"the\s+(?:news\s+)?(?:journalists?|publication|agency|outlet|newspaper|paper|correspondents?|"
                         r"reporters?|editors?|channel|media\s+outlet)", re.IGNORECASE)
_MEDIA_NAME = re.compile(r"\b(?:news|agency|publication|newspaper|channel|outlet|media|journalists?|correspondents?|"
                         r"reporters?|tv|television)\b", re.IGNORECASE)
_MEDIA_ARTIFACT = re.compile(r"(?:(?:new|latest|today['’]s|the\s+latest|recent)\s+)?(?:footage|videos?|photos?|images|"
                             r"imagery|pictures?)", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an|this|that|these|those)\s+", re.IGNORECASE)
# A bare surname of the region's forms ("Kuzovlev claimed", "Hnatov said"): a person speaking
_SURNAME = re.compile(r"(?-i:[A-Z][a-z'’]+(?:ov|ev|yov|in|yn|ko|enko|uk|iuk|yuk|chuk|sky|skyi|skiy|skaya|ska|ova|eva|"
                      r"ina|yna|ych|ich|ets|iak|yak))")


def slavic_person(name: str) -> bool:
    """A person named with a Ukrainian or Russian surname ("Kuzovlev", "Nazar Voloshin"): with no side told,
    a voice of one of the two sides, likelier the side whose gains they report than a third party."""
    words = name.split()
    return bool(words) and _SURNAME.fullmatch(words[-1]) is not None


_PERSON = re.compile(r"^(?-i:[A-Z][a-z'’]+)(?:\s+(?-i:[A-Z][a-z'’-]+)){1,2}$")  # "Nazar Voloshin"
_TIME_CHUNK = re.compile(r"(?:(?:on|in|at|late|early|last|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
                         r"saturday|sunday|the morning|the evening|yesterday|today)(?:\s*\([^)]*\))?"
                         r"|(?:on\s+)?\d{1,2}\s+\w+|(?:on\s+)?\w+\s+\d{1,2}(?:,\s*\d{4})?", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]{2,}")
_NOT_SURNAMES = frozenset("""ukrainian ukraine russian russia russia's ukraine's ministry defense defence general staff
armed forces military president deputy minister spokesman spokesperson spokeswoman head chief commander governor mayor
the national guard regional oblast administration security service foreign moscow kyiv kremlin army group grouping
operational command forces troops colonel brigade battalion corps united states state department institute study war
telegram facebook twitter channel news agency press office center centre south north east west eastern southern
northern western central joint""".split())


_LEADING_NATION = re.compile(r"^(?:Ukraine|Russia|Kyiv|Moscow)\s*,\s*(?=\S.*\S)")
# A speaker is a noun phrase: no leading discourse adverbs or time phrases ("Finally, …", "On the
# evening of October 1, …"), no trailing verbs or clauses ("… had to admit the bad experience").
_LEAD_ADVERBIAL = re.compile(
    r"^(?:(?:(?:finally|however|meanwhile|later(?: on)?|earlier|also|additionally|furthermore|moreover|then|yesterday|"
    r"today|previously|separately|in turn|in addition|at the same time|on the other hand|shortly(?: after(?:wards)?)?|"
    r"soon after(?:wards)?|a (?:little|bit) (?:later|earlier))"
    # "Earlier on Saturday morning, the ministry said": the adverb and its time
    r"(?:\s+(?:on|in|at|this|last|that|same|during)\b[^,]{1,40})?|(?:a|an|a few|several|some|two|three|\w+) (?:hours?|days?|minutes?|weeks?|months?|moments?) "
    r"(?:later|earlier|ago)|in (?:a|his|her|its|their) "
    r"[\w\s]{1,30}|(?:on|in|at|during|after|before|by|since|as of|following|until|amid)\s+[^,]{1,60}|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)[^,]{0,30}|\d[^,]{0,30}|"
    # a fronted participle phrase: "Taking to Twitter, X wrote", "Speaking on television, X said"
    r"(?!according\b)[a-z]+ing\s+(?:to|on|at|in|with|about|from|via|during|after)\b[^,]{0,60})\s*,\s*)+",
    re.IGNORECASE)
_TRAILING_VERB = re.compile(
    r"\s+(?:(?:has|had|have|was|were|is|are|will|would|could|can|did|does|do|also|additionally|further|later|"
    r"reportedly|previously|earlier|again|then|already|officially|publicly|separately|first|once more|still|"
    r"continues?|continued|keeps?|kept)\b"  # ("Russia continues to claim …", "Ukraine still claims …": Russia, Ukraine)
    r"|\w+ly\b|(?:on|in)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the morning|the evening)\b"
    r"|(?:who|which|that)\b|to\s+\w+).*$", re.IGNORECASE)
_TRAILING_KEEP = re.compile(r"\b(?:family|italy|july|ally|rally|assembly|military)$", re.IGNORECASE)


def noun_phrase(phrase: str) -> str:
    """The speaker's noun phrase out of the words before (or after) a speech verb."""
    name = " ".join(phrase.strip(" ,.;:\"'“”‘’()-–—•").split())
    name = _LEAD_ADVERBIAL.sub("", name)
    cut = _TRAILING_VERB.search(name)
    while cut is not None and cut.start() > 0:
        word = name[cut.start():].split()[0]
        if _TRAILING_KEEP.search(word):
            cut = _TRAILING_VERB.search(name, cut.start() + 1 + len(word))
            continue
        name = name[:cut.start()]
        break
    return name.strip(" ,.;:\"'“”‘’()-–—") or phrase.strip(" ,.;:\"'“”‘’()")


_NP_BEFORE_ING = re.compile(r"(?:^|\b(?:with|as|after|while|by|and|amid|despite|following|of|from|for)\s+)"
                            r"((?:[\w'’.-]+\s+){1,6}?)$", re.IGNORECASE)


def _phrase_before(before: str) -> str:
    before = re.sub(r"\([^()]{0,120}\)", lambda m: " " * len(m.group(0)), before)  # "Wagner, on Tuesday (January 10)"
    cut = 0
    for boundary in _NP_BOUNDARY.finditer(before):
        cut = boundary.end()
    return before[cut:]


def _inside_dashes(before: str) -> int | None:
    """Where an open dash parenthetical starts, if the verb sits inside one."""
    for dash in ("–", "—", " - "):
        position = before.rfind(dash)
        if position >= 0 and before.count(dash) % 2 == 1:
            return position
    return None


def _ends_with_quote_then_phrase(before: str) -> bool:
    """“…,” it said — the phrase between the closing quote and the verb is the speaker."""
    return bool(re.search(r"[,.!?][”\"]\s*[\w\s'’.-]{1,60}$", before))


_SAID_AND_AFTER = re.compile(r"\s+(?:said|says|told|announced|stated|wrote|noted|claimed|reported)\b.*$", re.IGNORECASE)


def _last_known(before: str, context: str) -> Speaker | None:
    """The voice a participle (", adding", ", citing") shares: the last chunk before it that names
    one. A chunk that is a speech verb and its voice after it is where the voice is, named or not:
    the chunks before it are what was said ("X took Y, reported the Post, citing sources")."""
    for chunk in reversed(re.split(r"[,;:()]", before)):
        said = _SAID_AND_AFTER.search(chunk)
        subject = chunk[:said.start()] if said else chunk  # "Mr. Cherevatyi said it during the telethon, adding"
        speaker = classify_speaker(subject, context)
        if speaker is not None:
            return speaker
        if said is not None and not subject.strip():  # ", reported the Kyiv Independent, citing": the voice is after
            return classify_speaker(re.sub(r"^\s*\w+\s+", "", said.group(0)), context)
    return None
