"""What a command loads before it answers: only what it needs.

`monitor --help`, `--version` and a command's own help import no database layer, no HTTP
stack, no extractor and no dashboard; `monitor extract FILE` (files to claims, no
database) imports the extractor but neither the database layer nor the settings' modules.
Each costs a few tenths of a second of start-up that every run of the command (and every
test that runs it) would otherwise pay.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.cli.runner import monitor_env
from tests.conftest import REPO

SAMPLE = REPO / "monitor" / "sample" / "articles" / "000_acfa9319730ed68a.txt"
HEAVY = ("sqlalchemy", "alembic", "httpx", "textual", "rich", "apscheduler", "feedparser", "trafilatura",
         "monitor.log", "monitor.projections.queries", "monitor.extract", "monitor.config", "monitor.service",
         "monitor.hooks", "monitor.tui", "asyncio")
# The modules the command's run loads are looked up after it has run (its output goes to stdout).
PROBE = """
import json, sys
from monitor.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _loaded(*args: str, cwd) -> set[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=cwd, env=monitor_env(), capture_output=True,
                          text=True, timeout=120)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def _heavy(loaded: set[str]) -> set[str]:
    return {name for name in HEAVY if name in loaded}


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["status", "--help"], ["extract", "--help"],
                                  ["--db", "x.db", "run", "--help"], ["hooks", "test", "--help"]],
                         ids=" ".join)
def test_help_and_version_load_nothing_heavy(args, tmp_path):
    assert _heavy(_loaded(*args, cwd=tmp_path)) == set()


def test_extract_loads_the_extractor_but_no_database_nor_settings(tmp_path):
    (tmp_path / "sources.toml").write_text("this is not TOML [")  # extract reads no settings
    loaded = _loaded("extract", str(SAMPLE), "--format", "jsonl", cwd=tmp_path)
    assert "monitor.extract" in loaded
    assert _heavy(loaded) - {"monitor.extract", "feedparser"} == set()


def test_the_import_commands_source_name_is_the_file_readers():
    from monitor.cli.import_command import LOCAL_SOURCE
    from monitor.sources.files import LOCAL_SOURCE as READERS

    assert LOCAL_SOURCE == READERS
