#!/usr/bin/env python3
"""Where in the pipeline each missed gold claim was lost: counts per stage, for any labelled set.

    python scripts/miss_stages.py dev/en            # counts, then every miss with its stage
    python scripts/miss_stages.py heldout/en2 -q    # counts only (a held-out set stays unread)

Why: a recall figure says how much is missed, not where. A miss is lost at the first stage
that fails: the place is not recognised in the evidence ("place"), the sentence holds no
trigger ("trigger"), the evidence names it only by reference while the article names it
elsewhere ("anaphor": "the city was liberated"), a trigger is there but no claim on the place came of it ("side": one
comes only when the article's side is given; "link": none even then), or a claim came with another control ("control"). Counts by
stage point at a capability to build (names, vocabulary, linking, sides) without reading
the sentences of a held-out set; the -q output shows nothing of them. False positives are
counted by kind too (another control, a labelled trap, a place the gold has no claim on).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from monitor.extract import extract_claims  # noqa: E402
from monitor.extract.naming import reported_name  # noqa: E402
from monitor.extract.places import find_places  # noqa: E402
from monitor.extract.sentences import split_sentences  # noqa: E402
from monitor.extract.triggers import find_triggers  # noqa: E402
from monitor.sources.files import read_file  # noqa: E402

EVAL = REPO / "tests" / "fixtures" / "eval"
_spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def _located(text: str, evidence: str) -> list[tuple[int, int]]:
    """Where the evidence lies in the article text (as score.py finds it: folded)."""
    folded, index = score.fold(text)
    return [(index[a], index[b - 1] + 1) for a, b in score.spans(folded, evidence)]


def stage(text: str, gold: dict, claims: list, links: Counter | None = None) -> str:
    where = _located(text, gold["evidence"])
    if not where:
        return "unlocated"
    want = score.skeleton(gold["place"])
    near = [c for c in claims if score.skeleton(c.place) == want and score.overlaps(where, [(c.start, c.end)])]
    if near:
        return "control"
    every = find_places(text)
    mentions = [m for m in every if score.overlaps(where, [(m.start, m.end)])]
    named = [m for m in mentions if m.place is not None and want in (score.skeleton(m.place.name),
                                                                     score.skeleton(reported_name(m.text, m.place)))]
    if not named:
        # a mention there that is not resolved to the place, or no mention of it at all
        return "place?" if any(score.skeleton(m.text) == want or any(score.skeleton(p.name) == want
                                                                     for p in m.candidates) for m in mentions) \
            else "anaphor" if any(m.place is not None and want in (score.skeleton(m.place.name),
                                                                   score.skeleton(reported_name(m.text, m.place)))
                                  for m in every) \
            else "place"
    sentences = [s for s in split_sentences(text) if score.overlaps(where, [(s.start, s.end)])]
    triggers = [t for s in sentences for t in find_triggers(text, s.start, s.end)]
    if not triggers:
        return "trigger"
    for side in ("ukraine", "russia"):  # read as if the article were one side's: a claim without a side
        if any(score.skeleton(c.place) == want and score.overlaps(where, [(c.start, c.end)])
               for c in extract_claims(text, doc="", affiliation=side)):
            return "side"
    if links is not None:  # which rule was nearest, and where the place stood from it
        place = named[0]
        nearest = min(triggers, key=lambda t: min(abs(place.start - t.end), abs(t.start - place.end)))
        words = len(text[min(nearest.end, place.end):max(nearest.start, place.start)].split())
        side_of = "after" if place.start >= nearest.end else "before" if place.end <= nearest.start else "inside"
        links[(nearest.rule, side_of, "0-2" if words <= 2 else "3-6" if words <= 6 else "7+")] += 1
    return "link"


def _false_positive(text: str, entry: dict, claim) -> str | None:
    """None for a claim the gold holds (or ignores); else what kind of error it is: another
    control than the gold's for that place and span ("control"), a labelled trap ("trap"),
    the place named where the gold has no claim on it ("unlabelled")."""
    at = [(claim.start, claim.end)]
    want = score.skeleton(claim.place)

    def here(items: list[dict]) -> list[dict]:
        return [g for g in items if score.skeleton(g["place"]) == want and score.overlaps(_located(text, g["evidence"]), at)]

    gold = here(entry.get("claims", []))
    if any(g["control"] == claim.control and "predicted" not in g["factuality"] for g in gold):
        return None
    if here(entry.get("ignore", [])):
        return None
    if gold:
        return "control"
    return "trap" if here(entry.get("no_claim", [])) else "unlabelled"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", help="a set folder under tests/fixtures/eval, e.g. dev/en")
    ap.add_argument("-q", "--quiet", action="store_true", help="counts only (for held-out sets)")
    ap.add_argument("--links", action="store_true",
                    help="for misses lost at linking: counts by the nearest trigger's rule, the place's side of it "
                         "and the words between (no sentence shown)")
    args = ap.parse_args()
    links: Counter | None = Counter() if args.links else None
    folder = EVAL / args.set
    gold = json.loads((folder / "gold.json").read_text("utf-8"))["documents"]
    stages: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    lines = []
    for name, entry in gold.items():
        text = "\n".join(a.text for a in read_file(folder / "docs" / name))
        claims = extract_claims(text, doc=name)
        for g in entry.get("claims", []):
            if "predicted" in g["factuality"]:
                continue
            where = _located(text, g["evidence"])
            matched = any(score.skeleton(c.place) == score.skeleton(g["place"]) and c.control == g["control"]
                          and score.overlaps(where, [(c.start, c.end)]) for c in claims)
            if matched:
                stages["found"] += 1
                continue
            found = stage(text, g, claims, links)
            stages[found] += 1
            lines.append(f"{found:8s} {name}: {g['place']} {g['control']} <- {g['evidence'][:110]!r}")
        for c in claims:
            if c.factuality == "predicted":
                continue
            kind = _false_positive(text, entry, c)
            if kind:
                wrong[kind] += 1
                lines.append(f"FP-{kind:8s} {name}: {c.place} {c.control} ({c.factuality}) <- {c.evidence[:110]!r}")
    total = sum(stages.values())
    print(f"{args.set}: {total} claims; " + ", ".join(f"{k} {v} ({v / total:.0%})" for k, v in stages.most_common()))
    print(f"{args.set}: false positives by kind: " + (", ".join(f"{k} {v}" for k, v in wrong.most_common()) or "none"))
    if links:
        print(f"{args.set}: lost at linking, by nearest rule / place before|after|inside / words between:")
        for (rule, where, words), n in links.most_common():
            print(f"  {n:3d}  {rule:28s} {where:7s} {words}")
    if not args.quiet:
        print("\n".join(sorted(lines)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
