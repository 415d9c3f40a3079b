"""The settings file: every source key checked, every error one line naming file, line and key."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from monitor.config import ConfigError, HookSpec, SourceSpec, format_duration, load_settings, parse_duration, parse_settings
from monitor.sources.kinds import catalogue
from tests.conftest import REPO

GOOD = """\
[database]
url = "sqlite:///monitor.db"

[defaults]
interval = "10m"
language = "en"
affiliation = "independent"

[[sources]]
name = "kyiv-independent"
url = "https://kyivindependent.com/rss/"
affiliation = "ukraine"
full_text = true

[[sources]]
name = "tass"
url = "https://tass.com/rss/v2.xml"
affiliation = "russia"
interval = "1h30m"
outlet = "TASS"

[[sources]]
name = "archive"
url = "archive/2022"
kind = "folder"
enabled = false

[[hooks]]
name = "desk"
url = "https://example.org/hook"
"""


def _settings(text: str, tmp_path: Path):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(str(path), kinds=catalogue())  # as the command line reads it


def _error(text: str, tmp_path: Path) -> str:
    with pytest.raises(ConfigError) as caught:
        _settings(text, tmp_path)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_sources_become_typed_frozen_specs_with_defaults_filled_in(tmp_path):
    settings = _settings(GOOD, tmp_path)
    ki, tass, archive = settings.sources
    assert ki == SourceSpec("kyiv-independent", "https://kyivindependent.com/rss/", "feed", timedelta(minutes=10),
                            "ukraine", "en", True, True, None)
    assert tass.interval == timedelta(hours=1, minutes=30) and tass.outlet == "TASS"
    assert archive.kind == "folder" and not archive.enabled and archive.affiliation == "independent"
    assert archive.path == (tmp_path / "archive" / "2022").resolve() and not archive.is_remote
    assert ki.path is None and ki.is_remote
    with pytest.raises(AttributeError):
        ki.name = "other"  # type: ignore[misc]
    assert settings.affiliations == {"kyiv-independent": "ukraine", "tass": "russia", "archive": "independent"}
    assert settings.database_url == "sqlite:///monitor.db"
    assert settings.hooks == (HookSpec("desk", "webhook", "https://example.org/hook"),)
    assert settings.source("tass") is tass and settings.source("nope") is None


def test_local_paths_are_relative_to_the_settings_file_not_the_working_folder(tmp_path, monkeypatch):
    (tmp_path / "conf").mkdir()
    monkeypatch.chdir(tmp_path)
    text = '[[sources]]\nname = "a"\nurl = "../feeds/a.xml"\naffiliation = "russia"\n'
    settings = _settings(text, tmp_path / "conf")
    assert settings.sources[0].url == str((tmp_path / "feeds" / "a.xml").resolve())
    file_url = '[[sources]]\nname = "a"\nurl = "file:///srv/feeds/a.xml"\naffiliation = "russia"\n'
    assert _settings(file_url, tmp_path).sources[0].url == "/srv/feeds/a.xml"


@pytest.mark.parametrize("text, expected", [
    ('[[sources]]\nname = "a"\nurl = "https://x.org/rss"\naffiliation = "ukraine"\ninterval = "10"\n',
     ":5: sources[0].interval: '10' is not a duration"),
    ('[[sources]]\nname = "a"\nurl = "https://x.org/rss"\naffiliation = "ukraine"\ninterval = "0s"\n',
     ":5: sources[0].interval: '0s' must be longer than zero"),
    ('[[sources]]\nname = "a"\nurl = "https://x.org/rss"\naffiliation = "ukraine"\ninterval = 600\n',
     ":5: sources[0].interval: must be a string, not an integer"),
    ('[[sources]]\nname = "a"\nurl = "https://x.org/rss"\naffiliation = "nato"\n',
     ":4: sources[0].affiliation: 'nato': must be one of ukraine, russia, independent"),
    ('[[sources]]\nname = "a"\nurl = "https://x.org/rss"\naffiliation = "ukraine"\nkind = "rss"\n',
     ":5: sources[0].kind: 'rss': must be one of feed, folder, page"),
    ('[[sources]]\nname = "a"\nurl = "https://x.org/rss"\naffiliation = "ukraine"\nintervall = "1h"\n',
     ":5: sources[0].intervall: unknown key; did you mean 'interval'?"),
    ('[[sources]]\nname = "a"\nurl = "ftp://x.org/rss"\naffiliation = "ukraine"\n',
     ":3: sources[0].url: 'ftp://x.org/rss': only http(s) addresses or local paths can be polled"),
    ('[[sources]]\nname = "a"\nurl = "https:///rss"\naffiliation = "ukraine"\n',
     ":3: sources[0].url: 'https:///rss': no host in the address"),
    ('[[sources]]\nname = "a"\nurl = "https://x.org/rss"\naffiliation = "ukraine"\nkind = "folder"\n',
     ":5: sources[0].kind: a folder source needs a local folder"),
    ('[[sources]]\nname = "a"\nurl = "https://x.org/rss"\naffiliation = "ukraine"\nenabled = "yes"\n',
     ":5: sources[0].enabled: must be true or false, not a string"),
    ('[[sources]]\nname = "a"\nurl = "https://x.org/"\naffiliation = "ukraine"\nkind = "page"\nfull_text = true\n',
     ":6: sources[0].full_text: applies to feed sources only, not to a page"),
    ('[[sources]]\nname = "a b"\nurl = "https://x.org/rss"\naffiliation = "ukraine"\n',
     ":2: sources[0].name: 'a b': use letters, digits"),
    ('[[sources]]\nname = "a"\nurl = "https://x.org/rss"\naffiliation = "ukraine"\nlanguage = "english"\n',
     ":5: sources[0].language: 'english': a language code"),
    ('[[sources]]\nname = "a"\naffiliation = "ukraine"\n', ":1: sources[0]: missing key 'url'"),
    ('[[sources]]\nname = "a"\nurl = "https://x.org/rss"\n', ":1: sources[0]: missing key 'affiliation'"),
    ('[defaults]\ninterval = "soon"\n', ":2: defaults.interval: 'soon' is not a duration"),
    ('[defaults]\nname = "x"\n', ":2: defaults.name: unknown key"),
    ('[database]\nurl = 5\n', ":2: database.url: must be a string"),
    ('[databse]\nurl = "x.db"\n', ":1: databse: unknown key; did you mean 'database'?"),
    ('sources = "all"\n', ":1: sources: must be a list of tables"),
])
def test_each_mistake_is_one_line_naming_the_key_and_its_line(tmp_path, text, expected):
    message = _error(text, tmp_path)
    assert message.startswith(str(tmp_path / "sources.toml"))
    assert expected in message, message


def test_the_third_source_is_named_by_its_index_and_its_own_line(tmp_path):
    text = GOOD + '\n[[sources]]\nname = "bad"\nurl = "https://x.org/rss"\naffiliation = "ukraine"\ninterval = "1w"\n'
    message = _error(text, tmp_path)
    line = text.splitlines().index('interval = "1w"') + 1
    assert f"sources.toml:{line}: sources[3].interval: '1w' is not a duration" in message


def test_duplicate_names_are_refused_at_the_second(tmp_path):
    text = GOOD + '\n[[sources]]\nname = "tass"\nurl = "https://tass.ru/rss/v2.xml"\naffiliation = "russia"\n'
    line = text.splitlines().index('name = "tass"', 20) + 1
    assert f":{line}: sources[3].name: 'tass' is already the name of sources[1]" in _error(text, tmp_path)


def test_a_default_from_defaults_that_does_not_apply_is_ignored(tmp_path):
    text = '[defaults]\nfull_text = true\naffiliation = "ukraine"\n[[sources]]\nname = "a"\nurl = "x"\nkind = "folder"\n'
    assert _settings(text, tmp_path).sources[0].full_text is False


def test_invalid_toml_and_no_file_are_one_line(tmp_path):
    assert "invalid TOML" in _error('[[sources]\nname = "a"\n', tmp_path)
    with pytest.raises(ConfigError, match="no such settings file"):
        load_settings(str(tmp_path / "missing.toml"))


def test_without_a_file_there_are_no_sources(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    settings = load_settings(None)
    assert settings.path is None and settings.sources == () and settings.affiliations == {}


def test_the_shipped_settings_file_is_valid_and_lists_the_outlets():
    settings = load_settings(str(REPO / "sources.toml"), kinds=catalogue())
    by_name = {s.name: s for s in settings.sources}
    sample = next(s for s in settings.sources if s.kind == "folder")
    assert sample.path == REPO / "monitor" / "sample" / "articles" and sample.path.is_dir()
    online = [s for s in settings.sources if s.is_remote and s.kind == "feed" and s.enabled]  # channels: tests/sources
    assert len(online) >= 10
    assert {s.affiliation for s in online} == {"ukraine", "russia", "independent"}
    assert {"en", "uk", "ru"} <= {s.language for s in online}  # the front is reported first in uk and ru
    assert settings.database_url
    assert len(by_name) == len(settings.sources)


@pytest.mark.parametrize("text, seconds", [("90s", 90), ("10m", 600), ("1h", 3600), ("1h30m", 5400),
                                           ("2d", 172800), ("1h 5m 3s", 3903), ("1H", 3600)])
def test_durations(text, seconds):
    assert parse_duration(text) == timedelta(seconds=seconds)
    assert parse_duration(format_duration(parse_duration(text))) == parse_duration(text)


@pytest.mark.parametrize("text", ["", "10", "m", "1.5h", "10m1h", "-5m", "0m0s", "1w"])
def test_not_durations(text):
    with pytest.raises(ValueError):
        parse_duration(text)


def test_the_text_of_settings_can_be_parsed_without_a_file(tmp_path):
    settings = parse_settings('[[sources]]\nname = "a"\nurl = "f.xml"\naffiliation = "russia"\n', tmp_path / "x.toml")
    assert settings.sources[0].url == str(tmp_path / "f.xml")


def test_lines_are_found_past_multiline_strings_quoted_keys_and_comments(tmp_path):
    text = ('# a comment: interval = "x"\n[defaults]\nlanguage = "en"\n[[sources]]\nname = "a"\n'
            'url = "https://x.org/rss"\n"affiliation" = "ukraine"\noutlet = """\ninterval = "no"\n"""\n'
            '[[sources]]\nname = "b"\nurl = "https://y.org/rss"\naffiliation = "ukraine"\ninterval = "1x"\n')
    assert ":15: sources[1].interval: '1x' is not a duration" in _error(text, tmp_path)
    inline = 'sources = [{name = "a", url = "https://x.org/rss", affiliation = "ukraine", kind = "blog"}]\n'
    assert ":1: sources[0].kind: 'blog'" in _error(inline, tmp_path)


def test_the_shipped_sample_polls_through_the_sources_layer(sqlite_url):
    import asyncio

    from monitor.log import initialise, open_store
    from monitor.sources import poll_sources

    sample = next(s for s in load_settings(str(REPO / "sources.toml")).sources if s.name == "sample")
    initialise(sqlite_url)
    store = open_store(sqlite_url)
    [outcome] = asyncio.run(poll_sources(store, [sample]))
    assert (outcome.result, outcome.new) == ("polled", 5)
    store.engine.dispose()
