"""`monitor status`, `reports`, `place`, `rebuild` and `verify`: the front, explained.

The projections (and through them the database layer) are imported by the command that
runs, not with the parsers: `monitor --help` does not pay for them.
"""

from __future__ import annotations

import csv
import getpass
import io
import json
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from monitor.cli.bounds import LIMIT_MAX, PROCESSES_MAX, within
from monitor.cli.context import Context
from monitor.cli.progress import progress_bar
from monitor.cli.text import cell, table
from monitor.projections.quoting import inner_quote, quoted

if TYPE_CHECKING:
    from monitor.projections.queries import FrontView
    from monitor.projections.rows import ArticleRow, ClaimRow, StatusRow

FORMATS = ("table", "json", "csv", "geojson")


def add_parsers(commands) -> None:
    status = commands.add_parser("status", help="the front: who controls which settlement, how sure",
                                 description="The front-status table, fused from every claim in the log.")
    status.add_argument("--as-of", metavar="T", help="what articles published up to T support (e.g. 2022-09-10T12:00Z)")
    status.add_argument("--oblast", metavar="NAME", help="only settlements of this oblast (e.g. Kharkiv)")
    status.add_argument("--format", choices=FORMATS, default="table")
    status.set_defaults(run=run_status)

    reports = commands.add_parser("reports", help="claims not yet corroborated, newest first",
                                  description="Unconfirmed reports: claims for places whose status is only "
                                              "unconfirmed or reported, newest first, with speaker and outlet.")
    reports.add_argument("--as-of", metavar="T")
    reports.add_argument("--limit", type=int, default=50)
    reports.set_defaults(run=run_reports)

    place = commands.add_parser("place", help="one settlement's timeline, claim by claim",
                                description="The timeline of one settlement: every claim with its quote, "
                                            "speaker, outlet and link, and every change of status.")
    place.add_argument("name", metavar="NAME")
    place.add_argument("--as-of", metavar="T")
    place.set_defaults(run=run_place)

    again = commands.add_parser("rebuild", help="replay the log into the projections from position zero",
                                description="Rebuild a projection from position zero (the only one: front).")
    again.add_argument("name", nargs="?", default="front", choices=("front",))
    again.add_argument("--processes", type=int, metavar="N",
                       help="processes folding the places (default: one per core, up to four, for a log of "
                            "100,000 events or more; one otherwise)")
    again.set_defaults(run=run_rebuild)

    verify = commands.add_parser("verify", help="confirm or reject a claim as an analyst",
                                 description="Record an analyst's verdict on a claim (a ClaimVerdict event); "
                                             "fusion honours it and the status history shows it.")
    verify.add_argument("claim_id", metavar="CLAIM_ID", help="a claim id, or a unique prefix of one")
    choice = verify.add_mutually_exclusive_group(required=True)
    choice.add_argument("--confirm", action="store_const", dest="verdict", const="confirm")
    choice.add_argument("--reject", action="store_const", dest="verdict", const="reject")
    verify.add_argument("--note", default="", help="why")
    verify.set_defaults(run=run_verify)


def front_view(ctx: Context, as_of_text: str | None) -> FrontView:
    from monitor.domain.moments import parse_moment
    from monitor.projections.queries import live_view, memory_view
    from monitor.projections.runner import as_of, catch_up

    store = ctx.store()
    if as_of_text:
        return memory_view(as_of(store, parse_moment(as_of_text), ctx.settings.affiliations), store)
    if store.read_only:  # the projection cannot be caught up there: fold the log in memory, as of now
        return memory_view(as_of(store, datetime.now(timezone.utc), ctx.settings.affiliations), store)
    catch_up(store, ctx.settings.affiliations)
    return live_view(store)


def run_status(args, ctx: Context) -> int:
    from monitor.projections.queries import filter_oblast, sorted_statuses

    view = front_view(ctx, args.as_of)
    statuses = sorted_statuses(filter_oblast(view.statuses, args.oblast))
    evidence = Evidence.of(statuses, view)
    if args.format == "json":
        print(json.dumps([status_json(s, evidence) for s in statuses], ensure_ascii=False, indent=1))
    elif args.format == "csv":
        print_csv(statuses, evidence)
    elif args.format == "geojson":
        print(json.dumps(geojson(statuses, evidence), ensure_ascii=False))
    else:
        print_status_table(statuses, view)
    return 0


