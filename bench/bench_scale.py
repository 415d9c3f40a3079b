"""A time-compressed GDELT-scale intake: one daemon against three on one PostgreSQL (issue 17).

GDELT takes in about 300,000 articles a day (3.5 a second on average) with peaks of about
200 a second. On loopback (bench/scale_feeds.py: SOURCES sources on ADDRESSES loopback
addresses, 127.0.0.10 and up, news arriving on a timetable) this runs, for one daemon and
then for three on a fresh PostgreSQL each, with the same options (`monitor run`, 2 parser
processes each, every source every INTERVAL_S):

1. **A ramp**: articles offered at RATES a second, STEP_S seconds a step, until a step
   ends with more than BOUND articles waiting for extraction (the backlog bound, the same
   for both). A step is measured over its last whole poll intervals after its first (by
   then every source has been polled at the new rate; whole intervals, because each
   source's poll falls once in each). A configuration *sustains* a rate when the
   articles offered are recorded (intake >= 90 % of the offer: polls keep up), claims
   are read from them as fast (extracted >= 90 % of the intake: the backlog does not
   grow) and the extraction backlog at the step's end is within BOUND; the ramp stops at
   the first step not sustained. Also kept: the most articles extracted a second over
   any 10 s while work was waiting (the extraction ceiling).
2. **A compressed GDELT day** (three daemons): 24 simulated hours in DAY_S seconds (time
   compressed 86,400 / DAY_S times), the hours following GDELT's daily curve (night at
   half the mean, the European and American day above it), DAY_MEAN articles a second on
   average and three bursts of 200 a second (GDELT's peak rate, not compressed). The day's
   300,000 articles are thinned to DAY_MEAN x DAY_S, so the compressed rate is
   DAY_MEAN / 3.5 times GDELT's average: a stress test of the rate, at GDELT's peak.

Sampled every SAMPLE_S seconds from the database (articles, claims and polls recorded since
the start, the log's head, the extraction watermark and the front projection's checkpoint),
from the feed server (articles offered, fetches per source), and from /proc (each daemon's
summed PSS: its main process, forkserver and parser processes). Printed: fetches per
source per interval, intake per second, the extraction backlog (articles recorded and not
yet read for claims) and the projection backlog (events between the log's head and the
front projection's checkpoint) over time, and memory per daemon.

On this 2-core machine three daemons cannot triple anything: extraction is CPU-bound in
each daemon's one work thread (the GIL), so one daemon extracts on one core, and three can
at most add the second core, which the feed server, PostgreSQL and the polling also need.
The ceiling this prints is that one; the 2x target needs at least 3 free cores.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from bench.common import NAN, Row
from bench.daemon_memory import MemoryWatch
from bench.procfs import cpu_seconds, descendants, rollup_kb
from bench.targets import Target

REPO = Path(__file__).resolve().parents[1]
SOURCES = int(os.environ.get("MONITOR_BENCH_SCALE_SOURCES", "1000"))
ADDRESSES = 100
INTERVAL_S = 20
PARSE_WORKERS = 2
STEP_S = float(os.environ.get("MONITOR_BENCH_SCALE_STEP_S", "60"))
RATES = tuple(int(r) for r in os.environ.get("MONITOR_BENCH_SCALE_RATES", "50,100,125,150,175,200,250,300").split(","))
BOUND = 2000  # articles waiting for extraction: the backlog bound both configurations are held to
DAY_S = float(os.environ.get("MONITOR_BENCH_SCALE_DAY_S", "240"))
DAY_MEAN = float(os.environ.get("MONITOR_BENCH_SCALE_DAY_MEAN", "100"))
PEAK = 200.0
SAMPLE_S = 2.0
GDELT_MEAN = 300_000 / 86_400
SCALE_TARGET = Target(">= 2x one daemon's sustained intake", "ratio", 2.0)
# the share of the day's mean in each simulated hour (GDELT's volume dips at night, UTC)
DAY_CURVE = (0.5, 0.45, 0.45, 0.5, 0.6, 0.8, 1.0, 1.15, 1.25, 1.3, 1.3, 1.25,
             1.2, 1.25, 1.3, 1.3, 1.25, 1.2, 1.1, 1.0, 0.95, 0.85, 0.7, 0.6)
BURST_HOURS = (8, 13, 19)  # a burst at GDELT's peak rate in these hours
BURST_S = 5.0


def say(text: str) -> None:
    print(f"  {text}", file=sys.stderr, flush=True)


# -- the feed server ----------------------------------------------------------------------


class Feeds:
    def __init__(self) -> None:
        command = [sys.executable, str(REPO / "bench" / "scale_feeds.py"), "--sources", str(SOURCES),
                   "--addresses", str(ADDRESSES)]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        started = json.loads(self.process.stdout.readline() or "null") or {}
        if "control" not in started:
            self.close()
            raise RuntimeError("the scale feed server did not start")
        self.control = f"http://127.0.0.1:{started['control']}"
        self.urls: list[str] = started["urls"]

    def _call(self, path: str, body: object | None = None) -> object:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.control + path, data=data, method="POST" if data else "GET")
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())

    def stats(self) -> dict:
        return self._call("/stats")

    def plan(self, phases: list[tuple[float, float]]) -> float:
        return self._call("/plan", [list(p) for p in phases])["clock"]

    def fetches(self, start: float, end: float) -> list[int]:
        return self._call(f"/fetches?start={start}&end={end}")

    def close(self) -> None:
        self.process.kill()
        self.process.wait()
        self.process.stdout.close()


# -- what is sampled ----------------------------------------------------------------------


@dataclass
class Sample:
    at: float  # seconds since the sampler started
    offered: int  # articles the feed server has put on feeds
    recorded: int  # ArticleSeen + ArticleRevised recorded
    extracted: int  # ClaimsExtracted recorded
    polls: int  # SourcePolled + SourceFailed recorded
    head: int
    extract_mark: int  # the extraction watermark (every article below it read for claims)
    front: int  # the front projection's checkpoint
    pss_mb: list[float] = field(default_factory=list)  # each daemon's summed PSS now
    load: float = 0.0  # the machine's 1-minute load average (other sessions share these cores)

    @property
    def extraction_backlog(self) -> int:
        return self.recorded - self.extracted

    @property
    def projection_backlog(self) -> int:
        return self.head - self.front


class Sampler(threading.Thread):
    """The log, the feed server and the daemons' memory, every SAMPLE_S seconds."""

    def __init__(self, url: str, feeds: Feeds, pids: list[int]) -> None:
        super().__init__(daemon=True)
        self.engine = sa.create_engine(url, pool_size=1)
        self.feeds, self.pids = feeds, pids
        self.samples: list[Sample] = []
        self.stopped = threading.Event()
        self.started = time.monotonic()
        self._last = 0
        self._counts = {"ArticleSeen": 0, "ArticleRevised": 0, "ClaimsExtracted": 0, "SourcePolled": 0,
                        "SourceFailed": 0}
        self._head = 0
        self._lock = threading.Lock()  # the bench reads a sample at a step's edges, the thread between

    def sample(self) -> Sample:
        with self._lock:
            sample = self._sample()
            self.samples.append(sample)
            return sample

    def _sample(self) -> Sample:
        with self.engine.connect() as conn:
            for kind, count, top in conn.execute(sa.text(
                    "SELECT type, COUNT(*), MAX(position) FROM events WHERE position > :last GROUP BY type"),
                    {"last": self._last}):
                self._counts[kind] = self._counts.get(kind, 0) + count
                self._head = max(self._head, top)
            self._last = self._head
            marks = dict(conn.execute(sa.text("SELECT name, position FROM projection_checkpoints")).all())
        extract_mark = max((p for name, p in marks.items() if name.startswith("work:extract:")), default=0)
        c = self._counts
        return Sample(time.monotonic() - self.started, self.feeds.stats()["added"],
                      c["ArticleSeen"] + c["ArticleRevised"], c["ClaimsExtracted"],
                      c["SourcePolled"] + c["SourceFailed"], self._head, extract_mark, marks.get("front", 0),
                      [pss_mb(pid) for pid in self.pids], os.getloadavg()[0])

    def run(self) -> None:
        while True:
            self.sample()
            if self.stopped.wait(SAMPLE_S):
                return

    def stop(self) -> None:
        self.stopped.set()
        self.join()
        self.engine.dispose()


