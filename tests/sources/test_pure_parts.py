"""The pure parts of polling: schedules, headers, charsets, bounded decoding, revisions."""

from __future__ import annotations

import gzip
from datetime import datetime, timedelta, timezone

import pytest

from monitor.domain.events import ArticleRevised, ArticleSeen
from monitor.sources.body_decoding import BadEncoding, BodyTooLarge, BoundedBody
from monitor.sources.feed_parsing import FeedContext, parse_feed
from monitor.sources.parser_headers import declared_charset, parser_headers, trusted_charset
from monitor.sources.poll_events import article_changes
from monitor.sources.retry_after import parse_retry_after
from monitor.sources.retry_policy import RetryPolicy
from tests.sources.conftest import FEEDS

NOW = datetime(2026, 2, 17, 12, 0, tzinfo=timezone.utc)


def test_backoff_doubles_from_the_interval_up_to_a_cap_with_bounded_jitter():
    calm = RetryPolicy(jitter=0.0, max_backoff=timedelta(hours=1), park_after=10)
    delays = [calm.next_try(NOW, n, timedelta(minutes=10)) - NOW for n in range(1, 6)]
    assert delays == [timedelta(minutes=m) for m in (10, 20, 40, 60, 60)]
    jittery = RetryPolicy(jitter=0.2, random=lambda: 1.0)
    assert jittery.next_try(NOW, 1, timedelta(minutes=10)) - NOW == timedelta(minutes=12)
    assert RetryPolicy(random=lambda: 0.0).next_try(NOW, 1, timedelta(minutes=10)) - NOW == timedelta(minutes=10)


def test_retry_after_wins_when_longer_but_never_past_its_cap():
    policy = RetryPolicy(jitter=0.0, max_retry_after=timedelta(hours=2))
    assert policy.next_try(NOW, 1, timedelta(minutes=10), timedelta(minutes=30)) - NOW == timedelta(minutes=30)
    assert policy.next_try(NOW, 1, timedelta(minutes=10), timedelta(seconds=5)) - NOW == timedelta(minutes=10)
    assert policy.next_try(NOW, 1, timedelta(minutes=10), timedelta(days=30)) - NOW == timedelta(hours=2)


def test_parking_after_n_failures_and_no_overflow_with_huge_counts():
    policy = RetryPolicy(park_after=3, parked_retry=timedelta(days=1), jitter=0.0)
    assert not policy.is_parked(2) and policy.is_parked(3)
    assert policy.next_try(NOW, 3, timedelta(days=7)) - NOW == timedelta(days=1)
    assert RetryPolicy(park_after=10**6, jitter=0.0).next_try(NOW, 5000, timedelta(days=7)) - NOW == timedelta(hours=6)


@pytest.mark.parametrize("value, expected", [
    ("120", timedelta(seconds=120)),
    ("0", timedelta(0)),
    ("Tue, 17 Feb 2026 13:00:00 GMT", timedelta(hours=1)),
    ("Tue, 17 Feb 2026 11:00:00 GMT", timedelta(0)),  # already past
    ("-5", None), ("soon", None), ("", None), (None, None),
])
def test_retry_after_values(value, expected):
    assert parse_retry_after(value, NOW) == expected


@pytest.mark.parametrize("content_type, charset", [
    ("text/xml; charset=UTF-8", "utf-8"), ('application/rss+xml;charset="windows-1251"', "windows-1251"),
    ("text/xml; charset= 'us-ascii'", "us-ascii"), ("text/xml", None), (None, None), ("text/xml; charset=", None),
])
def test_declared_charsets(content_type, charset):
    assert declared_charset(content_type) == charset


def test_a_charset_is_trusted_only_when_the_bytes_agree():
    utf8 = "Kupiansk — Купянськ".encode()
    assert trusted_charset("iso-8859-1", utf8) == "utf-8"  # multi-byte UTF-8 is no accident
    assert trusted_charset("utf-8", utf8) == "utf-8"
    assert trusted_charset("utf-8", "Київ".encode("cp1251")) is None  # let the document decide
    assert trusted_charset("windows-1251", "Київ".encode("cp1251")) == "windows-1251"
    assert trusted_charset("klingon", b"abc") is None
    assert trusted_charset("iso-8859-1", b"\xef\xbb\xbfabc") is None  # a BOM beats the header
    assert trusted_charset("us-ascii", b"plain") == "us-ascii"


