"""Reading control claims from an article: places, triggers, actors, speakers, certainty.

A pure function of the text (plus the outlet's affiliation and publication date). For
each sentence: find the settlements, the control triggers and the places each trigger
speaks of; decide whose control that means (the actor, never the verb alone); who says
so; and how sure they are. See the evaluation README for the vocabulary.
"""

from __future__ import annotations

import hashlib
from monitor.extract import rules_re as re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from functools import lru_cache

import ahocorasick

from monitor.domain.claims import Claim
from monitor.gazetteer import fold_text, load_gazetteer, name_key
from monitor.extract.actors import (ACTOR_WORDS, ActorMention, Speaker, actor_mentions, classify_speaker,
                                    last_nationality, nationality, oblique, opposite)
from monitor.extract.scan import WordStarts, automaton_of, caseless, lower_same_length, opens_word
from monitor.extract.attribution import (DENIAL_VERBS, SPEECH_VERB, SPEECH_VERBS, Attribution, Speakers, slavic_person, speech_verb_words,
                                         without_scare_quotes)
from monitor.extract.perspective import perspective
from monitor.extract.cyrillic import ArticleState, perspective_of, quotations, read_sentence
from monitor.extract.drafts import Draft as _Draft
from monitor.extract.language import cyrillic_default, letters_language
from monitor.extract.lexicon import Lexicon, Token, lexicon
from monitor.extract.forwarded import forwarded_voice
from monitor.extract.factuality import (WOULD_AFTER, foretold, believed, clause_scope, denial_frame, denies, hedged, historical, modality,
                                        negated, no_longer_holds, not_yet)
from monitor.extract.guards import civilians_leave, civilians_raise_flag, near_forces, near_troops
from monitor.extract.linking import COUNTED, FLAG_RULES, Link, kind_fits, link_triggers, named_list
from monitor.extract.naming import likeliest_place, reported_name
from monitor.extract.places import PlaceMention, find_places, unmix_scripts
from monitor.extract.scenes import flag_scene_links
from monitor.extract.sentences import split_sentences
from monitor.extract.triggers import (PRESENCE_FORCES, PRESENCE_RULES, SPEAKER_LOSES, HintScan, Trigger, find_triggers,
                                      hint_words)

# Words that end the clause in which a trigger's subject is looked for.
_CLAUSE_BREAK = re.compile(r"[;:—–()“”\"]|,\s+(?:and|but|while|as)\b|\b(?:but|while|whereas|although|though|after|"
                           r"before|since|when|that|which|as)\b", re.IGNORECASE)
# "liberated by X", "fell to X", "taken back on Sunday by X"; not "confirmed by X" (a speaker).
_BY_ACTOR = re.compile(r"\s*[\"”’]?\s*,?\s*(?:(?!(?:confirmed|announced|reported|claimed|denied|verified|said|acknowledged|"
                       r"admitted|described|called|seen|welcomed|occupied|held|controlled|captured|seized|taken|"
                       r"under|amid|amidst|despite|strikes|fire|pressure|shelling|bombardment|attacks)\b)"
                       r"(?:[\w'’-]+|&)\s+){0,3}?(?:by|to)\s+", re.IGNORECASE)  # ("X, previously occupied by …": X's past;
# "fleeing from Lyman under strikes by the AFU": the strikes', not the flight's)
# "Reuters could not independently verify the report": the previous sentence's claims are hedged.
_UNVERIFIED_NEXT = re.compile(r"\b(?:could not|couldn['’]t|cannot|can['’]t|was unable to|were unable to|"
                              r"has not been able to|have not been able to|did not|was not able to)\s+(?:be\s+)?(?:immediately\s+)?"
                              r"(?:independently\s+)?(?:verif\w+|confirm\w*)\b", re.IGNORECASE)
_INHERIT = re.compile(r"\b(?:similar|such|same|other)\s+(?:[\w-]+\s+){0,3}?reports?\b[^.]{0,80}?\binclud\w*\b|"
                      r"\breports?\s+(?:also\s+)?"  # (not "At the same time, … reports of progress, including …")
                      r"(?:include|included|mention|mentioned)\b", re.IGNORECASE)
_LOW_CONFIDENCE_SPEAKERS = frozenset({"channel"})
# A blogger or war correspondent the outlet names as a person ("Russian pro-war blogger Semyon Pegov", "Sasha Kots")
# is a voice the claim is attributed to, as an official's; channels are the eval README's "anonymous channels", hedged
# by their nature, whether branded ("Rybar", "Grey Zone", "Readovka") or not ("Russian milbloggers", "local Telegram
# channels"), and so is content passed round ("a video circulating on social media", "footage", a bare post link).
_ANONYMOUS_CONTENT = re.compile(r"\b(?:videos?|footage|photos?|images?|pictures?|social\s+media|users|circulat\w*|"
                                r"rumou?rs?|anonymous|unverified)\b|//|\.com/", re.IGNORECASE)
_NAMED_PERSON = re.compile(r"\b(?:pegov|kots|sladkov|poddubny|podolyak[ai]?|kotenok|shariy|girkin|strelkov)\b|"
                           r"\b(?:blogger|correspondent|journalist|commentator|reporter)\s*,?\s+(?-i:[A-Z])[\w'’-]+\s+"
                           r"(?-i:[A-Z])[\w'’-]+", re.IGNORECASE)


def _low_confidence(speaker: Speaker) -> bool:
    return speaker.kind in _LOW_CONFIDENCE_SPEAKERS and (
        bool(_ANONYMOUS_CONTENT.search(speaker.name)) or not _NAMED_PERSON.search(speaker.name))
_COUNT_NOUN = re.compile(r"\b(?:villages|settlements|towns|localities|communities|hamlets)\b", re.IGNORECASE)
_NAMING = re.compile(r"\b(?:named|listed|identified)\b(?:\s+(?:the|them|these|those|villages|settlements|towns|"
                     r"localities|as|two|three|four|five|six|seven|eight|nine|ten|\d+|captured|liberated|taken|seized))*|\b(?:they|these|those|among them|the (?:villages|settlements|towns|localities)|"
                     r"the (?:largest|biggest|main|most important) of (?:them|these|which))\s+(?:are|were|"
                     r"include|included)\b|"
                     # "… liberated 30 settlements. Among them, the city of A and the village of B."
                     r"\b(?:among them|in particular|namely|notably)\s*[,:—–-]|"
                     # "the villages that have been recaptured including A, B": the participle's list
                     r"\bthe (?:villages|settlements|towns|localities) (?:that|which) (?:have|had) been [\w-]+ "
                     r"(?:include|included|including|are|were)\b", re.IGNORECASE)


def extract_claims(text: str, *, doc: str = "", published: datetime | None = None,
                   affiliation: str | None = None) -> list[Claim]:
    """Every control claim in ``text``, in document order."""
    voice = forwarded_voice(text)
    if voice is not None and voice[0].side in ("ukraine", "russia"):
        # a forward's words are its origin's, whoever forwards them: read from the origin's side
        # ("наши", "освобожден" with no actor named)
        affiliation = voice[0].side
    # (_in_russia looks for a Russian place on a mention's line: where the text names none, no line does)
    russian_side = _names_russian_side(text)
    mentions = [m for m in find_places(text) if not _CAPITAL_AS_ACTOR.match(text, m.start)
                and not _UNIT_NAMED_AFTER.match(text, m.end) and not _oblast_by_a_former_name(text, m)
                and not (russian_side and _in_russia(text, m))]
    if mentions and any(name in caseless(text) for name in _RUSSIAN_REGIONS_LATIN) and _RUSSIAN_REGION.search(text):
        mentions = [m for m in mentions if not _stranger_across_the_border(text, m, mentions)]
    if not mentions:
        return []
    sentences = split_sentences(text)
    lowered = lower_same_length(text)
    plain = caseless(text)  # (for the prefilters' substring tests)
    unquoted = without_scare_quotes(text)
    unhashed = text.replace("#", " ") if "#" in text else text  # (the same length: offsets stay the text's)
    if "#" in unquoted:
        unquoted = unquoted.replace("#", " ")  # "#street #fights with occupiers have begun": a post's hashtags
    hints, actor_words, verbs = _scan_words(text, lowered)  # (the text lowered once, for all three)
    speakers = Speakers(text, sentences, lowered, unquoted, verbs)
    slavic = _SlavicReaders(text, published, affiliation) if _HAS_CYRILLIC.search(text) else None
    drafts: list[_Draft] = []
    previous: list[_Draft] = []
    previous_index = -10
    voiceless: list[tuple[int, list[_Draft]]] = []  # the claims of the last sentences, for a voice named after them
    pending: tuple[int, Trigger] | None = None  # "captured five villages": names may follow
    bullets: tuple[int, Trigger, int] | None = None  # "liberated eight settlements:" then "• A", "• B" on lines
    truncated = _truncated_titles(text, sentences)
    starts = [m.start for m in mentions]
    recent: list[list[PlaceMention]] = []  # the settlements of the last sentences, for "the city"
    for index, sentence in enumerate(sentences):
        if index in truncated:
            continue
        first, last = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        in_sentence = [m for m in mentions[first:last] if m.end <= sentence.end]
        if slavic is not None and (found := slavic.read(index, sentence, in_sentence)) is not None:
            drafts.extend(found)  # a Ukrainian or Russian sentence, read by its own language's rules
            recent = (recent + [in_sentence])[-_ANAPHOR_SENTENCES:]
            continue
        earlier = list(recent)
        recent = (recent + [in_sentence])[-_ANAPHOR_SENTENCES:]
        if previous and index - previous_index <= 2 and (named := speakers.named_back(index)):
            # "… . This was announced by the General Staff.", and the voiceless claims of the sentences just
            # before it ("X probably captured Soledar. However, … . It is reported by the ISW.")
            _voiced_back([d for i, found in voiceless if index - i <= _VOICED_BACK_SENTENCES for d in found]
                         or previous, named)
        if _tag_line(text, sentence.start, sentence.end):
            continue  # a page's keyword list: "kherson, Kherson Region, liberation of Kherson region, liberated Kherson"
        if bullets is not None:
            item = _BULLET.match(text, sentence.start, sentence.end) if bullets[2] == index - 1 else None
            links = named_list(text, bullets[1], item.end(), in_sentence) if item and in_sentence else []
            if links:  # "… liberated eight settlements of the Beryslav district:\n• Liubymivka\n• Khreshchenivka"
                found = _sentence_claims(text, sentences[bullets[0]], in_sentence, links, speakers.of(bullets[0]),
                                         published, affiliation, [], actor_words)
                for draft in found:  # (the evidence: the opening sentence down to this item)
                    draft.sentence = (sentences[bullets[0]].start, sentence.end)
                drafts.extend(found)
                bullets = (bullets[0], bullets[1], index)
                continue
            bullets = None
        if not _worth_reading(text, plain, sentence, in_sentence, earlier, previous, index - previous_index,
                              first > 0):
            if pending is not None and pending[0] < index - 2:
                pending = None  # (a "Source: …" line may stand between the count and the names)
            continue
        # Triggers and links first: speakers and actors are worked out only where a place is linked.
        triggers = find_triggers(unquoted, sentence.start, sentence.end, hints)
        links = link_triggers(unhashed, sentence.start, sentence.end, triggers, in_sentence, earlier,
                              mentions[:first]) if triggers else []
        if previous and index - previous_index <= 2 and triggers:
            links += _these_places(text, triggers, links, [d.mention for d in previous])
        elif triggers and earlier and not in_sentence:
            # ("Videos show soldiers in Shchurove and Dibrova. Having retaken the two villages, …": the places the
            # sentence before names, with no claim of their own yet)
            links += _these_places(text, triggers, links, [m for m in earlier[-1] if m.place is not None], named=True)
        if triggers and text[sentence.start:sentence.end].rstrip().endswith(":"):
            opener = next((t for t in reversed(triggers) if t.kind in ("gain", "loss", "hold") and not t.nominal), None)
            bullets = (index, opener, index) if opener is not None else None
        if not links and in_sentence and "flag" in lowered[sentence.start:sentence.end]:
            links = flag_scene_links(text, sentence.start, sentence.end, in_sentence,
                                     actor_mentions(text, sentence.start, sentence.end, actor_words))
        if not links and triggers and in_sentence and (naming := _NAMING.search(text, sentence.start, sentence.end)):
            inner = next((t for t in triggers if t.kind == "gain" and naming.start() <= t.start < naming.end()), None)
            if inner is not None:  # "named the three captured settlements as A, B and C": the participle's list
                links = _named_after(text, sentence, inner, in_sentence)
        if not links and pending is not None and index - 2 <= pending[0] < index and in_sentence:
            links = _named_after(text, sentence, pending[1], in_sentence)
            if links:  # "Russia says it captured five villages. The ministry named them as A, B and C."
                found = _sentence_claims(text, sentences[pending[0]], in_sentence, links, speakers.of(pending[0]),
                                         published, affiliation, [], actor_words)
                for draft in found:
                    draft.sentence = (sentence.start, sentence.end)
                drafts.extend(found)
                previous, previous_index = (found, index) if found else (previous, previous_index)
                pending = None
                continue
        # ("control over Lysychansk and a number of nearby settlements. The largest of them are A, B":
        # a sentence that names one place may count others the next one names)
        pending = _counted(text, plain, index, triggers)
        if not links:
            if previous and index - previous_index <= 2:
                denied = _denied_back(text, sentence, lambda: speakers.of(index), previous)
                if denied:
                    drafts.extend(denied)
                    continue
            if not (previous and in_sentence and _INHERIT.search(text, sentence.start, sentence.end)):
                continue
        found = _sentence_claims(text, sentence, in_sentence, links, speakers.of(index), published, affiliation,
                                 previous, actor_words)
        found += _fight_goes_on(text, found)
        denial = _DENIES_BACK.search(text, sentence.start, sentence.end) if found else None
        told = [d for d in found if denial and d.trigger and d.trigger[1] <= denial.start()]
        if told and not any(d.factuality == "denied" for d in found):
            found += _denied_back(text, sentence, lambda: speakers.of(index), told)  # "… had captured the city of
            # Kupiansk, though Ukraine denied it": what this sentence told first is what it denies
        elif previous and index - previous_index <= 2 and not any(d.factuality == "denied" for d in found):
            # "Trehubov denied this claim, confirming that the battle for the settlement is ongoing": the denial
            # of the claim before, beside what the sentence itself says (not where the sentence names what it
            # denies: "denied reports that Russian forces captured X")
            found += _denied_back(text, sentence, lambda: speakers.of(index), previous)
        if found and all(d.speaker is None for d in found) and (announcer := speakers.announcer(index)) is not None:
            _voiced_back(found, announcer, decides=False)  # ("The General Staff announced this on Facebook. … The
            # Armed Forces of Ukraine are fighting for A, B and C.": the announcement's content, retold; a voice named
            # paragraphs before does not decide whose an actorless taking is)
        drafts.extend(found)
        referred = [d.mention for d in found if isinstance(d.link, Link) and d.link.how.startswith("anaphor")
                    and d.mention not in in_sentence]
        if referred:  # ("… positions within the settlement. … entered a significant part of the settlement")
            recent[-1] = in_sentence + referred[:1]
        if found:
            previous, previous_index = found, index
            voiceless = [(i, f) for i, f in voiceless if index - i < _VOICED_BACK_SENTENCES] + [(index, found)]
            _hedge_from_next(text, sentences, index, found)
    drafts = _site_of_a_taken_town(drafts)
    default = _article_side(drafts, affiliation)
    # "11 settlements have been liberated" in a report on the "special military operation": the
    # article's words say whose liberation (not for what may happen: "operations to seize X").
    spoken_from = perspective(text) if default is None and any(d.control in (None, _ENEMY, _OWN) for d in drafts) else None
    claims = []
    # (asked only where a draft's place is unknown, and searched for only in a text that holds one of the
    # pattern's names: a search of the whole text for a lower-case "k" or "b" cost a hundredth of extraction)
    across_the_border = any(d.mention.place is None for d in drafts) and \
        any(name in plain for name in _RUSSIAN_REGION_NAMES) and _RUSSIAN_REGION.search(text) is not None
    for draft in drafts:
        if draft.mention.method == "apposition":
            continue  # "the town of X, Zaporizhzhia, …": the oblast X lies in (places.py), a help to linking only
        if draft.control in (_ENEMY, _OWN):
            side = default or spoken_from
            if side not in ("ukraine", "russia"):
                continue  # ("the enemy" in a text that shows no side of its own)
            draft = replace(draft, control=opposite(side) if draft.control == _ENEMY else side)
        control = draft.control or default or (spoken_from if draft.factuality != "predicted" else None)
        if control is None:
            continue
        if draft.control is None and default is None and control == "ukraine" and draft.trigger and \
                _draft_kind(draft) == "gain" and _ENEMY_GAIN_WORD.match(text, draft.trigger[0]):
            control = "russia"  # "Since the capture of Kherson, …" in a text that speaks of "occupiers": Ukrainian
            # reporting calls its side's gains liberations; a capture it names with no one doing it is the enemy's
        if _region_held_since_2014(text, draft):
            continue  # "Russia claims control of Luhansk" in 2022: the region; its capital has been held since 2014
        if across_the_border and draft.mention.place is None and not _UKRAINIAN_OBLAST_AFTER.match(
                text, draft.mention.end):
            continue  # an article on the Kursk region: a name we cannot place may be a Russian village
        if draft.side == "third_party" and (draft.speaker_kind in ("official", "military", "proxy") or (
                draft.speaker_kind == "person" and slavic_person(draft.speaker or ""))) and \
                control in ("ukraine", "russia") and _draft_kind(draft) in ("gain", "hold"):
            draft = replace(draft, side=control)  # an unnamed side's official reports its own side's gains
        claims.append(_finish(draft, control, doc, text))
    if voice is not None:
        claims = [_in_the_origins_voice(c, *voice) for c in claims]
    return _occupied_before(_entry_of_a_capture(claims), text)


