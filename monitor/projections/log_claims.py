"""Following the projection's references into the log: the claims themselves.

The projection keeps, per place, the positions of the ``ClaimsExtracted`` events naming
it, and per article the position of its current claims; the claims are read back from
those events when a view or a recount needs them. An event whose article has newer
claims (a revision, a newer extractor) is skipped: its claims were replaced.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator, Mapping

from monitor.domain.claims import Claim
from monitor.domain.events import ClaimsExtracted
from monitor.log import Recorded
from monitor.projections.front import article_voice, claim_evidence
from monitor.projections.rows import ArticleRow, ClaimRef, ClaimRow

Verdicts = Mapping[str, tuple[str, str]]  # claim id -> (verdict, note)


def place_key_of(claim: Claim) -> str:
    return claim.place_id or f"name:{claim.place}"


def current_claims(events: Mapping[int, Recorded], articles: Mapping[str, ArticleRow | None],
                   wanted: Callable[[str, Claim], bool]) -> Iterator[tuple[Recorded, ClaimsExtracted, Claim, str]]:
    """(recorded, event, claim, place key) for the current claims the ``wanted`` test accepts."""
    for position in sorted(events):
        recorded = events[position]
        event = recorded.event
        if not isinstance(event, ClaimsExtracted):
            continue
        article = articles.get(event.article_id)
        if article is None or article.claims_position != position:
            continue
        for claim in event.claims:
            key = place_key_of(claim)
            if wanted(key, claim):
                yield recorded, event, claim, key


def claim_rows(events: Mapping[int, Recorded], articles: Mapping[str, ArticleRow | None], verdicts: Verdicts,
               wanted: Callable[[str, Claim], bool]) -> list[ClaimRow]:
    """The claims as views show them, with their article's time and any analyst's verdict."""
    rows = []
    for recorded, event, c, key in current_claims(events, articles, wanted):
        verdict, note = verdicts.get(c.claim_id, (None, None))
        rows.append(ClaimRow(c.claim_id, event.article_id, key, c.place_id, c.place, c.control, c.factuality,
                             c.historical, c.side, c.speaker, c.evidence, c.rule,
                             event.published or recorded.occurred_at, recorded.position, verdict, note, c.marks))
    return rows


def claim_refs(events: Mapping[int, Recorded], articles: Mapping[str, ArticleRow | None], verdicts: Verdicts,
               affiliations: Mapping[str, str], source_id: Callable[[str], int],
               wanted: Callable[[str, Claim], bool]) -> list[ClaimRef]:
    """The claims as the fold holds them, with what fusion counts worked out again."""
    refs = []
    for recorded, event, c, key in current_claims(events, articles, wanted):
        verdict, note = verdicts.get(c.claim_id, (None, None))
        outlet_key, affiliation = article_voice(articles.get(event.article_id), event.article_id, affiliations)
        evidence = claim_evidence(c, event.published or recorded.occurred_at, recorded.position, outlet_key,
                                  affiliation, source_id, verdict)
        refs.append(ClaimRef(c.claim_id, event.article_id, key, c.place, recorded.position, evidence, verdict, note))
    return refs


def of_places(keys: Container[str]) -> Callable[[str, Claim], bool]:
    return lambda key, claim: key in keys


def with_ids(ids: Container[str]) -> Callable[[str, Claim], bool]:
    return lambda key, claim: claim.claim_id in ids


def with_prefix(prefix: str) -> Callable[[str, Claim], bool]:
    return lambda key, claim: claim.claim_id.startswith(prefix)
