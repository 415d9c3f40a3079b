"""Finding 6: a Cyrillic feed with one invalid byte was decoded as a Latin charset
(windows-1252 or ISO-8859-2), every name garbled ("Đ‘ĐžŃ—") and no claim read; nothing said so.

A declared charset that fails on a byte falls back by what the bytes are (mostly UTF-8: a
stray byte; else the legacy charset of the text's script, found by charset-normalizer);
Cyrillic legacy charsets are detected; replacement characters are counted on the poll's
SourcePolled and shown by `monitor sources`.
"""

from __future__ import annotations

from monitor.domain.events import ArticleSeen, SourcePolled
from monitor.log import open_store
from tests.cli.runner import initialised
from tests.hardening.parts import Page, monitor, settings, source

TITLE = "Сили оборони звільнили Куп'янськ"
TEXT = ("Збройні сили України звільнили Куп'янськ та Ізюм, повідомив Генеральний штаб у суботу. "
        "Російські війська відступили з Балаклії.")


def _feed(encoding: str, declared: str | None, damage: bool = False) -> bytes:
    head = f'<?xml version="1.0" encoding="{declared}"?>' if declared else '<?xml version="1.0"?>'
    items = "".join(f"<item><guid>p{n}</guid><title>{TITLE} {n}</title><description>{TEXT}</description></item>"
                    for n in range(3))
    body = f'{head}<rss version="2.0"><channel><title>Генштаб</title>{items}</channel></rss>'.encode(encoding)
    if damage:  # one byte that is not UTF-8, in the middle of a word
        body = body.replace("Генеральний".encode(encoding), "Генера".encode(encoding) + b"\xff" +
                            "льний".encode(encoding), 1)
    return body


def _read(folder):
    store = open_store(f"sqlite:///{folder / 'monitor.db'}")
    try:
        return ([r.event for r in store.read(types=[ArticleSeen.TYPE])],
                [r.event for r in store.read(types=[SourcePolled.TYPE])])
    finally:
        store.engine.dispose()


def test_a_cyrillic_feed_with_one_invalid_byte_reads_as_cyrillic_and_says_so(site, tmp_path):
    feed = site.route("/feed", Page(_feed("utf-8", "utf-8", damage=True),
                                    headers={"Content-Type": "application/rss+xml; charset=utf-8"}))
    settings(tmp_path, source("genshtab", feed, language="uk"))
    initialised(tmp_path)
    polled = monitor("poll", "--once", cwd=tmp_path)
    assert polled.returncode == 0 and "replaced_bytes=1" in polled.stdout, polled.stdout
    articles, polls = _read(tmp_path)
    assert sorted(a.title for a in articles) == [f"{TITLE} {n}" for n in range(3)]
    assert articles[0].outlet == "Генштаб"
    assert sum("\ufffd" in a.text for a in articles) == 1
    assert (polls[0].replacements, polls[0].charset) == (1, "utf-8")
    listed = monitor("sources", cwd=tmp_path)
    assert "1 replacement character" in listed.stdout, listed.stdout
    claims = monitor("place", "Kupiansk", cwd=tmp_path)
    assert claims.returncode == 0 and "Куп'янськ" in claims.stdout, claims.stdout + claims.stderr


def test_legacy_cyrillic_feeds_are_detected_without_a_declaration(site, tmp_path):
    sources = ""
    for encoding in ("cp1251", "koi8_u"):
        feed = site.route(f"/{encoding}", Page(_feed(encoding, None), headers={"Content-Type": "text/xml"}))
        sources += source(encoding.replace("_", "-"), feed, language="uk")
    settings(tmp_path, sources)
    initialised(tmp_path)
    assert monitor("poll", "--once", cwd=tmp_path).returncode == 0
    articles, polls = _read(tmp_path)
    assert sorted({a.title for a in articles}) == [f"{TITLE} {n}" for n in range(3)]
    assert {a.source for a in articles} == {"cp1251", "koi8-u"} and len(articles) == 6
    assert all(TEXT == a.text for a in articles)
    assert {p.charset for p in polls} == {"cp1251", "koi8-u"} and all(p.replacements == 0 for p in polls)


def test_a_declared_legacy_charset_that_fails_on_a_byte_keeps_its_script(site, tmp_path):
    # 0x98 is the one byte windows-1251 leaves undefined: one in each of the three items.
    body = _feed("cp1251", "windows-1251").replace("Балаклії".encode("cp1251"),
                                                    "Балак".encode("cp1251") + b"\x98" + "лії".encode("cp1251"))
    feed = site.route("/feed", Page(body, headers={"Content-Type": "application/rss+xml"}))
    settings(tmp_path, source("legacy", feed, language="uk"))
    initialised(tmp_path)
    assert monitor("poll", "--once", cwd=tmp_path).returncode == 0
    articles, polls = _read(tmp_path)
    assert sorted({a.title for a in articles}) == [f"{TITLE} {n}" for n in range(3)]
    assert (polls[0].replacements, polls[0].charset) == (3, "cp1251")
    assert all("Балак\ufffdлії" in a.text for a in articles)
