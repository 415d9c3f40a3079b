"""Running the real `monitor` command in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


# The one MONITOR_ variable a test's `monitor` keeps: the cache of derived data (the gazetteer's
# index), which changes no output. Dropped, every subprocess would use ~/.cache/monitor while the
# tests' own process uses the folder given, and two folders meant two builds (3-4 s of CPU each);
# trees with different data sharing ~/.cache replaced each other's files, a build in every run.
KEPT = ("MONITOR_CACHE_DIR",)


def monitor_env(**extra: str) -> dict[str, str]:
    """The environment of a `monitor` subprocess: the user's, without the MONITOR_ settings
    (database, settings file) a developer's shell may hold, the cache folder excepted."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_") or k in KEPT}
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


_made_by_init: list[Path] = []  # the database `monitor init` made for this test process


def initialised(folder: Path, name: str = "monitor.db") -> Path:
    """``folder/name`` as `monitor init` leaves it, for tests that need a database but are not
    about making one: a copy of the file one real `monitor init` made for this test process
    (the migrations give the same bytes every time; each run of them cost ~0.6 s of CPU)."""
    import atexit
    import shutil
    import tempfile

    if not _made_by_init:
        where = Path(tempfile.mkdtemp(prefix="monitor-init-"))
        atexit.register(shutil.rmtree, where, True)
        made = run_monitor("--db", str(where / "monitor.db"), "init", cwd=where)
        assert made.returncode == 0, made.stderr
        assert not (where / "monitor.db-wal").exists()  # all of it is in the one file copied
        _made_by_init.append(where / "monitor.db")
    target = folder / name
    shutil.copyfile(_made_by_init[0], target)
    return target
