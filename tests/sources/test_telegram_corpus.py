"""The telegram kind on preview pages in t.me's shape: one parametrised test runs the corpus.

Each page in tests/fixtures/telegram opens with ``Description:`` and ``Expect:`` lines (as
feedparser's corpus does); every ``Expect:`` is a Python expression over the page as read.
"""

from __future__ import annotations

import re

import pytest

from monitor.sources.kinds import kind_named
from monitor.sources.parsed import SourceContext
from tests.conftest import FIXTURES

PAGES = sorted((FIXTURES / "telegram").glob("*.html"))
_HEADER = re.compile(r"\A<!--\n(.*?)\n-->", re.DOTALL)
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _header(text: str) -> tuple[str, list[str]]:
    lines = _HEADER.match(text).group(1).splitlines()
    description = " ".join(line.removeprefix("Description:").strip() for line in lines if not line.startswith("Expect:"))
    return description, [line.removeprefix("Expect:").strip() for line in lines if line.startswith("Expect:")]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_each_page_reads_as_its_header_expects(page):
    body = page.read_bytes()
    description, expectations = _header(body.decode())
    assert description and expectations, f"{page.name} must say what it tests and what to expect"
    parsed = kind_named("telegram").parse(body, {"content-type": "text/html; charset=utf-8"},
                                          SourceContext("desk", "https://t.me/s/frontline_desk", None, "en"))
    by_id = {a.url.rsplit("/", 1)[-1]: a for a in parsed.articles}
    names = {"parsed": parsed, "post": lambda n: by_id.get(str(n)), "skipped": list(parsed.skipped),
             "unsafe": lambda text: bool(_UNSAFE.search(text or ""))}
    for expectation in expectations:
        assert eval(expectation, names), f"{page.name}: {expectation}"  # noqa: S307 - our own corpus


def test_the_corpus_covers_what_the_issue_lists():
    text = " ".join(_header(p.read_text())[0] for p in PAGES)
    for case in ("forward", "edited", "reply", "poll", "album", "service message", "older posts", "hostile",
                 "photo with and without a caption", "no message history"):
        assert case in text, case
