"""Command hooks: the argv as written, no shell, the JSON on stdin, a few variables, a timeout.
Hostile text from an article (``; rm -rf ~``, ``$(id)``, backticks, newlines) arrives as inert data."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from monitor.hooks import Alert, Change, ClaimInfo, PlaceInfo
from monitor.hooks.command import CommandSender
from tests.cli.runner import run_monitor
from tests.hooks.settings import write_settings
from tests.waiting import process_gone, wait_until

RECORDER = """\
import json, os, sys
record = {"argv": sys.argv[1:], "stdin": sys.stdin.read(),
          "env": {k: v for k, v in os.environ.items() if k.startswith("MONITOR_ALERT_")}}
with open(sys.argv[sys.argv.index("--out") + 1], "a") as out:
    out.write(json.dumps(record) + "\\n")
"""


def _recorder(folder: Path) -> tuple[list[str], Path]:
    script = folder / "record_alert.py"
    script.write_text(RECORDER)
    out = folder / "alerts.jsonl"
    return [sys.executable, str(script), "--out", str(out)], out


def _records(out: Path) -> list[dict]:
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_a_hostile_quote_from_an_imported_article_reaches_the_command_as_data(tmp_path):
    argv, out = _recorder(tmp_path)
    canary = tmp_path / "pwned"
    article = tmp_path / "hostile.txt"
    article.write_text(f"date 2022-09-10\nKharkiv update\n\nUkrainian forces liberated Izium; rm -rf ~ $(id) "
                       f"`touch {canary}`\nthe General Staff said on Saturday.\n")
    hook = f'[[hooks]]\nname = "script"\nkind = "command"\ncommand = {json.dumps(argv)}\n'
    config = write_settings(tmp_path, hook)
    result = run_monitor("--config", str(config), "import", "--alerts", str(article), cwd=tmp_path)
    assert result.returncode == 0 and "alerts: 1 delivered" in result.stdout, result.stdout + result.stderr
    record, = _records(out)
    assert record["argv"] == argv[2:]  # exactly as configured: nothing from the alert in it
    alert = json.loads(record["stdin"])
    quote = alert["claims"][0]["quote"]
    assert "; rm -rf ~ $(id) `touch" in quote and str(canary) in quote
    assert not canary.exists()
    assert record["env"]["MONITOR_ALERT_ID"] == alert["id"]
    assert (record["env"]["MONITOR_ALERT_PLACE"], record["env"]["MONITOR_ALERT_CONTROL"]) == ("Izium", "ukraine")
    assert record["env"]["MONITOR_ALERT_TRIGGER"] == "control_changed"


def _alert(text: str) -> Alert:
    at = datetime(2022, 9, 10, tzinfo=timezone.utc)
    claim = ClaimInfo("c1", text, "ukraine", "asserted", text, text, "desk", "https://x.example/$(id)", text, at)
    return Alert("a1b2c3", "script", "control_changed", 3, at, PlaceInfo("name:x", None, text, None, None, None),
                 Change(None, "ukraine"), Change(None, "reported"), (claim,))


def test_newlines_quotes_and_substitutions_anywhere_in_an_alert_stay_data(tmp_path):
    argv, out = _recorder(tmp_path)
    canary = tmp_path / "pwned"
    hostile = f"first line\n; rm -rf ~\n$(touch {canary}) `touch {canary}` \"'\\ end\x00"
    outcome = CommandSender(tuple(argv), timedelta(seconds=20))(_alert(hostile), 1)
    assert outcome.ok, outcome.detail
    record, = _records(out)
    alert = json.loads(record["stdin"])
    assert alert["claims"][0]["quote"] == hostile and alert["place"]["name"] == hostile
    assert record["argv"] == argv[2:] and not canary.exists()
    assert "\n" not in record["env"]["MONITOR_ALERT_PLACE"] and "\x00" not in record["env"]["MONITOR_ALERT_PLACE"]


def test_a_failing_command_says_why_and_a_slow_one_is_killed_with_what_it_started(tmp_path):
    failing = CommandSender((sys.executable, "-c", "import sys; print('no route to pager', file=sys.stderr); "
                                                    "sys.exit(3)"), timedelta(seconds=20))
    outcome = failing(_alert("x"), 1)
    assert not outcome.ok and outcome.detail == "exit status 3: no route to pager"
    child = tmp_path / "child.pid"
    # The command starts a grandchild and waits; sh writes its pid at once, even on a loaded machine.
    slow = CommandSender(("sh", "-c", f"sleep 60 & echo $! > '{child}.part'; mv '{child}.part' '{child}'; wait"),
                         timedelta(seconds=1))
    outcome = slow(_alert("x"), 1)
    assert not outcome.ok and outcome.detail.startswith("timed out after 1s")
    pid = int(wait_until(lambda: child.exists() and child.read_text().strip(), 10, "the grandchild's pid"))
    # The whole group was killed; the grandchild is not ours to reap, so its end is awaited, with a deadline.
    wait_until(lambda: process_gone(pid), 10, f"the grandchild {pid} to end")
    missing = CommandSender(("/nonexistent/notify",), timedelta(seconds=5))(_alert("x"), 1)
    assert not missing.ok and missing.detail.startswith("cannot run /nonexistent/notify")
