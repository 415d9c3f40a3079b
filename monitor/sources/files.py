"""Articles from local files and folders: text, Markdown, HTML pages and feed files.

Reading never writes: every file is read and checked first, so a bad file in a batch
stops the import before anything reaches the log.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from monitor.domain.events import ArticleSeen
from monitor.domain.moments import read_iso
from monitor.sources.text_bounds import bounded_text, bounded_title
from monitor.sources.identity import article_id, content_hash
from monitor.extract.language import detect_language

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
LOCAL_SOURCE = "local"
TITLE_MAX = 200
HEADLINE_MIN_WORDS = 5

# The seed articles open with "date YYYY-MM-DD", sometimes on the same line as the text.
_DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b")
# Else a byline near the top: "by Jane Doe September 10, 2022 6:44 PM", "Sept. 10, 2022".
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_BYLINE_DATE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),\s+((?:19|20)\d\d)"
    r"(?:\s+(\d{1,2}):(\d\d)\s*([ap]\.?m\.?)?)?", re.IGNORECASE)
BYLINE_LINES = 12
BYLINE_MAX = 100
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)


class ArticleFileError(Exception):
    """A file that cannot be read as an article; the message names the file."""


@dataclass(frozen=True)
class FileBatch:
    """What a set of paths holds: its articles, and files passed over with the reason."""

    articles: list[ArticleSeen]
    files: int
    skipped: list[str]


def collect_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The article files named, and those inside named folders (hidden ones left out)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in relative):
                    yield child
        elif path.exists():
            yield path
        else:
            raise ArticleFileError(f"{path}: no such file or folder")


def read_paths(paths: Iterable[Path], source: str = LOCAL_SOURCE) -> FileBatch:
    """Read every article file under ``paths``; raise on the first bad one."""
    articles: list[ArticleSeen] = []
    skipped: list[str] = []
    files = 0
    for path in collect_files(paths):
        suffix = path.suffix.lower()
        if suffix not in ARTICLE_SUFFIXES:
            skipped.append(f"{path}: not an article file type")
            continue
        files += 1
        found = read_file(path, source)
        if not found:
            skipped.append(f"{path}: no article in it")
        articles.extend(found)
    return FileBatch(articles, files, skipped)


def read_file(path: Path, source: str = LOCAL_SOURCE, languages: bool = True) -> list[ArticleSeen]:
    """The articles in one file. ``languages=False`` leaves a text's language unknown instead
    of identifying it (`monitor extract` reads each sentence's language itself and need not
    load the identifier's model at start-up)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleFileError(f"{path}: cannot read ({error.strerror})") from None
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES:
        return _feed_articles(path, data, source)
    if b"\x00" in data[:8192]:
        raise ArticleFileError(f"{path}: binary file, not an article")
    if suffix in HTML_SUFFIXES:
        from monitor.sources.html_text import page_to_text  # lxml: imported for pages only (start-up of `extract`)

        text, title, date = page_to_text(_decode(path, data, _declared_charset(data)))
        return _single(path, text, source, title=title, published=read_iso(date), languages=languages)
    return _single(path, _decode(path, data, "utf-8"), source, languages=languages)


def _single(path: Path, text: str, source: str, title: str | None = None,
            published: datetime | None = None, languages: bool = True) -> list[ArticleSeen]:
    if not text.strip():
        return []
    header = _DATE_HEADER.match(text)
    if header:
        published = read_iso(header.group(1))
    elif published is None:
        published = _byline_date(text)
    body_start = header.end() if header else 0
    title = bounded_title(title or _first_line(text[body_start:]))
    text = bounded_text(text)
    return [
        ArticleSeen(
            article_id=article_id(LOCAL_SOURCE, str(path.resolve())),
            source=source,
            outlet=None,
            url=path.resolve().as_uri(),
            title=title,
            published=published,
            text=text,
            content_hash=content_hash(title, text),
            language=detect_language(text) if languages else None,
        )
    ]


def _feed_articles(path: Path, data: bytes, source: str) -> list[ArticleSeen]:
    # feedparser and lxml, imported for feeds only: a command reading a text file starts 0.03 s sooner
    import feedparser

    from monitor.sources.feed_items import entry_to_article
    from monitor.sources.html_text import fragment_to_text

    parsed = feedparser.parse(data, sanitize_html=False)
    if not parsed.entries and parsed.get("bozo"):
        reason = str(parsed.get("bozo_exception", "unreadable")).splitlines()[0]
        raise ArticleFileError(f"{path}: not a readable feed ({reason})")
    feed = parsed.get("feed", {})
    scope = feed.get("link") or str(path.resolve())
    outlet = fragment_to_text(feed.get("title") or "") or None  # plain text, as in polled feeds
    language = feed.get("language") or None
    articles = []
    for entry in parsed.entries:
        article = entry_to_article(entry, scope=scope, source=source, outlet=outlet, language=language)
        if article is not None:
            articles.append(article)
    return articles


def _decode(path: Path, data: bytes, encoding: str) -> str:
    """The file's text: in its declared (or the default UTF-8) encoding, else in a legacy
    Cyrillic encoding charset-normalizer recognises (windows-1251, KOI8-R/U, CP866), else
    one line saying why not."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        legacy = _legacy_cyrillic(data)
        if legacy is not None:
            return legacy
        raise ArticleFileError(
            f"{path}: not {encoding} text (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None
    except LookupError:
        raise ArticleFileError(f"{path}: declares an unknown charset {encoding!r}") from None


_LEGACY_CYRILLIC = frozenset({"cp1251", "koi8_r", "koi8_u", "cp866", "mac_cyrillic", "iso8859_5"})


def _legacy_cyrillic(data: bytes) -> str | None:
    """Text in an old Cyrillic encoding (archives, Windows exports), when the detector is sure."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding not in _LEGACY_CYRILLIC:
        return None
    text = str(best)
    return text if "\ufffd" not in text else None


def _declared_charset(data: bytes) -> str:
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii").lower() if found else "utf-8"


def _first_line(text: str) -> str:
    """The first line that reads like a headline (several words), else the first line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:10]:
        if len(line.split()) >= HEADLINE_MIN_WORDS:
            return line[:TITLE_MAX]
    return lines[0][:TITLE_MAX] if lines else ""


def _byline_date(text: str) -> datetime | None:
    """A publication date on a short byline-like line near the top (time zone unknown: UTC).

    Long lines are prose: "since the invasion on Feb. 24, 2022" is not a byline.
    """
    lines = [line for line in text.splitlines()[:BYLINE_LINES] if len(line) <= BYLINE_MAX]
    found = next((m for m in map(_BYLINE_DATE.search, lines) if m), None)
    if not found:
        return None
    month, day, year, hour, minute, half = found.groups()
    hour_value = int(hour or 0) % 12 + (12 if half and half.lower().startswith("p") else 0) if half else int(hour or 0)
    try:
        return datetime(int(year), _MONTHS.index(month.lower()[:3]) + 1, int(day), hour_value, int(minute or 0),
                        tzinfo=timezone.utc)
    except ValueError:
        return None
