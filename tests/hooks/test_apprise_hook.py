"""Apprise hooks (an optional extra): the short text message through a real Apprise URL to a
loopback receiver, and one line naming the fix when Apprise is not installed."""

from __future__ import annotations

import pytest

from tests.cli.runner import run_monitor
from tests.conftest import REPO
from tests.hooks.receiver import AlertReceiver
from tests.hooks.settings import write_settings


def _apprise_hook(url: str) -> str:
    return f'[[hooks]]\nname = "chat"\nkind = "apprise"\nurls = ["{url}"]\n'


def test_an_apprise_hook_sends_the_short_plain_message(tmp_path):
    pytest.importorskip("apprise")
    receiver = AlertReceiver()
    try:
        config = write_settings(tmp_path, _apprise_hook(f"json://127.0.0.1:{receiver.port}/apprise"))
        result = run_monitor("--config", str(config), "hooks", "test", "chat", cwd=tmp_path)
        assert result.returncode == 0, result.stdout + result.stderr
        sent = receiver.received[-1].json
    finally:
        receiver.close()
    assert sent["title"] == "Balakliia (Kharkiv oblast): ukraine, confirmed [test]"
    assert sent["message"].startswith("control changed: Balakliia is ukraine, confirmed (was russia, confirmed)")
    assert "\u201cThe Russian Defence Ministry has also confirmed the withdrawal" in sent["message"]


def test_without_apprise_an_apprise_hook_is_one_line_saying_how_to_install_it(tmp_path):
    blocker = tmp_path / "no-apprise" / "apprise"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('apprise is not installed here')\n")
    config = write_settings(tmp_path, _apprise_hook("ntfy://ntfy.sh/topic"))
    result = run_monitor("--config", str(config), "hooks", "test", "chat", cwd=tmp_path,
                         PYTHONPATH=f"{blocker.parent}:{REPO}")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert "pip install 'front-monitor[apprise]'" in result.stderr and "hook 'chat'" in result.stderr