def _oblast_by_a_former_name(text: str, mention: PlaceMention) -> bool:
    """"Russian troops had entered Dnipropetrovsk" (2025): a city renamed before the war (Dnipro, once
    Dnipropetrovsk) whose old name is still its oblast's is named for the oblast, unless "city" follows."""
    place = mention.place
    return place is not None and caseless(mention.text) == caseless(place.oblast) != caseless(place.name) and \
        not re.match(r"\s+city\b", text[mention.end:mention.end + 6], re.IGNORECASE) and \
        not re.search(r"\bcity\s+of\s+$", text[max(0, mention.start - 9):mention.start], re.IGNORECASE)


def _entry_of_a_capture(claims: list[Claim]) -> list[Claim]:
    """A Russian entry is read as the fight for the town (rule suffix "/entry"); in a Ukrainian or Russian
    article that reports the town taken ("…захопили прикордонне село Грабовське. Трегубов підтвердив, що російські
    окупанти зайшли до … Грабовське") it is the capture told again."""
    if not any(c.rule.endswith("/entry") and c.rule.startswith(_CYRILLIC_RULES) for c in claims):
        return claims
    taken = {c.place_id for c in claims if c.place_id and c.control == "russia" and not c.historical
             and c.factuality not in ("predicted", "denied") and not c.rule.endswith("/entry")
             and c.rule.split("/", 1)[0].split(".")[-2:-1] != ["hold"]}
    return [replace(c, control="russia") if c.rule.endswith("/entry") and c.rule.startswith(_CYRILLIC_RULES)
            and c.place_id in taken else c for c in claims]


# (English reporting is read otherwise: "Russian forces have entered Krasnohorivka … the town was taken" tells the
# fight and then the capture, each in its own sentence; see the claim rules' tests)
_CYRILLIC_RULES = ("uk.", "ru.")


_NEXT_WORD = re.compile(r" ([a-zа-яёіїєґ][\w'’-]*)")
_LINKING_WORDS = frozenset("""and or as after before on in at by from to for with while but amid since
near until over of that which who when where has have had is was were are will would й і та и а але що
который которые после в у на и или""".split())


# Quotation marks around a few words inside a sentence: 'established “full control” over X',
# 'were "completely liberated"'. Triggers are looked for as if the marks were spaces.
def _truncated_titles(text: str, sentences) -> set[int]:
    """Lines that are a cut-off copy of a later sentence ("Ukraine says Russian forces seized
    Zaporizhzhia" above "Ukraine says Russian forces seized Zaporizhzhia nuclear plant"): a
    scraped page's title trimmed to a length, which read alone says something else. Only a cut
    inside a noun phrase counts: a full title the body repeats and goes on from (", Kherson
    Region", " and Izium") is a claim of its own."""
    out = set()
    for index, sentence in enumerate(sentences[:8]):  # titles open a page
        head = text[sentence.start:sentence.end]
        if len(head) < 20 or head[-1] in ".!?…\"”»":
            continue
        for later in sentences[index + 1:index + 6]:
            body = text[later.start:later.end]
            rest = body[len(head):]
            following = _NEXT_WORD.match(rest)
            if body.startswith(head) and following and following.group(1).lower() not in _LINKING_WORDS:
                out.add(index)  # the cut fell inside a noun phrase: "Zaporizhzhia | nuclear plant"
                break
    return out


# "occupied" as a participle: "the occupied city of", "за оккупированную Снигиревку", "в окупованій Херсонщині".
_OCCUPIED_WORD = re.compile(r"occupied|оккупированн|окупован", re.IGNORECASE)


def _occupied_before(claims: list[Claim], text: str) -> list[Claim]:
    """'Fierce battles for the occupied Snihurivka went on until our heroes liberated it today': a
    place called occupied in an article that reports its liberation was occupied before it, which
    is background, not a second, contrary claim of the same day."""
    freed = {c.place_id or c.place for c in claims if c.control == "ukraine" and not c.historical
             and c.factuality not in ("predicted", "denied") and ("gain" in c.rule or "loss" in c.rule)}
    if not freed:
        return claims
    out = []
    for claim in claims:
        if claim.control == "russia" and not claim.historical and (claim.place_id or claim.place) in freed and \
                len(claim.marks) == 4 and _OCCUPIED_WORD.search(
                    text, claim.start + claim.marks[2], claim.start + claim.marks[3]):
            claim = replace(claim, historical=True)
        out.append(claim)
    return out


def _in_the_origins_voice(claim: Claim, voice: Speaker, body: int) -> Claim:
    """A forwarded post's own voice is its origin's ("Forwarded from Генштаб ЗСУ")."""
    if claim.speaker is not None or claim.start < body or claim.factuality not in ("asserted", "unconfirmed"):
        return claim
    factuality = "unconfirmed" if voice.kind in _LOW_CONFIDENCE_SPEAKERS else \
        "attributed" if claim.factuality == "asserted" else claim.factuality
    return replace(claim, speaker=voice.name, side=voice.side, speaker_kind=voice.kind, factuality=factuality)


_ANAPHOR_SENTENCES = 2
_VOICED_BACK_SENTENCES = 3  # how far back "It is reported by the ISW" gives its voice to claims that have none
# Russia's border regions and towns: in a sentence about them, a name spelled the Russian way is a
# Russian village ("liberated the settlements of Melovoy, Podol and Sudzha"), not its Ukrainian namesake.
_RUSSIAN_NAMES = (r"Kursk|Belgorod|Bryansk|Voronezh|Rostov|Sudzha|Shebekino|Graivoron|Grayvoron|Tetkino|"
                  r"Glushkovo|Korenevo|Lgov|Rylsk|Bolshoye Soldatskoye|Valuyki|Novaya Tavolzhanka|Kozinka|"
                  r"Zhuravlyovka|Malaya Loknya|Plekhovo|Sverdlikovo|Oleshnya|Pogrebki")
_RUSSIAN_SIDE = re.compile(rf"\b(?:{_RUSSIAN_NAMES})\b")
_RUSSIAN_NAME = re.compile(rf"(?:{_RUSSIAN_NAMES})")  # (without the \b: found by the engine's fast scan)


def _names_russian_side(text: str) -> bool:
    """_RUSSIAN_SIDE.search(text), started where one of its names first occurs (a match can start
    nowhere before it): the bare names the engine finds by a fast scan for their first letters,
    the pattern with its ``\\b`` it tries at every position (a fifth of the time)."""
    first = _RUSSIAN_NAME.search(text)
    return first is not None and _RUSSIAN_SIDE.search(text, first.start()) is not None


_UKRAINIAN_REGION_AFTER = re.compile(
    r"\s*,?\s+(?:in|of)\s+(?:the\s+)?(?:Sumy|Kharkiv|Kharkov|Donetsk|Luhansk|Lugansk|Zaporizhzhia|Zaporozhye|Kherson|"
    r"Dnipropetrovsk|Chernihiv|Mykolaiv|Nikolaev)\s+(?:region|oblast|province)", re.IGNORECASE)


def _in_russia(text: str, mention: PlaceMention) -> bool:
    """A Ukrainian name matched only through another spelling, in a sentence about Russian places."""
    if mention.place is None or name_key(mention.text) == name_key(mention.place.name):
        return False
    if _UKRAINIAN_REGION_AFTER.match(text, mention.end):
        return False  # "Basovka in Sumy region": placed in Ukraine by the text itself
    line_start = max(text.rfind("\n", 0, mention.start), text.rfind(". ", 0, mention.start)) + 1
    line_end = min(x for x in (text.find("\n", mention.end), text.find(". ", mention.end), len(text)) if x >= 0)
    return bool(_RUSSIAN_SIDE.search(text, line_start, line_end))


# A village this small, named only by another spelling, in an article on Russia's border regions with
# nothing else of its oblast named: a Russian village of that name (population, as the gazetteer's prominence).
_STRANGER_MAX = 20_000


def _stranger_across_the_border(text: str, mention: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """"The nearby settlements of Melovoy and Podol have also been liberated" in a report on the Kursk
    Region: the Russian spellings match Ukrainian villages (Milove in Luhansk Oblast, Podil in Poltava
    Oblast) that nothing else in the article places; the villages are Russia's. A Ukrainian village's own
    spelling, its oblast named, or a neighbour of its oblast named keeps it."""
    place = mention.place
    if place is None or place.prominence >= _STRANGER_MAX or name_key(mention.text) == name_key(place.name):
        return False
    if _UKRAINIAN_REGION_AFTER.match(text, mention.end):
        return False
    if any(m is not mention and m.place is not None and m.place.oblast_id == place.oblast_id for m in mentions):
        return False
    return not _names_oblast(caseless(text), place.oblast_id)


@lru_cache(maxsize=64)
def _oblast_stems(oblast_id: str) -> tuple[str, ...]:
    """Lower-case stems of an oblast's names ("luhan", "lugan", "луган"), enough to find it named in any case."""
    unit = load_gazetteer().unit(oblast_id)
    if unit is None:
        return ()
    return tuple({name.lower()[:5] for name in (unit.label, unit.name, *unit.aliases) if len(name) >= 5})


def _names_oblast(lowered: str, oblast_id: str) -> bool:
    return any(stem in lowered for stem in _oblast_stems(oblast_id))


@lru_cache(maxsize=1)
def _actor_automaton():
    return automaton_of(ACTOR_WORDS)


_ACTOR, _VERB = 1, 2


@lru_cache(maxsize=1)
def _words_automaton() -> ahocorasick.Automaton:
    """One automaton for the words of three readers: the trigger patterns' hints (`HintScan`), the
    actors' first words and the speech verbs' (`WordStarts`). Each pass over a text's characters
    costs about as much however many words it looks for: one pass instead of three. A word's
    value: its length, the patterns it is a hint of (None: a pair of whitespace characters, or
    no hint), and which of the actors' and the verbs' words it is (_ACTOR, _VERB)."""
    words: dict[str, list] = {word: [length, patterns, 0] for word, (length, patterns) in hint_words().items()}
    for kind, found in ((_ACTOR, ACTOR_WORDS), (_VERB, speech_verb_words())):
        for word in {w.lower() for w in found if w}:
            words.setdefault(word, [len(word), None, 0])[2] |= kind
    automaton = ahocorasick.Automaton()
    for word, (length, patterns, kinds) in words.items():
        automaton.add_word(word, (length, patterns, kinds))
    automaton.make_automaton()
    return automaton


def _scan_words(text: str, lowered: str) -> tuple[HintScan, WordStarts, WordStarts]:
    """The hint scan, the actors' word starts and the speech verbs', from one pass (see
    `_words_automaton`): what each would find in a pass of its own automaton."""
    hinted: list[tuple[int, tuple[int, frozenset[int] | None]]] = []
    actors: list[int] = []
    verbs: list[int] = []
    for end, (length, patterns, kinds) in _words_automaton().iter(lowered):
        if patterns is not None or not kinds:  # (a hint, or a pair of whitespace characters)
            hinted.append((end, (length, patterns)))
        if kinds:
            start = end - length + 1
            if opens_word(lowered, start):
                if kinds & _ACTOR:
                    actors.append(start)
                if kinds & _VERB:
                    verbs.append(start)
    return (HintScan(text, lowered, hinted), WordStarts(None, text, lowered, actors),
            WordStarts(None, text, lowered, verbs))
# The capital as the government that acts: "Kyiv had retaken the hub", "Kyiv says …" is no place.
_CAPITAL_AS_ACTOR = re.compile(
    r"(?:Kyiv|Kiev)(?:\s*,\s*(?:however|meanwhile|in\s+turn|for\s+its\s+part|though)\s*,(?=\s+(?:says|said|claims|claimed|"
    r"denied|denies|insists|insisted|reported|responded|confirmed|admitted|acknowledged)\b)|"
    r"['’]s\s+(?:claims?|forces|troops|military|army|government|officials?|leadership)\b|"
    r"\s+(?:has|had|have)\s+(?:now\s+|also\s+|already\s+)?(?!been\b)[a-z]+(?:ed|en|ken)\b|"
    r"\s+(?:has|had|have|did|does|do|would|will|could|can)(?:n['’]t|\s+not|\s+yet\s+to)\b(?!\s+(?:been|be)\b)|"
    r"\s+won['’]t\b|"  # ("Kyiv hasn't confirmed", not "Kyiv has not been captured")
    r"\s+(?:says|said|claims|claimed|announced|denied|denies|insists|insisted|wants|hopes|plans|aims|retook|"
    r"recaptured|liberated|admitted|confirmed|reported|reacted|responded|accused|warned|ordered|launched|sent|"
    r"takes|took|retakes|recaptures|liberates|regains|regained|reclaims|reclaimed|captures|captured|seizes|seized|"
    r"recovers|recovered|"
    r"wins|won|pushes|pushed|advances|advanced|holds|held|controls|controlled|loses|lost|abandons|abandoned|withdraws|"
    r"withdrew)\b)")
# A sentence without a place may still speak of one: "The city was liberated", "Kyiv denied the claim".
_BACK_REFERENCE = re.compile(r"\b(?:the|this|that)\s+(?:(?:\w+|\w+-\w+)\s+){0,2}?(?:city|town|village|settlement|"
                             r"locality|hamlet|suburb|stronghold|hub|cent(?:re|er))\b|\bit\b|\bthem\b|\bthere\b|\b(?:claims?|reports?|statements?|"
                             r"information|allegations?|assertions?|announcement)\b|\b(?:deni|dismiss|reject|refut|disput)\w*\s+(?:this|that)\b"
                             r"|\bits\s+(?:\w+\s+)?(?:liberation|recapture|capture|seizure|occupation|fall)\b",
                             re.IGNORECASE)


def _worth_reading(text: str, plain: str, sentence, mentions: list[PlaceMention], earlier: list[list[PlaceMention]],
                   previous: list[_Draft], since_claims: int, named_before: bool = False) -> bool:
    """A cheap test before any pattern runs: a place, or a place to refer back to (``named_before``
    anywhere earlier for "the village" of a page about it), or a count of settlements.

    A sentence that passes is read whole even when it holds none of the triggers' hint words:
    near claims it may deny them or name their voice, and reading it registers its voices in
    document order (`Speakers`), which later sentences' surnames depend on. (find_triggers runs
    only the patterns whose hints a sentence holds.) ``plain``: the text, `caseless`."""
    if not mentions and not ((any(earlier) or named_before or (previous and since_claims <= 2))
                             and _BACK_REFERENCE.search(text, sentence.start, sentence.end)):
        return _counts_places(text, plain, sentence.start, sentence.end)
    return True


# The words a count of settlements ends with (_COUNT_NOUN, COUNTED): without one of them, in lower
# case, neither pattern can match (most sentences hold none).
_COUNT_WORDS = re.compile(r"villages|settlements|towns|localities|communities|hamlets|inhabited|populated")


def _counts_places(text: str, plain: str, start: int, end: int) -> bool:
    """Whether text[start:end] names settlements by a plural noun ("villages", "settlements");
    prefiltered on the `caseless` text ``plain``."""
    return _COUNT_WORDS.search(plain, start, end) is not None and \
        _COUNT_NOUN.search(text, start, end) is not None


_HAS_CYRILLIC = re.compile("[а-яёіїєґА-ЯЁІЇЄҐ]")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|will|would)\b", re.IGNORECASE)
TAG_LINE_ITEMS = 5  # comma-separated short phrases, no verb, one word in most: a keyword list, no sentence


