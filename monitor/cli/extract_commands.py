"""`monitor extract` (files to claims, no database) and `monitor reextract` (the whole log).

The extractor, the file readers and the log are imported by the command that runs: the
parsers here cost nothing to build (`monitor --help`), and `monitor extract FILE` reads no
settings and imports no database layer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.cli.context import Context
from monitor.cli.progress import progress_bar

if TYPE_CHECKING:
    from monitor.domain.claims import Claim

AFFILIATIONS = ("ukraine", "russia", "independent")


def add_parsers(commands) -> None:
    parser = commands.add_parser(
        "extract", help="print the control claims read from article files",
        description="Read control claims from .txt/.md/.html articles or feed files and print them "
                    "(jsonl: one JSON object per claim, as the evaluation scorer reads).")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--format", choices=("table", "jsonl"), default="table")
    parser.add_argument("--affiliation", choices=AFFILIATIONS,
                        help="the outlet's affiliation (its own voice then counts for that side)")
    parser.set_defaults(run=run_extract, reads_settings=False)

    again = commands.add_parser(
        "reextract", help="read every article in the log again with this extractor",
        description="Append ClaimsExtracted events from the current extractor (its version is printed when "
                    "done) for every article revision that has none yet; older events stay untouched.")
    again.set_defaults(run=run_reextract)


def claim_json(doc: str, claim: Claim) -> dict:
    return {"doc": doc, "place": claim.place, "place_id": claim.place_id, "control": claim.control,
            "factuality": claim.factuality, "side": claim.side, "speaker": claim.speaker,
            "evidence": claim.evidence, "start": claim.start, "end": claim.end, "historical": claim.historical,
            "claim_id": claim.claim_id, "rule": claim.rule}


def run_extract(args, ctx: Context) -> int:
    from monitor.cli.text import table
    from monitor.extract import extract_claims
    from monitor.sources.files import ArticleFileError, read_file

    affiliation = args.affiliation if args.affiliation in ("ukraine", "russia") else None
    failures = 0
    rows = []
    for path in args.files:
        try:
            articles = read_file(path, languages=False)
        except ArticleFileError as error:
            print(f"monitor: error: {error}", file=sys.stderr)
            failures += 1
            continue
        if not articles:
            print(f"monitor: {path}: empty, no claims", file=sys.stderr)
            continue
        for number, article in enumerate(articles):
            doc = path.name if len(articles) == 1 else f"{path.name}#{number}"
            claims = extract_claims(article.text, doc=doc, published=article.published, affiliation=affiliation)
            for claim in claims:
                if args.format == "jsonl":
                    print(json.dumps(claim_json(doc, claim), ensure_ascii=False))
                else:
                    rows.append([doc, claim.place, claim.control, claim.factuality, claim.side,
                                 claim.speaker or "", claim.evidence])
    if args.format == "table":
        print(table(["doc", "place", "control", "factuality", "side", "speaker", "evidence"], rows,
                    caps={"doc": (28, 12), "place": (24, 10), "speaker": (32, 14)}))
        print(f"{len(rows)} claims")
    return 1 if failures else 0


def run_reextract(args, ctx: Context) -> int:
    from monitor.extract import EXTRACTOR_VERSION
    from monitor.service.extraction import count_articles, extract_articles  # the log and projections

    store = ctx.store()
    with progress_bar("reading articles", total=count_articles(store)) as advance:
        result = extract_articles(store, ctx.settings.affiliations, progress=advance)
    print(f"{result.articles} articles read, {result.appended} new ClaimsExtracted events "
          f"({result.claims} claims) by extractor {EXTRACTOR_VERSION}")
    return 0
