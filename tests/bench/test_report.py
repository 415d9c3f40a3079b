"""bench/run.py's table and report, and the targets' judgements, without running a benchmark."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import time
import types
from datetime import datetime, timezone

import pytest

from bench import report
from bench import run as bench_run
from bench import targets
from bench.common import NAN, Row, alternate, cells
from bench.machine import RUN_MARK, BenchCpu, LoadSampler


def test_a_target_alone_is_no_comparison():
    row = Row("catch-up", 80.0, NAN, "ms", False, targets.CATCH_UP_MS, "-")
    assert math.isnan(row.ratio)
    assert cells(row)[2:4] == ["-", "-"]
    assert row.target_text.endswith(": met") and row.met


def test_targets_judge_the_speed_ratio_whichever_way_the_unit_runs():
    slower = Row("rebuild", 30.0, 10.0, "s", False, targets.REBUILD, "raw scan")  # 3x the raw scan's time
    assert slower.ratio == 10 / 30 and slower.met is False and "**not met**" in slower.target_text
    faster = Row("append", 80.0, 100.0, "ev/s", True, targets.APPEND, "raw")
    assert faster.met is True
    assert Row("info", 1.0, 2.0, "s", False, targets.INFO, "x").met is None


def test_cases_alternate_in_rotated_order():
    order: list[str] = []
    times = alternate({name: (lambda n=name: order.append(n)) for name in "abc"}, 3)
    assert order == list("abcbcacab")
    assert all(len(values) == 3 for values in times.values())


def test_run_all_writes_a_report_with_machine_versions_load_and_every_group(tmp_path, monkeypatch):
    good = types.SimpleNamespace(run=lambda: [Row("append", 90.0, 100.0, "ev/s", True, targets.APPEND, "raw")])

    def broken():
        raise RuntimeError("the feed server did not start")

    modules = {module: good for module in bench_run.GROUPS.values()}
    modules["bench.bench_poll"] = types.SimpleNamespace(run=broken)
    monkeypatch.setattr(LoadSampler, "every", 0.01)
    report = tmp_path / "REPORT.md"
    code = bench_run.main(["all", "--report", str(report)], load_module=modules.__getitem__)
    assert code == 1  # a group failed
    text = report.read_text()
    for needed in ("# Bench report", "python bench/run.py all --report", "## Machine", "cores:", "## Versions",
                   "python:", "sqlite:", "feedparser:", "newsboat:", "## Load by group", "| log |",
                   "**The group failed**: RuntimeError: the feed server did not start",
                   ">= 0.70 of raw executemany (same serialiser): met", "targets met in this run"):
        assert needed in text, needed
    assert "quiet run" in text.lower()


def test_the_load_is_sampled_throughout():
    # (awaited, not slept for: each sample reads the process table, which a busy machine makes slow)
    with LoadSampler(every=0.01) as sampler:
        deadline = time.monotonic() + 30
        while len(sampler.samples) < 5 and time.monotonic() < deadline:
            time.sleep(0.01)
    assert len(sampler.samples) >= 5
    assert LoadSampler.summary([0.5, 1.0, 2.0]) == "0.50 / 1.00 / 2.00"


_SPIN = "import time\nend = time.process_time() + {seconds}\nwhile time.process_time() < end: pass\n"


def _ended(pid: int) -> bool:
    """The process has exited and waits to be reaped (a zombie); it is not reaped here."""
    stat = open(f"/proc/{pid}/stat").read()
    return stat[stat.rindex(")") + 2] == "Z"


def test_the_bench_s_own_processes_are_not_counted_as_other_work():
    """A child started with the run's mark (and its own child, reaped by it) counts as the
    bench's CPU; a process started without the mark does not."""
    env = {**os.environ, RUN_MARK: "test-token"}
    bench = BenchCpu("test-token")
    own_before = time.process_time()  # this process counts as the bench's too: its reading of /proc is taken off
    grandchild = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {_SPIN.format(seconds=0.4)!r}])"
    ours = subprocess.Popen([sys.executable, "-c", _SPIN.format(seconds=0.4) + grandchild], env=env)
    theirs = subprocess.Popen([sys.executable, "-c", _SPIN.format(seconds=1.2)],
                              env={k: v for k, v in os.environ.items() if k != RUN_MARK})
    while ours.poll() is None or not _ended(theirs.pid):
        bench.read()
        time.sleep(0.05)
    counted = bench.read() - (time.process_time() - own_before)  # before reaping theirs (a process the bench
    theirs.wait()  # reaps adds to the bench's time)
    # 0.4 s + 0.4 s of spinning plus three interpreters' start-up (more on a busy machine), once each; never
    # the other process's 1.2 s
    assert 0.75 <= counted <= 1.7, counted


