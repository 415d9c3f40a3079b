"""The dashboard benchmark's live row on a small log: it must finish, not wait for ever.

It once waited for the map's worker after that worker had finished: Textual reads an empty
list of workers as "every worker", the log's follower among them, which runs until the app
exits, so `bench/run.py all` hung at its dashboard group. Run in a subprocess with a
deadline, so a regression fails here instead of hanging the suite.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys, tempfile
from pathlib import Path
import bench.bench_tui as bench_tui
bench_tui.EVENTS = 2000
with tempfile.TemporaryDirectory() as tmp:
    db = bench_tui._build(Path(tmp))
    print(json.dumps(bench_tui.live_seconds(db, rounds=1)))
"""


@pytest.mark.slow
def test_the_live_row_finishes_with_one_latency_per_append(tmp_path):
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True, text=True, timeout=180,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr[-2000:]
    latencies = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(latencies) == 1 and 0 < latencies[0] < 30
