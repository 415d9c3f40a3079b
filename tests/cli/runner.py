"""Running the real `monitor` command in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def monitor_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env["PYTHONPATH"] = str(REPO)
    env["COLUMNS"] = "160"  # tables fit this width, whatever terminal (or none) runs the tests
    env.update(extra)
    return env


def run_monitor(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "monitor", *args], cwd=cwd, env=monitor_env(**env),
                          capture_output=True, text=True, timeout=120)


def popen_monitor(*args: str, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "monitor", *args], cwd=cwd, env=monitor_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
