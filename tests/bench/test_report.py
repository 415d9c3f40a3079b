"""bench/run.py's table and report, and the targets' judgements, without running a benchmark."""

from __future__ import annotations

import math
import time
import types

from bench import run as bench_run
from bench import targets
from bench.common import NAN, Row, alternate, cells
from bench.machine import LoadSampler


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
    with LoadSampler(every=0.01) as sampler:
        time.sleep(0.1)
    assert len(sampler.samples) >= 5
    assert LoadSampler.summary([0.5, 1.0, 2.0]) == "0.50 / 1.00 / 2.00"
