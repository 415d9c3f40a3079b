"""`monitor init`, `import` and `events` given bad input: one line, non-zero exit, nothing
half-written. (Split from test_log_commands.py so the two run in parallel workers.)"""

from __future__ import annotations

import shutil

import pytest

from tests.cli import runner
from tests.cli.runner import run_monitor
from tests.cli.test_log_commands import SAMPLE, _articles


def _one_error_line(result, *needles: str) -> None:
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("monitor: error: ")
    for needle in needles:
        assert needle in lines[0]
    assert "Traceback" not in result.stderr


@pytest.fixture
def initialised(tmp_path):
    """A folder with the database `monitor init` makes (a copy of one it made for this process)."""
    runner.initialised(tmp_path)
    return tmp_path


def test_missing_database_is_not_created(tmp_path):
    result = run_monitor("events", cwd=tmp_path)
    _one_error_line(result, "no database at monitor.db", "monitor init")
    assert not (tmp_path / "monitor.db").exists()


def test_corrupt_database_file_is_named_and_left_alone(tmp_path):
    db = tmp_path / "monitor.db"
    db.write_bytes(b"this is not sqlite" * 100)
    before = db.read_bytes()
    for command in (["events"], ["init"]):
        _one_error_line(run_monitor(*command, cwd=tmp_path), "monitor.db", "not a SQLite database")
    assert db.read_bytes() == before


@pytest.mark.parametrize("db", ["nowhere/monitor.db", "/proc/monitor-test.db"])
def test_unwritable_or_missing_folder(tmp_path, db):
    result = run_monitor("--db", db, "init", cwd=tmp_path)
    _one_error_line(result, "monitor-test.db" if db.startswith("/proc") else "nowhere")
    assert list(tmp_path.iterdir()) == []


def test_unknown_url_scheme(tmp_path):
    _one_error_line(run_monitor("--db", "mongodb://localhost/x", "init", cwd=tmp_path), "unknown scheme 'mongodb'")


def test_schema_older_than_the_code_asks_for_init(tmp_path):
    import sqlite3

    sqlite3.connect(tmp_path / "monitor.db").close()
    _one_error_line(run_monitor("events", cwd=tmp_path), "not initialised", "monitor init")


@pytest.mark.parametrize(
    "name, content, needle",
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", "Kupiansk liberated, says Kyiv — café".encode("cp1252"), "not utf-8 text"),
    ],
)
def test_bad_article_file_stops_the_import_with_nothing_written(initialised, name, content, needle):
    folder = initialised / "batch"
    folder.mkdir()
    shutil.copy(SAMPLE / "000_acfa9319730ed68a.txt", folder / "good.txt")
    (folder / name).write_bytes(content)
    result = run_monitor("import", str(folder), cwd=initialised)
    _one_error_line(result, name, needle)
    assert _articles(initialised) == []


def test_not_a_feed_is_named(initialised, tmp_path):
    bogus = tmp_path / "feed.xml"
    bogus.write_text("<html><body>this is a web page, not a feed</body>")
    _one_error_line(run_monitor("import", str(bogus), cwd=initialised), "feed.xml", "not a readable feed")


def test_missing_path_is_named(initialised):
    _one_error_line(run_monitor("import", "no-such-folder", cwd=initialised), "no-such-folder", "no such file")


def test_malformed_settings_file_names_file_and_line(tmp_path):
    (tmp_path / "sources.toml").write_text('[database]\nurl = "sqlite:///x.db\n')
    _one_error_line(run_monitor("init", cwd=tmp_path), "sources.toml", "line 2")


def test_settings_file_gives_the_database(tmp_path):
    (tmp_path / "sources.toml").write_text('[database]\nurl = "sqlite:///from-settings.db"\n')
    assert run_monitor("init", cwd=tmp_path).returncode == 0
    assert (tmp_path / "from-settings.db").exists()


@pytest.mark.parametrize("command", ["init", "import", "events", "demo"])
def test_every_command_has_help(tmp_path, command):
    result = run_monitor(command, "--help", cwd=tmp_path)
    assert result.returncode == 0 and "usage: monitor" in result.stdout