def reaped_cpu_seconds(pid: int) -> float:
    """CPU seconds of a process's children that have exited and been waited for (a
    PostgreSQL backend per connection: the postmaster reaps them)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")


def pss_mb(pid: int) -> float:
    return sum(rollup_kb(p).get("Pss", 0) for p in [pid, *descendants(pid)]) / 1024


# -- the daemons ----------------------------------------------------------------------------


class Daemons:
    """``count`` `monitor run` processes on one database, their output in files."""

    def __init__(self, count: int, config: Path) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_") or k == "MONITOR_CACHE_DIR"}
        env["PYTHONPATH"] = str(REPO)
        self.outputs = [config.parent / f"daemon-{n}.log" for n in range(count)]
        self.processes = []
        for output in self.outputs:
            with output.open("w") as sink:
                self.processes.append(subprocess.Popen(
                    [sys.executable, "-m", "monitor", "--config", str(config), "run", "--parse-workers",
                     str(PARSE_WORKERS)], cwd=config.parent, env=env, stdout=sink, stderr=subprocess.STDOUT))
        self.watches = [MemoryWatch(p.pid, every=1.0) for p in self.processes]

    def wait_ready(self, timeout: float = 180) -> None:
        end = time.monotonic() + timeout
        waiting = set(range(len(self.processes)))
        while waiting:
            for n in list(waiting):
                if self.processes[n].poll() is not None:
                    raise RuntimeError(f"daemon {n} exited: {self.outputs[n].read_text()[-600:]}")
                if "monitor run: polling" in self.outputs[n].read_text():
                    waiting.discard(n)
            if time.monotonic() > end:
                raise RuntimeError(f"daemons {sorted(waiting)} not polling after {timeout:g} s")
            time.sleep(0.2)
        for watch in self.watches:
            watch.start()

    def cpu(self) -> float:
        return sum(cpu_seconds(pid) for p in self.processes for pid in [p.pid, *descendants(p.pid)])

    def alive(self) -> None:
        for n, process in enumerate(self.processes):
            if process.poll() is not None:
                raise RuntimeError(f"daemon {n} exited: {self.outputs[n].read_text()[-600:]}")

    def stop(self) -> None:
        for watch in self.watches:
            watch.stopped.set()
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def settings(folder: Path, url: str, urls: list[str]) -> Path:
    lines = [f'[database]\nurl = "{url}"\n',
             f'[defaults]\ninterval = "{INTERVAL_S}s"\naffiliation = "independent"\nlanguage = "en"\n']
    lines += [f'[[sources]]\nname = "s{n}"\nurl = "{u}"\n' for n, u in enumerate(urls)]
    path = folder / "sources.toml"
    path.write_text("\n".join(lines))
    return path


# -- one configuration ------------------------------------------------------------------------


@dataclass
class Step:
    rate: float
    intake: float  # articles recorded a second over the step's measured window
    extracted: float  # ClaimsExtracted a second over the step's measured window
    backlog_end: int
    projection_end: int

    @property
    def sustained(self) -> bool:
        """Polls bring the offer in, extraction keeps pace with them, the backlog is bounded."""
        return self.intake >= 0.9 * self.rate and self.extracted >= 0.9 * self.intake and self.backlog_end <= BOUND


@dataclass
class Outcome:
    daemons: int
    steps: list[Step]
    ceiling: float  # most articles extracted a second over 10 s while work was waiting
    fetches_per_interval: list[float]  # per source, over the whole intervals of the run
    pss_peak_mb: list[float]
    cpu_s: dict[str, float]  # CPU seconds over the run, by whom
    seconds: float
    samples: list[Sample] = field(default_factory=list)

    @property
    def cpu_ms_per_article(self) -> float:
        """The daemons' CPU (polls, parsing, appends, extraction, projection) per article read."""
        done = self.samples[-1].extracted - self.samples[0].extracted if self.samples else 0
        return 1000 * self.cpu_s["daemons"] / done if done else NAN

    @property
    def load(self) -> str:
        loads = [s.load for s in self.samples]
        return f"{statistics.median(loads):.1f} (max {max(loads):.1f})" if loads else "-"

    @property
    def sustained(self) -> float:
        best = 0.0
        for step in self.steps:
            if not step.sustained:
                break
            best = step.rate
        return best


