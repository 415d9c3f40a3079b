"""Telegram channels as a user meets them: the shipped list, `monitor poll`, settings mistakes,
and hostile posts shown by every view (events, reports, place, exports, an alert) as inert text."""

from __future__ import annotations

import json
import re

import pytest

from monitor.config import load_settings
from monitor.sources.kinds import catalogue
from tests.cli.runner import run_monitor
from tests.conftest import REPO
from tests.hooks.receiver import AlertReceiver
from tests.hooks.settings import webhook, write_settings
from tests.sources.http_server import Route
from tests.sources.telegram_pages import TgPost, channel_page

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
HTML = {"Content-Type": "text/html; charset=utf-8"}


def channel_source(base: str, name: str = "desk", extra: str = "") -> str:
    return (f'[[sources]]\nname = "{name}"\nkind = "telegram"\nchannel = "frontline_desk"\nurl = "{base}"\n'
            f'affiliation = "ukraine"\nlanguage = "en"\n{extra}')


def test_the_shipped_settings_list_both_sides_channels_with_their_voices():
    channels = {s.option("channel"): s for s in load_settings(str(REPO / "sources.toml"), kinds=catalogue()).sources
                if s.kind == "telegram"}
    assert channels["GeneralStaffZSU"].affiliation == "ukraine" and channels["GeneralStaffZSU"].enabled
    assert channels["mod_russia"].affiliation == "russia" and channels["mod_russia"].enabled
    assert channels["DeepStateUA"].affiliation == "ukraine"
    for correspondent in ("rybar", "sashakots", "wargonzo", "epoddubny", "Sladkov_plus"):
        assert channels[correspondent].affiliation == "russia"
    assert all(s.language in ("uk", "ru", "en") and s.url == f"https://t.me/s/{c}" for c, s in channels.items())
    assert any(not s.enabled for s in channels.values())  # names not verified ship disabled
    assert {s.affiliation for s in channels.values()} == {"ukraine", "russia"}


def test_monitor_sources_shows_the_shipped_channels(tmp_path):
    shown = run_monitor("--config", str(REPO / "sources.toml"), "--db", f"sqlite:///{tmp_path / 'm.db'}", "init",
                        cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    listed = run_monitor("--config", str(REPO / "sources.toml"), "--db", f"sqlite:///{tmp_path / 'm.db'}", "sources",
                         cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    rows = {line.split()[0]: line.split() for line in listed.stdout.splitlines()[1:-1]}
    assert rows["tg-general-staff-ua"][1:3] == ["never", "polled"] and "tg-mod-russia" in rows
    assert rows["tg-wargonzo"][3] == "no"  # disabled: name not verified


def test_monitor_poll_reads_a_channel_and_its_claims(tmp_path, server):
    server.route("/s/frontline_desk", Route(body=channel_page("frontline_desk", "Front Line Desk", [
        TgPost(1, "Ukrainian forces liberated Balakliia, the General Staff said.", at="2022-09-10T15:00:00+00:00"),
    ]), headers=HTML))
    config = write_settings(tmp_path, "", channel_source(server.url("")))
    first = run_monitor("--config", str(config), "poll", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "source=desk result=polled status=200 items=1 new=1" in first.stdout
    assert re.search(r"1 new articles, 0 revised; [1-9]\d* claims read", first.stdout)


@pytest.mark.parametrize("line, says", [
    ('channel = "no such/thing"', "sources[0].channel: 'no such/thing': not a public channel name"),
    ('channel = 42', "sources[0].channel: must be a channel's public name"),
    ('chanel = "rybar"', "sources[0].chanel: unknown key; did you mean 'channel'?"),
    ('full_text = true', "sources[0].full_text: applies to feed sources only, not to a telegram"),
])
def test_a_mistake_in_a_channels_settings_is_one_line(tmp_path, line, says):
    config = tmp_path / "sources.toml"
    config.write_text(f'[[sources]]\nname = "c"\nkind = "telegram"\naffiliation = "russia"\n'
                      f'{line}\n' + ('channel = "rybar"\n' if line.startswith(("chanel", "full_text")) else ""))
    done = run_monitor("--config", str(config), "sources", cwd=tmp_path)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"monitor: error: {config}:5: ") and says in done.stderr, done.stderr


def test_a_channel_without_its_channel_key_is_named(tmp_path):
    config = tmp_path / "sources.toml"
    config.write_text('[[sources]]\nname = "c"\nkind = "telegram"\naffiliation = "russia"\n')
    done = run_monitor("--config", str(config), "sources", cwd=tmp_path)
    assert done.returncode == 1 and "sources[0]: missing key 'channel' (a telegram source needs it)" in done.stderr


HOSTILE = [
    TgPost(10, '\u202eUkrainian forces liberated Balakliia\u202c, the General Staff said. '
               '<script>alert("x")</script>\x1b[2J\x1b]0;owned\x07 [bold red]markup[/] '
               '<a href="javascript:alert(1)">javascript</a> <a href="file:///etc/passwd">file</a>',
           at="2022-09-10T15:00:00+00:00"),
    TgPost(11, 'Russian troops withdrew from Izium\u2066 \u2067, the Russian Defence Ministry said.\x9b31m',
           at="2022-09-10T16:00:00+00:00", forward=("\u202eMoD\x1b[31m <i>RF</i>", "https://t.me/mod_russia/1")),
]


def test_hostile_posts_are_inert_in_every_view_and_in_alerts(tmp_path, server):
    server.route("/s/frontline_desk", Route(body=channel_page("frontline_desk", "Front Line Desk", HOSTILE),
                                            headers=HTML))
    receiver = AlertReceiver()
    try:
        config = write_settings(tmp_path, webhook("desk-hook", receiver.url()), channel_source(server.url("")))
        polled = run_monitor("--config", str(config), "poll", "--alerts", cwd=tmp_path)
        assert polled.returncode == 0, polled.stderr
        outputs = {"poll": polled.stdout + polled.stderr}
        for name, args in {
            "events": ["events"],
            "events-jsonl": ["events", "--format", "jsonl"],
            "reports": ["reports"],
            "place": ["place", "Balakliia"],
            "status": ["status"],
            "status-json": ["status", "--format", "json"],
            "status-csv": ["status", "--format", "csv"],
            "status-geojson": ["status", "--format", "geojson"],
        }.items():
            done = run_monitor("--config", str(config), *args, cwd=tmp_path)
            assert done.returncode == 0, (name, done.stderr)
            outputs[name] = done.stdout + done.stderr
        alerts = [d.body.decode() for d in receiver.received]
    finally:
        receiver.close()
    assert alerts, "the claims raised no alert"
    assert "Balakliia" in outputs["place"]
    for name, text in [*outputs.items(), *(("alert", a) for a in alerts)]:
        assert not UNSAFE.search(text), f"{name} shows a control or bidi character"
        assert 'alert("x")' not in text and "javascript:" not in text and "file:///" not in text, name
    stored = [json.loads(line)["data"] for line in outputs["events-jsonl"].splitlines()
              if '"type": "ArticleSeen"' in line]
    assert [a["text"].splitlines()[0] for a in stored] == [
        "Forwarded from MoD[31m <i>RF</i> (t.me/mod_russia)",
        "Ukrainian forces liberated Balakliia, the General Staff said. [2J]0;owned [bold red]markup[/] javascript file"]
