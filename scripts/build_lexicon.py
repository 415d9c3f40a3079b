#!/usr/bin/env python3
"""Expand the lemmas of the Ukrainian and Russian claim rules into every word form.

    python scripts/build_lexicon.py          # writes monitor/extract/data/forms-{uk,ru}.tsv.gz

The rules (monitor/extract/data/{uk,ru}.toml) name words by lemma: "звільнити",
"освободить", "бій". pymorphy3 with its shipped dictionaries (pinned in the
`gazetteer-build` extra) gives each lemma's forms (звільнили, звільнено; освобождён,
освободившие; боїв, боях), with what each form says about time (future, infinitive and
imperative are "not yet": F; past, participles and gerunds: P; present: R), its case, and
whether it is a finite verb or an infinitive (V), and "we" (W: first person plural).
The monitor reads the stored table, so it needs no morphology library at run time and
starts fast. Deterministic output: a rebuild from the same rules is byte-identical.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from monitor.extract.lexicon import lemma_words  # noqa: E402

_CASES = {"nomn": "n", "gent": "g", "gen2": "g", "datv": "d", "accs": "a", "acc2": "a", "ablt": "i",
          "loct": "l", "loc2": "l", "voct": "v"}


def expand(language: str, lemmas: set[str]) -> dict[str, tuple[set[str], set[str]]]:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang=language)
    forms: dict[str, tuple[set[str], set[str]]] = {}
    for lemma in sorted(lemmas):
        parses = [p for p in morph.parse(lemma) if p.normal_form == lemma] or morph.parse(lemma)[:1]
        seen = False
        for parse in parses:
            for form in parse.lexeme:
                word = form.word.replace("ё", "е").replace("’", "'")
                entry = forms.setdefault(word, (set(), set()))
                entry[0].add(lemma)
                entry[1].update(_flags(form.tag))
                seen = True
        if not seen:  # a word the dictionary does not know stays as written
            forms.setdefault(lemma, (set(), set()))[0].add(lemma)
    return forms


def _flags(tag) -> set[str]:
    grammemes = tag.grammemes
    flags = set()
    if grammemes & {"futr", "INFN", "infn", "impr"} or tag.POS == "INFN":
        flags.add("F")
    if grammemes & {"past"} or tag.POS in ("PRTF", "PRTS", "GRND"):
        flags.add("P")
    if "pres" in grammemes and tag.POS not in ("PRTF", "PRTS", "GRND"):
        flags.add("R")
    if tag.case in _CASES:
        flags.add(_CASES[tag.case])
    if tag.POS in ("VERB", "INFN"):
        flags.add("V")
    if "1per" in grammemes and "plur" in grammemes:
        flags.add("W")  # "тримаємо", "освободили мы": we, the speaker's side
    return flags


def write(path: Path, forms: dict[str, tuple[set[str], set[str]]]) -> None:
    lines = ["form\tlemmas\tflags"]
    for word in sorted(forms):
        lemmas, flags = forms[word]
        lines.append(f"{word}\t{','.join(sorted(lemmas))}\t{''.join(sorted(flags))}")
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0,
                                               filename="") as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO / "monitor" / "extract" / "data")
    args = ap.parse_args(argv)
    for language in ("uk", "ru"):
        rules = tomllib.loads((args.data / f"{language}.toml").read_text("utf-8"))
        lemmas = lemma_words(rules)
        forms = expand(language, lemmas)
        path = args.data / f"forms-{language}.tsv.gz"
        write(path, forms)
        print(f"{language}: {len(lemmas)} lemmas, {len(forms)} forms -> {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
