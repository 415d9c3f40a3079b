#!/usr/bin/env python3
"""Check a hand-labelled gold file before anyone scores against it.

    python scripts/check_gold.py tests/fixtures/eval/dev/en            # gold.json + docs/
    python scripts/check_gold.py tests/fixtures/eval/dev/en --merge    # gold.part-*.json -> gold.json first

Why: a gold evidence string that is not found verbatim in its document can never be
matched, so it silently counts as a miss; a place the gazetteer cannot name, a value
outside the evaluation vocabulary or a document without provenance makes the set lie.
Each problem is one line naming the file, the document and the claim; exit status 1 if
there is any. With --merge, the part files (one per labeller) are merged into gold.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

CONTROLS = {"ukraine", "russia", "contested"}
FACTUALITIES = {"asserted", "attributed", "unconfirmed", "predicted", "denied"}
SIDES = {"ukraine", "russia", "third_party", "both", "outlet"}
_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_FOLD = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "}


def fold(text: str) -> str:
    """Whitespace runs to one space and straight quotes: as score.py locates evidence."""
    text = "".join(_FOLD.get(ch, ch) for ch in text)
    return re.sub(r"\s+", " ", text)


def merge(folder: Path) -> None:
    parts = sorted(folder.glob("gold.part-*.json"))
    if not parts:
        return
    documents: dict[str, dict] = {}
    for part in parts:
        data = json.loads(part.read_text("utf-8"))
        for name, doc in data["documents"].items():
            if name in documents:
                raise SystemExit(f"{part}: document {name} is also in another part")
            documents[name] = doc
    about = "Hand-labelled control claims in real reporting, by the rules of shared/eval/README.md. See PROVENANCE.md."
    merged = {"about": about, "documents": dict(sorted(documents.items()))}
    (folder / "gold.json").write_text(json.dumps(merged, ensure_ascii=False, indent=1) + "\n", "utf-8")


def known_names() -> set[str] | None:
    try:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from monitor.gazetteer import load_gazetteer, name_key
    except ImportError:
        return None
    gaz = load_gazetteer()
    return {name_key(p.name) for p in gaz.places} | set(gaz.name_index)


def check(folder: Path) -> list[str]:
    problems: list[str] = []
    gold_path = folder / "gold.json"
    gold = json.loads(gold_path.read_text("utf-8"))
    names = known_names()
    docs = folder / "docs"
    listed = set(gold["documents"])
    for path in sorted(docs.iterdir()):
        if path.name not in listed:
            problems.append(f"{path}: not in {gold_path.name}")
    provenance = (folder / "PROVENANCE.md").read_text("utf-8") if (folder / "PROVENANCE.md").exists() else ""
    for name, doc in gold["documents"].items():
        where = f"{gold_path}: {name}"
        path = docs / name
        if not path.exists():
            problems.append(f"{where}: no such document in docs/")
            continue
        text = path.read_text("utf-8")
        if not _DATE.match(text):
            problems.append(f"{where}: first line is not 'date YYYY-MM-DD'")
        for key in ("url", "published", "outlet"):
            if not doc.get(key):
                problems.append(f"{where}: no {key!r}")
        if provenance and name not in provenance:
            problems.append(f"{where}: not listed in PROVENANCE.md")
        folded = fold(text)
        for group in ("claims", "no_claim", "ignore"):
            for n, item in enumerate(doc.get(group, [])):
                at = f"{where}: {group}[{n}] {item.get('place')!r}"
                evidence = fold(str(item.get("evidence", "")).strip())
                if not evidence or evidence not in folded:
                    problems.append(f"{at}: evidence not found verbatim in the document: {item.get('evidence')!r}")
                if names is not None and group == "claims":
                    from monitor.gazetteer import name_key
                    if name_key(str(item.get("place", ""))) not in names:
                        problems.append(f"{at}: place not in the gazetteer (use its Latin gazetteer name)")
                if group != "claims":
                    continue
                if item.get("control") not in CONTROLS:
                    problems.append(f"{at}: control {item.get('control')!r}")
                for key, allowed in (("factuality", FACTUALITIES), ("side", SIDES)):
                    values = item.get(key)
                    if not isinstance(values, list) or not values or not set(values) <= allowed:
                        problems.append(f"{at}: {key} must be a non-empty list of {sorted(allowed)}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="a folder holding gold.json (or gold.part-*.json) and docs/")
    ap.add_argument("--merge", action="store_true", help="merge gold.part-*.json into gold.json first")
    a = ap.parse_args()
    if a.merge:
        merge(a.folder)
    problems = check(a.folder)
    for line in problems:
        print(line)
    gold = json.loads((a.folder / "gold.json").read_text("utf-8"))
    docs = gold["documents"].values()
    print(f"{len(gold['documents'])} documents, {sum(len(d.get('claims', [])) for d in docs)} claims, "
          f"{sum(len(d.get('no_claim', [])) for d in docs)} no-claim traps, "
          f"{sum(len(d.get('ignore', [])) for d in docs)} ignored spans; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
