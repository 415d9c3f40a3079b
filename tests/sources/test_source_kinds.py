"""The registry of source kinds: a kind registered from this test module is polled, read from a
file and checked in the settings with no change to the poller, the local reader or the settings;
and those name no kind themselves."""

from __future__ import annotations

import ast
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path

import pytest

from monitor.config import ConfigError, parse_settings
from monitor.domain.events import ArticleSeen
from monitor.sources import FetchLimits, poll_sources
from monitor.sources.identity import article_id, content_hash
from monitor.sources.kinds import SourceKind, UnknownKind, catalogue, kind_named, register, unregister
from monitor.sources.parsed import ParsedFeed, SourceContext
from tests.conftest import REPO
from tests.sources.conftest import run
from tests.sources.http_server import Route

SOURCES = REPO / "monitor" / "sources"


def parse_bulletin(body: bytes, headers: Mapping[str, str], context: SourceContext) -> ParsedFeed:
    """A made-up kind: a plain-text bulletin, one report a line, ``<id><separator><text>``."""
    separator = context.option("separator", "|")
    articles = []
    for line in body.decode().splitlines():
        if separator not in line:
            continue
        ident, text = line.split(separator, 1)
        articles.append(ArticleSeen(article_id(context.scope, ident), context.source, context.outlet, None, text,
                                    datetime(2022, 9, 10, tzinfo=timezone.utc), text, content_hash(text, text),
                                    context.language))
    return ParsedFeed(tuple(articles), len(articles))


def check_separator(value) -> str | None:
    return None if isinstance(value, str) and len(value) == 1 else "must be one character, e.g. \"|\""


BULLETIN = SourceKind("bulletin", "a plain-text bulletin, one report a line", parse_bulletin,
                      keys={"separator": check_separator})


@pytest.fixture
def bulletin():
    register(BULLETIN)
    yield BULLETIN
    unregister("bulletin")


def settings(tmp_path: Path, url: str, extra: str = ""):
    text = (f'[[sources]]\nname = "wire"\nkind = "bulletin"\nurl = "{url}"\naffiliation = "independent"\n'
            f'language = "en"\n{extra}')
    return parse_settings(text, tmp_path / "sources.toml", kinds=catalogue())


def test_a_kind_registered_elsewhere_is_polled_over_the_network(bulletin, store, server, tmp_path):
    url = server.route("/bulletin.txt", Route(body=b"a1;Ukrainian forces entered Balakliia.\nnoise\na2;Izium next.\n"))
    [source] = settings(tmp_path, url, 'separator = ";"\n').sources
    assert source.options == (("separator", ";"),)
    [outcome] = run(poll_sources(store, [source], limits=FetchLimits(total_timeout=5)))
    assert (outcome.result, outcome.new) == ("polled", 2)
    seen = [r.event for r in store.read() if r.type == "ArticleSeen"]
    assert [a.text for a in seen] == ["Ukrainian forces entered Balakliia.", "Izium next."]


def test_a_kind_registered_elsewhere_is_read_from_a_local_file(bulletin, sqlite_store, tmp_path):
    (tmp_path / "wire.txt").write_text("b1|One.\nb2|Two.\nb3|Three.\n")
    [source] = settings(tmp_path, "wire.txt").sources
    [outcome] = run(poll_sources(sqlite_store, [source]))
    assert (outcome.result, outcome.new) == ("polled", 3)


def test_the_settings_check_a_registered_kinds_own_keys(bulletin, tmp_path):
    with pytest.raises(ConfigError, match=r"sources.toml:7: sources\[0\].separator: must be one character"):
        settings(tmp_path, "https://wire.example/b.txt", 'separator = "::"\n')
    with pytest.raises(ConfigError, match=r"sources\[0\].channel: unknown key"):
        settings(tmp_path, "https://wire.example/b.txt", 'channel = "rybar"\n')  # another kind's key
    unregister("bulletin")
    with pytest.raises(ConfigError, match=r"sources\[0\].kind: 'bulletin': must be one of feed, folder, page, telegram"):
        settings(tmp_path, "https://wire.example/b.txt")


def test_a_source_of_an_unknown_kind_fails_its_poll_in_one_line(sqlite_store, tmp_path):
    from tests.sources.conftest import spec

    [outcome] = run(poll_sources(sqlite_store, [spec("odd", "https://odd.example/", kind="carrier-pigeon")]))
    assert outcome.result == "failed" and outcome.reason.startswith("no kind of source named 'carrier-pigeon'")
    with pytest.raises(UnknownKind):
        kind_named("carrier-pigeon")


def test_a_name_cannot_be_registered_twice(bulletin):
    with pytest.raises(ValueError, match="already registered"):
        register(SourceKind("bulletin", "another", parse_bulletin))
    with pytest.raises(ValueError, match="already registered"):
        register(SourceKind("feed", "another feed", parse_bulletin))


def test_every_built_in_kind_is_a_module_of_the_kinds_package():
    kinds = catalogue()
    assert list(kinds) == ["feed", "folder", "page", "telegram"]
    for kind in kinds.values():
        assert kind.parse.__module__.startswith("monitor.sources.kinds."), kind.name  # picklable by reference


@pytest.mark.parametrize("module", ["poller.py", "local_sources.py", "backfill.py"])
def test_the_poller_the_local_reader_and_the_backfill_name_no_kind(module):
    """No ``kind == ...`` and no kind's name in the code that dispatches: the registry decides."""
    tree = ast.parse((SOURCES / module).read_text())
    names = set(catalogue())
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert node.value not in names, f"{module} names the kind {node.value!r}"
        if isinstance(node, ast.Compare):
            parts = [node.left, *node.comparators]
            assert not any(isinstance(p, ast.Attribute) and p.attr == "kind" for p in parts), \
                f"{module}:{node.lineno} compares a kind"


def test_a_local_page_keeps_its_file_address_as_identity(sqlite_store, tmp_path):
    from monitor.sources.identity import article_id as identity

    page = tmp_path / "bulletin.html"
    page.write_text("<html><head><title>Front</title></head><body><p>Ukrainian forces entered Balakliia on "
                    "Thursday, officials said.</p></body></html>")
    [source] = parse_settings(f'[[sources]]\nname = "saved"\nkind = "page"\nurl = "{page}"\naffiliation = "ukraine"\n',
                              tmp_path / "sources.toml", kinds=catalogue()).sources
    [outcome] = run(poll_sources(sqlite_store, [source]))
    [seen] = [r.event for r in sqlite_store.read() if r.type == "ArticleSeen"]
    assert outcome.new == 1 and seen.url == page.as_uri()
    assert seen.article_id == identity("source:saved", f"link:{page.as_uri()}")
