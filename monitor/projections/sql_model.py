"""The fold's model kept in the projection's tables, loaded on demand, written once per batch.

Everything a batch changes is written by :meth:`SqlModel.flush` inside the caller's
transaction, together with the checkpoint: a crash leaves the old rows and the old
checkpoint, never a half-applied batch.
"""

from __future__ import annotations

from dataclasses import asdict, fields

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.projections import tables as t
from monitor.projections.fusion import PlaceEvidence
from monitor.projections.rows import ArticleRow, ClaimRow, StatusRow, TransitionRow

_CLAIM_FIELDS = [f.name for f in fields(ClaimRow)]
_STATUS_FIELDS = [f.name for f in fields(StatusRow)]


def claim_from_row(row) -> ClaimRow:
    return ClaimRow(**{name: row._mapping[name] for name in _CLAIM_FIELDS})


def status_from_row(row) -> StatusRow:
    values = {name: row._mapping[name] for name in _STATUS_FIELDS}
    values["deciding"] = tuple(values["deciding"])
    return StatusRow(**values)


class SqlModel:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._articles: dict[str, ArticleRow | None] = {}
        self._article_claims: dict[str, list[ClaimRow]] = {}
        self._place_claims: dict[str, dict[str, ClaimRow]] = {}
        self._claims: dict[str, ClaimRow | None] = {}
        self._evidence: dict[str, PlaceEvidence] = {}
        self._status: dict[str, StatusRow | None] = {}
        self._dirty_articles: set[str] = set()
        self._replaced: set[str] = set()
        self._dirty_claims: set[str] = set()
        self._dirty_places: set[str] = set()
        self._transitions: list[TransitionRow] = []

    # -- articles ----------------------------------------------------------------------

    def article(self, article_id: str) -> ArticleRow | None:
        if article_id not in self._articles:
            row = self.conn.execute(sa.select(t.articles).where(t.articles.c.article_id == article_id)).first()
            self._articles[article_id] = ArticleRow(**row._mapping) if row else None
        return self._articles[article_id]

    def put_article(self, row: ArticleRow) -> None:
        self._articles[row.article_id] = row
        self._dirty_articles.add(row.article_id)

    # -- claims ------------------------------------------------------------------------

    def claims_of_article(self, article_id: str) -> list[ClaimRow]:
        if article_id not in self._article_claims:
            rows = self.conn.execute(sa.select(t.claims).where(t.claims.c.article_id == article_id)
                                     .order_by(t.claims.c.position, t.claims.c.claim_id))
            self._article_claims[article_id] = [self._remember(claim_from_row(r)) for r in rows]
        return list(self._article_claims[article_id])

    def replace_article_claims(self, article_id: str, rows: list[ClaimRow]) -> None:
        for old in self.claims_of_article(article_id):
            self._claims[old.claim_id] = None
            self.claims_of_place(old.place_key)
            self._place_claims[old.place_key].pop(old.claim_id, None)
        self._article_claims[article_id] = list(rows)
        self._replaced.add(article_id)
        for row in rows:
            self.claims_of_place(row.place_key)
            self._claims[row.claim_id] = row
            self._place_claims[row.place_key][row.claim_id] = row

    def claims_of_place(self, place_key: str) -> list[ClaimRow]:
        if place_key not in self._place_claims:
            rows = self.conn.execute(sa.select(t.claims).where(t.claims.c.place_key == place_key)
                                     .order_by(t.claims.c.position, t.claims.c.claim_id))
            loaded = {}
            for r in rows:
                claim = claim_from_row(r)
                if self._claims.get(claim.claim_id, claim) is not None:
                    loaded[claim.claim_id] = self._claims.get(claim.claim_id) or self._remember(claim)
            self._place_claims[place_key] = loaded
        return list(self._place_claims[place_key].values())

    def claim(self, claim_id: str) -> ClaimRow | None:
        if claim_id not in self._claims:
            row = self.conn.execute(sa.select(t.claims).where(t.claims.c.claim_id == claim_id)).first()
            self._claims[claim_id] = claim_from_row(row) if row else None
        return self._claims[claim_id]

    def put_claim(self, row: ClaimRow) -> None:
        self._claims[row.claim_id] = row
        self.claims_of_place(row.place_key)
        self._place_claims[row.place_key][row.claim_id] = row
        self._dirty_claims.add(row.claim_id)

    def _remember(self, claim: ClaimRow) -> ClaimRow:
        self._claims.setdefault(claim.claim_id, claim)
        return claim

    # -- places ------------------------------------------------------------------------

    def evidence(self, place_key: str) -> PlaceEvidence | None:
        if place_key not in self._evidence:
            row = self.conn.execute(sa.select(t.status.c.evidence_state).where(t.status.c.place_key == place_key)).first()
            if row is None:
                return None
            self._evidence[place_key] = PlaceEvidence.from_data(row[0])
        return self._evidence[place_key]

    def put_evidence(self, place_key: str, evidence: PlaceEvidence) -> None:
        self._evidence[place_key] = evidence
        self._dirty_places.add(place_key)

    def status(self, place_key: str) -> StatusRow | None:
        if place_key not in self._status:
            row = self.conn.execute(sa.select(t.status).where(t.status.c.place_key == place_key)).first()
            self._status[place_key] = status_from_row(row) if row else None
        return self._status[place_key]

    def put_status(self, row: StatusRow) -> None:
        self._status[row.place_key] = row
        self._dirty_places.add(row.place_key)

    def drop_status(self, place_key: str) -> None:
        self._status[place_key] = None
        self._dirty_places.add(place_key)

    def add_transition(self, row: TransitionRow) -> None:
        self._transitions.append(row)

    # -- writing -----------------------------------------------------------------------

    def flush(self) -> None:
        conn = self.conn
        if self._dirty_articles:
            ids = list(self._dirty_articles)
            conn.execute(t.articles.delete().where(t.articles.c.article_id.in_(ids)))
            conn.execute(t.articles.insert(), [asdict(self._articles[i]) for i in ids])
        if self._replaced:
            ids = list(self._replaced)
            conn.execute(t.claims.delete().where(t.claims.c.article_id.in_(ids)))
            rows = [asdict(c) for i in ids for c in self._article_claims[i]]
            if rows:
                conn.execute(t.claims.insert(), rows)
        updates = [self._claims[c] for c in self._dirty_claims if self._claims.get(c) is not None
                   and self._claims[c].article_id not in self._replaced]
        for claim in updates:
            conn.execute(t.claims.update().where(t.claims.c.claim_id == claim.claim_id)
                         .values(verdict=claim.verdict, verdict_note=claim.verdict_note))
        if self._dirty_places:
            keys = list(self._dirty_places)
            conn.execute(t.status.delete().where(t.status.c.place_key.in_(keys)))
            rows = [status_values(self._status[k], self._evidence[k]) for k in keys if self._status.get(k)]
            if rows:
                conn.execute(t.status.insert(), rows)
        if self._transitions:
            conn.execute(t.history.insert(), [transition_values(r) for r in self._transitions])


def status_values(row: StatusRow, evidence: PlaceEvidence) -> dict:
    values = asdict(row)
    values["deciding"] = list(row.deciding)
    values["evidence_state"] = evidence.to_data()
    return values


def transition_values(row: TransitionRow) -> dict:
    values = asdict(row)
    values["causes"] = list(row.causes)
    return values
