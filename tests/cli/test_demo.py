"""`monitor demo` leads somewhere: the next commands of the README answer on its data, without flags."""

from __future__ import annotations

import json
import re

from tests.cli.runner import initialised, run_monitor



def test_the_demo_writes_where_the_next_commands_read_and_nothing_is_dated_after_the_sample(tmp_path):
    """The README's next commands answer on the demo's data with no flag, and no date in what
    they show is later than the newest sample article (every one is dated)."""
    demo = run_monitor("demo", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert "7 new articles" in demo.stdout and (tmp_path / "monitor.db").exists()
    assert "monitor status" in demo.stdout and "--db" not in demo.stdout  # the next commands need no flag
    status = run_monitor("status", "--format", "json", cwd=tmp_path)
    assert status.returncode == 0, status.stderr
    rows = {r["place"]: r for r in json.loads(status.stdout)}
    assert len(rows) == 12 and rows["Izium"]["confidence"] == "confirmed"
    reports = run_monitor("reports", cwd=tmp_path)
    assert reports.returncode == 0 and "unconfirmed reports" in reports.stdout
    place = run_monitor("place", "Izium", cwd=tmp_path)
    assert place.returncode == 0 and "Izium (Kharkiv): ukraine, confirmed" in place.stdout
    villages = run_monitor("place", "Semenivka", cwd=tmp_path)
    # claims read from the Ukrainian and the Russian report: the place in Latin, the quote as written
    cyrillic = run_monitor("place", "Balakliia", cwd=tmp_path)
    assert "Кореспондент.net" in cyrillic.stdout and "“ЗСУ доповіли про взяття Балаклії під контроль”" in cyrillic.stdout
    assert "РБК" in cyrillic.stdout and "перегруппировке войск в районе Изюма и Балаклеи" in cyrillic.stdout
    again = run_monitor("demo", "--no-tui", cwd=tmp_path)
    assert "0 new articles (7 already there)" in again.stdout and "12 settlements" in again.stdout
    outputs = [r.stdout for r in (demo, status, reports, place, villages, cyrillic, again)]
    dates = {d for text in outputs for d in re.findall(r"\b(20\d\d-\d\d-\d\d)", text)}
    assert dates and max(dates) <= "2022-09-12", sorted(dates)
    assert "undated" not in "".join(outputs)


def test_a_monitor_db_holding_other_articles_is_left_alone_and_the_flag_is_said(tmp_path):
    initialised(tmp_path)
    (tmp_path / "mine.txt").write_text("date 2022-10-01\nUkrainian forces liberated Lyman, the General Staff said.\n")
    assert run_monitor("import", "mine.txt", cwd=tmp_path).returncode == 0
    demo = run_monitor("demo", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert "monitor.db holds other articles, so the sample went to monitor-demo.db" in demo.stdout
    assert "monitor --db monitor-demo.db status" in demo.stdout
    follow = re.search(r"(monitor --db monitor-demo.db) status", demo.stdout).group(1).split()[1:]
    status = run_monitor(*follow, "status", cwd=tmp_path)
    assert status.returncode == 0 and "12 settlements" in status.stdout
    mine = run_monitor("events", "--type", "ArticleSeen", cwd=tmp_path)
    assert "1 events" in mine.stdout  # the sample was not mixed into the user's log


def test_the_demo_honours_a_database_given_after_the_command(tmp_path):
    demo = run_monitor("demo", "--db", "elsewhere.db", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert (tmp_path / "elsewhere.db").exists() and not (tmp_path / "monitor.db").exists()
    assert "monitor --db elsewhere.db status" in demo.stdout