class Setup:
    """A fresh PostgreSQL, feed server and ``count`` daemons on them."""

    def __init__(self, count: int) -> None:
        self.count = count

    def __enter__(self) -> "Setup":
        from monitor.log import initialise
        from tests.pgserver import TempPostgres

        self.folder = Path(tempfile.mkdtemp(prefix="monitor-bench-scale-"))
        self.server = self.feeds = self.daemons = self.sampler = None
        try:
            self.server = TempPostgres().__enter__()
            self.feeds = Feeds()
            initialise(self.server.url)
            self.daemons = Daemons(self.count, settings(self.folder, self.server.url, self.feeds.urls))
            self.daemons.wait_ready()
            self.sampler = Sampler(self.server.url, self.feeds, [p.pid for p in self.daemons.processes])
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        if self.sampler is not None and self.sampler.is_alive():
            self.sampler.stop()
        if self.daemons is not None:
            self.daemons.stop()
        if self.feeds is not None:
            self.feeds.close()
        if self.server is not None:
            self.server.__exit__(None, None, None)
        shutil.rmtree(self.folder, ignore_errors=True)

    def cpu(self) -> dict[str, float]:
        """CPU seconds so far: the daemons (with their parser processes), PostgreSQL (every
        backend), the feed server."""
        postmaster = int((self.server.data / "postmaster.pid").read_text().split()[0])
        return {"daemons": self.daemons.cpu(),
                "PostgreSQL": reaped_cpu_seconds(postmaster) + sum(cpu_seconds(p) for p in
                                                                   [postmaster, *descendants(postmaster)]),
                "feed server": cpu_seconds(self.feeds.process.pid)}

    def wait(self, seconds: float) -> None:
        """Let a stretch of time pass (the timetable's, not a wait for a condition), failing
        at once if a daemon dies."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.daemons.alive()
            time.sleep(min(1.0, max(end - time.monotonic(), 0)))


def ceiling(samples: list[Sample], window: float = 10.0) -> float:
    """Most articles extracted a second over ``window`` seconds in which work was waiting
    throughout (so the rate is the extraction's, not the offer's)."""
    best = 0.0
    for i, first in enumerate(samples):
        for last in samples[i + 1:]:
            if last.at - first.at >= window:
                span = samples[i:samples.index(last) + 1]
                if all(s.extraction_backlog > 100 for s in span):
                    best = max(best, (last.extracted - first.extracted) / (last.at - first.at))
                break
    return best


def per_interval(feeds: Feeds, start: float, end: float) -> list[float]:
    intervals = int((end - start) // INTERVAL_S)
    if intervals < 1:
        return []
    counts = feeds.fetches(start, start + intervals * INTERVAL_S)
    return [c / intervals for c in counts]


def measured_window() -> float:
    """The part of a step that is measured: whole poll intervals (each source's polls fall
    once in each, so the articles they bring in are counted evenly), after the first."""
    intervals = int((STEP_S - INTERVAL_S) // INTERVAL_S)
    if intervals < 1:
        raise ValueError(f"a step of {STEP_S:g} s holds no whole poll interval after its first ({INTERVAL_S} s)")
    return intervals * INTERVAL_S


def ramp(count: int) -> Outcome:
    with Setup(count) as setup:
        say(f"{count} daemon(s) polling {SOURCES:,} sources every {INTERVAL_S} s; ramp {RATES} articles/s")
        setup.wait(INTERVAL_S)  # every source polled once: the empty feeds' first 200s are behind
        setup.sampler.start()
        cpu_start = setup.cpu()
        fetch_start = setup.feeds.stats()["clock"]
        started = time.monotonic()
        steps = []
        window = measured_window()
        for rate in RATES:
            setup.feeds.plan([(STEP_S, rate)])
            setup.wait(STEP_S - window)  # at least an interval: every source polled at the new rate
            first = setup.sampler.sample()
            setup.wait(window)
            last = setup.sampler.sample()
            seconds = last.at - first.at
            step = Step(rate, (last.recorded - first.recorded) / seconds, (last.extracted - first.extracted) / seconds,
                        last.extraction_backlog, last.projection_backlog)
            steps.append(step)
            say(f"{count} daemon(s), {rate}/s offered: intake {step.intake:.0f}/s, extracted {step.extracted:.0f}/s, "
                f"extraction backlog {step.backlog_end:,}, projection backlog {step.projection_end:,} events"
                f"{'' if step.sustained else ' (not sustained)'}")
            if not step.sustained:
                break
        setup.feeds.plan([])
        fetch_end = setup.feeds.stats()["clock"]
        seconds = time.monotonic() - started
        cpu = {k: v - cpu_start[k] for k, v in setup.cpu().items()}
        setup.sampler.stop()
        samples = setup.sampler.samples
        print_series(f"ramp, {count} daemon(s)", samples)
        return Outcome(count, steps, ceiling(samples), per_interval(setup.feeds, fetch_start, fetch_end),
                       [w.total_pss_kb / 1024 for w in setup.daemons.watches], cpu, seconds, samples)


def day_plan() -> list[tuple[float, float]]:
    """(seconds, rate) phases of the compressed day: the hours' curve, bursts at PEAK."""
    hour = DAY_S / 24
    mean_weight = sum(DAY_CURVE) / 24
    plan = []
    for h, weight in enumerate(DAY_CURVE):
        rate = DAY_MEAN * weight / mean_weight
        if h in BURST_HOURS:
            plan += [((hour - BURST_S) / 2, rate), (BURST_S, PEAK), ((hour - BURST_S) / 2, rate)]
        else:
            plan.append((hour, rate))
    return plan


