"""Replay a year of real 2022 reporting through the monitor and hold its front against the
official occupation record (issue 13: ">= 97% of the rows it shows at month ends agree,
>= 80% of the autumn's changed settlements it names are covered").

    python -m bench.season2022.check            # the report
    python -m bench.season2022.check --json     # one JSON line of figures, for the bench

What it does, with real parts only: a fresh SQLite log in a temporary folder, the corpus
imported with the real `monitor` CLI (`init`, `import`) in a subprocess, then
`monitor status --as-of <month end>T23:59:59Z --format json` for every month end from
31 March to 31 December 2022, each row compared with the record on that day
(`record.py` says how the record is read).

How a row counts:

* `russia` agrees when the record has the settlement occupied that day; `ukraine` agrees
  when it has it not occupied. A settlement that no occupation row of the record covers
  (outside every listed territory) was never occupied per the record, so there `russia`
  disagrees and `ukraine` agrees; such rows are marked "not in the record".
* `contested` agrees when there was fighting for the place around that day by the
  record: the record's control of it changes within CONTESTED_WINDOW days either side of
  the day, or it lies in a territory of active hostilities (section I, subsections 2-3)
  that day. Otherwise it disagrees (a "stale" contested row). Contested rows are also
  listed apart, with their verdicts.
* A row without a place id (the monitor could not tie the name to one settlement, e.g.
  "Pisky" or "Pavlivka", names shared by dozens of villages) names no KATOTTG code, so it
  cannot be read off the record directly. It is judged against every gazetteer settlement
  of that name and agrees when it would agree for at least one of them (the reporting did
  name a real place of that name; the defect is the missing resolution, which is what the
  "unresolved" count and mark show). A name the gazetteer does not know at all is judged
  as "not in the record".

Coverage: the settlements the corpus names are those the extractor reads as a place,
in a claim (the `ClaimsExtracted` events of the replayed log) or, when the extractor's
place finder can be imported, in any mention. Of those whose control changes in the
record between 1 September and 30 November 2022, a settlement is covered when the front
shows it with the record's control at 30 November, or at 31 December. Missing ones are
listed with the reason (no row, or the row's control against the record's).

The record is a check, never an input: nothing here feeds the monitor. The check runs on
the files in this folder only (`articles/`, `truth/`), not on ../shared.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
TRUTH_FILE = HERE / "truth" / "perelik-07052025_extracted.tsv"
MONTH_ENDS = tuple(date(2022, m + 1, 1) - timedelta(days=1) for m in range(3, 12)) + (date(2022, 12, 31),)
AUTUMN = (date(2022, 9, 1), date(2022, 11, 30))
CONTESTED_WINDOW = 30  # days either side of the day within which a record change makes "contested" right
MONITOR_TIMEOUT = 600


class CheckError(RuntimeError):
    """The check cannot run (one line says why)."""


@dataclass(frozen=True)
class Verdict:
    place: str
    place_id: str
    oblast: str
    shown: str
    truth: str  # the record's control that day: russia | ukraine
    agrees: bool
    note: str = ""  # "not in the record", "record changes ...", "stale contested", "unresolved ..."
    unresolved: bool = False  # the row had no place id; judged by name (see the module docstring)


@dataclass
class MonthEnd:
    day: date
    verdicts: list[Verdict] = field(default_factory=list)

    @property
    def shown(self) -> int:
        return len(self.verdicts)

    @property
    def agreeing(self) -> int:
        return sum(v.agrees for v in self.verdicts)

    @property
    def agreement(self) -> float:
        return self.agreeing / self.shown if self.shown else 1.0


@dataclass
class Coverage:
    changed: list[tuple[str, str]]  # (place_id, name) named by the corpus, changed in autumn
    covered: list[tuple[str, str]]
    missing: list[tuple[str, str, str]]  # (place_id, name, why)
    named: int
    named_by_claims: int
    mentions_used: bool

    @property
    def share(self) -> float:
        return len(self.covered) / len(self.changed) if self.changed else 1.0


@dataclass
class Result:
    documents: int
    months: list[MonthEnd]
    coverage: Coverage

    @property
    def overall(self) -> float:
        shown = sum(m.shown for m in self.months)
        return sum(m.agreeing for m in self.months) / shown if shown else 1.0

    def figures(self) -> dict:
        return {
            "documents": self.documents,
            "rows": sum(m.shown for m in self.months),
            "agreement": round(self.overall, 4),
            "month_ends": {m.day.isoformat(): {"rows": m.shown, "agreeing": m.agreeing,
                                               "agreement": round(m.agreement, 4)} for m in self.months},
            "contested_rows": sum(1 for m in self.months for v in m.verdicts if v.shown == "contested"),
            "unresolved_rows": sum(1 for m in self.months for v in m.verdicts if v.unresolved),
            "coverage": round(self.coverage.share, 4),
            "autumn_changed_named": len(self.coverage.changed),
            "autumn_covered": len(self.coverage.covered),
            "named": self.coverage.named,
        }


# --- the monitor, as a user runs it -------------------------------------------------------

def _monitor(db: Path, *args: str, cwd: Path) -> str:
    """Run the real `monitor` command; its stdout, or a CheckError with its one-line error."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    try:
        done = subprocess.run([sys.executable, "-m", "monitor", "--db", str(db), *args], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=MONITOR_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise CheckError(f"monitor {args[0]} took more than {MONITOR_TIMEOUT} s") from None
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise CheckError(f"monitor {args[0]} failed: {why}")
    return done.stdout


def replay(articles: Path, work: Path) -> Path:
    """A fresh SQLite log with the corpus imported; its path."""
    db = work / "season.db"
    _monitor(db, "init", cwd=work)
    _monitor(db, "import", str(articles), cwd=work)
    return db


def front_at(db: Path, day: date, work: Path) -> list[dict]:
    out = _monitor(db, "status", "--as-of", f"{day.isoformat()}T23:59:59Z", "--format", "json", cwd=work)
    try:
        rows = json.loads(out)
    except json.JSONDecodeError:
        raise CheckError(f"monitor status --as-of {day} did not print JSON") from None
    return rows


def claimed_places(db: Path, work: Path) -> dict[str, str]:
    """place_id -> name of every place in a claim the extractor read from the corpus."""
    places: dict[str, str] = {}
    for line in _monitor(db, "events", "--type", "ClaimsExtracted", "--format", "jsonl", cwd=work).splitlines():
        if line.strip():
            for claim in json.loads(line)["data"].get("claims", []):
                if claim.get("place_id"):
                    places.setdefault(claim["place_id"], claim.get("place") or claim["place_id"])
    return places


def mentioned_places(texts: Iterable[str]) -> dict[str, str] | None:
    """place_id -> name of every settlement the extractor's place finder reads in the texts
    (unambiguous mentions only); None when this version of the extractor has no finder."""
    try:
        from monitor.extract.places import find_places
    except ImportError:
        return None
    found: dict[str, str] = {}
    for text in texts:
        for m in find_places(text):
            if m.place is not None:
                found.setdefault(m.place.id, m.place.name)
    return found


# --- comparing ----------------------------------------------------------------------------

def names_index(gazetteer) -> dict[str, list[str]]:
    """Settlement ids by the English name the status table prints."""
    index: dict[str, list[str]] = {}
    for p in gazetteer.places:
        index.setdefault(getattr(p, "name", ""), []).append(p.id)
    return index


def judge_row(row: dict, truth, day: date, by_name: dict[str, list[str]]) -> Verdict:
    """Judge a row; one without a place id by the settlements sharing its name."""
    if row.get("place_id") and truth.gazetteer.get(row["place_id"]) is not None:
        return judge(row, truth, day)
    candidates = by_name.get(row.get("place", ""), [])
    if not candidates:
        verdict = judge({**row, "place_id": row.get("place_id") or ""}, truth, day)
        return replace(verdict, note="unresolved; name not in the gazetteer", unresolved=True)
    verdicts = [judge({**row, "place_id": pid}, truth, day) for pid in candidates]
    agreeing = [v for v in verdicts if v.agrees]
    chosen = agreeing[0] if agreeing else verdicts[0]
    note = f"unresolved; {len(agreeing)} of {len(candidates)} settlements of that name agree"
    return Verdict(place=chosen.place, place_id="", oblast="", shown=chosen.shown, truth=chosen.truth,
                   agrees=bool(agreeing), note=note, unresolved=True)


def judge(row: dict, truth, day: date) -> Verdict:
    place_id = row["place_id"]
    said = truth.control(place_id, day)
    shown = row["control"]
    note = "" if truth.covered(place_id) else "not in the record"
    if shown == "contested":
        window = timedelta(days=CONTESTED_WINDOW)
        changes = truth.changes(place_id, day - window, day + window)
        if changes:
            agrees, note = True, f"record changes {changes[0].isoformat()}"
        elif truth.hostilities(place_id, day):
            agrees, note = True, "active hostilities per the record"
        else:
            agrees, note = False, "stale contested" + (f"; {note}" if note else "")
    else:
        agrees = shown == said
        if not agrees:
            window = timedelta(days=CONTESTED_WINDOW)
            near = truth.changes(place_id, day - window, day + window)
            if near:  # the front is right within a month of the record: a timing difference
                note = "; ".join(n for n in (note, f"record changes {near[0].isoformat()}") if n)
    return Verdict(place=row.get("place", place_id), place_id=place_id, oblast=row.get("oblast", ""),
                   shown=shown, truth=said, agrees=agrees, note=note)


def coverage(named: dict[str, str], by_claims: int, mentions_used: bool, fronts: dict[date, list[dict]],
             truth) -> Coverage:
    first, last = AUTUMN
    changed = sorted((pid, name) for pid, name in named.items() if truth.changed_between(pid, first, last))
    shown = {day: {r["place_id"]: r["control"] for r in rows} for day, rows in fronts.items()}
    covered, missing = [], []
    for pid, name in changed:
        ends = [last, date(2022, 12, 31)]
        if any(shown.get(day, {}).get(pid) == truth.control(pid, day) for day in ends):
            covered.append((pid, name))
        else:
            at = shown.get(last, {}).get(pid)
            why = "no row at 30 Nov" if at is None else f"row {at} at 30 Nov, record {truth.control(pid, last)}"
            missing.append((pid, name, why))
    return Coverage(changed=changed, covered=covered, missing=missing, named=len(named),
                    named_by_claims=by_claims, mentions_used=mentions_used)


def article_files(articles: Path) -> list[Path]:
    if not articles.is_dir():
        raise CheckError(f"{articles}: no such folder of articles")
    files = sorted(articles.glob("*.txt"))
    if not files:
        raise CheckError(f"{articles}: no .txt articles in it")
    return files


def run_check(articles: Path = ARTICLES, truth_file: Path = TRUTH_FILE, use_mentions: bool = True) -> Result:
    """Replay the corpus and compare; the whole check, as the test and the bench call it."""
    from bench.season2022.record import RecordError, Truth, load_record
    from monitor.gazetteer import load_gazetteer

    files = article_files(articles)
    try:
        truth = Truth(load_gazetteer(), load_record(truth_file))
    except RecordError as why:
        raise CheckError(str(why)) from None
    with tempfile.TemporaryDirectory(prefix="season2022-") as tmp:
        work = Path(tmp)
        db = replay(articles, work)
        fronts = {day: front_at(db, day, work) for day in MONTH_ENDS}
        claimed = claimed_places(db, work)
    by_name = names_index(truth.gazetteer)
    months = [MonthEnd(day, [judge_row(r, truth, day, by_name) for r in fronts[day]]) for day in MONTH_ENDS]
    mentions = mentioned_places(p.read_text(encoding="utf-8") for p in files) if use_mentions else None
    named = dict(claimed)
    for pid, name in (mentions or {}).items():
        named.setdefault(pid, name)
    return Result(documents=len(files), months=months,
                  coverage=coverage(named, len(claimed), mentions is not None, fronts, truth))


# --- the report ---------------------------------------------------------------------------

def report(result: Result) -> Iterator[str]:
    yield f"season 2022: {result.documents} documents replayed; front at each month end against the record"
    yield ""
    yield f"{'month end':<11} {'rows':>5} {'agree':>6} {'%':>7}"
    for m in result.months:
        yield f"{m.day.isoformat():<11} {m.shown:>5} {m.agreeing:>6} {100 * m.agreement:>6.1f}%"
    total = sum(m.shown for m in result.months)
    yield f"{'overall':<11} {total:>5} {sum(m.agreeing for m in result.months):>6} {100 * result.overall:>6.1f}%"
    for m in result.months:
        wrong = [v for v in m.verdicts if not v.agrees]
        if wrong:
            yield ""
            yield f"{m.day.isoformat()}: {len(wrong)} disagreeing"
            for v in sorted(wrong, key=lambda v: (v.oblast, v.place)):
                note = f"  ({v.note})" if v.note else ""
                yield f"  {v.place} [{v.oblast}] shown {v.shown}, record {v.truth}{note}"
    unresolved = [v for m in result.months for v in m.verdicts if v.unresolved]
    yield ""
    yield (f"unresolved rows (no place id; judged by name): {len(unresolved)}, "
           f"{sum(v.agrees for v in unresolved)} agreeing")
    contested = [(m.day, v) for m in result.months for v in m.verdicts if v.shown == "contested"]
    yield ""
    yield f"contested rows: {len(contested)}"
    for day, v in contested:
        yield f"  {day.isoformat()} {v.place} [{v.oblast}] {'agrees' if v.agrees else 'disagrees'}: {v.note}"
    c = result.coverage
    source = "claims and mentions" if c.mentions_used else "claims"
    yield ""
    yield (f"coverage: {len(c.covered)}/{len(c.changed)} = {100 * c.share:.1f}% of the settlements the corpus "
           f"names ({source}: {c.named}, in claims: {c.named_by_claims}) whose control changed "
           f"{AUTUMN[0].isoformat()}..{AUTUMN[1].isoformat()} have a row with the record's control "
           "at 30 Nov or 31 Dec")
    for pid, name, why in c.missing:
        yield f"  missing: {name} ({pid}): {why}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.season2022.check", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="folder of dated .txt articles")
    parser.add_argument("--truth", type=Path, default=TRUTH_FILE, help="the record's TSV")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    parser.add_argument("--claims-only", action="store_true",
                        help="count as named only the places in claims (not every mention)")
    args = parser.parse_args(argv)
    try:
        result = run_check(args.articles, args.truth, use_mentions=not args.claims_only)
    except CheckError as why:
        print(f"season check: {why}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result.figures(), sort_keys=True))
    else:
        print("\n".join(report(result)))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1]))
    raise SystemExit(main())
