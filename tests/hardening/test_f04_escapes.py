"""Finding 4: terminal escape sequences reached the terminal (a feed's title raw in
`monitor place`, ESC[2J and an OSC 52 clipboard write in `status --format csv`, command-hook
stderr raw in `monitor hooks` and the daemon's log lines).

A feed full of escapes (SGR colours, clear screen, OSC 52, a C1 CSI, a right-to-left
override) and a command hook that prints them on stderr: every terminal-bound output and
the CSV are inert, CSV formulas are neutralised, and JSON keeps the text exactly.
"""

from __future__ import annotations

import csv
import io
import json
import signal
import sys

from tests.cli.runner import initialised
from tests.hardening.parts import Page, inert, monitor, rss, settings, source, wait_for_line

ESC = "\x1b[41m\x1b[2J\x1b]52;c;cm0gLXJmIH4=\x07\x9b31m\u202e"
SENTENCE = f"=1+1 Ukrainian forces have liberated Izium{ESC}, the General Staff said on Saturday."


def _setup(site, tmp_path):
    hook = tmp_path / "hook.py"
    hook.write_text("import sys\nsys.stdin.read()\n"
                    f"sys.stderr.write('failed: ' + {ESC!r} + ' the end\\n')\nsys.exit(3)\n")
    feed = site.route("/feed", Page(rss([("a", f"Izium {ESC} liberated", SENTENCE)], title=f"Desk {ESC}")))
    settings(tmp_path, source("desk", feed, interval="1h")
             + f'[[hooks]]\nname = "pager"\nkind = "command"\ncommand = ["{sys.executable}", "{hook}"]\n')
    initialised(tmp_path)


def test_every_terminal_output_is_inert_and_csv_is_safe_for_spreadsheets(site, tmp_path):
    _setup(site, tmp_path)
    polled = monitor("poll", "--once", "--alerts", cwd=tmp_path)
    assert "outcome=failed" in polled.stdout and "failed: " in polled.stdout, polled.stdout + polled.stderr
    outputs = {"poll": polled}
    for name, args in {"place": ["place", "Izium"], "status": ["status"], "reports": ["reports"],
                       "events": ["events"], "hooks": ["hooks"], "sources": ["sources"]}.items():
        outputs[name] = monitor(*args, cwd=tmp_path)
        assert outputs[name].returncode == 0, (name, outputs[name].stderr)
    for name, done in outputs.items():
        assert inert(done.stdout) and inert(done.stderr), (name, done.stdout)
    assert "Desk" in outputs["place"].stdout and "?[41m" in outputs["place"].stdout  # shown, defused
    assert "failed: ?[41m" in outputs["hooks"].stdout  # the hook's stderr, defused
    table = monitor("status", "--format", "csv", cwd=tmp_path)
    assert inert(table.stdout)
    [row] = list(csv.DictReader(io.StringIO(table.stdout)))
    assert row["evidence"].startswith("'=1+1 Ukrainian forces"), row["evidence"]  # not a formula
    # JSON and GeoJSON carry the text exactly as stored (escaped by JSON itself, not defused).
    stored = "\x1b[41m\x1b[2J\x1b]52;c;cm0gLXJmIH4=\x07"  # (the feed parser turns a C1 CSI into '›')
    exact = json.loads(monitor("status", "--format", "json", cwd=tmp_path).stdout)
    assert exact[0]["evidence"][0]["quote"].startswith("=1+1") and stored in exact[0]["evidence"][0]["quote"]
    geo = json.loads(monitor("status", "--format", "geojson", cwd=tmp_path).stdout)
    assert stored in geo["features"][0]["properties"]["evidence"][0]["quote"]


def test_the_daemons_log_lines_are_inert(site, tmp_path, daemons):
    _setup(site, tmp_path)
    daemon = daemons(tmp_path, "--parse-workers", "0")
    wait_for_line(daemon, lambda line: "outcome=failed" in line, "the hook's failed attempt")
    daemon.signal(signal.SIGTERM)
    assert daemon.wait(60) == 0
    assert inert(daemon.stdout()) and inert(daemon.stderr()), daemon.stdout()
    assert "failed: ?[41m" in daemon.stdout()