def test_parser_headers_normalise_the_type_and_keep_the_base():
    headers = parser_headers({"Content-Type": "text/html; charset=iso-8859-1", "Content-Language": "uk",
                              "Set-Cookie": "x=1"}, "ї".encode(), "https://outlet.example/rss")
    assert headers == {"content-type": "application/xml; charset=utf-8", "content-language": "uk",
                       "content-location": "https://outlet.example/rss"}


def test_bounded_body_counts_raw_and_decoded_bytes():
    body = BoundedBody("gzip", cap=1000)
    with pytest.raises(BodyTooLarge):
        body.feed(gzip.compress(b"a" * 5000))
    plain = BoundedBody(None, cap=10)
    plain.feed(b"0123456789")
    with pytest.raises(BodyTooLarge):
        plain.feed(b"x")
    with pytest.raises(BadEncoding, match="unsupported content encoding 'zstd'"):
        BoundedBody("zstd", cap=10)
    exact = BoundedBody("gzip", cap=5000)
    exact.feed(gzip.compress(b"a" * 5000))
    assert exact.finish() == b"a" * 5000


def _article(article_id: str, content_hash: str) -> ArticleSeen:
    return ArticleSeen(article_id, "s", None, None, "t", None, "x", content_hash, None)


def test_new_identities_are_seen_changed_ones_revised_the_rest_dropped():
    found = [_article("a", "1"), _article("b", "2"), _article("c", "3")]
    changes = article_changes(found, {"a": "1", "b": "old"})
    assert [(type(c), c.article_id) for c in changes] == [(ArticleRevised, "b"), (ArticleSeen, "c")]
    assert changes[0].content_hash == "2"


def test_identities_are_scoped_to_the_source():
    body = (FEEDS / "aljazeera.rss").read_bytes()
    one = parse_feed(body, {}, FeedContext("one", "http://x/rss"))
    two = parse_feed(body, {}, FeedContext("two", "http://x/rss"))
    assert len(one.articles) == 25 and one.items == 25
    assert {a.article_id for a in one.articles}.isdisjoint({a.article_id for a in two.articles})
    assert [a.content_hash for a in one.articles] == [a.content_hash for a in two.articles]
    assert one.articles[0].outlet.startswith("Al Jazeera")  # the feed's title, no outlet configured


def test_documents_that_are_not_feeds_say_why_in_one_line():
    context = FeedContext("s", "http://x/")
    assert parse_feed(b"<html><body>hi</body></html>", {}, context).problem == "not a feed: an HTML page"
    assert parse_feed(b"   ", {}, context).problem == "not a feed: empty document"
    assert parse_feed(b'{"a": 1}', {}, context).problem.startswith("not a feed: line 1, column 0")
    empty = parse_feed(b'<rss version="2.0"><channel><title>t</title></channel></rss>', {}, context)
    assert empty.problem is None and empty.items == 0  # a well-formed empty feed is fine


def test_the_public_surface_lists_what_it_loads():
    import monitor.sources as sources

    assert sorted(sources.__all__) == sorted(sources._EXPORTS)
    assert all(getattr(sources, name) is not None for name in sources.__all__)


def test_relative_links_resolve_against_the_feed_and_xml_base_with_the_memoised_joins():
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><id>tag:desk,2026:1</id><title>One</title><link href="/news/1"/><summary>a</summary></entry>
<entry xml:base="https://mirror.example/wire/"><id>tag:desk,2026:2</id><title>Two</title><link href="2.html"/>
<summary>b</summary></entry>
<entry xml:base="javascript:alert(1)//"><id>tag:desk,2026:3</id><title>Three</title><link href="3"/>
<summary>c</summary></entry>
</feed>"""
    context = FeedContext("desk", "https://desk.example/feeds/all.atom")
    for _ in range(2):  # the second parse answers from the cache and must agree
        urls = [a.url for a in parse_feed(atom, {"content-type": "application/atom+xml"}, context).articles]
        assert urls == ["https://desk.example/news/1", "https://mirror.example/wire/2.html",
                        "https://desk.example/feeds/3"]
