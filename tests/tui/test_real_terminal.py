"""The README's first ten minutes in a real terminal: scripts/tmux_demo_check.sh drives `monitor demo`
in tmux from a clean folder, quits it, then runs every front-reading command of the README's
"Using it" block there."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.cli.runner import KEPT
from tests.conftest import REPO


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (apt-get install -y tmux)")
def test_the_readme_demo_and_its_next_commands_work_in_a_real_terminal():
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_") or k in KEPT}
    env.update(PYTHONPATH=str(REPO), MONITOR=f"{sys.executable} -m monitor")
    done = subprocess.run(["sh", str(REPO / "scripts" / "tmux_demo_check.sh")], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Kupiansk, Izium and Balakliia are ukraine, confirmed" in done.stdout
    readme = (REPO / "README.md").read_text()
    using = readme.split("## Using it", 1)[1].split("\n## ", 1)[0]
    wanted = {re.sub(r"\s{2,}#.*", "", line.strip()) for line in using.splitlines()
              if re.match(r"    monitor (tui|status|reports|place)\b", line)}
    assert len(wanted) >= 5  # tui, tui --as-of, status, status --as-of …, reports, place
    checked = {line.removeprefix("ok: ") for line in done.stdout.splitlines()}
    assert wanted <= checked, sorted(wanted - checked)