@dataclass(frozen=True)
class Evidence:
    """The deciding claims of some statuses and their articles, fetched in one go."""

    claims: dict[str, ClaimRow]
    articles: dict[str, ArticleRow]

    @classmethod
    def of(cls, statuses: list[StatusRow], view: FrontView) -> "Evidence":
        claims = view.deciding_claims(statuses)
        return cls(claims, view.articles({c.article_id for c in claims.values()}))

    def quote(self, status: StatusRow) -> str:
        claim = self.claims.get(status.deciding[-1]) if status.deciding else None
        return claim.evidence if claim else ""


def print_status_table(statuses: list[StatusRow], view: FrontView) -> None:
    from monitor.projections.queries import oblast_of

    evidence = Evidence.of(statuses, view)
    rows = [[s.place, oblast_of(s), s.control, s.confidence, s.since.date().isoformat(),
             f"{s.sources_ukraine}/{s.sources_russia}/{s.sources_independent}", inner_quote(evidence.quote(s))]
            for s in statuses]
    print(table(["settlement", "oblast", "control", "confidence", "since", "ua/ru/ind", "last evidence"], rows,
                caps={"settlement": (30, 12)}))
    print(f"{len(rows)} settlements")


def status_json(status: StatusRow, found: Evidence) -> dict:
    from monitor.projections.queries import oblast_of

    evidence = []
    for claim_id in status.deciding:
        claim = found.claims.get(claim_id)
        if claim:
            article = found.articles.get(claim.article_id)
            evidence.append({"claim_id": claim.claim_id, "quote": claim.evidence, "speaker": claim.speaker,
                             "outlet": article.shown_outlet if article else None,
                             "url": article.url if article else None,
                             "factuality": claim.factuality})
    return {"place": status.place, "place_id": status.place_id, "oblast": oblast_of(status),
            "control": status.control, "confidence": status.confidence, "since": status.since.isoformat(),
            "latest": status.latest.isoformat(),
            "sources": {"ukraine": status.sources_ukraine, "russia": status.sources_russia,
                        "independent": status.sources_independent},
            "last_confirmed": status.last_confirmed, "evidence": evidence}


def print_csv(statuses: list[StatusRow], evidence: Evidence) -> None:
    from monitor.domain.inert_text import csv_cell
    from monitor.projections.queries import oblast_of

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["place", "place_id", "oblast", "control", "confidence", "since", "sources_ukraine",
                     "sources_russia", "sources_independent", "last_confirmed", "evidence"])
    for s in statuses:
        # Each cell inert (no control characters) and no formula a spreadsheet would run.
        writer.writerow([csv_cell(v) for v in (
            s.place, s.place_id or "", oblast_of(s), s.control, s.confidence, s.since.isoformat(),
            s.sources_ukraine, s.sources_russia, s.sources_independent, s.last_confirmed or "", evidence.quote(s))])
    sys.stdout.write(out.getvalue())


def geojson(statuses: list[StatusRow], evidence: Evidence) -> dict:
    from monitor.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    features = []
    for s in statuses:
        place = gazetteer.get(s.place_id) if s.place_id else None
        geometry = ({"type": "Point", "coordinates": [place.lon, place.lat]}
                    if place and place.lat is not None else None)
        features.append({"type": "Feature", "geometry": geometry, "properties": status_json(s, evidence)})
    return {"type": "FeatureCollection", "features": features}


REPORT_CAPS = {"settlement": (40, 16), "speaker": (32, 14), "outlet": (24, 12)}


def run_reports(args, ctx: Context) -> int:
    from monitor.projections.queries import grouped_reports, unconfirmed_reports

    within(args.limit, 1, LIMIT_MAX, "--limit")
    view = front_view(ctx, args.as_of)
    claims = unconfirmed_reports(view, places=args.limit, newest=args.limit)
    reports = grouped_reports(claims)[: args.limit]
    articles = view.articles({r.first.article_id for r in reports})
    rows = []
    for report in reports:
        claim = report.first
        article = articles.get(claim.article_id)
        rows.append([when_published(claim.time, article), ", ".join(report.places), claim.control,
                     claim.factuality, claim.speaker or "(outlet)", article.shown_outlet if article else "",
                     inner_quote(claim.evidence)])
    print(table(["published", "settlement", "control", "factuality", "speaker", "outlet", "evidence"], rows,
                caps=REPORT_CAPS))
    print(f"{len(rows)} unconfirmed reports")
    return 0


