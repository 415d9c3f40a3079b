"""feedparser's hot paths short-cut (monitor.sources.feedparser_tuning) answer as feedparser does,
and what the parser hands on is plain text.

The shortcuts are checked the strong way: every document of the shared corpus (and the
real captures) parsed by stock feedparser and by the tuned one must give equal results,
with our options and with feedparser's defaults.
"""

from __future__ import annotations

import pickle
import re
import warnings
from pathlib import Path

import feedparser
import pytest
from feedparser.util import FeedParserDict

from monitor.sources import feedparser_tuning
from monitor.sources.feed_parsing import FeedContext, ParsedFeed, parse_feed
from monitor.sources.html_text import fragment_to_text
from monitor.sources.parser_headers import parser_headers
from tests.conftest import SHARED
from tests.sources.conftest import FEEDS

CORPUS = SHARED / "data" / "feeds"
_HEADER = re.compile(rb"^Header:\s*([A-Za-z-]+):\s*(.*?)\s*$", re.MULTILINE)


def _documents(*roots: Path) -> list[Path]:
    return sorted(p for root in roots if root.is_dir() for p in root.rglob("*") if p.is_file())


def _comparable(result: FeedParserDict) -> dict:
    """A parse result with its exception (an object, equal only to itself) as words."""
    out = dict(result)
    error = out.pop("bozo_exception", None)
    out["bozo_exception"] = None if error is None else (type(error).__name__, str(error))
    return out


def _parse(path: Path, **options) -> dict:
    body = path.read_bytes()
    headers = {name.decode(): value.decode("latin-1") for name, value in _HEADER.findall(body[:2000])}
    response_headers = parser_headers(headers, body, "http://127.0.0.1:8000/feed")
    return _comparable(feedparser.parse(body, response_headers=response_headers, **options))


def test_the_shortcuts_are_installed_by_the_feed_parser():
    assert feedparser_tuning.installed()
    with feedparser_tuning.stock():
        assert not feedparser_tuning.installed()
    assert feedparser_tuning.installed()


@pytest.mark.slow
@pytest.mark.parametrize("options, roots", [
    ({"sanitize_html": False, "resolve_relative_uris": False}, (CORPUS, FEEDS)),  # as we parse: everything
    ({}, (CORPUS / "feedparser-corpus",)),  # the sanitiser's and resolver's paths: feedparser's own tests
], ids=["our-options", "feedparser-defaults"])
def test_every_corpus_document_parses_the_same_with_and_without_the_shortcuts(options, roots):
    documents = _documents(*roots)
    if len(documents) < 2000:
        pytest.skip(f"no shared feed corpus at {CORPUS}")
    differ = []
    for path in documents:
        tuned = _parse(path, **options)
        with feedparser_tuning.stock():
            stock = _parse(path, **options)
        if tuned != stock:
            differ.append(str(path.relative_to(path.parents[1])))
    assert differ == []


def test_feedparser_dicts_keep_their_aliases_and_special_keys():
    def exercise() -> list:
        entry = FeedParserDict()
        entry["description"] = "the summary"  # an alias: stored as 'summary'
        entry["guid"] = "id-1"
        entry["tags"] = [FeedParserDict(term="war")]
        entry["links"] = [FeedParserDict(rel="enclosure", href="a.mp3", type="audio/mpeg"),
                          FeedParserDict(rel="license", href="cc")]
        entry["published"] = "today"
        entry.setdefault("title", "t")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            updated = entry["updated"]  # falls back to 'published'
        return [sorted(entry.keys()), entry["summary"], entry.get("description"), entry.description, entry["id"],
                entry.get("category"), entry["enclosures"], entry.get("license"), updated, "guid" in entry,
                "updated" in entry, entry.has_key("summary"), entry.get("missing", "default"), entry.title,
                FeedParserDict(type="text/html", value="x").get("type")]

    tuned = exercise()
    with feedparser_tuning.stock():
        assert exercise() == tuned
    assert tuned[1:5] == ["the summary", "the summary", "the summary", "id-1"]


def test_parsed_feeds_cross_processes_as_plain_values_and_come_back_equal():
    parsed = parse_feed((FEEDS / "bbc-world.rss").read_bytes(), {}, FeedContext("bbc", "https://feeds.bbci.co.uk/"))
    assert len(parsed.articles) == 33
    assert pickle.loads(pickle.dumps(parsed)) == parsed
    failed = ParsedFeed((), 0, "not a feed: empty document")
    assert pickle.loads(pickle.dumps(failed)) == failed


def test_markup_in_titles_summaries_and_the_feed_title_is_stored_as_text():
    body = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">&lt;b&gt;Desk&lt;/b&gt; &amp;amp; Co</title>
<entry><id>tag:desk,2026:1</id><title type="html">Kyiv &lt;i&gt;update&lt;/i&gt;</title>
<summary type="html">&lt;p&gt;Shelling&lt;script&gt;alert(1)&lt;/script&gt; near &lt;a href="/x"&gt;Kupiansk&lt;/a&gt;.&lt;/p&gt;
&lt;style&gt;p { color: red }&lt;/style&gt;&lt;p&gt;Second&lt;/p&gt;</summary></entry>
</feed>"""
    [article] = parse_feed(body, {}, FeedContext("desk", "https://desk.example/feed")).articles
    assert article.outlet == "Desk & Co"
    assert article.title == "Kyiv update"
    assert article.text == "Shelling near Kupiansk.\n\nSecond"


def test_script_and_style_content_is_not_text_but_what_follows_it_is():
    assert fragment_to_text("<p>a<script>var x = 1;</script> b</p><style>p {}</style>c") == "a b\nc"
    assert fragment_to_text("plain & simple") == "plain & simple"