def day(count: int) -> Outcome:
    plan = day_plan()
    articles = sum(s * r for s, r in plan)
    with Setup(count) as setup:
        say(f"compressed GDELT day, {count} daemon(s): {DAY_S:g} s ({86_400 / DAY_S:.0f}x), {articles:,.0f} articles, "
            f"mean {articles / DAY_S:.0f}/s, bursts of {PEAK:g}/s")
        setup.wait(INTERVAL_S)
        setup.sampler.start()
        cpu_start = setup.cpu()
        fetch_start = setup.feeds.plan(plan)
        started = time.monotonic()
        setup.wait(DAY_S)
        fetch_end = setup.feeds.stats()["clock"]
        setup.wait(INTERVAL_S)  # the last articles polled and read: how the day ends
        seconds = time.monotonic() - started
        cpu = {k: v - cpu_start[k] for k, v in setup.cpu().items()}
        setup.sampler.stop()
        samples = setup.sampler.samples
        print_series(f"GDELT day, {count} daemon(s)", samples)
        return Outcome(count, [], ceiling(samples), per_interval(setup.feeds, fetch_start, fetch_end),
                       [w.total_pss_kb / 1024 for w in setup.daemons.watches], cpu, seconds, samples)


def print_series(title: str, samples: list[Sample], every: float = 10.0) -> None:
    """The run over time: intake a second, backlogs, memory (one line per ``every`` s)."""
    print(f"\n{title}: t(s) offered/s intake/s extracted/s extraction-backlog projection-backlog(events) "
          f"watermark-lag(positions) PSS(MB) per daemon", file=sys.stderr)
    last = None
    for sample in samples:
        if last is not None and sample.at - last.at < every - SAMPLE_S / 2:
            continue
        if last is not None:
            span = sample.at - last.at
            rates = [(sample.offered - last.offered) / span, (sample.recorded - last.recorded) / span,
                     (sample.extracted - last.extracted) / span]
            print(f"  {sample.at:5.0f} {rates[0]:6.0f} {rates[1]:6.0f} {rates[2]:6.0f} {sample.extraction_backlog:7,} "
                  f"{sample.projection_backlog:7,} {sample.head - sample.extract_mark:7,}  "
                  + " ".join(f"{m:.0f}" for m in sample.pss_mb), file=sys.stderr)
        last = sample
    sys.stderr.flush()