def when_published(time: datetime, article: ArticleRow | None, minutes: bool = False) -> str:
    """A claim's date, or "undated, recorded …" for an article without one (its time is when it was recorded)."""
    shown = time.strftime("%Y-%m-%d %H:%M") if minutes else time.date().isoformat()
    return f"undated, recorded {shown}" if article is not None and article.published is None else shown


def run_place(args, ctx: Context) -> int:
    from monitor.projections.queries import oblast_of, place_keys, timeline

    view = front_view(ctx, args.as_of)
    keys = place_keys(view, args.name)
    if not keys:
        print(f"monitor: no claims about {args.name!r} in the log", file=sys.stderr)
        return 1
    current = [s for s in view.statuses if s.place_key in keys]
    for s in current:
        print(f"{cell(s.place)} ({cell(oblast_of(s)) or 'oblast unknown'}): {s.control}, {s.confidence} since "
              f"{s.since.date().isoformat()}" + (f"; last confirmed {s.last_confirmed}" if s.last_confirmed else ""))
    entries = timeline(view, keys)
    articles = view.articles({e.claim.article_id for e in entries if e.claim})
    for entry in entries:
        when = entry.time.strftime("%Y-%m-%d %H:%M")
        if entry.kind == "claim":
            when = when_published(entry.time, articles.get(entry.claim.article_id), minutes=True)
        if entry.kind == "change":
            r = entry.transition
            print(f"{when}  == status {r.from_control or '-'}/{r.from_confidence or '-'} -> "
                  f"{r.to_control or '-'}/{r.to_confidence or '-'}")
            continue
        c = entry.claim
        article = articles.get(c.article_id)
        flags = ", ".join(f for f in (c.factuality, "historical" if c.historical else "",
                                      f"analyst: {c.verdict}" if c.verdict else "") if f)
        print(f"{when}  {c.control:<9} [{flags}] {cell(c.speaker) or 'outlet'} — "
              f"{cell(article.shown_outlet) if article else ''}  (claim {c.claim_id})")
        print(f"        {quoted(cell(c.evidence))}")
        if article and article.url:
            print(f"        {cell(article.url)}")
    return 0


def run_rebuild(args, ctx: Context) -> int:
    from monitor.projections.runner import rebuild

    if args.processes is not None:
        within(args.processes, 1, PROCESSES_MAX, "--processes")
    store = ctx.store()
    with progress_bar(f"rebuilding {args.name}", total=store.head()) as advance:
        count = rebuild(store, ctx.settings.affiliations, advance, parts=args.processes)
    print(f"rebuilt {args.name} from {count} events")
    return 0


def run_verify(args, ctx: Context) -> int:
    from monitor.domain.events import ClaimVerdict
    from monitor.projections.queries import live_view
    from monitor.projections.runner import catch_up

    store = ctx.store()
    catch_up(store, ctx.settings.affiliations)
    matches = live_view(store).claims_with_prefix(args.claim_id) if len(args.claim_id) >= 6 else []
    if len(matches) != 1:
        reason = "no claim" if not matches else f"{len(matches)} claims"
        print(f"monitor: error: {reason} with id {args.claim_id!r} (give 6 or more characters of an id "
              f"shown by `monitor place` or `monitor status --format json`)", file=sys.stderr)
        return 1
    claim = matches[0]
    store.append([ClaimVerdict(claim.claim_id, args.verdict, args.note, getpass.getuser(),
                               datetime.now(timezone.utc))])
    catch_up(store, ctx.settings.affiliations)
    after = next((s for s in live_view(store).statuses if s.place_key == claim.place_key), None)
    state = f"{after.control}, {after.confidence}" if after else "no status"
    print(f"{args.verdict}ed claim {claim.claim_id} about {claim.place}: now {state}")
    return 0
