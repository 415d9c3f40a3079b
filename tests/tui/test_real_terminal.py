"""`monitor demo` in a real terminal: scripts/tmux_demo_check.sh drives it in tmux."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (apt-get install -y tmux)")
def test_monitor_demo_in_tmux_shows_the_liberated_towns_confirmed():
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env.update(PYTHONPATH=str(REPO), MONITOR=f"{sys.executable} -m monitor")
    done = subprocess.run(["sh", str(REPO / "scripts" / "tmux_demo_check.sh")], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Kupiansk, Izium and Balakliia are ukraine, confirmed" in done.stdout