def growth(samples: list[Sample]) -> float:
    """The extraction backlog's trend over the day, articles a minute (least squares)."""
    if len(samples) < 3:
        return NAN
    xs = [s.at for s in samples]
    ys = [s.extraction_backlog for s in samples]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return 60 * sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else NAN


def cores(outcome: Outcome) -> str:
    """Where the CPU went, in cores (CPU seconds per second of the run), of os.cpu_count()."""
    parts = [f"{name} {seconds / outcome.seconds:.2f}" for name, seconds in outcome.cpu_s.items()]
    return f"{', '.join(parts)} (of {os.cpu_count()})"


def fetch_summary(values: list[float]) -> str:
    if not values:
        return "-"
    return (f"mean {statistics.fmean(values):.2f}, min {min(values):.2f}, max {max(values):.2f} "
            f"over {len(values):,} sources")


def run() -> list[Row]:
    one = ramp(1)
    three = ramp(3)
    gdelt = day(3)
    rows = [Row(f"sustained article intake, 3 daemons on one PostgreSQL ({SOURCES:,} loopback sources on "
                f"{ADDRESSES} addresses, every {INTERVAL_S} s; ramp of {STEP_S:g} s steps; extraction backlog "
                f"<= {BOUND:,} articles and keeping pace, intake >= 90 % of the offer)", three.sustained,
                one.sustained or NAN, "articles/s", True, SCALE_TARGET, "1 daemon, same options")]
    rows.append(Row("— extraction ceiling (most articles read for claims a second over 10 s of waiting work)",
                    three.ceiling or NAN, one.ceiling or NAN, "articles/s", True,
                    f"info: CPU-bound, one core per daemon, {os.cpu_count()} cores", "1 daemon"))
    for outcome in (one, three):
        rows.append(Row(f"— {outcome.daemons} daemon(s): fetches per source per interval during the ramp "
                        f"({fetch_summary(outcome.fetches_per_interval)})",
                        statistics.fmean(outcome.fetches_per_interval) if outcome.fetches_per_interval else NAN,
                        NAN, "", True, "info: 1 expected", ""))
        rows.append(Row(f"— {outcome.daemons} daemon(s): peak summed PSS per daemon "
                        f"({', '.join(f'{m:.0f}' for m in outcome.pss_peak_mb)} MB); cores busy over the ramp: "
                        f"{cores(outcome)}; load average {outcome.load}", max(outcome.pss_peak_mb), NAN, "MB", False,
                        "info", ""))
    rows.append(Row("— the daemons' CPU per article (polling, parsing, appending, extraction, projection), 3 daemons "
                    "against 1: articles a second one core carries is 1,000 / this", three.cpu_ms_per_article,
                    one.cpu_ms_per_article, "ms", False, "info", "1 daemon"))
    samples = gdelt.samples
    articles = sum(s * r for s, r in day_plan())
    rows.append(Row(f"compressed GDELT day, 3 daemons: {DAY_S:g} s ({86_400 / DAY_S:.0f}x), {articles:,.0f} articles "
                    f"(mean {articles / DAY_S:.0f}/s = {articles / DAY_S / GDELT_MEAN:.0f}x GDELT's; bursts of "
                    f"{PEAK:g}/s): extraction backlog trend", growth(samples), NAN, "articles/min", False,
                    "info: ~0 = not growing", ""))
    rows.append(Row("— its largest extraction backlog / at the day's end + one interval",
                    max((s.extraction_backlog for s in samples), default=NAN),
                    samples[-1].extraction_backlog if samples else NAN, "articles", False, "info", "at the end"))
    rows.append(Row(f"— fetches per source per interval ({fetch_summary(gdelt.fetches_per_interval)})",
                    statistics.fmean(gdelt.fetches_per_interval) if gdelt.fetches_per_interval else NAN, NAN, "",
                    True, "info: 1 expected", ""))
    rows.append(Row(f"— peak summed PSS per daemon ({', '.join(f'{m:.0f}' for m in gdelt.pss_peak_mb)} MB); cores "
                    f"busy over the day: {cores(gdelt)}; load average {gdelt.load}",
                    max(gdelt.pss_peak_mb), NAN, "MB", False, "info", ""))
    return rows
