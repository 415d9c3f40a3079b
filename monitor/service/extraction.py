"""Reading claims from the articles in the log: one ClaimsExtracted per revision and version.

Idempotent by construction: the event's key is article + content hash + extractor
version, so running it again, or in two processes, adds nothing twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from monitor.domain.events import ArticleRevised, ArticleSeen, ClaimsExtracted
from monitor.extract import EXTRACTOR_VERSION, extract_claims
from monitor.log import EventStore, RangeClaim, Recorded

ARTICLE_TYPES = (ArticleSeen.TYPE, ArticleRevised.TYPE)
BATCH = 200


@dataclass(frozen=True)
class ExtractionResult:
    articles: int
    appended: int
    claims: int


def claims_event(recorded: Recorded, affiliation: str | None, version: str = EXTRACTOR_VERSION) -> ClaimsExtracted:
    """The claims of one article revision. Its time is the article's: the publication
    time, or when the article was recorded if it is undated (never the extraction's)."""
    article = recorded.event
    doc = article.url.rsplit("/", 1)[-1] if article.url else article.article_id
    claims = extract_claims(article.text, doc=f"{article.article_id}:{doc}", published=article.published,
                            affiliation=affiliation)
    return ClaimsExtracted(article.article_id, article.content_hash, version, recorded.occurred_at, tuple(claims))


def extract_articles(store: EventStore, affiliations: Mapping[str, str] | None = None, *,
                     version: str = EXTRACTOR_VERSION, after: int = 0,
                     progress: Callable[[int], None] | None = None) -> ExtractionResult:
    """Extract claims from every article revision after ``after`` that has none from this version.

    An import passes the head it started from, so it reads only what it appended: the
    claims of an article can only have been recorded after the article itself.
    """
    affiliations = affiliations or {}
    done = _extracted_keys(store, version, after)
    articles = appended = claims = 0
    batch: list[ClaimsExtracted] = []
    for recorded in store.read(after=after, types=ARTICLE_TYPES):
        article = recorded.event
        articles += 1
        if (article.article_id, article.content_hash) in done:
            if progress:
                progress(1)
            continue
        event = claims_event(recorded, affiliations.get(article.source), version)
        claims += len(event.claims)
        batch.append(event)
        if len(batch) >= BATCH:
            appended += store.append(batch).appended
            batch = []
        if progress:
            progress(1)
    if batch:
        appended += store.append(batch).appended
    return ExtractionResult(articles, appended, claims)


def extract_range(store: EventStore, claim: RangeClaim, affiliations: Mapping[str, str] | None = None, *,
                  version: str = EXTRACTOR_VERSION) -> ExtractionResult:
    """Extract the article revisions in a claimed range of the log, and record their claims
    with the range's fence (it marks the range done, or nothing is recorded if another
    process took the range over). Revisions whose claims are in the log already (a
    ``monitor import`` extracts its own) are passed over, found by their keys."""
    affiliations = affiliations or {}
    articles = [r for r in store.read(after=claim.start, until=claim.stop, types=ARTICLE_TYPES)]
    keys = {r.position: _claims_key(r, version) for r in articles}
    present = store.stored_keys(keys.values())
    events = [claims_event(r, affiliations.get(r.event.source), version) for r in articles
              if keys[r.position] not in present]
    appended = store.append(events, fence=claim.fence()).appended
    return ExtractionResult(len(events), appended, sum(len(e.claims) for e in events))


def _claims_key(recorded: Recorded, version: str) -> str:
    article = recorded.event
    return ClaimsExtracted(article.article_id, article.content_hash, version, None, ()).key


def count_articles(store: EventStore) -> int:
    return sum(len(batch) for batch in store.read_batches(types=ARTICLE_TYPES))


def _extracted_keys(store: EventStore, version: str, after: int) -> set[tuple[str, str]]:
    return {(r.event.article_id, r.event.content_hash) for r in store.read(after=after, types=[ClaimsExtracted.TYPE])
            if r.event.extractor_version == version}
