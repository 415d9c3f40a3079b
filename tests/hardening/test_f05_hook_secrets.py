"""Finding 5: a command hook inherited the whole environment (other hooks' signing secrets
included), and a token it printed on stderr was stored for good in the log.

A command hook now gets PATH, LANG, the MONITOR_ALERT_* variables and what it lists in
``env = [...]``, nothing else; what it prints is scrubbed of every configured secret and
cut short before it is recorded.
"""

from __future__ import annotations

import json
import sys

from monitor.domain.events import AlertDelivered
from monitor.log import open_store
from tests.cli.runner import initialised
from tests.hardening.parts import Page, monitor, rss, settings, source

WEBHOOK_SECRET = "whsec-3f9a1c77e0b24d58a6c1"
PAGER_TOKEN = "pager-token-8c2e0d4b9f71"
UNRELATED = "db-password-5d1e9a"


def test_a_command_hook_gets_a_minimal_environment_and_its_stderr_is_scrubbed(site, tmp_path):
    seen = tmp_path / "environment.json"
    hook = tmp_path / "hook.py"
    hook.write_text(
        "import json, os, sys\nsys.stdin.read()\n"
        f"json.dump(dict(os.environ), open({str(seen)!r}, 'w'))\n"
        # What a careless hook prints: every secret it can see, and a very long line.
        "sys.stderr.write('auth failed with ' + os.environ.get('PAGER_TOKEN', '') + ' and ' + "
        f"{WEBHOOK_SECRET!r} + ' ' + 'x' * 5000 + '\\n')\nsys.exit(1)\n")
    article = "Ukrainian forces have liberated Izium, the General Staff said on Saturday."
    feed = site.route("/feed", Page(rss([("a", "Izium liberated", article)])))
    settings(tmp_path, source("desk", feed)
             + f'[[hooks]]\nname = "desk"\nurl = "{site.url("/hook")}"\nsecret_env = "DESK_SECRET"\n\n'
             + f'[[hooks]]\nname = "pager"\nkind = "command"\ncommand = ["{sys.executable}", "{hook}"]\n'
             + 'env = ["PAGER_TOKEN"]\n')
    site.route("/hook", Page(b"", 200))
    initialised(tmp_path)
    polled = monitor("poll", "--once", "--alerts", cwd=tmp_path, DESK_SECRET=WEBHOOK_SECRET, PAGER_TOKEN=PAGER_TOKEN,
                     UNRELATED_PASSWORD=UNRELATED)
    assert "hook=pager" in polled.stdout and "outcome=failed" in polled.stdout, polled.stdout + polled.stderr
    environment = json.loads(seen.read_text())
    assert set(environment) - {"PATH", "LANG", "PAGER_TOKEN"} <= {n for n in environment
                                                                   if n.startswith("MONITOR_ALERT_")}
    assert environment["PAGER_TOKEN"] == PAGER_TOKEN and environment["MONITOR_ALERT_PLACE"] == "Izium"
    assert WEBHOOK_SECRET not in environment.values() and UNRELATED not in environment.values()
    store = open_store(f"sqlite:///{tmp_path / 'monitor.db'}")
    [attempt] = [r.event for r in store.read(types=[AlertDelivered.TYPE]) if r.event.hook == "pager"]
    store.engine.dispose()
    assert attempt.detail.startswith("exit status 1: auth failed with *** and ***"), attempt.detail
    assert len(attempt.detail) <= 300
    everything = polled.stdout + polled.stderr + monitor("hooks", cwd=tmp_path).stdout \
        + monitor("events", "--format", "jsonl", cwd=tmp_path).stdout
    assert PAGER_TOKEN not in everything and WEBHOOK_SECRET not in everything
