"""The fold's model kept in the projection's tables, written once per batch.

Before a batch is applied, :meth:`SqlModel.prefetch` loads in a few queries every row
the batch will touch (its articles, their current claims, the places' statuses), so the
fold runs without per-event queries. Everything the batch changes is written by
:meth:`SqlModel.flush` inside the caller's transaction, together with the checkpoint: a
crash leaves the old rows and the old checkpoint, never a half-applied batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.domain.events import ArticleRevised, ArticleSeen, ClaimsExtracted, ClaimVerdict
from monitor.log import Recorded
from monitor.projections import tables as t
from monitor.projections.fusion import PlaceEvidence
from monitor.projections.front import status_row
from monitor.projections.rows import ArticleRow, ClaimRow, PlaceMark, StatusRow, TransitionRow

IN_CHUNK = 500


def claim_from_row(row) -> ClaimRow:
    mapping = row._mapping
    return ClaimRow(*(mapping[name] for name in ClaimRow._fields))


def mark_from_row(row) -> PlaceMark:
    mapping = row._mapping
    return PlaceMark(*(mapping[name] for name in PlaceMark._fields))


def status_from_row(row) -> StatusRow:
    mapping = row._mapping
    values = [mapping[name] for name in StatusRow._fields]
    values[StatusRow._fields.index("deciding")] = tuple(mapping["deciding"])
    return StatusRow(*values)


def place_key_of(place_id: str | None, place: str) -> str:
    return place_id or f"name:{place}"


class SqlModel:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._articles: dict[str, ArticleRow | None] = {}
        self._article_claims: dict[str, list[ClaimRow]] = {}
        self._place_claims: dict[str, dict[str, ClaimRow]] = {}
        self._claims: dict[str, ClaimRow | None] = {}
        self._evidence: dict[str, PlaceEvidence | None] = {}
        self._marks: dict[str, PlaceMark | None] = {}
        self._dirty_articles: set[str] = set()
        self._replaced: set[str] = set()
        self._dirty_claims: set[str] = set()
        self._dirty_places: set[str] = set()
        self._transitions: list[TransitionRow] = []

    def prefetch(self, batch: Sequence[Recorded]) -> None:
        articles, places, claim_ids = set(), set(), set()
        for recorded in batch:
            event = recorded.event
            if isinstance(event, (ArticleSeen, ArticleRevised, ClaimsExtracted)):
                articles.add(event.article_id)
            if isinstance(event, ClaimsExtracted):
                places.update(place_key_of(c.place_id, c.place) for c in event.claims)
            elif isinstance(event, ClaimVerdict):
                claim_ids.add(event.claim_id)
        articles -= self._articles.keys()
        for row in self._select(t.articles, t.articles.c.article_id, articles):
            self._articles[row.article_id] = ArticleRow(*row)
        for article_id in articles:
            self._articles.setdefault(article_id, None)
            self._article_claims.setdefault(article_id, [])
        for row in self._select(t.claims, t.claims.c.article_id, articles):
            claim = claim_from_row(row)
            self._article_claims[claim.article_id].append(claim)
            self._claims.setdefault(claim.claim_id, claim)
        for row in self._select(t.claims, t.claims.c.claim_id, claim_ids - self._claims.keys()):
            claim = claim_from_row(row)
            self._claims[claim.claim_id] = claim
        places -= self._marks.keys()
        for row in self._select(t.status, t.status.c.place_key, places):
            self._marks[row.place_key] = mark_from_row(row)
            self._evidence[row.place_key] = PlaceEvidence.from_data(row.evidence_state)
        for place_key in places:
            self._marks.setdefault(place_key, None)
            self._evidence.setdefault(place_key, None)

    def _select(self, table: sa.Table, column, keys: Iterable[str]) -> Iterator:
        keys = list(keys)
        for i in range(0, len(keys), IN_CHUNK):
            yield from self.conn.execute(sa.select(table).where(column.in_(keys[i:i + IN_CHUNK])))

    # -- articles ----------------------------------------------------------------------

    def article(self, article_id: str) -> ArticleRow | None:
        if article_id not in self._articles:
            row = self.conn.execute(sa.select(t.articles).where(t.articles.c.article_id == article_id)).first()
            self._articles[article_id] = ArticleRow(*row) if row else None
        return self._articles[article_id]

    def put_article(self, row: ArticleRow) -> None:
        self._articles[row.article_id] = row
        self._dirty_articles.add(row.article_id)

    # -- claims ------------------------------------------------------------------------

    def claims_of_article(self, article_id: str) -> list[ClaimRow]:
        if article_id not in self._article_claims:
            rows = self.conn.execute(sa.select(t.claims).where(t.claims.c.article_id == article_id))
            self._article_claims[article_id] = [self._remember(claim_from_row(r)) for r in rows]
        return list(self._article_claims[article_id])

    def replace_article_claims(self, article_id: str, rows: list[ClaimRow]) -> None:
        for old in self.claims_of_article(article_id):
            self._claims[old.claim_id] = None
            if old.place_key in self._place_claims:
                self._place_claims[old.place_key].pop(old.claim_id, None)
        self._article_claims[article_id] = list(rows)
        self._replaced.add(article_id)
        for row in rows:
            self._claims[row.claim_id] = row
            if row.place_key in self._place_claims:
                self._place_claims[row.place_key][row.claim_id] = row

    def claims_of_place(self, place_key: str) -> list[ClaimRow]:
        if place_key not in self._place_claims:
            loaded: dict[str, ClaimRow] = {}
            for r in self.conn.execute(sa.select(t.claims).where(t.claims.c.place_key == place_key)):
                claim = claim_from_row(r)
                current = self._claims.get(claim.claim_id, claim)
                if current is not None:
                    loaded[claim.claim_id] = self._remember(current)
            for claim in self._claims.values():
                if claim is not None and claim.place_key == place_key:
                    loaded.setdefault(claim.claim_id, claim)
            self._place_claims[place_key] = loaded
        return list(self._place_claims[place_key].values())

    def claim(self, claim_id: str) -> ClaimRow | None:
        if claim_id not in self._claims:
            row = self.conn.execute(sa.select(t.claims).where(t.claims.c.claim_id == claim_id)).first()
            self._claims[claim_id] = claim_from_row(row) if row else None
        return self._claims[claim_id]

    def put_claim(self, row: ClaimRow) -> None:
        self._claims[row.claim_id] = row
        if row.place_key in self._place_claims:
            self._place_claims[row.place_key][row.claim_id] = row
        self._dirty_claims.add(row.claim_id)

    def _remember(self, claim: ClaimRow) -> ClaimRow:
        self._claims.setdefault(claim.claim_id, claim)
        return claim

    # -- places ------------------------------------------------------------------------

    def evidence(self, place_key: str) -> PlaceEvidence | None:
        if place_key not in self._evidence:
            self.mark(place_key)
        return self._evidence.get(place_key)

    def put_evidence(self, place_key: str, evidence: PlaceEvidence) -> None:
        self._evidence[place_key] = evidence
        self._dirty_places.add(place_key)

    def mark(self, place_key: str) -> PlaceMark | None:
        if place_key not in self._marks:
            row = self.conn.execute(sa.select(t.status).where(t.status.c.place_key == place_key)).first()
            self._marks[place_key] = mark_from_row(row) if row else None
            if place_key not in self._evidence:  # the fold may have recounted it already
                self._evidence[place_key] = PlaceEvidence.from_data(row.evidence_state) if row else None
        return self._marks[place_key]

    def put_mark(self, mark: PlaceMark) -> None:
        self._marks[mark.place_key] = mark
        self._dirty_places.add(mark.place_key)

    def drop_mark(self, place_key: str) -> None:
        self._marks[place_key] = None
        self._dirty_places.add(place_key)

    def add_transition(self, row: TransitionRow) -> None:
        self._transitions.append(row)

    # -- writing -----------------------------------------------------------------------

    def flush(self) -> None:
        conn = self.conn
        if self._dirty_articles:
            ids = list(self._dirty_articles)
            conn.execute(t.articles.delete().where(t.articles.c.article_id.in_(ids)))
            t.bulk_insert(conn, t.articles, [self._articles[i] for i in ids])
        if self._replaced:
            ids = list(self._replaced)
            for i in range(0, len(ids), IN_CHUNK):
                conn.execute(t.claims.delete().where(t.claims.c.article_id.in_(ids[i:i + IN_CHUNK])))
            t.bulk_insert(conn, t.claims, [c for i in ids for c in self._article_claims[i]])
        for claim_id in self._dirty_claims:
            claim = self._claims.get(claim_id)
            if claim is not None and claim.article_id not in self._replaced:
                conn.execute(t.claims.update().where(t.claims.c.claim_id == claim_id)
                             .values(verdict=claim.verdict, verdict_note=claim.verdict_note))
        if self._dirty_places:
            keys = list(self._dirty_places)
            for i in range(0, len(keys), IN_CHUNK):
                conn.execute(t.status.delete().where(t.status.c.place_key.in_(keys[i:i + IN_CHUNK])))
            t.bulk_insert(conn, t.status, [status_values(status_row(self._marks[k], self._evidence[k]),
                                                         self._evidence[k]) for k in keys if self._marks.get(k)])
        t.bulk_insert(conn, t.history, self._transitions)


def status_values(row: StatusRow, evidence: PlaceEvidence) -> tuple:
    """A status row in the table's column order, with the evidence the fold resumes from."""
    return (*row, evidence.to_data())
