"""``[[hooks]]`` in the settings file: typed frozen specs, and one-line errors naming file, line and key."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from monitor.config import TRIGGERS, ConfigError, HookSpec, load_settings, parse_settings
from monitor.hooks import TRIGGERS as HOOK_TRIGGERS

GOOD = """\
[[hooks]]
name = "desk"
url = "https://example.org/alerts"
secret_env = "DESK_SECRET"
triggers = ["control_changed", "disputed"]
oblasts = ["Kharkiv"]
min_confidence = "reported"

[[hooks]]
name = "script"
kind = "command"
command = ["bin/notify", "--quiet"]
timeout = "30s"
places = ["Izium", "Kupiansk"]

[[hooks]]
name = "chat"
kind = "apprise"
urls = "ntfy://ntfy.sh/front-alerts"
max_attempts = 3
backoff = "10s"
max_backoff = "1m"
enabled = false
"""


def _settings(text: str, tmp_path: Path):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(str(path))


def test_hooks_become_typed_frozen_specs(tmp_path):
    desk, script, chat = _settings(GOOD, tmp_path).hooks
    assert desk == HookSpec("desk", "webhook", url="https://example.org/alerts", secret_env="DESK_SECRET",
                            triggers=("control_changed", "disputed"), oblasts=("Kharkiv",),
                            min_confidence="reported")
    assert script.command == (str((tmp_path / "bin" / "notify").resolve()), "--quiet")
    assert script.timeout == timedelta(seconds=30) and script.places == ("Izium", "Kupiansk")
    assert script.triggers == TRIGGERS and script.max_attempts == 12
    assert chat.urls == ("ntfy://ntfy.sh/front-alerts",) and not chat.enabled
    assert (chat.max_attempts, chat.backoff, chat.max_backoff) == (3, timedelta(seconds=10), timedelta(minutes=1))
    with pytest.raises(AttributeError):
        desk.url = "http://elsewhere"  # type: ignore[misc]


def test_the_settings_and_the_hooks_name_the_same_triggers():
    assert TRIGGERS == HOOK_TRIGGERS


def test_a_program_on_the_path_is_left_to_the_path(tmp_path):
    text = '[[hooks]]\nname = "s"\nkind = "command"\ncommand = ["notify-send", "x"]\n'
    assert _settings(text, tmp_path).hooks[0].command == ("notify-send", "x")


@pytest.mark.parametrize("text, expected", [
    ('[hooks]\nname = "a"\n', ":1: hooks: must be a list of tables: write each hook as [[hooks]]"),
    ('[[hooks]]\nurl = "https://x.org/h"\n', ":1: hooks[0]: missing key 'name'"),
    ('[[hooks]]\nname = "a"\n', ":1: hooks[0]: missing key 'url' (a webhook hook needs it)"),
    ('[[hooks]]\nname = "a"\nkind = "email"\nurl = "https://x.org/h"\n',
     ":3: hooks[0].kind: 'email': must be one of webhook, command, apprise"),
    ('[[hooks]]\nname = "a"\nurl = "ftp://x.org/h"\n', ":3: hooks[0].url: 'ftp://x.org/h': a webhook needs an http(s)"),
    ('[[hooks]]\nname = "a"\nkind = "command"\ncommand = "notify --all; rm -rf /"\n',
     ":4: hooks[0].command: must be an array (argv)"),
    ('[[hooks]]\nname = "a"\nkind = "command"\ncommand = []\n', ":4: hooks[0].command: must not be empty"),
    ('[[hooks]]\nname = "a"\nkind = "command"\ncommand = ["x"]\nurl = "https://x.org/h"\n',
     ":5: hooks[0].url: applies to webhook hooks only, not to a command hook"),
    ('[[hooks]]\nname = "a"\nurl = "https://x.org/h"\nsecret_env = "hunter2!"\n',
     ":4: hooks[0].secret_env: 'hunter2!': the NAME of an environment variable"),
    ('[[hooks]]\nname = "a"\nurl = "https://x.org/h"\ntriggers = ["captured"]\n',
     ":4: hooks[0].triggers: 'captured': must be one of control_changed, confidence_upgraded, unconfirmed_report, "
     "disputed"),
    ('[[hooks]]\nname = "a"\nurl = "https://x.org/h"\nmin_confidence = "certain"\n',
     ":4: hooks[0].min_confidence: 'certain': must be one of unconfirmed, reported, confirmed"),
    ('[[hooks]]\nname = "a"\nurl = "https://x.org/h"\nplaces = "Izium"\n',
     ":4: hooks[0].places: must be an array of strings, not a string"),
    ('[[hooks]]\nname = "a"\nurl = "https://x.org/h"\ntimeout = "soon"\n',
     ":4: hooks[0].timeout: 'soon' is not a duration"),
    ('[[hooks]]\nname = "a"\nurl = "https://x.org/h"\nmax_attempts = 0\n',
     ":4: hooks[0].max_attempts: must be a whole number from 1 to 100"),
    ('[[hooks]]\nname = "a"\nurl = "https://x.org/h"\nretries = 3\n',
     ":4: hooks[0].retries: unknown key"),
    ('[[hooks]]\nname = "a"\nurl = "https://x.org/h"\n\n[[hooks]]\nname = "a"\nurl = "https://x.org/i"\n',
     ":6: hooks[1].name: 'a' is already the name of hooks[0]"),
])
def test_every_mistake_is_one_line_naming_file_line_and_key(tmp_path, text, expected):
    with pytest.raises(ConfigError) as caught:
        _settings(text, tmp_path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(tmp_path / "sources.toml"))
    assert expected in message, message


def test_the_shipped_settings_file_has_commented_hook_examples_that_parse(tmp_path):
    from tests.conftest import REPO

    text = (REPO / "sources.toml").read_text()
    examples = text[text.index("# [[hooks]]"):]
    uncommented = "\n".join(line.removeprefix("# ").removeprefix("#") for line in examples.splitlines())
    hooks = parse_settings(uncommented, tmp_path / "sources.toml").hooks
    assert [h.kind for h in hooks] == ["webhook", "command", "apprise"]
    assert hooks[0].secret_env == "MONITOR_DESK_SECRET"
    assert parse_settings(text, REPO / "sources.toml").hooks == ()  # nothing enabled as shipped