def test_a_child_of_the_bench_is_the_bench_s_whatever_its_environment_shows():
    """A marked process's child started with an environment that lacks the mark (as PostgreSQL's
    backends show it: they write their titles over the block /proc reads) counts as the bench's
    while it runs, not only once its parent reaps it."""
    bench = BenchCpu("test-token")
    own_before = time.process_time()
    child = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {_SPIN.format(seconds=3.0)!r}], env={{}})"
    ours = subprocess.Popen([sys.executable, "-c", child], env={**os.environ, RUN_MARK: "test-token"})
    counted, running = 0.0, True
    while running and counted < 1.0:
        counted = bench.read() - (time.process_time() - own_before)
        running = ours.poll() is None  # (its child, spinning 3 s of CPU, is not reaped while it runs)
        time.sleep(0.05)
    ours.kill()
    ours.wait()
    # counted while the grandchild still spins, however slowly a busy machine lets it (not a wall-clock bound)
    assert counted >= 1.0 and running, (counted, running)


def test_postgresql_s_server_processes_are_the_bench_s(monkeypatch):
    """Every process of a PostgreSQL server the bench starts is the bench's, though only the
    postmaster's environment still shows the mark."""
    from tests.pgserver import ServerUnavailable, TempPostgres

    monkeypatch.setenv(RUN_MARK, "pg-token")
    bench = BenchCpu("pg-token")
    try:
        server = TempPostgres()
        server.__enter__()
    except ServerUnavailable as why:
        pytest.skip(f"no PostgreSQL server: {why}")
    try:
        import sqlalchemy as sa
        engine = sa.create_engine(server.url)
        with engine.connect() as conn:
            backend = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            bench.read()
            from bench.machine import _process_times
            processes = _process_times()
            ours = bench._ours(processes)
            postmaster = int((server.data / "postmaster.pid").read_text().split()[0])
            server_pids = [postmaster] + [pid for pid, entry in processes.items() if entry[1] == postmaster]
            assert backend in ours and len(server_pids) >= 3
            assert all(pid in ours for pid in server_pids), (server_pids, sorted(ours))
        engine.dispose()
    finally:
        server.__exit__(None, None, None)


def test_the_report_judges_quiet_by_other_work_not_by_the_bench_s_own_load():
    row = Row("append", 90.0, 100.0, "ev/s", True, targets.APPEND, "raw")
    busy_bench = report.GroupRun("scale", 60.0, [2.6, 3.1], [row], None, [0.05, 0.1])
    text = report.render([busy_bench], {"cores": "2"}, {"python": "3.11"}, "python bench/run.py all",
                         datetime.now(timezone.utc), [2.6, 3.1], [0.05, 0.1])
    assert "**Quiet run**" in text and "2.60 / 2.85 / 3.10" in text
    neighbour = report.render([busy_bench], {}, {}, "x", datetime.now(timezone.utc), [1.0, 2.0], [0.2, 0.9])
    assert "**Not a quiet run**: other work kept up to 0.90 cores busy" in neighbour


def test_the_kernels_own_threads_are_no_neighbour() -> None:
    """The kernel's threads (kthreadd, pid 2, and its children) write the bench's data to disk;
    their CPU time is counted apart, not as other work."""
    from bench.machine import _kernel_threads, _process_times
    processes = _process_times()
    if processes.get(2, (0, -1, 0.0))[1] != 0:
        pytest.skip("no kernel threads visible here (a container)")
    kernel = _kernel_threads(processes)
    assert 2 in kernel and os.getpid() not in kernel
    assert all(processes[pid][1] == 2 for pid in kernel if pid != 2)
    bench = BenchCpu("no-such-token")
    time.sleep(0.05)
    bench.read()
    assert bench.kernel >= 0.0
