"""Reading control claims from articles (pure functions; the gazetteer is the only data).

    from monitor.extract import extract_claims, EXTRACTOR_VERSION
    claims = extract_claims(text, doc="a.txt", published=None, affiliation=None)

A new ``EXTRACTOR_VERSION`` makes `monitor reextract` (and the daemon) read every article
again. It is the rules' release and a digest of the data they read (the actor lists, the
Ukrainian and Russian rules and their word forms, the gazetteer), so a change to an actor
list or a place name is a new version, never a silent change of what old claims mean.
"""

import hashlib
import sys

from monitor.extract import quick, rules_re
from monitor.gazetteer.data_files import data_bytes

quick.read_kept()  # the patterns' first-letter lookaheads, worked out by an earlier run
from monitor.extract.claims import extract_claims  # noqa: E402
from monitor.extract.actors import lexicon as _actor_lexicon  # noqa: E402

_actor_lexicon()  # (data/actors.toml: its patterns are made here, so their lookaheads are kept with the rest)
for _name, _module in list(sys.modules.items()):
    if _name.startswith("monitor.extract."):
        rules_re.bind(vars(_module))  # module-level patterns: replaced by the compiled ones when first used
quick.keep(rules_re.CREATED)

_RULES_RELEASE = "rules-36"  # 36: Russian: parts and streets of a town, shares, asides that only say where, voices of
# impersonal frames and named channels, oblique parties no subject, "но сейчас" supersedes (ru F1 0.914); 35: a place
# "had been abandoned" in a side's voice is given up by that side; an unnamed subject ("Officials spoke about X") is
# no voice for "the General Staff said" after it; 34: a place on the verge or brink of liberation, capture, falling or
# encirclement is fought for; 33: "in the hands of <forces>" holds; "practically", "virtually" are part; 32: "the
# settlement" resolved in one sentence is the antecedent the next anaphor finds (a chain); 31: "This was stated by X"
# is read whole, over the passive verb's own short reading; 30: voices are read past scare quotes (Russian "war
# correspondents" claim); "claim" and "report" speak in the present plural, as nouns after a determiner or a
# possessive they do not; 29: forces that something supports, supplies, reinforces or threatens are no presence of
# theirs; 28: an entry from one side ("entered X from the north") is into part of it; "the beleaguered city of X" is
# fought for; 27: forces told pushing farther on give an actorless claim of their sentence their side; 26: namesakes:
# a spelling one place holds stands for every place so called, a same- sentence neighbour outranks other sentences, a
# big city yields only to its own sentence, tied villages stay unresolved; a region closing a list applies to its own
# list; 25: an article's side for actorless claims comes from ground changing hands (a place held counts only where no
# change is told); "the defense department" is a ministry; 24: "<forces> said they …": they are the forces that said
# it; "the Russians", "the Russian side", "the Ukrainian side" speak; 23: a picture of forces with their own flag in a
# sentence's one settlement is their gain (extract/scenes.py); 22: with no actor named in the article, a side's own
# voice telling its gains shows whose gains the article tells; "reoccupied" gains; forces "entrenched themselves in X"
# fight for it; 21: an attributive "occupied X", "Russian- controlled city of X" outside a quotation is the outlet's
# description, not the reported voice's; "occupied" after a preposition is an adjective ("from occupied Bakhmut"); 20:
# a quotation's sentences are no voice for "he said" after it; "This was reported by X" is the voice of what follows;
# a paragraph that is one quotation goes on with the voice just before; an embedded post's signature speaks for it;
# links after "X said"; 19: "the village" takes the last sentence naming a village; 18: forces "are attacking X" (no
# weapon named) fight for it; "the eastern and central parts of X", "urban areas of X" are parts; 17: an entry with
# fighting told after it in its sentence is fighting (all languages); "almost fully" is part; an unnamed source
# hedges; a day named over a month before the article is background; "will [next] liberate" is still the future; 16:
# numbered divisions and regiments act, "pulled back from around X", a participle after "after" has the main clause's
# subject; 15: a second predicate shares its subject ("A and B are located in …, and according to the MoD are under
# Russian control"); 14: troops on the approaches to X, fighting over X, no fighting claim for the prelude to a change
# ("fell after weeks of fighting for X"); 13: "our troops are in X" said by a side's voice; 12: "the General Staff" is
# no civilian staff (a withdrawal it announces is read); 11: "the fortress" as "the city", "with A and B among those
# retaken" after a count, a Russian adjective ending for a Ukrainian name's (Pylnaya ~ Pylna); 10: "the city" reaches
# back past places its sentence names later, another spelling of a place the article placed, Polish/French letters for
# Ж and Ч, a name glued to the word before it; 9: a place abandoned by named forces, a flag set up on a building in a
# place, coordinated verbs keep their forces ("advanced and reached X"), encircled by someone in X; 8: an entry in a
# fight or a raid, concentrating on taking a place, the outskirts of a list, fighting in a "where" clause: fighting
# for it; a battle lost or won is over; 7: the same rule (and claim id) in every process, whatever the hash seed; 6:
# posts (flag emoji, dash sources), Russian spellings, rings and agents (issues 13, 14); 5: the English vocabulary by
# sense, lists, actors and speakers (issue 13); 4: Ukrainian and Russian rules, the speaker's kind on every claim


def _data_digest() -> str:
    digest = hashlib.sha256()
    for package, names in (("monitor.extract", ("actors.toml", "uk.toml", "ru.toml", "forms-uk.tsv.gz",
                                                 "forms-ru.tsv.gz")),
                           ("monitor.gazetteer", ("settlements.tsv.gz", "units.tsv.gz", "forms.tsv.gz"))):
        for name in names:
            digest.update(data_bytes(package, name))
    return digest.hexdigest()[:8]


def __getattr__(name: str) -> str:
    """``EXTRACTOR_VERSION``, made when first asked for: hashing the data files (2 MB) is
    no part of reading claims, and `monitor extract FILE` never asks."""
    if name == "EXTRACTOR_VERSION":
        version = globals()["EXTRACTOR_VERSION"] = f"{_RULES_RELEASE}.{_data_digest()}"
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["EXTRACTOR_VERSION", "extract_claims"]