def _tag_line(text: str, start: int, end: int) -> bool:
    if text.count(",", start, end) < TAG_LINE_ITEMS - 1 or _FINITE.search(text, start, end):
        return False
    items = [item.lower().split() for item in text[start:end].strip(" .").split(",")]
    if len(items) < TAG_LINE_ITEMS or sum(len(words) <= 4 for words in items) < 0.8 * len(items):
        return False
    # the same word in most items ("kherson, Kherson Region, Kherson liberation"), unlike a list of places
    counts: dict[str, int] = {}
    for words in items:
        for word in set(w.strip(".:;!?\"'") for w in words if len(w) >= 4):
            counts[word] = counts.get(word, 0) + 1
    return max(counts.values(), default=0) >= max(3, len(items) // 2)


class _SlavicReaders:
    """The Ukrainian and Russian readers of one article: its folded text and tokens per
    language, made once, and what each reader carries between sentences."""

    def __init__(self, text: str, published: datetime | None, affiliation: str | None) -> None:
        self._text = text
        self._folded = unmix_scripts(fold_text(text))
        self._default: str | None = None  # the article's Cyrillic language, worked out when a sentence needs it
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
        if language is None:  # Cyrillic letters both languages share: the article's language
            if self._default is None:
                self._default = cyrillic_default(self._text)
            language = self._default
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


def _counted(text: str, plain: str, index: int, triggers: list[Trigger]) -> tuple[int, Trigger] | None:
    """A capture or loss of a number of settlements, whose names the next sentence may give
    ("captured five villages", "control over Lysychansk and a number of nearby settlements").
    ``plain``: the text, `caseless` (a count's noun is looked for in it first)."""
    if not triggers or not _counts_places(text, plain, triggers[0].end, triggers[-1].end + 160):
        return None
    for t in triggers:
        if t.kind not in ("gain", "loss") or t.strict:
            continue
        if COUNTED.match(text, t.end):
            return index, t
        tail = text[t.end:t.end + 160]
        stop = _STOP.search(tail)
        cut = stop.start() if stop else len(tail)
        if _COUNT_WORDS.search(plain, t.end, t.end + cut) and COUNTED.search(tail[:cut]):
            return index, t
    return None


_STOP = re.compile(r"[.;:!?]")
# A list item on a line of its own: "• Liubymivka", "- Khreshchenivka;", "2) Zolota Balka".
_BULLET = re.compile(r"\s*(?:[•▪◦·*\-–—]|\d{1,2}[.)])\s*")


# "announced the liberation of all these localities": the settlements of the claims just before.
_THESE_PLACES = re.compile(r"\s*[\"“]?\s*(?:(?:(?:(?:all|both)\s+(?:of\s+)?)?(?:these|those|the above|the aforementioned|"
                           r"the\s+(?P<count>two|three|four|five))|(?P<both>both))\s+"
                           r"(?:[\w-]+\s+)?(?P<noun>localities|settlements|villages|towns|places|communities)\b"
                           # "The enemy did not capture them": the places of the claims just before (not "… them to")
                           r"|(?P<them>them)\b(?!\s+(?:to|from|out|back|off|with|in|into|on|as|for)\b))",
                           re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")


def _longest_list(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The longest run of places a sentence lists one after another ("A, B, and C"); all of them
    when none is listed with another."""
    best: list[PlaceMention] = []
    run: list[PlaceMention] = []
    for mention in mentions:
        if run and _LIST_GAP.fullmatch(text, run[-1].end, mention.start):
            run.append(mention)
        else:
            run = [mention]
        if len(run) > len(best):
            best = list(run)
    return best if len(best) > 1 else mentions


def _these_places(text: str, triggers: list[Trigger], links: list[Link], previous: list[PlaceMention],
                  named: bool = False) -> list[Link]:
    """Links of a gain or loss whose object is "these villages" to the places of the claims of
    the sentence or two before (``named``: to the places the sentence before names, which must
    then be as many as the phrase counts, or at least two); each mention stands at the phrase, so
    the clause, its hedges and the evidence stay this sentence's."""
    found = []
    if named:
        previous = _longest_list(text, previous)  # ("near A, B and C, on the route from the Pokrovsk area to D": A-C)
    for trigger in triggers:
        phrase = _THESE_PLACES.match(text, trigger.end)
        if trigger.kind not in ("gain", "loss") and not (trigger.kind == "contested" and trigger.rule == "contested.fighting") \
                or not trigger.forward or phrase is None or (phrase.group("them") and trigger.kind == "contested"):
            continue  # (and "fighting is ongoing for these settlements": the fight for the places just named)
        linked = {link.mention.place_id or link.mention.text for link in links}
        count = _COUNTS[phrase.group("count").lower()] if phrase.group("count") else \
            2 if phrase.group("both") else None
        distinct = len({m.place_id or m.text for m in previous})
        if (count is not None and distinct != count) or (named and distinct < 2):
            continue  # "the two villages" is the two places just named, when there are two
        if phrase.group("them") and (named or distinct < 2):
            continue  # ("them" stands for places only where claims about two or more were just told)
        noun = {"villages": "village", "towns": "town"}.get((phrase.group("noun") or "").lower(), "")
        if named and not all(kind_fits(m, noun) for m in previous):
            continue  # ("… shelled Kherson and Mykolaiv. … these villages": not the cities)
        for mention in previous:
            place_id = mention.place_id or mention.text
            if place_id in linked:
                continue
            linked.add(place_id)
            opening = phrase.start() + len(phrase.group()) - len(phrase.group().lstrip())
            at = replace(mention, start=opening, end=phrase.end())
            found.append(Link(trigger, at, "these", phrase.end()))
    return found


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


# "…, the fighting continues", "as active fighting continues in the settlement", "insisting its troops continue to
# hold the northern part": what a denial says goes on in the place instead.
_FIGHT_GOES_ON = re.compile(r"\b(?:(?:the\s+|active\s+|heavy\s+|fierce\s+)?(?:fighting|battles?|combat|hostilities|clashes)\s+"
                            r"(?:(?:is|are|was|were)\s+)?(?:still\s+)?(?:continu(?:e|es|ed|ing)|ongoing|under\s*way|going\s+on|"
                            r"rag(?:e|es|ing))|(?:troops|forces|units|defenders)\s+(?:still\s+)?(?:continue\s+to\s+hold|remain(?:ed)?\s+"
                            r"(?:in|within)|are\s+(?:still\s+)?in)\b|operating\s+within)", re.IGNORECASE)


def _fight_goes_on(text: str, found: list[_Draft]) -> list[_Draft]:
    """'The enemy did not capture them, the fighting continues': a capture denied in a sentence that
    says the fight goes on is also a claim that the place is fought over, in the same voice."""
    out: list[_Draft] = []
    for draft in found:
        if draft.factuality != "denied" or draft.control not in ("ukraine", "russia") or draft.historical:
            continue
        start, end = draft.sentence
        if not _FIGHT_GOES_ON.search(text, max(start, draft.mention.start), end):
            continue
        if any(d.mention.place_id == draft.mention.place_id and d.control == "contested" for d in found + out):
            continue
        out.append(replace(draft, control="contested", factuality="attributed" if draft.speaker else "asserted",
                           rule=draft.rule + "/fight_goes_on", explicit=True))
    return out


# "Ukraine denied the claim", "Trehubov dismissed this", "a claim Kyiv rejected".
_DENIES_BACK = re.compile(r"\b(?:(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes|"
                          r"disputed|disputes)\b"
                          r"(?:\s+(?:(?:the|this|that|these|those|such|russia['’]s|moscow['’]s|kyiv['’]s|ukraine['’]s|"
                          r"russian|ukrainian|earlier|latest|(?-i:[A-Z])[\w-]+['’]s)\s+){0,2}(?:claims?|reports?|statements?|"
                          r"information|allegations?|assertions?|announcement)|\s+(?:it|this|that)\b)"
                          r"|called\s+(?:it|this|that|the\s+(?:claims?|reports?|statements?|announcement)|these\s+(?:claims|reports|"
                          r"statements))\s+(?:[“\"]\s*)?(?:false|a\s+lie|fake|a\s+fake|(?:cheap\s+)?propaganda|disinformation|"
                          r"manipulation|untrue|nonsense)\b)", re.IGNORECASE)


def _denied_back(text: str, sentence, speakers_of: Callable[[], list[Attribution]],
                 previous: list[_Draft]) -> list[_Draft]:
    """'Russia said it took X. Ukraine denied the claim.': the denial is a claim of its own,
    by the denier, about the places of the claims just before. ``speakers_of`` gives the sentence's
    speakers, asked only once a denial is found: nearly none of the sentences after a claim holds
    one, and working out their voices for nothing was a fiftieth of extraction."""
    found = _DENIES_BACK.search(text, sentence.start, sentence.end)
    if not found:
        return []
    denier = next((a for a in speakers_of() if a.verb in DENIAL_VERBS or a.verb_start == found.start()), None)
    if denier is None or denier.speaker.side not in ("ukraine", "russia"):
        return []
    out = []
    seen = set()
    for draft in previous:
        if draft.factuality in ("denied", "predicted") or draft.control in (None, "contested") or draft.historical:
            continue
        if draft.side == denier.speaker.side or draft.mention.start in seen:
            continue
        seen.add(draft.mention.start)
        out.append(replace(draft, factuality="denied", side=denier.speaker.side, speaker=denier.speaker.name,
                           speaker_kind=denier.speaker.kind,
                           sentence=(sentence.start, sentence.end), rule="denied.back_reference"))
    return out


_BELIEF = re.compile(r"(?P<who>[^,;:.]{2,80}?)\s+(?:now\s+|still\s+|firmly\s+)?(?:believes?|(?:are|is|were|was|remain|remains)"
                     r"\s+(?:still\s+|now\s+)?convinced)\s+that\b", re.IGNORECASE)


def _lay_belief(text: str, start: int, trigger_start: int) -> bool:
    """A belief held by people who are no voice of anyone ("residents believe that …"); a named
    voice's belief ("ISW believes that …") stays a claim, hedged (see factuality)."""
    lead = text[start:trigger_start].lower()
    if "believ" not in lead and "convinced" not in lead:
        return False  # (the pattern's open start is slow to try at every position of every clause)
    found = _BELIEF.search(text, start, trigger_start)
    if found is None:
        return False
    who = classify_speaker(found.group("who"))
    return who is None or who.guessed or who.kind == "unnamed"  # ("residents believe that …")


def _voiced_back(previous: list[_Draft], voice: Attribution, decides: bool = True) -> None:
    """The claims just before, said in the outlet's own voice, are the voice's that a sentence
    names after them ("This was reported by the General Staff", "Об этом сообщили в Минобороны");
    a denial ("this was denied by the mayor") is left to _denied_back's reading."""
    if voice.verb in DENIAL_VERBS:
        return
    for draft in previous:
        if draft.speaker is None and draft.factuality in ("asserted", "unconfirmed"):
            draft.speaker, draft.speaker_kind = voice.speaker.name, voice.speaker.kind
            draft.side = voice.speaker.side
            draft.factuality = "attributed" if draft.factuality == "asserted" else draft.factuality
            trigger = draft.link.trigger if isinstance(draft.link, Link) else None
            if decides and draft.control is None and trigger is not None and voice.speaker.side in ("ukraine", "russia"):
                # "Armed forces liberated A and B. This was stated by the General Staff's deputy chief.":
                # the voice named after an actorless claim decides it as a voice in its own sentence would
                loses = trigger.kind == "loss" or trigger.rule in SPEAKER_LOSES
                draft.control = opposite(voice.speaker.side) if loses else voice.speaker.side


def _sentence_claims(text: str, sentence, mentions: list[PlaceMention], links: list[Link],
                     speakers: list[Attribution], published: datetime | None, affiliation: str | None,
                     previous: list[_Draft], actor_words: WordStarts | None = None) -> list[_Draft]:
    start, end = sentence
    actors = _with_it(text, _with_they(text, start, end, actor_mentions(text, start, end, actor_words)))
    drafts: list[_Draft] = []
    seen: set[tuple[int, str]] = set()
    for link in sorted(links, key=lambda x: x.yields):  # (stable: a yielding adjective after every verb)
        if link.yields and any(_mention_key(d.mention) == _mention_key(link.mention) for d in drafts):
            continue
        draft = _draft(text, sentence, link, actors, speakers, published, affiliation)
        if draft is None:
            continue
        key = (_mention_key(link.mention), draft.control or "?")
        if key in seen:
            continue
        seen.add(key)
        drafts.append(draft)
    drafts = _taken_from_the_holder(text, drafts)
    drafts = _one_reading_per_place(text, drafts)
    _resolve_from_sentence(drafts, actors, text)
    drafts += _later_denials(drafts, speakers)
    drafts += _despite_their_claims(text, start, end, drafts)
    if not drafts and previous and _INHERIT.search(text[start:end]):
        drafts = _inherited(text, sentence, mentions, previous, speakers)
    return drafts


_THEY = re.compile(r"\bthey\b", re.IGNORECASE)
# The forces a later "they" can stand for: troops, not officials, media or a country.
_FORCES_NOUN = re.compile(r"\b(?:forces|troops|units|soldiers|army|military|russians|ukrainians|fighters|defenders|"
                          r"occupiers|invaders|brigades?|marines|paratroopers|wagner|servicemen|detachments)\b",
                          re.IGNORECASE)
THEY_LOOKBACK = 300  # characters before the sentence where "they" finds its forces


# "… said (on Tuesday) (that) they": the subject of the speech verb is who "they" are.
_SAID_THEY = re.compile(rf"\b(?:{SPEECH_VERBS})(?:\s+(?:on|late|early)\s+\w+)?(?:\s+that)?\s+they\b", re.IGNORECASE)


# "Russia maintains it has captured X": "it" is the body that says so, not the speaker's own side.
_SAID_IT = re.compile(rf"\b(?:{SPEECH_VERBS}|maintains?|maintained|insists?|insisted|counters?|countered|asserting|"
                      rf"insisting|maintaining)(?:\s+that)?\s+$", re.IGNORECASE)
# "Kyiv announced it …": a capital as the subject of the verb before "it" (no actor list holds it there)
_CAPITAL_SAYS = re.compile(r"\b(Kyiv|Kiev|Moscow)\s+$")


def _with_it(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    out = list(actors)
    for i, actor in enumerate(out):
        if actor.side != "speaker" or text[actor.start:actor.end].lower() != "it":
            continue
        said = _SAID_IT.search(text, max(0, actor.start - 40), actor.start)
        if said is None:
            continue
        subject = [a for a in out[:i] if a.end <= said.start() and said.start() - a.end <= 2 and not a.oblique
                   and a.side in ("ukraine", "russia")]
        if subject:
            out[i] = replace(actor, side=subject[-1].side)
        elif (capital := _CAPITAL_SAYS.search(text, max(0, said.start() - 12), said.start())) is not None:
            # "Kyiv announced it was in full control of X", "Moscow says it has captured X": the capital's side
            out[i] = replace(actor, side="ukraine" if capital.group(1).lower() in ("kyiv", "kiev") else "russia")
    return out


_SAID_THEY_VOICE = 60  # characters before "said they" in which the voice's nation is named


# Where the forces that speak are, between them and their verb: "… forces in eastern Ukraine say they …"
_WHERE_THEY_ARE = re.compile(r"\s+(?:in|near|around|outside)\s+[^,.;:“”\"]{2,40}?\s*$", re.IGNORECASE)


def _with_they(text: str, start: int, end: int, actors: list[ActorMention]) -> list[ActorMention]:
    """"Russian troops are advancing fast. In just a few days, they have captured X": a subject
    "they" is the forces that were the subject just before (the last named as no preposition's
    or verb's object, within THEY_LOOKBACK characters); with none, or both sides among the last
    three such subjects, it stays unread."""
    found = [m for m in _THEY.finditer(text, start, end) if not oblique(text, m.start(), m.end())]
    if not found:
        return actors
    added = []
    for they in found:
        said = _SAID_THEY.search(text, start, they.end())
        if said is not None and said.end() == they.end():
            # "Ukrainian forces said they retain control over X": the forces that said it
            subject = [a for a in actors if a.end <= said.start() and (said.start() - a.end <= 2 or _WHERE_THEY_ARE.match(
                           text, a.end, said.start())) and not a.oblique  # ("separatist forces in eastern Ukraine say")
                       and (a.side == "enemy" or (a.side in ("ukraine", "russia")  # ("The enemy claims that they …")
                                                  and _FORCES_NOUN.search(text, a.start, a.end)))]
            if subject:
                added.append(ActorMention(they.start(), they.end(), subject[-1].side, "agent"))
            elif (side := last_nationality(text[max(start, said.start() - _SAID_THEY_VOICE):said.start()])) is not None:
                # "Ukrainian officials have reported that they maintain control over X": a side's voices speak of
                # their side's forces
                added.append(ActorMention(they.start(), they.end(), side, "agent"))
            break
        if any(a.start < they.start() for a in actors) or SPEECH_VERB.search(text, start, they.start()):
            break  # "Ukrainian forces claimed they had …", "ISW notes that they have yet to see": its own
        lo = max(0, start - THEY_LOOKBACK)
        earlier = actor_mentions(text, lo, start)
        before = [a for a in earlier if a.side in ("ukraine", "russia") and not a.oblique
                  and not _object_of_verb(text, a) and _FORCES_NOUN.search(text, a.start, a.end)]
        if before and not any(a.side == opposite(before[-1].side) for a in before[-3:]):
            added.append(ActorMention(they.start(), they.end(), before[-1].side, "agent"))
        break  # only the first "they" of a sentence
    return sorted(actors + added, key=lambda a: a.start) if added else actors


def _draft_kind(draft: _Draft) -> str | None:
    """gain, loss, hold or contested: the English trigger's kind, or a Ukrainian or Russian rule's
    ("ru.gain.liberate/object")."""
    if isinstance(draft.link, Link):
        return draft.link.trigger.kind
    parts = draft.rule.split(".")
    return parts[1] if len(parts) > 2 and parts[0] in ("uk", "ru") else None


def _mention_key(mention: PlaceMention) -> tuple[int, str]:
    """One mention: its place and where it stands ("these villages" stands for several places)."""
    return mention.start, mention.place_id or mention.text


_ADJECTIVE_GAP = re.compile(r"\s*(?:(?:village|town|city|settlement)\s+of\s+)?", re.IGNORECASE)


def _taken_from_the_holder(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """'Izium, held by Russian forces since April, was liberated on Saturday': a place taken, with no
    taker named, from the holder an aside names before the verb, was taken by the holder's enemy;
    the aside is the place's past. An adjective ("the Russian-occupied village of X has been
    liberated", "occupied Izium has fallen") only describes the place taken: no claim of its own."""
    described = []
    for taken in drafts:
        if taken.control not in (None, "ukraine", "russia") or taken.link is None or taken.link.trigger.kind != "gain" \
                or taken.factuality in ("predicted", "denied"):
            continue
        held = next((d for d in drafts if d is not taken and d.link is not None and d.link.trigger.kind == "hold"
                     and d.control in ("ukraine", "russia") and d.explicit and _mention_key(d.mention) ==
                     _mention_key(taken.mention)
                     and (d.mention.end <= d.link.trigger.start  # ("Izium, held by Russian forces since April, …")
                          or _ADJECTIVE_GAP.fullmatch(text, d.link.trigger.end, d.mention.start))  # ("occupied Izium")
                     and d.link.trigger.end <= taken.link.trigger.start), None)
        if held is not None and taken.control in (None, opposite(held.control)):
            taken.control, taken.explicit = opposite(held.control), True
            held.historical = True
            if held.link.trigger.end <= held.mention.start:
                described.append(held)
    return [d for d in drafts if not any(d is x for x in described)]


def _one_reading_per_place(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """One mention read twice (a verb and an adjective, a gain and the fighting before it): an
    explicit reading beats an actorless one; a change of control beats fighting for the place,
    unless only part of it changed hands."""
    by_mention: dict[tuple[int, str], list[_Draft]] = {}
    for draft in drafts:
        by_mention.setdefault(_mention_key(draft.mention), []).append(draft)
    keep = []
    for draft in drafts:
        rivals = by_mention[_mention_key(draft.mention)]
        if len(rivals) > 1 and draft.link is not None and draft.link.trigger.rule in PRESENCE_RULES:
            continue  # "Ukrainian troops in X ordered to retreat": the other reading says what happened
        if len(rivals) > 1:
            if draft.control is None and any(r.control is not None for r in rivals):
                continue
            if draft.control == "contested" and draft.link is not None and not draft.link.partial and \
                    draft.link.trigger.rule != "contested.there" and any(
                    r.control in ("ukraine", "russia") and r.link is not None and r.speaker == draft.speaker
                    and r.link.trigger.rule not in PRESENCE_RULES  # (itself dropped when read twice)
                    and not (draft.rule.endswith("/attempt") and r.link.trigger.kind == "hold"
                             and _BUT.search(text, draft.link.trigger.end, max(draft.link.trigger.end, r.link.trigger.start)))
                    and r.factuality not in ("predicted", "denied") for r in rivals):
                continue  # "stormed and captured X", "after heavy fighting for X, the defenders withdrew"
                # (but "despite Russia's claimed conquest of X, heavy fighting continues there": after it; and
                # "are trying to seize X, but it is held by Ukraine": the attempt goes on beside the hold)
        keep.append(draft)
    return keep


_BUT = re.compile(r"\b(?:but|however|although|though|yet|whereas)\b", re.IGNORECASE)


def _later_denials(drafts: list[_Draft], speakers: list[Attribution]) -> list[_Draft]:
    """'Russia said it took X, a claim Kyiv denied': the denial is a second claim, by the denier."""
    extra = []
    for draft in drafts:
        trigger = draft.link.trigger if draft.link else None
        denial = trigger and next((s for s in speakers if s.verb in DENIAL_VERBS and s.verb_start > trigger.end
                                   and s.start <= trigger.start < s.end), None)
        if denial and draft.factuality != "denied" and _side(denial) != draft.side:
            extra.append(replace(draft, factuality="denied", side=_side(denial), speaker=denial.speaker.name,
                                 speaker_kind=denial.speaker.kind,
                                 rule=draft.rule + "+denied"))
    return extra


# "Ukraine controls Bilohorivka despite Russian claims of its capture", "contrary to Russian propaganda claims the
# village … remains under the control of", "maintain control of X, contradicting Russia's claim": a hold that
# answers the other side's claim denies it.
_DESPITE_CLAIMS = re.compile(
    r"\b(?:despite|contrary\s+to|contradicting|in\s+contrast\s+to|refuting|dismissing|rejecting|disputing)\s+"
    r"(?:the\s+)?(?:earlier\s+|recent\s+)?(?P<who>russian|ukrainian|russia['’]?s?|ukraine['’]?s?|moscow['’]?s?|"
    r"kyiv['’]?s?|kremlin['’]?s?|the\s+enemy['’]?s?)\b(?:\s+[\w-]+){0,4}?\s+(?:claims?|reports?|statements?|"
    r"assertions?|allegations?)\b", re.IGNORECASE)


def _despite_their_claims(text: str, start: int, end: int, drafts: list[_Draft]) -> list[_Draft]:
    found = _DESPITE_CLAIMS.search(text, start, end) if "despite" in text[start:end].lower() or \
        re.search(r"contra|contrast|refut|dismiss|reject|disput", text[start:end], re.IGNORECASE) else None
    if found is None:
        return []
    claimant = "ukraine" if found.group("who").lower().startswith(("ukrain", "kyiv")) else "russia"
    extra = []
    for draft in drafts:
        if _draft_kind(draft) != "hold" or draft.control != opposite(claimant) or \
                draft.factuality in ("denied", "predicted"):
            continue
        extra.append(replace(draft, control=claimant, factuality="denied", rule=draft.rule + "+despite_claims"))
    return extra


_TEMPORAL_FUTURE = re.compile(r"\b(?:when|once|until|till|as soon as)\s*$", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:is|are|gets|get)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Entering is not holding when the entry is a fight or a raid: "Russian forces enter Kharkiv amid
# heavy fighting", "Russian light vehicles had entered the city", "sabotage groups entered X"
# (the Ukrainian and Russian rules read "з боєм увійшли" the same way): fighting for the place.
_ENTRY_CONTESTED = re.compile(
    r"\b(?:(?:amid|amidst|with|during|while|as)\s+(?:(?:heavy|fierce|intense|street|ongoing|urban|continuing|"
    r"bloody)\s+)?(?:fighting|battles?|clashes|combat|firefights?)|"
    r"(?:light|armou?red|military)\s+vehicles|(?:military\s+)?(?:trucks|convoys?|columns?)|sabotage|saboteurs|"
    r"(?:sabotage\s+and\s+)?reconnaissance\s+groups?|DRGs?)\b",
    re.IGNORECASE)
# Strikes from the air, which a defence of a place may be against (no ground is fought for).
_AIR_DEFENCE = re.compile(r"\bair[- ]defen[cs]e|\b(?:missiles?|drones?|rockets?|air\s+(?:attacks?|strikes?|raids?)|"
                          r"shelling|airstrikes?)\b", re.IGNORECASE)
# An entry from one side ("entered Selydove from the north"): into part of the place, not holding it.
_FROM_ONE_SIDE = re.compile(r"\s+from\s+the\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\b"
                            r"(?!\s+(?:of|bank)\b)", re.IGNORECASE)
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:now\s+|already\s+|reportedly\s+)?$", re.IGNORECASE)
# What says a Russian entry became a hold: "entered Siversk already and were in operational control".
_HOLDING_AFTER_ENTRY = re.compile(r"[^.;]{0,80}?\b(?:(?:operational|full|complete|total)\s+control|"
                                  r"took\s+control|raised\s+(?:the|a|their)\s+flag|clearance|clearing|mopping[- ]up)\b",
                                  re.IGNORECASE)
# Fighting said to go on, anywhere in the sentence of an entry.
_FIGHTING_GOES_ON = re.compile(
    r"\b(?:fighting|battles?|clashes|combat|firefights?)\s+(?:(?:is|are|was|were|has been|have been|still|now)\s+){0,2}"
    r"(?:continu\w*|ongoing|raging|rage|under ?way|going on|taking place)\b|\bstreet (?:fighting|battles)\b",
    re.IGNORECASE)
# Where the fighting is said to go on: "fighting continued outside Lyman".
_FIGHTING_WHERE = re.compile(r"\s+(?:(?:in|outside|near|around|for|at|on)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?)"
                             r"((?-i:[A-Z])[\w'’-]+)", re.IGNORECASE)


def _fighting_goes_on_there(text: str, start: int, end: int, mention: PlaceMention) -> bool:
    """Fighting said to go on in the sentence of an entry, unless it is said to go on at another
    place ("its troops had entered Kupyansk, … and fighting continued outside Lyman")."""
    for found in _FIGHTING_GOES_ON.finditer(text, start, end):
        where = _FIGHTING_WHERE.match(text, found.end(), end)
        if where is None or where.group(1) == mention.text or text.startswith(where.group(1), mention.start):
            return True
    return False


# Forces that someone fights where they are: "were fighting Russian troops in the city".
_FOUGHT_FORCES = re.compile(
    r"\b(?:fighting|fought|battling|battled|clash(?:es|ing|ed)? with|battles? with|engaging|engaged|repelling|repelled|"
    r"resisting|eliminat(?:ed|ing|es|e)|kill(?:ed|ing|s)?|destroy(?:ed|ing|s)?|neutrali[sz](?:ed|ing|es|e)|"
    r"captur(?:ed|ing)|taken\s+prisoner)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:troops|forces|soldiers|servicemen|units|"
    r"fighters|army)\s+$",
    re.IGNORECASE)
# A battle said to be lost or won is over, and so is each one listed after it: "Russia has already
# lost not only the battle for Kharkiv, not only the battle for Kyiv". ("Wagner lost hundreds of
# fighters in the battle for X" lost fighters, not the battle.)
_BATTLE_DECIDED = re.compile(r"\b(?:lost|won)\s+(?:(?:not\s+only|already|also|even|now)\s+)*the\s+(?:battle|fight)\s+"
                             r"(?:for|of)\b", re.IGNORECASE)
_BATTLE_LIST_WORDS = frozenset({"and", "not", "only", "also", "the", "battle", "fight", "for", "of"})


# "after weeks of fighting in/over X": a spell of fighting that the sentence's news has ended.
_AFTER_SPELL_OF = re.compile(r"\bafter\s+(?:(?:several|many|two|three|four|five|six|\d+|long|bloody|the)\s+){0,2}"
                             r"(?:days|weeks|months|years)\s+of\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# ... when the same sentence tells a change of hands (not "after weeks of fighting in X, troops have not advanced").
_CHANGE_WORDS = re.compile(r"\b(?:fell|falls?|fallen|captur\w*|taken|took|seiz\w*|occupied|liberat\w*|retaken|retook|"
                           r"recaptur\w*|withdr\w*|retreat\w*|abandon\w*|under (?:\w+ )?control)\b", re.IGNORECASE)


_AROUND_GAP = re.compile(r"\baround\b", re.IGNORECASE)


def _battle_decided(upto_trigger: str) -> bool:
    """Whether the trigger is a decided battle or one listed after it: between the two stand only
    names, commas and the list's own words (checked word by word: no backtracking on odd text)."""
    decided = _BATTLE_DECIDED.search(upto_trigger)
    if decided is None:
        return False
    tail = upto_trigger[decided.end():]
    return all(ch.isalnum() or ch in " ,'’-" for ch in tail) and \
        all(w.lower() in _BATTLE_LIST_WORDS or w[:1].isupper() for w in tail.replace(",", " ").split())


# "full control", "completely": negated, only part of the place was taken ("cannot take full
# control of X", "did not completely control X"): fighting for it.
_FULLNESS = re.compile(r"\b(?:full|fully|complete|completely|entire|entirely|entirety|whole|total|totally|all of)\b",
                       re.IGNORECASE)


def _draft(text: str, sentence, link: Link, actors: list[ActorMention], speakers: list[Attribution],
           published: datetime | None, affiliation: str | None) -> _Draft | None:
    start, end = sentence
    trigger = link.trigger
    if _DIRECT_QUESTION.match(text, start, end) and text[start:end].rstrip().rstrip("”\"'’").endswith("?") and \
            not _TOLD_INSIDE.search(text, start, trigger.start):
        return None  # "Has the Russian military captured Soledar — or just surrounded it?": asked, not told
        # (not "What comes next as Ukrainian forces retake Lyman?": the clause after "as" is told)
    clause_start = _clause_start(text, start, trigger.start)
    before = text[clause_start:trigger.start]
    partial = link.partial
    denied = no_longer = False
    if negated(before):
        if trigger.kind == "contested" and re.search(r"\bfail(?:ed|s)?\s+to\s+(?:\w+\s+)?$", before):
            pass  # "failed to storm X": there was fighting
        elif trigger.kind in ("gain", "hold") and (_FULLNESS.search(text, trigger.start, trigger.end)
                                                    or _FULLNESS.search(before[-15:]) or (
                trigger.end <= link.mention.start and link.mention.start - trigger.end < 40
                and _FULLNESS.search(text, trigger.end, link.mention.start))):
            partial = True  # ("have not captured the entirety of the town of X": a part of it, then)
        elif trigger.kind == "hold" and no_longer_holds(before):
            no_longer = True  # "X is no longer under Russian control": it changed hands
        elif trigger.kind in ("gain", "hold") and denies(before):
            denied = True  # "Russian troops have not captured X", "neither A nor B is under Russian control"
        else:
            return None
    ended = trigger.rule == "gain.occupation_of" and bool(
        _ENDED_BEFORE.search(text, max(start, trigger.start - 45), trigger.start))
    if trigger.needs == "force" and not near_forces(text, clause_start, trigger, actors):
        return None
    if trigger.kind == "contested" and trigger.end <= link.mention.start and \
            _FLANK_OF.search(text, trigger.end, link.mention.start):
        return None  # "a breakthrough on the southern flank of Bakhmut": beside the town, not in it
    if trigger.rule == "contested.gates" and _FIRED_ON.search(text, max(start, trigger.start - 40), trigger.start):
        return None  # "armed formations fired on the outskirts of Mariupol": shelling, no ground fought over
    if trigger.rule == "contested.gates" and _LIES_ON_THE_RIM.search(text, max(start, trigger.start - 60), trigger.start):
        return None  # "Berkhivka, another village on the outskirts of Bakhmut": where a place lies, no fighting
    if trigger.needs == "troops" and not near_troops(text, clause_start, trigger, actors):
        return None
    if trigger.rule == "contested.defending" and _AIR_DEFENCE.search(text, start, end):
        return None  # "air defence forces are defending Kyiv against a missile attack": strikes, no ground
    if trigger.rule == "contested.battle_for" and _battle_decided(before + text[trigger.start:trigger.end]):
        return None  # "has already lost not only the battle for Kharkiv, not only the battle for Kyiv": over
    if trigger.kind == "contested" and _AFTER_SPELL_OF.search(text, max(start, trigger.start - 60), trigger.start) \
            and _CHANGE_WORDS.search(text, start, end):
        return None  # "X fell after weeks of fighting over the city": the fighting is over, told as its prelude
    if trigger.kind == "loss" and civilians_leave(text, clause_start, trigger, actors):
        return None
    if civilians_raise_flag(text, clause_start, trigger):
        return None
    if _DISINFORMATION_ABOUT.search(text, max(start, trigger.start - 60), trigger.start):
        return None  # "disinformation campaigns about capturing the city": what is spread, not told
    if trigger.rule in ("hold.occupied", "gain.passive") and link.how != "subject" and \
            _RELATIVE_PAST.search(text, max(start, trigger.start - 40), trigger.start):
        return None  # "liberated 30 settlements that had been occupied, including X": the relative clause tells
        # what the settlements were before the main verb's change
    if trigger.rule.startswith("hold.occupied") and _FORMERLY.search(text, max(start, trigger.start - 25), trigger.start):
        return None  # "the small town previously occupied by Russia": a state that has ended, no one's hold now
    speaker = _speaker_for(trigger, speakers, text)
    described = trigger.rule in _STATE_ADJECTIVES and trigger.end <= link.mention.start \
        and not _PASSIVE_JUST_BEFORE.search(text, max(start, trigger.start - 30), trigger.start) \
        and not _PERFECT_JUST_BEFORE.search(text, max(start, trigger.start - 30), trigger.start)
    if described and speaker is not None and not _quoted(text, speaker, trigger.start):
        speaker = None  # "X said troops advanced near occupied Bakhmut": the outlet's word for Bakhmut, not X's
    control, explicit = _control(text, trigger, link, actors, clause_start, speaker, affiliation)
    if link.how == "except" and control in ("ukraine", "russia"):
        control = opposite(control)  # "Russia controls the oblast, save for X": X is Ukraine's
    if trigger.needs == "actor" and not explicit and control is None and speaker is None and \
            _BARE_TROOPS_BEFORE.search(text, max(0, clause_start - 5), trigger.start):
        explicit = False  # "— the troops hold the villages of A, B and C." with its voice named after it ("… told
        # about this on the air"): whose troops the voice decides (_voiced_back), else the article's side
    elif (trigger.needs == "actor" and not explicit) or (trigger.needs == "voice" and control is None and not (
            trigger.rule == "hold.ours" and speaker is None)):
        return None  # ("Kherson is ours!" with no voice named: the article's own side, filled in at its end)
    if trigger.kind == "loss" and not explicit and _AROUND_GAP.search(text, trigger.end,
                                                                      max(trigger.end, link.mention.start)):
        return None  # "as they pull back from around Kyiv": who left the siege must be named, not guessed
    if control is None and trigger.kind == "contested":
        control, explicit = "contested", True
    # Hedges in an aside between place and verb count ("X – reportedly – fell"); dates there
    # describe the place ("X, which Russia seized in April, was liberated").
    scope = clause_scope(text, start, end, (min(trigger.start, link.mention.start), max(trigger.end, link.mention.end)))
    keep = [(trigger.start, trigger.end)]
    if not link.how.startswith("anaphor"):  # the antecedent of "the city" may sit in an aside of its own
        keep.append((link.mention.start, link.mention.end))
    time_scope = clause_scope(text, start, end, *keep)
    clause_from = min(clause_start, link.mention.start)
    clause = text[clause_from:_clause_end(text, max(link.object_end, trigger.end), end)]
    if "ly " in clause:  # ("captured A, B and likely C": the hedge is C's alone, not A's or B's)
        clause = _ITEM_HEDGE.sub(lambda h: " " * len(h.group()) if clause_from + h.start() >= link.mention.end
                                 else h.group(), clause)
    if speaker is not None:
        clause = speaker.verb + " " + clause
    if trigger.rule == "gain.verb" and text[trigger.start:trigger.end].lower().startswith("enter") \
            and (_ENTRY_CONTESTED.search(clause) or _fighting_goes_on_there(text, start, end, link.mention)
                 or _FROM_ONE_SIDE.match(text, link.object_end)):
        partial = True  # ("entered Lyman, but fighting is still going on in the city": in, not holding it)
    if trigger.kind == "gain" and _INTO_A_RING.match(text, link.object_end):
        partial = True  # "took Ugledar into a semicircle", "the capture of X in a ring": ringed, fought for, not taken
    if _HYPOTHETICAL_NOUN.search(text, max(start, trigger.start - 30), trigger.start) \
            and WOULD_AFTER.match(text[link.object_end:end]):
        return None  # "the potential Russian capture of X would not be significant": a hypothesis, no claim
    if trigger.nominal and _FAR_OFF.match(text, link.object_end, end):
        return None  # "the liberation of A and B is still a long way off": no event, not even one foretold
    factuality = "asserted" if described and speaker is None else \
        _factuality(text, trigger, link, before, scope, clause, speaker, clause_start)
    if speaker is None and _lay_belief(text, start, trigger.start):
        return None  # "Mariupol residents believe that the Russian army has taken Kharkiv": no one reports it
    if factuality != "predicted" and _TEMPORAL_FUTURE.search(text, max(start, clause_start - 14), clause_start) \
            and _PRESENT.search(before):
        factuality = "predicted"  # "When Starobilsk is liberated, …": a time yet to come
    nobody = bool(_NOBODY_JUST_BEFORE.search(text, max(start, trigger.start - 30), trigger.start))
    if factuality == "denied" and (not explicit or nobody) and trigger.kind == "gain" and speaker is not None and \
            control in ("ukraine", "russia") and control == _side(speaker, affiliation):
        control = opposite(control)  # "Kovalenko stressed that reports about the capture of X are untrue": a voice
        # denies its enemy's gains; a taking it names with no one doing it is the other side's
    attempt = factuality == "attempt"
    if trigger.rule == "contested.infiltrate" and _TRYING_TO.search(text, max(start, trigger.start - 40), trigger.start):
        return None  # "the enemy is trying to infiltrate Siversk in small groups": not in it yet, no fight there told
    if attempt:
        factuality, partial = ("attributed" if speaker is not None else "asserted"), True
        if control in ("ukraine", "russia") and _IN_VAIN.search(text, max(start, trigger.start - 45), trigger.start):
            control, partial = opposite(control), False  # "unsuccessfully trying to oust Russian troops from X":
            # tried and failed, the ones they tried to take it from hold it
        if speaker is not None and _low_confidence(speaker.speaker):
            factuality = "unconfirmed"
    if trigger.rule in PRESENCE_RULES and _FOUGHT_FORCES.search(text, max(start, trigger.start - 80), trigger.start):
        partial = True  # "Ukrainian forces were fighting Russian troops in the city": a fight there
    if trigger.rule in PRESENCE_RULES and _UNDER_PRESSURE.match(text, link.object_end):
        partial = True  # "Ukrainian forces in Pokrovsk … were facing severe pressure": in a fight there
    if trigger.rule in PRESENCE_RULES and re.search(r"\b(?:still|within|inside|remain\w*|left)\b",
                                                     text[max(start, trigger.start - 25):trigger.end], re.IGNORECASE):
        partial = True  # "there are still Ukrainian soldiers in the town", "our forces are within the city"
    if trigger.rule == "gain.verb" and text[trigger.start:trigger.end].lower().startswith("entering") and \
            _PROGRESSIVE_BEFORE.search(text, max(start, trigger.start - 20), trigger.start):
        partial = True  # "Ukrainian air assault forces are entering Lyman": on their way in, the town not yet theirs
    russian_entry = control == "russia" and not partial and trigger.rule == "gain.verb" and factuality != "denied" and \
        text[trigger.start:trigger.end].lower().startswith("enter") and not _HOLDING_AFTER_ENTRY.search(text, link.object_end, end)
    if russian_entry:
        partial = True  # "Russian troops entered Kreminna": in it, not holding it (eval README: Ukrainian entries
        # in liberation reports are told as the town's return; a Russian entry is the fight for the town; see
        # _entry_of_a_capture for an article that reports the capture too)
    site_control = control if control in ("ukraine", "russia") and not partial and trigger.kind in (
        "gain", "hold", "loss") and not trigger.nominal and trigger.rule not in _SCENE_RULES and _at_a_site(text, link) \
        and not _LAST_ACT.search(text, start, end) else None
    if site_control is not None:
        partial = True  # "recaptured an aggregate plant in the town of Vovchansk": the fight for the town, unless
        # the article tells the town itself taken (see _site_of_a_taken_town)
    if partial and control is None and text[trigger.start:trigger.end].lower().startswith("enter") and \
            not near_forces(text, clause_start, trigger, actors):
        return None  # "A truck entered the outskirts of Kharkiv": no side and no forces, no fight in a part of it
    if partial and control in ("ukraine", "russia", None, _ENEMY, _OWN):
        control, explicit = "contested", True
    if ended and control in ("ukraine", "russia"):
        control, explicit = "ukraine", True  # "the end of Russia's occupation of the city": the occupier is gone
    if no_longer and control in ("ukraine", "russia"):
        control = opposite(control)
    if denied and factuality != "predicted":
        factuality = "denied"
    if factuality == "denied" and not explicit and control in ("ukraine", "russia") and speaker is not None \
            and speaker.speaker.side == control and not _OWN_SIDES_WORD.match(text, trigger.start):
        control = opposite(control)  # one denies the other side's claim: "It's incorrect to talk of seizing X"
        # (not a liberation: "Andriivka not yet liberated, according to Deep State" is one's own side's, denied)
    side = "third_party" if speaker is None and _UNNAMED_REPORTS.search(text, start, trigger.start) \
        else _side(speaker, affiliation)
    if speaker is None and side == "outlet" and _OUR_FORCES.search(text, start, end):
        # "In order to preserve the lives of our soldiers, Ukrainian defenders withdrew from X": a side's
        # statement copied whole; "our" is the side whose forces the sentence names
        own = {a.side for a in actors if a.side in ("ukraine", "russia") and start <= a.start < end}
        if len(own) == 1:
            side = next(iter(own))
            factuality = "attributed" if factuality == "asserted" else factuality
    return _Draft(
        mention=link.mention,
        link=link,
        control=control,
        factuality=factuality,
        historical=historical(time_scope, published) or (trigger.nominal and bool(
            _SINCE_JUST_BEFORE.search(text, max(start, trigger.start - 30), trigger.start))),
        side=side,
        speaker=speaker.speaker.name if speaker else None,
        speaker_kind=speaker.speaker.kind if speaker else None,
        trigger=(trigger.start, trigger.end),
        sentence=(start, end),
        rule=f"{trigger.rule}/{link.how}" + ("/attempt" if attempt else "") + ("/entry" if russian_entry else "")
        + ("/site" if site_control is not None else ""),
        explicit=explicit,
        site_control=site_control,
    )


# A site inside a town: "an aggregate plant in the town of Vovchansk", "the Lysychansk gelatine plant",
# "Avdiivka's coke plant". Its capture is the fight for the town while the town is fought over (eval README's
# development conventions: "a facility inside a town counts as the town … contested while the town is fought
# over"); the town's own capture told in the same article makes it the capture's last act.
_SITE_NOUNS = (r"plant|factory|works|steelworks|refinery|airport|airfield|air\s?base|railway\s+station|enterprise|"
               r"industrial\s+zone|hospital|city\s+hall|(?:city\s+)?council|administration\s+building|mine|"
               r"mines|complex|combine|quarry|(?:slag\s+|waste\s+)?heap|spoil\s+tip|terrikon")
_SITE_BEFORE = re.compile(r"\b(?:" + _SITE_NOUNS + r")\s+(?:site\s+)?(?:in|of|at|within|inside)\s+(?:the\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?:city|town|village|settlement)\s+of\s+)?$", re.IGNORECASE)
_SITE_AFTER = re.compile(r"(?:['’]s)?(?:\s+(?!and\b|or\b)[\w'’-]+){0,3}?\s+(?:" + _SITE_NOUNS + r")\b", re.IGNORECASE)


# A sentence that asks, opening with an auxiliary or a question word (its claims are not told).
_DIRECT_QUESTION = re.compile(r"\s*[“\"‘]?\s*(?:has|have|had|is|are|was|were|did|does|do|will|would|can|could|should|"
                              r"may|might|who|what|when|where|why|how|which|whose)\b", re.IGNORECASE)
# (not a clause after "as / after / since" inside it: that clause is told)
_TOLD_INSIDE = re.compile(r"\b(?:as|after|since|because|now\s+that|following|once)\b", re.IGNORECASE)
# "took X into a semicircle", "the capture of X in a ring": ringed and fought for, not taken
_INTO_A_RING = re.compile(r"\s+(?:in|into)\s+(?:a\s+|the\s+)?(?:(?:tight|full|operational)\s+)?(?:semi-?circle|"
                          r"half-?ring|ring|pincers?|semi-?encirclement|encirclement|cauldron|pocket|vice|vise)\b",
                          re.IGNORECASE)
# Trying to do it, just before the trigger ("trying to infiltrate X"); trying and failing ("unsuccessfully trying
# to oust Russian troops from X").
_TRYING_TO = re.compile(r"\b(?:trying|tried|tries|try|attempting|attempted|attempts?|seeking|sought|aiming)\s+to\s+$",
                        re.IGNORECASE)
_IN_VAIN = re.compile(r"\b(?:unsuccessfully|in\s+vain|vainly|fruitlessly)\s+(?:(?:been|was|were|is|are)\s+)?"
                      r"(?:trying|tried|attempting|attempted|seeking|sought|striving)\s+to\s+$", re.IGNORECASE)


# "the industrial zone and the airport … had been completely liberated", "the withdrawal … from the Azovstal plant
# will be completed", "the town's last pocket of resistance": the site was the town's last
_LAST_ACT = re.compile(r"\b(?:complete(?:ly|d)?|total(?:ly)?|full(?:y)?|last\s+(?:pocket|stronghold|bastion|holdout|centre|center)s?)\b",
                       re.IGNORECASE)
# (a flag over the city council, soldiers in front of the city hall: a scene that tells the town taken)
_SCENE_RULES = FLAG_RULES | PRESENCE_RULES


def _at_a_site(text: str, link: Link) -> bool:
    if link.how not in ("object", "subject"):
        return False
    mention = link.mention
    if link.how == "object" and _SITE_BEFORE.search(text[link.trigger.end:mention.start]):
        return True
    if link.how == "subject" and _SITE_BEFORE.search(text, max(0, mention.start - 60), mention.start):
        return True
    return bool(_SITE_AFTER.match(text, mention.end))


def _site_of_a_taken_town(drafts: list[_Draft]) -> list[_Draft]:
    """A site's capture in an article that tells the town itself taken or held by the same side ("Russian forces
    take total control of Avdiivka … take control of Avdiivka coke plant") is that capture's last act."""
    if not any(d.site_control for d in drafts):
        return drafts
    whole = {(d.mention.place_id or d.mention.text, d.control) for d in drafts if d.site_control is None
             and d.control in ("ukraine", "russia") and d.factuality not in ("predicted", "denied") and not d.historical}
    return [replace(d, control=d.site_control) if d.site_control and (d.mention.place_id or d.mention.text, d.site_control) in whole
            else d for d in drafts]



_DEOCCUPIED = re.compile(r"de-?occup", re.IGNORECASE)
_ENEMY, _OWN = "enemy-of-article", "article-side"  # controls decided at the article's end by its side
_ENEMY_GAIN_WORD = re.compile(r"(?:captur|seiz|occup|overr|takeover|take-over)", re.IGNORECASE)
# A formation named after a place: "the Khortytsia operational group", "the “Khortytsia” Operational Strategic
# Grouping of Forces", "Khortytsia OSG" (the name, no settlement of that name).
_UNIT_NAMED_AFTER = re.compile(r"[”\"’']?\s+(?:operational|operational[- ](?:strategic|tactical)|(?:operational\s+and|"
                               r"operative)\s+strategic|OSG|OTG|OSUV|group\s+of\s+(?:forces|troops)|grouping|battle\s*group)\b",
                               re.IGNORECASE)
_DISINFORMATION_ABOUT = re.compile(r"\b(?:disinformation|misinformation|propaganda|fakes?|lies|rumou?rs?)\s+"
                                   r"(?:[\w-]+\s+){0,2}?(?:about|regarding|on|of)\s+(?:the\s+)?$", re.IGNORECASE)
_UNDER_PRESSURE = re.compile(r"[^.;]{0,80}?\b(?:(?:are|is|were|was|have\s+been|had\s+been)\s+(?:now\s+|still\s+)?"
                             r"(?:facing|under|coming\s+under)\s+(?:severe\s+|heavy\s+|intense\s+|strong\s+|constant\s+|"
                             r"mounting\s+|growing\s+)?(?:pressure|attacks?|assaults?|fire|threat\s+of\s+encirclement|"
                             r"encirclement)|(?:are|is|were|was)\s+(?:almost\s+|nearly\s+|practically\s+)?"
                             r"(?:encircled|surrounded|besieged|cut\s+off)|(?:are|is|were|was)\s+(?:now\s+|still\s+)?in\s+"
                             r"(?:a\s+)?(?:stalemate|deadlock)|(?:are|is|were|was)\s+(?:still\s+)?(?:fighting|holding\s+out|"
                             r"resisting))\b", re.IGNORECASE)
_OWN_SIDES_WORD = re.compile(r"(?:liberat|de-?occup|freed\b)", re.IGNORECASE)
_OUR_FORCES = re.compile(r"\bour\s+(?:[\w-]+\s+)?(?:soldiers|troops|forces|defenders|units|warriors|heroes|military|"
                         r"army|guys|boys|fighters|servicemen|brigades?)\b", re.IGNORECASE)
# "There are reports that …", "Reports suggest …": unnamed battlefield reports, a third party's voice.
_UNNAMED_REPORTS = re.compile(r"\b(?:there\s+(?:are|were|have\s+been)\s+(?:also\s+)?(?:unconfirmed\s+|unverified\s+|some\s+)?"
                              r"reports|(?:^|[.!?]\s+)reports\s+(?:suggest|indicate|say|said))\b", re.IGNORECASE)


def _clause_end(text: str, position: int, sentence_end: int) -> int:
    found = _CLAUSE_BREAK.search(text, position, sentence_end)
    return found.start() if found else sentence_end


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    """Where the clause holding ``position`` begins. A relative clause after a comma does not
    cut: its subject is what it follows ("Russian forces, which seized X in April, are now
    retreating" — both verbs have Russian forces as subject)."""
    cut = sentence_start
    opened: tuple[int, int] | None = None  # (the cut before an opening dash, where the dash stands)
    for found in _CLAUSE_BREAK.finditer(text, sentence_start, position):
        if found.group(0).lower() in ("which", "who") and text[max(0, found.start() - 2):found.start()].strip() == ",":
            continue
        if found.group(0) in "—–":
            if opened is not None and found.start() - opened[1] <= _DASH_ASIDE_REACH:
                cut, opened = opened[0], None  # "The Russian army – this must be verified – captured it": the
                continue  # aside between two dashes cuts nothing of the clause around it
            opened = (cut, found.start())
        if found.group(0) in _QUOTES and position - found.end() <= 1:
            continue  # a scare-quoted word ("the “liberation” of X") opens no clause
        if found.group(0) in "()" and _ACRONYM_ASIDE.search(text, max(0, found.start() - 8), found.end() + 8):
            continue  # "The Armed Forces of Ukraine (AFU) have regained …": an acronym's brackets open no clause
        cut = found.end()
    return cut


_QUOTES = frozenset('“”"')
_DASH_ASIDE_REACH = 80  # characters between the two dashes of an aside
_FAR_OFF = re.compile(r"(?:\s+and\s+(?-i:[A-Z])[\w'’-]+)*\s+(?:is|are|remains?)\s+(?:still\s+)?(?:a\s+long\s+way\s+off|far\s+off|"
                      r"far\s+away|a\s+distant\s+prospect|out\s+of\s+reach)\b", re.IGNORECASE)
_ACRONYM_ASIDE = re.compile(r"\((?-i:[A-Z]{2,6})\)")


_NEW_CLAUSE = re.compile(r",\s*(?:but|while|whereas|yet)\b|;", re.IGNORECASE)


# "As Ukrainian News Agency earlier reported, …": an agency citing its own earlier report speaks in
# its own voice, the outlet's.
_OWN_EARLIER_REPORT = re.compile(r"\bas\s+[^,;:]{2,60}?\s+(?:earlier|previously|already)\s+reported\s*,", re.IGNORECASE)


def _speaker_for(trigger: Trigger, speakers: list[Attribution], _text: str | None = None) -> Attribution | None:
    covering = [s for s in speakers if s.start <= trigger.start < s.end or s.start <= trigger.end <= s.end]
    if _text is not None:
        covering = [s for s in covering if not (s.verb == "reported" and _OWN_EARLIER_REPORT.search(
            _text, max(0, s.verb_start - 80), s.verb_start + 12) and s.speaker.name.lower().startswith("as "))]
    if not covering:
        return None
    if len(covering) > 1 and any(s.speaker.kind != "media" for s in covering):
        # "According to CNN, the Russian forces claimed …", "Shoigu said, according to Ria quoted by Reuters":
        # an outlet passing a voice on is not the voice
        covering = [s for s in covering if s.speaker.kind != "media"]
    # The nearest verb before the trigger governs it ("…, denying X, admitted Y"), unless a new
    # clause begins between them and a voice named after the trigger speaks for it ("Russia claimed
    # X, but there are still Ukrainian soldiers in X, the army said").
    preceding = [s for s in covering if s.verb_start <= trigger.start]
    following = [s for s in covering if s.verb_start > trigger.end]
    if preceding and following and _text is not None and _NEW_CLAUSE.search(
            _text, max(preceding, key=lambda s: s.verb_start).verb_start, trigger.start):
        return following[0]
    return max(preceding, key=lambda s: s.verb_start) if preceding else covering[0]


_PASSIVE_JUST_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got|gets)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _fronted_subject(text: str, link: Link, actors: list[ActorMention]) -> ActorMention | None:
    """"After being driven back from Kyiv and Kharkiv, Russian forces are …": a phrase put
    before its clause has that clause's subject, right after the comma that closes it (or after
    the short asides that follow it: "…, in the Donetsk region, over the weekend, Ukrainian forces …")."""
    for comma in _aside_commas(text, link.object_end, _ASIDE_REACH):
        start = _SUBJECT_OPENING.match(text, comma + 1).end()
        subject = next((a for a in actors if a.start == start and not a.oblique), None)
        if subject is not None:
            return subject
    return None


def _aside_commas(text: str, position: int, first_reach: int) -> Iterator[int]:
    """Where the commas that close a fronted phrase and up to two short asides after it stand: the
    first within ``first_reach`` characters of ``position``, each later one within _ASIDE_REACH of
    the one before, none past a sentence's or clause's stop."""
    reach = first_reach
    for _ in range(_FRONTED_ASIDES):
        comma = text.find(",", position, position + reach)
        if comma < 0 or _CLAUSE_STOP.search(text, position, comma):
            return
        yield comma
        position, reach = comma + 1, _ASIDE_REACH


_SUBJECT_OPENING = re.compile(r"\s*(?:the\s+)?")
_CLAUSE_STOP = re.compile(r"[.;:!?]")
_FRONTED_ASIDES = 3  # commas after a fronted phrase, before its clause's subject
_ASIDE_REACH = 40  # characters of one such aside
_FRONTED_REACH = 120  # characters from a fronted clause's verb to the comma that closes it


def _control(text: str, trigger: Trigger, link: Link, actors: list[ActorMention], clause_start: int,
             speaker: Attribution | None, affiliation: str | None) -> tuple[str | None, bool]:
    """Whose control the trigger means, and whether an actor in the text said so."""
    if trigger.kind == "contested":
        return "contested", True
    speaker_side = _side(speaker, affiliation) if speaker else None
    speaker_side = speaker_side if speaker_side in ("ukraine", "russia") else None

    def resolve(side: str | None, actor: ActorMention | None = None) -> str | None:
        if side == "speaker" and actor is not None and _POSSESSIVE_PRONOUN.match(text, actor.start):
            owner = _owner_before(text, actor, actors, clause_start)
            if owner is not None:
                return owner  # "denied Russia's claims that its forces had seized X": its = Russia's
            named = [a.side for a in actors if a.end <= actor.start and a.side in ("ukraine", "russia")
                     and not a.oblique and not _object_of_verb(text, a)]  # (not "Russia invaded Ukraine, and its …")
            if speaker_side is None and named:
                return named[-1]  # "Ukraine regained territory, and its forces now control X": in the outlet's voice
        return {"speaker": speaker_side, "enemy": speaker_side and opposite(speaker_side)}.get(side, side)

    actor, receives = _by_phrase(text, link, actors)
    if actor is None and trigger.side is not None and trigger.needs != "actor":
        side = resolve(trigger.side)
        if side is not None:
            return side, True
    if actor is None and trigger.kind == "gain" and _DEOCCUPIED.match(text, trigger.start):
        return "ukraine", True  # "the de-occupied village of X": only Ukraine's word, for its own return
    if actor is None and trigger.expel:
        # "pushed Russian troops out of X": the actor after the verb left; "were pushed out": the subject did.
        inside = [a for a in actors if trigger.start < a.start and a.end <= trigger.end]
        if inside and (side := resolve(inside[0].side)) in ("ukraine", "russia"):
            return opposite(side), True
        if _PASSIVE_JUST_BEFORE.search(text, clause_start, trigger.start) or \
                _FELL_BACK.match(text, trigger.start, trigger.end):
            # ("Russian forces pushed back slightly from Mykolaiv": "pushed back" with no one pushed is their retreat)
            loser = _subject(text, trigger, actors, clause_start, link, speaker) or \
                _fronted_subject(text, link, actors)
            if loser is not None and (side := resolve(loser.side)) in ("ukraine", "russia"):
                return opposite(side), True
            return (opposite(speaker_side), False) if speaker_side else (None, False)
    if actor is None and trigger.kind == "loss":
        # "the withdrawal of its troops from", "regroup Russian troops stationed in".
        inside = [a for a in actors if trigger.start <= a.start and a.end <= trigger.end]
        actor = inside[0] if inside else None
        if actor is not None and resolve(actor.side, actor) is None:
            actor = None  # "Russia withdrew its troops from X": 'its' is the subject's, found below
    if actor is None and link.how == "located":
        # "Ukrainian troops in X ordered to retreat": the forces named with the place.
        near = [a for a in actors if link.mention.start - 60 <= a.start < link.mention.start and not a.oblique]
        actor = near[-1] if near else None
    if actor is None and trigger.rule in PRESENCE_RULES and any(
            (trigger.start - 2 <= a.end <= trigger.start or _OWN_FORCES_NOUN.fullmatch(text, a.end, trigger.start))
            and _ATTACKED.search(text, max(0, a.start - 30), a.start)
            and not _AIR_WEAPONS.search(text, max(clause_start, a.start - 60), a.start) for a in actors):
        # "the Russians hit our forces in Makiivka", "continued to attack Ukrainian defenders in Mariupol": the
        # forces there are fought, the place fought over
        return "contested", True
    if actor is None and trigger.rule in PRESENCE_RULES:
        # "Ukrainian troops in X": only the forces named right before the place
        adjacent = [a for a in actors if (trigger.start - 2 <= a.end <= trigger.start
                                          or _OWN_FORCES_NOUN.fullmatch(text, a.end, trigger.start))  # "our troops in"
                    and not _object_of_verb(text, a)
                    and (not a.oblique or re.search(r"\bwith\s+(?:the\s+)?$", text[max(0, a.start - 10):a.start])
                         or _seen_forces_of(text, a.start))]
        if not adjacent:
            return None, False
        actor = adjacent[-1]
    if actor is None and trigger.rule in SPEAKER_LOSES and _THEIR_BEFORE.search(text, max(0, trigger.start - 8),
                                                                                 trigger.start):
        # "the collapse of the enemy front after their loss of Vuhledar": 'their' is the side named last
        owners = [a for a in actors if a.end <= trigger.start and (not a.oblique or a.side == "enemy")]  # ("the
        # collapse of the enemy front after their loss of X": the enemy, though inside a phrase)
        if owners and (side := resolve(owners[-1].side, owners[-1])) in ("ukraine", "russia"):
            return opposite(side), True
    if actor is None:
        actor = _subject(text, trigger, actors, clause_start, link, speaker)
    if actor is not None:
        side = resolve(actor.side, actor)
        if side is not None:
            # ("Russia suffered the loss of Lyman", "Ukraine's loss of X": the owner of a loss lost the place)
            loses = trigger.kind == "loss" or trigger.rule in SPEAKER_LOSES
            return (opposite(side) if loses and not receives else side), True
        if actor.side == "enemy" and trigger.kind in ("gain", "hold", "loss"):
            # "The enemy did not capture them" in the outlet's voice: the enemy of the article's side, decided with
            # it at the article's end (ENEMY: the other side's; OWN: the article's, for what the enemy lost)
            loses = trigger.kind == "loss" or trigger.rule in SPEAKER_LOSES
            return (_OWN if loses and not receives else _ENEMY), True
    if actor is None and trigger.kind == "gain" and trigger.nominal and \
            (gainer := _BENEFICIARY_AFTER.match(text, link.object_end)) is not None:
        return nationality(gainer.group("nation")), True  # "The capture of Siversk brings Russia closer to …",
        # "the fall of X would allow Ukraine to …": the one the taking brings forward took it
    if trigger.default is not None:
        return trigger.default, True
    # (from just before the clause: "said that forces had …", the clause opened by its "that")
    if speaker_side is not None and trigger.kind == "loss" and _BARE_FORCES_SUBJECT.search(
            text, max(0, clause_start - 5), trigger.start):
        return opposite(speaker_side), True  # "The troops had to leave X, Moscow has confirmed": its own troops
    if speaker_side is not None and trigger.kind in ("gain", "hold") and _BARE_FORCES_SUBJECT.search(
            text, max(0, clause_start - 5), trigger.start):
        return speaker_side, True  # "According to him [Siversk's head], the Armed Forces control the city"
    if speaker_side == "ukraine" and trigger.kind == "gain" and _ENEMY_GAIN_WORD.match(text, trigger.start) and \
            speaker is not None and not trigger.nominal and re.match(r"\w+ed\b", text[trigger.start:trigger.end]) and \
            _DETERMINER_BEFORE.search(text, max(0, trigger.start - 12), trigger.start):
        return "russia", False  # "Governor Hryhorov said the captured villages were A and B": a Ukrainian voice's
        # "captured" villages, a participle with no doer, are the enemy's (its own side's it calls liberated)
    if speaker_side == "ukraine" and trigger.kind == "gain" and _ENEMY_GAIN_WORD.match(text, trigger.start) and \
            speaker is not None and speaker.speaker.kind not in ("official", "military", "proxy"):
        return "russia", False  # "DeepState analysts report the capture of Berdychi": Ukrainian observers call their
        # side's gains liberations; a capture or an occupation they report with no one named is the enemy's (an
        # official's "claimed the capture of X", as an outlet retells it, may be Ukraine's own)
    if speaker_side is not None and trigger.kind == "gain" and _ALLEGED_JUST_BEFORE.search(
            text, max(clause_start, trigger.start - 25), trigger.start) and (
            last_nationality(text[clause_start:trigger.start]) == opposite(speaker_side)
            or _PROPAGANDA.search(text, clause_start, trigger.start)):
        return opposite(speaker_side), False  # "statements by Putin about the alleged liberation of X", "propagandists
        # published footage from the allegedly 'liberated' X" in a Ukrainian voice: the gain its enemy claims, the
        # enemy named with it (not "Shoigu reported the alleged capture of X", the outlet's doubt of the voice's claim)
    if speaker_side == "ukraine" and trigger.rule in _FALL_RULES and not re.search(
            r"\b(?:russian|russia)-(?:held|occupied|controlled)\b|\boccupied\b",
            text[min(trigger.end, link.mention.start):max(trigger.start, link.mention.end)], re.IGNORECASE):
        return "russia", False  # "Arestovych appeared to confirm the fall of Lyman": a town falls to the enemy of
        # those who speak of its fall; Ukraine's own returns are liberations
    if speaker_side is not None:
        loses = trigger.kind == "loss" or trigger.rule in SPEAKER_LOSES
        return (opposite(speaker_side) if loses else speaker_side), False
    if trigger.kind == "gain" and _SCARE_QUOTED_LIBERATION.match(text, max(0, trigger.start - 1)):
        return "russia", False  # 'the defence ministry said troops had "liberated" the village of X': reporting puts
        # Moscow's word for its captures in quotation marks (never Kyiv's for its own returns)
    return None, False


_SCARE_QUOTED_LIBERATION = re.compile(r"[\"“‘']liberat(?:ed|ing|e|es|ion)[\"”’']", re.IGNORECASE)


_NOUN_SUBJECT_VERB = re.compile(r"\b(?:stop(?:s|ped|ping)?\s+at|consolidat(?:e|es|ed|ing)|complet(?:e|es|ed|ing)|"
                                r"finish(?:es|ed|ing)?|celebrat(?:e|es|ed|ing)|build(?:s|ing)?\s+on|built\s+on|"
                                r"follow(?:ed|ing)?\s+up\s+on)\s+(?:(?:the|their|its|his|our|this)\s+)?"
                                r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "Since the capture of Kherson, the city council has worked under …": the time since an earlier taking, background.
_SINCE_JUST_BEFORE = re.compile(r"\b(?:ever\s+)?since\s+(?:the\s+|their\s+|its\s+)?(?:(?:russian|ukrainian)\s+)?$", re.IGNORECASE)
_BENEFICIARY_AFTER = re.compile(r"\s*(?:,[^,;:]{1,60},)?\s*(?:(?:would|could|will|may|might|has|have|had)\s+)?"
                                r"(?:brings?|brought|gives?|gave|given|allows?|allowed|lets?|puts?|helps?|helped|enables?|"
                                r"enabled)\s+(?P<nation>russia|ukraine|moscow|kyiv|kiev|the\s+(?:russians|ukrainians|kremlin)|"
                                r"(?:russian|ukrainian)\s+(?:forces|troops|army))\b", re.IGNORECASE)
# "Our troops remain in their positions, nobody has captured X": no one did it, whoever the sentence names before
_NOBODY_JUST_BEFORE = re.compile(r"\b(?:nobody|no\s+one|no-one)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_ALLEGED_JUST_BEFORE = re.compile(r"\b(?:alleged|allegedly|so-called|purported|purportedly|supposed|supposedly|claimed|"
                                  r"self-proclaimed|fake|fictitious|imaginary|mythical)\s+[\"“]?$", re.IGNORECASE)
_PROPAGANDA = re.compile(r"\bpropagand\w*", re.IGNORECASE)  # a voice's word for its enemy's media
_FALL_RULES = frozenset({"gain.fall", "gain.fallen", "gain.fall_possessive", "gain.fell_bare"})


# Forces whose being somewhere is what a noun shows or counts: "footage of Ukrainian forces in X", "visual
# confirmation of Wagner Group forces in central X", "a concentration of Russian troops in X".
_SEEN_FORCES_OF = re.compile(r"\b(?:videos?|footage|photos?|photographs?|images?|pictures?|confirmation|evidence|"
                             r"sightings?|concentrations?|deployments?|arrival|appearance)\s+of\s+(?:the\s+)?$",
                             re.IGNORECASE)
_NOT_SEEN = re.compile(r"\b(?:yet\s+to|no|not|n['’]t|never|without|lack\s+of|absence\s+of)\s+(?:[\w-]+\s+){0,3}$",
                       re.IGNORECASE)


def _seen_forces_of(text: str, actor_start: int) -> bool:
    """Forces a noun shows ("footage of Ukrainian forces in X"), not forces no one has seen ("have yet to
    see visual evidence of Russian forces in X")."""
    found = _SEEN_FORCES_OF.search(text, max(0, actor_start - 40), actor_start)
    return found is not None and not _NOT_SEEN.search(text, max(0, found.start() - 40), found.start())


# "pushed back (slightly) from X" with no one named between: intransitive, the subject fell back.
_FELL_BACK = re.compile(r"(?:pushed|forced|driven|thrown|knocked)\s+back\s+(?:(?:slightly|further|somewhat|\w+ly)\s+)?"
                        r"(?:from|out\s+of)\b", re.IGNORECASE)
# The forces noun after "our" ("our troops are in X"): the actor found is the pronoun alone.
_OWN_FORCES_NOUN = re.compile(rf"\s+(?:{PRESENCE_FORCES})\s+", re.IGNORECASE)
# Forces named with no side, as the subject of a retreat its speaker reports: the speaker's own.
_BARE_FORCES_SUBJECT = re.compile(r"(?:(?:^|[\s\"“‘'(])(?:the|our)\s+|\bthat\s+)(?:troops|(?:armed\s+)?forces|army|"
                                  r"military|units|soldiers|servicemen|defenders)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)

# "— the troops hold the villages of …": the clause's subject, bare, right before its verb (not "seized by the
# Armed Forces of Ukraine in X").
_BARE_TROOPS_BEFORE = re.compile(r"(?:^|[\s\"“‘'(—–])(?<!\bby\s)(?:the|our)\s+(?:troops|forces|army|military|units|soldiers|"
                                 r"servicemen|defenders)\s+(?:(?:still|now|firmly|continue\s+to)\s+)?$", re.IGNORECASE)
_POSSESSIVE_PRONOUN = re.compile(r"(?:its|their|it)\b", re.IGNORECASE)
_NATION_WORD = re.compile(r"\b(?:(?P<ru>russia['’]s|russian|moscow['’]s|moscow|kremlin['’]s|russia)|"
                          r"(?P<ua>ukraine['’]s|ukrainian|kyiv['’]s|kiev['’]s|kyiv|ukraine))\b", re.IGNORECASE)


_THEIR_BEFORE = re.compile(r"\b(?:their|its)\s+$", re.IGNORECASE)


_CLAIMS_BY = re.compile(r"\b(?:claims?|statements?|reports?|assertions?)\s+(?:made\s+)?by\s+(?:the\s+)?$", re.IGNORECASE)


def _owner_before(text: str, actor: ActorMention, actors: list[ActorMention], clause_start: int) -> str | None:
    """Whose 'its'/'their': the nation named last before it in the sentence, when that is not the
    speaker's own subject ("Ukraine denied Russia's claims that its forces …")."""
    sentence_start = max(0, text.rfind("\n", 0, actor.start))
    found = None
    for nation in _NATION_WORD.finditer(text, max(sentence_start, actor.start - 120), actor.start):
        found = nation
    if found is None:
        return None
    if not re.search(r"(?:['’]s\s+(?:\w+\s+){0,2}|(?<=n)\s+)(?:claims?|statements?|reports?|assertions?)\b",
                     text[found.start():actor.start], re.IGNORECASE) and not _CLAIMS_BY.search(
                         text, max(sentence_start, found.start() - 40), found.start()):  # (or "a Ukrainian claim")
        return None  # ("dismissed claims by Russia that its forces …": Russia's)
    return "russia" if found.group("ru") else "ukraine"


def _by_phrase(text: str, link: Link, actors: list[ActorMention]) -> tuple[ActorMention | None, bool]:
    """'liberated by the Ukrainian army', 'fell to Russian forces', 'under the control of the
    LPR forces'; the flag says the actor receives the place ("leaving Kherson to the
    Ukrainians"), whatever the verb."""
    trigger = link.trigger
    if trigger.rule in ("hold.control_of", "gain.come_under") and text[trigger.start:trigger.end].rstrip().lower() \
            .endswith(("of", "the", "self-proclaimed", "so-called")):
        for actor in actors:
            if trigger.end <= actor.start <= trigger.end + 12:
                return actor, False
    for anchor in (trigger.end, link.object_end):
        found = _BY_ACTOR.match(text, anchor)
        if found:
            for actor in actors:
                if found.end() <= actor.start <= found.end() + 5:
                    return actor, found.group(0).rstrip().lower().endswith("to")
    return None, False


# "reports about Ukrainian forces entering Izium": an actor right before its verb is its subject.
_IMMEDIATELY_BEFORE = re.compile(r"\s*(?:(?:have|has|had|were|was|are|is|now|also|already|reportedly|finally)\s+)*$",
                                 re.IGNORECASE)
_TO_INFINITIVE = re.compile(r"\s+to\s+(?:(?:have|be|still|now|fully|completely)\s+){0,2}", re.IGNORECASE)
# Subordinate clauses fronted before the main subject: "After entering X, Ukrainian forces …".
_FRONTED = re.compile(r"^\s*(?:after|having|following|upon|on|before|while|when|since|once|despite|by)\b", re.IGNORECASE)
# The same conjunction opening the sentence, just before the clause it opens (mid-paragraph, or after a quote mark).
_FRONTED_LEAD = re.compile(r"(?:^|[.!?;:\"“”‘(]\s*)(?:after|having|following|upon|on|before|while|when|since|once|"
                           r"despite|by)\s*$", re.IGNORECASE)


def _subject(text: str, trigger: Trigger, actors: list[ActorMention], clause_start: int, link: Link,
             speaker: Attribution | None = None) -> ActorMention | None:
    """The actor of the trigger's clause: the last actor before it that stands neither in a
    prepositional phrase ("in eastern Ukraine") nor as another verb's object ("engaged
    Ukrainian forces"), after the speech verb that governs the trigger ("Russia says Ukrainian
    forces retook X"); past a quotation mark inside the sentence ('said Russian troops had
    "completely liberated X"'); or the main subject after a fronted clause ("After entering
    X, Ukrainian forces …")."""
    lo = clause_start
    if speaker is not None and speaker.verb_start < trigger.start and _TO_INFINITIVE.fullmatch(
            text, speaker.verb_start + len(speaker.verb), trigger.start):
        # "Ukraine still claims to control 60% of X": the claimant is the infinitive's subject
        own = [a for a in actors if a.end <= speaker.verb_start and speaker.verb_start - a.end <= 12 and not a.oblique]
        if own:
            return own[-1]
    if speaker is not None and speaker.verb_start < trigger.start:
        lo = max(lo, speaker.verb_start + len(speaker.verb))
        if speaker.verb == "according to":  # past the source's name: "According to X, Ukrainian forces …"
            comma = text.find(",", lo, trigger.start)
            lo = comma + 1 if comma >= 0 else lo

    def usable(a: ActorMention, low: int) -> bool:
        return low <= a.start and a.end <= trigger.start + 3 and (
            not a.oblique or (text[trigger.start:trigger.end].split()[0].lower().endswith("ing")
                              and bool(_IMMEDIATELY_BEFORE.match(text, a.end, trigger.start)))
            or bool(_FOR_X_TO.match(text, a.end, trigger.start))) and not _object_of_verb(text, a)

    claimant = _NATION_STATEMENTS_ABOUT.search(text, max(lo, trigger.start - 60), trigger.start)
    if claimant:  # "Russian statements about capturing X": the taking the statements tell is that nation's
        return _nation_actor(claimant)
    owner = _NATION_BEFORE_NOUN.search(text, max(lo, trigger.start - 30), trigger.start)
    if owner and _DETERMINER_BEFORE.search(text, max(0, owner.start() - 12), owner.start()):
        # "the Russian retreat from Lyman", "after the Ukrainian recapture of X": a nation's adjective right
        # before the word makes it a noun, and the nation its doer, whoever the clause's subject is
        return _nation_actor(owner)
    possessor = next((a for a in reversed(actors) if lo <= a.start and a.end < trigger.start
                      and _POSSESSIVE_GAP.fullmatch(text, a.end, trigger.start)), None)
    if possessor is not None:
        return possessor  # "celebrating the Russian troops' withdrawal from X": the owner of the noun withdrew
    candidates = [a for a in actors if usable(a, lo)]
    if not candidates and lo > 0 and text[lo - 1:lo] in ('"', "“", "”") and lo - 1 == clause_start - 1:
        # 'said Russian troops had "completely liberated X"': the quotation continues the clause.
        previous = _clause_start(text, text.rfind("\n", 0, lo - 1) + 1, lo - 1)
        candidates = [a for a in actors if usable(a, previous) and a.end <= lo]
    if link.how in ("subject", "list") and link.mention.end <= trigger.start:
        # "Izium, which Russia seized in April, was liberated": the place is the subject; an
        # actor between it and the verb belongs to an aside.
        candidates = [a for a in candidates if not link.mention.end <= a.start < trigger.start]
    if trigger.nominal:
        # "Ukraine's capture of": only an actor right before the noun owns it.
        candidates = [a for a in candidates if trigger.start - a.end <= 20]
        if candidates:
            return candidates[-1]
        owner = _NATION_BEFORE_NOUN.search(text, max(lo, trigger.start - 30), trigger.start) or \
            _NATION_NOUN_AND.search(text, max(lo, trigger.start - 120), trigger.start)
        if owner:  # "the Russian seizure of X": the nation's adjective owns the noun (and the next one:
            # "reported Russian advances north of Y and the seizure of X")
            return _nation_actor(owner)
        if not _NOUN_SUBJECT_VERB.search(text, max(lo, trigger.start - 40), trigger.start):
            return None
        # "Russian forces have not stopped at the capture of Avdiivka", "Ukrainian troops consolidated the liberation
        # of X": the doer of a verb that carries a taking on took it (not "exploit", "following": told of before)
        subjects = [a for a in actors if usable(a, lo) and a.end <= trigger.start]
        return subjects[-1] if subjects else None
    if candidates:
        return candidates[-1]
    if clause_start > 0 and _ELIDED_SUBJECT.fullmatch(text, clause_start, trigger.start) and \
            re.search(r"\bbut\s*$", text[max(0, clause_start - 8):clause_start], re.IGNORECASE):
        # "Russian forces still control Lyman but have withdrawn from X": the subject of the
        # verb before 'but' does this one too
        before = _clause_start(text, text.rfind("\n", 0, clause_start) + 1, clause_start - 4)
        earlier = [a for a in actors if before <= a.start and a.end <= clause_start and not a.oblique
                   and not _object_of_verb(text, a)]
        if earlier:
            return earlier[0]
    if clause_start > 0 and _ELIDED_SUBJECT.fullmatch(text, clause_start, trigger.start) and \
            text[trigger.start:trigger.end].split()[0].lower().endswith("ing") and \
            re.search(r"\b(?:after|before|while|when|since)\s*$", text[max(0, clause_start - 8):clause_start], re.I):
        # "Some Russian troops remained in the region after pulling back from X": a participle after a
        # conjunction has the main clause's subject
        before = _clause_start(text, text.rfind("\n", 0, clause_start) + 1, clause_start - 7)
        earlier = [a for a in actors if before <= a.start and a.end <= clause_start and not a.oblique
                   and not _object_of_verb(text, a)]
        if earlier:
            return earlier[0]
    sentence_start = text.rfind("\n", 0, trigger.start) + 1
    lead = text[max(sentence_start, clause_start - 12):clause_start] if clause_start > sentence_start else ""
    if _FRONTED.match(text, max(sentence_start, clause_start), trigger.start) or _FRONTED_LEAD.search(lead):
        for comma in _aside_commas(text, trigger.end, _FRONTED_REACH):  # (past short asides: "After regaining
            # the city of Lyman, in the Donetsk region, over the weekend, Ukrainian forces …")
            after = [a for a in actors if comma < a.start <= comma + 20 and not a.oblique]
            if after:
                return after[0]
    return None


# Russia's regions where Ukrainian forces fought (2022-2025): their villages share names with
# Ukraine's ("Krupets", "Viktorivka"), so an article that names one places no ambiguous name.
# The names one of which every match of _RUSSIAN_REGION holds, in lower case (see scan.caseless).
_RUSSIAN_REGIONS_LATIN = ("kursk", "belgorod", "bryansk")
_RUSSIAN_REGIONS_CYRILLIC = ("курськ", "курск", "бєлгородськ", "белгородск", "брянськ", "брянск")
_RUSSIAN_REGION_NAMES = _RUSSIAN_REGIONS_LATIN + _RUSSIAN_REGIONS_CYRILLIC
_RUSSIAN_REGION = re.compile(rf"\b(?:{'|'.join(_RUSSIAN_REGIONS_LATIN)})(?:\s+(?:region|oblast|province|area)|['’]s)\b"
                             rf"|\b(?:{'|'.join(_RUSSIAN_REGIONS_CYRILLIC)})\w*\s+(?:област|обл\.|регіон|регион)",
                             re.IGNORECASE)
# "Basivka in Sumy region": a Ukrainian oblast named with the place (not "in the Kursk region").
_UKRAINIAN_OBLAST_AFTER = re.compile(rf",?\s+(?:in\s+(?:the\s+|ukraine['’]s\s+)?)?(?!(?:{'|'.join(_RUSSIAN_REGIONS_LATIN)})\b)"
                                     r"(?-i:[A-Z])[\w'’-]+\s+(?:region|oblast|province)\b", re.IGNORECASE)
_RELATIVE_PAST = re.compile(r"\b(?:settlements|villages|towns|localities|cities|communities)\s+(?:that|which)\s+"
                            r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:temporarily\s+)?$", re.IGNORECASE)
_FORMERLY = re.compile(r"\b(?:previously|formerly|once|earlier|until\s+recently|long)\s+(?:\w+-)?$", re.IGNORECASE)
# A conjunction that opens a participle's clause ("After liberating X, …", "By capturing X, …").
_CONJUNCTION_BEFORE = re.compile(r"\b(?:after|upon|following|since|by|on|having)\s*$", re.IGNORECASE)
# An occupation told as over: "the end of Russia's occupation of X", "ended the occupation of X".
_ENDED_BEFORE = re.compile(r"\b(?:end|ending|ended|ends|close)\s+(?:of\s+|to\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$",
                           re.IGNORECASE)
def _nation_actor(found: re.Match[str]) -> ActorMention:
    """The nation an adjective names ("Russian", "Ukrainian" in group 1), as the actor at its words."""
    return ActorMention(found.start(), found.end(), "ukraine" if found.group(1).lower() == "ukrainian" else "russia",
                        "agent")


_NATION_STATEMENTS_ABOUT = re.compile(r"\b(russian|ukrainian)\s+(?:(?:official|military|media)\s+)?(?:statements?|claims?|"
                                      r"reports?|assertions?|allegations?)\s+(?:about|of|on|regarding)\s+(?:the\s+)?$",
                                      re.IGNORECASE)
_NATION_NOUN_AND = re.compile(r"\b(russian|ukrainian)\s+(?:advances?|gains?|offensives?|assaults?|attacks?|successes)\b"
                              r"[^.;:!?()]{0,90}?,?\s+and\s+(?:the\s+)?$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|after|before|following|amid|since|during|with|of)\s+$",
                                re.IGNORECASE)
# A hypothesis named as such: "the hypothetical Russian capture of X would …" (but "the eventual
# fall of X" is a prediction).
_HYPOTHETICAL_NOUN = re.compile(r"\b(?:hypothetical|potential|possible|theoretical)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# An owner's mark and at most an adjective between a plural owner and the noun it owns ("troops' withdrawal").
_POSSESSIVE_GAP = re.compile(r"['’]\s+(?:(?:full|complete|partial|hasty|rapid|reported|final|eventual)\s+)?", re.IGNORECASE)
# A nation's adjective right before an action noun owns it: "the Russian seizure of X", "the
# Ukrainian recapture of X" (but "the Russian-held" or "pro-Russian" are no owners).
_NATION_BEFORE_NOUN = re.compile(r"(?<![\w-])(russian|ukrainian)\s+(?:(?:full|complete|eventual|final|swift|rapid|"
                                 r"reported|claimed|successful)\s+)?$", re.IGNORECASE)
# "for Russian forces to capture X": the actor after "for" does the infinitive.
_FOR_X_TO = re.compile(r"\s+to\s+(?:(?:fully|finally|completely)\s+)?$", re.IGNORECASE)
# A clause with no subject of its own: auxiliaries and adverbs only before its verb.
_ELIDED_SUBJECT = re.compile(r"\s*(?:(?:have|has|had|were|was|are|is|then|also|since|now|already|reportedly|"
                             r"later|subsequently|finally|partially|fully|completely)\s+)*", re.IGNORECASE)


# A verb right before an actor makes it that verb's object: "engaged Ukrainian forces", "repelled
# Russian troops" (but "ordered Ukrainian troops to withdraw": the troops withdraw).
_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+(?:ed|ing)|engage|engages|attack|attacks|repel|repels|defeat|defeats|"
                          r"strike|strikes|shell|shells|bomb|bombs|target|targets|kill|kills|destroy|destroys|"
                          r"push|pushes|rout|routs|encircle|encircles|surround|surrounds|trap|traps|meet|met|"
                          r"fight|fights|drive|drives|drove|beat|beats|hit|hits|stop|stops|halt|halts|"
                          r"support|supports|supply|supplies|reinforce|reinforces|threaten|threatens)\s+"
                          r"(?:(?:the|a|an|its|their|his|some|all|remaining|retreating|advancing)\s+)?$")
_FORCE_PARTICIPLES = frozenset("encircled surrounded besieged isolated outnumbered".split())
_PERFECT_AUXILIARY = re.compile(r"\b(?:has|have|had|having)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_NOT_VERBS = frozenset("""allied armed backed based supported led trained equipped mixed united combined seasoned
hardened sanctioned installed appointed proclaimed controlled occupied advanced retreating advancing remaining
defending attacking fighting invading occupying liberating so-called alleged embattled beleaguered exhausted
besieged encircled surrounded isolated outnumbered during following including regarding concerning excluding
pending according""".split()) | frozenset(SPEECH_VERBS.split("|"))


# A verb of fighting whose object is forces: "attacked Ukrainian defenders in X" (not "shelled": a strike).
_ATTACKED = re.compile(r"\b(?:attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|storm(?:s|ed|ing)?|hit(?:s|ting)?|engag(?:e|es|ed|ing)|"
                       r"fight(?:s|ing)?|fought|encircl(?:e|es|ed|ing)|surround(?:s|ed|ing)?|trap(?:s|ped|ping)?)\s+"
                       r"(?:(?:the|its|their|his|our|some|all|remaining)\s+)?(?:[\w'’\[\]-]+\s+){0,2}?$", re.IGNORECASE)
_AIR_WEAPONS = re.compile(r"\b(?:missiles?|drones?|rockets?|bombs?|airstrikes?|air strikes?|aircraft|aviation|shells?|"
                          r"artillery)\b", re.IGNORECASE)


def _object_of_verb(text: str, actor: ActorMention) -> bool:
    found = _VERB_BEFORE.search(text, max(0, actor.start - 30), actor.start)
    if not found:
        return False
    verb = found.group("verb").lower()
    if verb in _NOT_VERBS and (verb not in _FORCE_PARTICIPLES or not _PERFECT_AUXILIARY.search(
            text, max(0, found.start() - 20), found.start())):
        return False  # ("encircled Ukrainian forces": the forces; "had encircled Ukrainian forces": a verb's object)
    return not re.match(r"(?:(?!\band\b)[^,;.]){0,40}?\bto\s+\w", text[actor.end:actor.end + 50])
    # ("forced Russian troops to withdraw": the object does the infinitive; "stopped the Russian advance and
    # continue to control X": a second verb of the first subject)


# Forces told pressing on: "Ukrainian forces are slowly pushing farther south".
_PRESSING_ON = re.compile(r"\s+(?:(?:are|is|were|was|have been|had been|keep|kept|continue|continued)\s+)?(?:\w+ly\s+)?"
                          r"(?:(?:pushing|advancing|pressing)\s+(?:on\b|forward|farther|further|deeper|south|north|east|"
                          r"west|toward)|moving\s+(?:forward|farther|further|deeper))", re.IGNORECASE)


_FLANK_OF = re.compile(r"\bflanks?\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?$", re.IGNORECASE)
_FIRED_ON = re.compile(r"\b(?:fired|firing|fires|shell(?:ed|ing|s)|struck|strikes?|striking|hit|hits|bomb(?:ed|ing|s)|"
                       r"pound(?:ed|ing|s)|target(?:ed|ing|s))\s+(?:(?:at|on|upon)\s+)?(?:the\s+)?$", re.IGNORECASE)
_LIES_ON_THE_RIM = re.compile(r"\b(?:village|town|settlement|city|suburb|community|hamlet|locality)\s+"
                              r"(?:(?:located|lying|situated|just)\s+)?(?:(?:on|at)\s+(?:the\s+)?)?$", re.IGNORECASE)

def _resolve_from_sentence(drafts: list[_Draft], actors: list[ActorMention], text: str) -> None:
    """An actorless claim takes the side of the sentence's other claims, or of its advancing side
    ("Robotyne was retaken and Ukrainian forces are pushing farther south"); so does one whose
    side was only guessed from its speaker's ("Ukrainian troops retreated from X, the governor
    said, confirming reports that it had been taken": taken by the other side)."""
    # (a holding told of another place is no side for a change: "the recapture of the village, just five km south of
    # Russian-occupied Bakhmut" is not Russia's)
    known = {d.control for d in drafts if d.control not in (None, "contested") and d.explicit
             and d.rule.split("/", 1)[0] not in _STATE_ADJECTIVES and not d.rule.startswith("hold.")}
    # ("The capture of Siversk brings Russia closer to Sloviansk and Kramatorsk, still in Ukrainian hands": who holds
    # the towns ahead is not who took this one)
    if len(known) != 1:
        roles = set()
        for a in actors:
            if a.side not in ("ukraine", "russia"):
                continue
            if a.role == "gaining" or (not a.oblique and _PRESSING_ON.match(text, a.end)):
                roles.add(a.side)
            elif a.role == "losing":
                roles.add(opposite(a.side))
        known = roles if len(roles) == 1 else set()
    if len(known) == 1:
        side = next(iter(known))
        for draft in drafts:
            if draft.control is None:
                draft.control = side
    for draft in drafts:
        # the same place read twice in one sentence: a side named beats a side guessed
        same = {d.control for d in drafts if d.explicit and d.control in ("ukraine", "russia") and not d.historical
                and d.factuality == draft.factuality and d.mention.place_id == draft.mention.place_id
                and not d.rule.startswith("hold.")  # ("recaptured X, in Russian hands since February": a state before)
                and not d.rule.endswith("/relative")  # ("entered X, a city that Russian forces had captured": before)
                and d.mention.place_id}
        if not draft.explicit and not draft.historical and draft.control in ("ukraine", "russia") and len(same) == 1 \
                and draft.control not in same:
            draft.control = next(iter(same))


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
               side=previous[-1].side, speaker=previous[-1].speaker, speaker_kind=previous[-1].speaker_kind,
               sentence=(start, end),
               rule="inherit.similar_reports", explicit=previous[-1].explicit)
        for m in mentions
    ]


# A hedge inside a list, before its last items ("captured A, B, and likely C").
_ITEM_HEDGE = re.compile(r"(?:,\s*|\s+)(?:and|or)\s+(?:likely|possibly|probably)\s+(?=(?-i:[A-Z]))")


# What a denial says goes on instead, after a conjunction: "denied that X was captured, as active fighting
# continues in the settlement".
_INSTEAD_CLAUSE = re.compile(r",\s*(?:as|while|but|since|because|insisting|saying|stating|emphasi[sz]ing|adding|noting)\b"
                             r"[^,;.!?]*$", re.IGNORECASE)


def _factuality(text: str, trigger: Trigger, link: Link, before: str, scope: str, clause: str,
                speaker: Attribution | None, clause_start: int) -> str:
    after = text[link.object_end:link.object_end + 160]
    lead = _CONJUNCTION_BEFORE.search(text, max(0, clause_start - 12), clause_start)
    if lead and not foretold(text[max(0, lead.start() - 80):lead.start()]):
        # "After liberating X, …": the conjunction opening the clause is part of what the verb's mood is
        # read from (but "would have to choose … after capturing X" is still to come)
        before = lead.group(0) + before
    mode = modality(before, after, text[trigger.start:trigger.end], trigger.kind, trigger.nominal)
    if mode is None and not trigger.nominal and not_yet(text[max(0, trigger.start - 40):trigger.start],
                                                        text[trigger.start:trigger.end]):
        mode = "predicted"
    state = trigger.rule in _STATE_ADJECTIVES
    if state and mode in ("predicted", "attempt", "unconfirmed"):
        mode = None  # "will likely assault Russian-held Bucha": who holds it now is no plan, no guess
    if mode == "predicted":
        return "predicted"
    # ("denied that X was captured, as active fighting continues in the settlement": what goes on instead is
    # said, not denied)
    instead = trigger.kind == "contested" and _INSTEAD_CLAUSE.search(text, max(0, trigger.start - 120), trigger.start)
    if speaker is not None and speaker.verb in DENIAL_VERBS and not instead:
        return "denied"
    if denial_frame(scope) and not instead:
        return "denied"
    if mode == "attempt":
        return "attempt"
    voiced = speaker is not None and speaker.speaker.kind in ("official", "military", "proxy", "state_media")
    if mode == "unconfirmed" or (hedged(scope, clause, voiced) and not state) or believed(before):
        return "unconfirmed"
    if speaker is not None and _low_confidence(speaker.speaker):
        return "unconfirmed"
    if speaker is not None:
        return "attributed"
    return "asserted"


_PERFECT_JUST_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _quoted(text: str, speaker: Attribution, position: int) -> bool:
    """Whether ``position`` lies in the speaker's own words: a quotation it speaks, or one opened
    earlier in the paragraph and not yet closed."""
    if text[speaker.start:speaker.start + 1] in "“«\"„":
        return True
    before = text[text.rfind("\n", 0, position) + 1:position]
    return before.count("“") > before.count("”") or before.count("«") > before.count("»") \
        or before.count('"') % 2 == 1


# Adjectives that state who holds a place now ("Russian-held", "occupied"), whatever the clause plans.
_STATE_ADJECTIVES = frozenset({"hold.occupied_adj", "hold.ukrainian_held", "hold.occupied_adjective"})

# Donetsk and Luhansk, the cities, have been held by Russia's proxies since 2014: reporting since 2022 of
# "the capture of Luhansk", "98.5% of Luhansk", "Russian advances in Donetsk" speaks of their regions. Only
# a state ("occupied Donetsk") or the city named as a city ("the city of Donetsk") is read of the city.
_HELD_SINCE_2014 = frozenset({"Donetsk", "Luhansk"})
_CITY_OF_BEFORE = re.compile(r"\bcity\s+of\s+$", re.IGNORECASE)
_CITY_AFTER = re.compile(r"\s+city\b", re.IGNORECASE)
_SHARE_OF = re.compile(r"(?:\d+(?:\.\d+)?\s*(?:%|percent|per cent)|\b(?<!central )(?<!ern )parts)\s+of\s+(?:the\s+)?$",
                       re.IGNORECASE)  # ("occupied parts of Zaporizhzhia": the region's; "the central parts of X": the city's)


def _region_held_since_2014(text: str, draft: _Draft) -> bool:
    """A region named like its capital, not the city: see _HELD_SINCE_2014 and _SHARE_OF."""
    place = draft.mention.place
    if place is not None and place.oblast == place.name and _SHARE_OF.search(
            text, max(0, draft.mention.start - 40), draft.mention.start) and not _CITY_AFTER.match(text, draft.mention.end):
        return True  # "Russia controls about 75% of Zaporizhzhia": a share of a region named like its capital
    if place is None or place.name not in _HELD_SINCE_2014 or place.oblast != place.name:
        return False
    rule = draft.rule.split("/", 1)[0]
    return rule not in _STATE_ADJECTIVES and not _CITY_OF_BEFORE.search(text, max(0, draft.mention.start - 12),
                                                                         draft.mention.start) \
        and not _CITY_AFTER.match(text, draft.mention.end)


def _side(speaker: Attribution | None, affiliation: str | None = None) -> str:
    if speaker is None:
        return "outlet"
    if speaker.speaker.guessed and affiliation in ("ukraine", "russia"):
        return affiliation
    side = speaker.speaker.side
    return side if side in ("ukraine", "russia", "third_party", "both") else "third_party"


def _article_side(drafts: list[_Draft], affiliation: str | None) -> str | None:
    """The side an article shows taking ground, for claims that name no actor."""
    if affiliation in ("ukraine", "russia"):
        return affiliation
    told = [d for d in drafts if d.explicit and d.control in ("ukraine", "russia") and not d.historical
            and d.factuality != "predicted"]
    # (ground changing hands shows who takes it; who holds a place, "the blocks of X occupied by the
    # Armed Forces of Ukraine", counts only where no change is told)
    votes = Counter(d.control for d in told if _draft_kind(d) in ("gain", "loss")) or Counter(
        d.control for d in told if d.rule.split("/", 1)[0] not in _STATE_ADJECTIVES)  # ("Russian-occupied Bakhmut": a map)
    if not votes:
        # (no actor named anywhere: a side's own voice telling its gains, "Russian forces said they
        # had captured X", still shows whose gains the article tells)
        votes = Counter(d.control for d in drafts if d.control in ("ukraine", "russia") and d.control == d.side
                        and _draft_kind(d) in ("gain", "hold") and not d.historical and d.factuality == "attributed")
    if not votes:
        return None
    (side, count), *rest = votes.most_common()
    return side if not rest or count > rest[0][1] else None


def _finish(draft: _Draft, control: str, doc: str, text: str) -> Claim:
    mention = draft.mention
    place = mention.place or likeliest_place(mention)
    name = reported_name(mention.text, place) if place else mention.text
    start, end = draft.sentence
    at = f"{mention.start}" if not draft.rule.endswith("/these") else f"{mention.start}:{mention.place_id or mention.text}"
    digest = hashlib.sha256(f"{doc}|{at}|{control}|{draft.rule}".encode()).hexdigest()[:16]  # ("these villages": several)
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
        speaker_kind=draft.speaker_kind,
        marks=_marks(draft, start, end),
    )


def _marks(draft: _Draft, start: int, end: int) -> tuple[int, ...]:
    """Where, in the evidence, the place and the trigger stand: (place start, place end,
    trigger start, trigger end), for views to highlight without reading the text again."""
    mention = draft.mention
    if not start <= mention.start < mention.end <= end:
        return ()
    marks = (mention.start - start, mention.end - start)
    trigger = draft.trigger
    if trigger and start <= trigger[0] < trigger[1] <= end and (trigger[1] <= mention.start or
                                                                trigger[0] >= mention.end):
        marks += (trigger[0] - start, trigger[1] - start)
    return marks
