"""Finding 10: `monitor hooks` printed webhook URLs with their passwords and tokens;
`rebuild --processes 100000` was accepted; a database on a read-only filesystem could not
even be read.
"""

from __future__ import annotations

import shutil

import pytest

from tests.cli.runner import initialised
from tests.conftest import REPO
from tests.hardening.parts import monitor, mount_or_skip, one_line_error, settings, source

PASSWORD, TOKEN, BOT = "hunter2-secret", "tok-9f8e7d6c5b", "123456789:AAbbCCddEEffGGhh"


def test_urls_with_credentials_are_redacted_in_every_output(tmp_path):
    hooks = (f'[[hooks]]\nname = "desk"\nurl = "https://alerts:{PASSWORD}@127.0.0.1:9/hook?token={TOKEN}&x=1"\n\n'
             f'[[hooks]]\nname = "chat"\nkind = "apprise"\nurls = ["tgram://{BOT}/998877"]\n')
    settings(tmp_path, hooks)
    initialised(tmp_path)
    listed = monitor("hooks", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "https://alerts:***@127.0.0.1:9/hook?token=***&x=1" in listed.stdout
    sent = monitor("hooks", "test", "desk", cwd=tmp_path)  # nothing listens on port 9: a failure line
    assert sent.returncode == 1
    shown = listed.stdout + listed.stderr + sent.stdout + sent.stderr
    assert PASSWORD not in shown and TOKEN not in shown and "AAbbCCddEEff" not in shown, shown
    # A settings mistake quoting the URL does not show its password either.
    settings(tmp_path, f'[[hooks]]\nname = "desk"\nurl = "https://alerts:{PASSWORD}@example.org/a b"\n')
    error = one_line_error(monitor("hooks", cwd=tmp_path))
    assert "spaces in an address" in error and PASSWORD not in error


@pytest.mark.parametrize("args, says", [
    (["rebuild", "--processes", "100000"], "--processes must be from 1 to 64"),
    (["rebuild", "--processes", "0"], "--processes must be from 1 to 64"),
    (["reports", "--limit", "-5"], "--limit must be from 1 to 100,000"),
    (["reports", "--limit", "10000000000"], "--limit must be from 1 to 100,000"),
    (["run", "--parse-workers", "1000"], "--parse-workers must be from 0 to 32"),
    (["backfill", "desk", "--since", "2022-09-01", "--pause", "inf"], "--pause must be from 0 to 3600 seconds"),
    (["backfill", "desk", "--since", "2022-09-01", "--pause", "nan"], "--pause must be from 0 to 3600 seconds"),
])
def test_numbers_out_of_their_bounds_are_one_line(tmp_path, args, says):
    settings(tmp_path, source("desk", "https://example.org/feed", kind="feed"))
    initialised(tmp_path)
    assert says in one_line_error(monitor(*args, cwd=tmp_path))


def test_a_database_on_a_read_only_filesystem_can_be_read(tmp_path):
    made = tmp_path / "made"
    made.mkdir()
    initialised(made)
    assert monitor("--db", "monitor.db", "import", str(REPO / "monitor" / "sample" / "articles"), cwd=made).returncode == 0
    expected = monitor("--db", "monitor.db", "status", "--format", "json", cwd=made).stdout
    disk = mount_or_skip(tmp_path / "ro", "16m")
    try:
        shutil.copy(made / "monitor.db", disk.path / "monitor.db")
        disk.remount("ro")
        db = str(disk.path / "monitor.db")
        status = monitor("--db", db, "status", "--format", "json", cwd=tmp_path)
        assert status.returncode == 0 and status.stdout == expected, status.stderr
        for args in (["place", "Izium"], ["reports"], ["events"], ["sources"], ["status"]):
            done = monitor("--db", db, *args, cwd=tmp_path)
            assert done.returncode == 0 and "Traceback" not in done.stderr, (args, done.stderr)
            assert args[0] != "place" or "Izium" in done.stdout, done.stdout
        written = monitor("--db", db, "verify", "000000", "--confirm", cwd=tmp_path)
        assert written.returncode == 1 and "Traceback" not in written.stderr  # writing: one line
        assert len(written.stderr.strip().splitlines()) == 1, written.stderr
    finally:
        disk.close()
