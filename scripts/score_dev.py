#!/usr/bin/env python3
"""Score the extractor on the labelled sets (the seeds, tests/fixtures/eval/dev/* and heldout/*).

    python scripts/score_dev.py                 # every set, one line each
    python scripts/score_dev.py dev/uk -v       # one set, every miss and false positive

Reads each document as `monitor extract` does (the same file reader, so a "date" first
line dates it) and scores with the evaluation scorer (tests/fixtures/eval/score.py).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from monitor.cli.extract_commands import claim_json  # noqa: E402
from monitor.extract import extract_claims  # noqa: E402
from monitor.sources.files import read_file  # noqa: E402

EVAL = REPO / "tests" / "fixtures" / "eval"


def sets(names: list[str]) -> list[tuple[str, Path, Path]]:
    seeds = ("seeds", EVAL / "seeds.json", REPO / "monitor" / "sample" / "articles")
    if names:
        return [seeds if n == "seeds" else (n, EVAL / n / "gold.json", EVAL / n / "docs") for n in names]
    found = [seeds]
    for gold in sorted(EVAL.glob("dev/*/gold.json")) + sorted(EVAL.glob("heldout/*/gold.json")):
        found.append((str(gold.parent.relative_to(EVAL)), gold, gold.parent / "docs"))
    return found


def extract(docs: Path, gold: Path) -> str:
    lines = []
    for name in json.loads(gold.read_text("utf-8"))["documents"]:
        for article in read_file(docs / name):
            for claim in extract_claims(article.text, doc=name, published=article.published):
                lines.append(json.dumps(claim_json(name, claim), ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="set folders under tests/fixtures/eval (default: all)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    chosen = sets(args.sets)
    for name, gold, _docs in chosen:
        if not gold.is_file():
            print(f"score_dev: no labelled set {name!r} (no {gold.relative_to(REPO)}); "
                  "try seeds, dev/en, dev/uk, dev/ru or heldout/en…", file=sys.stderr)
            return 2
    for name, gold, docs in chosen:
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
            out.write(extract(docs, gold))
        cmd = [sys.executable, str(EVAL / "score.py"), "--gold", str(gold), "--docs", str(docs), "--claims", out.name]
        result = subprocess.run(cmd + (["-v"] if args.verbose else []), capture_output=True, text=True)
        print(f"{name}: {result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr.strip()}")
        if args.verbose:
            print("\n".join(result.stdout.strip().splitlines()[:-1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
