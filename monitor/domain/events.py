"""The event catalogue: typed, frozen values with stable names and schema versions.

Each event knows its stream, its idempotency key and when it happened in the world, so
the log can skip a fact it already holds. Names are stable strings (never import
paths); a change of fields bumps ``VERSION`` and adds an upcaster in
:mod:`monitor.domain.upcasting`, so old rows keep reading.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from monitor.domain.claims import Claim
from monitor.domain.codec import decode_json, decoder_for, encode, iso


@dataclass(frozen=True, slots=True)
class Event:
    """Base of every known event type."""

    TYPE: ClassVar[str] = ""
    VERSION: ClassVar[int] = 1

    @property
    def stream(self) -> str:
        raise NotImplementedError

    @property
    def key(self) -> str:
        raise NotImplementedError

    @property
    def occurred_at(self) -> datetime | None:
        """When it happened in the world; None means 'when the monitor recorded it'."""
        return None

    _NESTED: ClassVar[dict[str, Callable[[Any], Any]]] = {}

    def to_data(self) -> dict[str, Any]:
        """The event as JSON-ready data, exactly as stored."""
        return decode_json(encode(self))

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "Event":
        """The event back from stored data of the current version."""
        return decoder_for(cls, cls._NESTED)(data)


@dataclass(frozen=True, slots=True)
class _FetchEvent(Event):
    """Fields shared by the outcomes of one fetch of a source."""

    source: str
    url: str
    fetched_at: datetime

    @property
    def stream(self) -> str:
        return f"source:{self.source}"

    @property
    def key(self) -> str:
        return f"{self.TYPE}:{self.source}:{iso(self.fetched_at)}"

    @property
    def occurred_at(self) -> datetime:
        return self.fetched_at


@dataclass(frozen=True, slots=True)
class SourcePolled(_FetchEvent):
    """One fetch of a source: what came back and how long it took."""

    TYPE: ClassVar[str] = "SourcePolled"

    status: int
    not_modified: bool
    etag: str | None
    last_modified: str | None
    items: int
    new_items: int
    duration_ms: float
    # Added later, with defaults, so polls recorded before them still read: how many bytes of
    # the document could not be decoded (each read as U+FFFD), and the charset it was read in.
    replacements: int = 0
    charset: str | None = None


@dataclass(frozen=True, slots=True)
class SourceFailed(_FetchEvent):
    """A failed fetch or parse, why, and when the poller will try again."""

    TYPE: ClassVar[str] = "SourceFailed"

    reason: str
    status: int | None
    consecutive_failures: int
    next_try: datetime | None


@dataclass(frozen=True, slots=True)
class _ArticleEvent(Event):
    """Fields shared by a first sighting and a revision of an article."""


    article_id: str
    source: str
    outlet: str | None  # None: not known (a local file); each such article counts alone
    url: str | None
    title: str
    published: datetime | None
    text: str
    content_hash: str
    language: str | None

    @property
    def stream(self) -> str:
        return f"article:{self.article_id}"

    @property
    def key(self) -> str:
        # Seen and revised share one key space: a body is recorded once, whichever type.
        return f"article:{self.article_id}:{self.content_hash}"

    @property
    def occurred_at(self) -> datetime | None:
        return self.published


@dataclass(frozen=True, slots=True)
class ArticleSeen(_ArticleEvent):
    """A new article: its identity, where it came from and its text."""

    TYPE: ClassVar[str] = "ArticleSeen"


@dataclass(frozen=True, slots=True)
class ArticleRevised(_ArticleEvent):
    """A changed article (headline edit, update): the new text and hash."""

    TYPE: ClassVar[str] = "ArticleRevised"


@dataclass(frozen=True, slots=True)
class ClaimsExtracted(Event):
    """The claims one extractor version read from one article revision."""

    TYPE: ClassVar[str] = "ClaimsExtracted"

    article_id: str
    content_hash: str
    extractor_version: str
    published: datetime | None  # the article's time: published, or recorded if undated
    claims: tuple[Claim, ...]

    @property
    def stream(self) -> str:
        return f"article:{self.article_id}"

    @property
    def key(self) -> str:
        return f"{self.TYPE}:{self.article_id}:{self.content_hash}:{self.extractor_version}"

    @property
    def occurred_at(self) -> datetime | None:
        return self.published

    _NESTED: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "claims": lambda claims, decode=decoder_for(Claim): tuple(map(decode, claims))
    }


@dataclass(frozen=True, slots=True)
class ClaimVerdict(Event):
    """An analyst confirms or rejects a claim, with a note."""

    TYPE: ClassVar[str] = "ClaimVerdict"

    claim_id: str
    verdict: str  # "confirm" or "reject"
    note: str
    analyst: str
    decided_at: datetime

    @property
    def stream(self) -> str:
        return f"claim:{self.claim_id}"

    @property
    def key(self) -> str:
        return f"{self.TYPE}:{self.claim_id}:{iso(self.decided_at)}"


@dataclass(frozen=True, slots=True)
class AlertDelivered(Event):
    """One delivery attempt of one alert to one hook, and its outcome."""

    TYPE: ClassVar[str] = "AlertDelivered"

    alert_id: str
    hook: str
    attempt: int
    outcome: str  # "delivered", "failed" (to be retried) or "gave_up" (the last attempt failed)
    detail: str
    attempted_at: datetime

    @property
    def stream(self) -> str:
        return f"alert:{self.alert_id}"

    @property
    def key(self) -> str:
        return f"{self.TYPE}:{self.alert_id}:{self.hook}:{self.attempt}"


@dataclass(frozen=True, slots=True)
class UnknownEvent:
    """A stored event of a type this version does not know: kept and shown, never dropped."""

    type: str
    version: int
    data: dict[str, Any]

    def to_data(self) -> dict[str, Any]:
        return self.data


EVENT_TYPES: dict[str, type[Event]] = {
    cls.TYPE: cls
    for cls in (
        SourcePolled,
        SourceFailed,
        ArticleSeen,
        ArticleRevised,
        ClaimsExtracted,
        ClaimVerdict,
        AlertDelivered,
    )
}
