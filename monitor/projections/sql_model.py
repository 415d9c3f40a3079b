"""The fold's model kept in the projection's tables, written once per batch.

Before a batch is applied, :meth:`SqlModel.prefetch` loads in a few queries every row
the batch will touch (its articles, the places' statuses and the tails of their claim
lists), so the fold runs without per-event queries. Everything the batch changes is
written by :meth:`SqlModel.flush` inside the caller's transaction, together with the
checkpoint: a crash leaves the old rows and the old checkpoint, never a half-applied batch.

Recounts (a revision, a verdict) read a place's claims back from the log by position.

A long-lived process (the daemon) catches up batch after batch, mostly on the same front
places. :meth:`SqlModel.warm` hands what a committed batch left of its places (status
marks, evidence, the tails of their claim lists, the source numbers) to the next batch,
which then loads only the places it has not seen. The runner passes it on only when
the checkpoint is still the one that batch wrote, so the tables cannot have changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.domain.events import ArticleRevised, ArticleSeen, ClaimsExtracted, ClaimVerdict
from monitor.log import EventStore, Recorded
from monitor.projections import tables as t
from monitor.projections.front import status_row
from monitor.projections.fusion import PlaceEvidence
from monitor.projections.log_claims import claim_refs, of_places, place_key_of, with_ids
from monitor.projections.rows import ArticleRow, ClaimRef, PlaceMark, StatusRow, TransitionRow, with_claims_at
from monitor.projections.world_history import VerdictStep

IN_CHUNK = 500
CHUNK = 64  # log positions per row of front_place_claims: a catch-up rewrites a place's last row
WARM_PLACES = 4096  # places kept warm between batches (beyond those of the last batch)


MARK_COLUMNS = tuple(t.status.c[name] for name in (*PlaceMark._fields, "evidence_state"))


def mark_from_row(row) -> PlaceMark:
    mapping = row._mapping
    return PlaceMark(*(mapping[name] for name in PlaceMark._fields))


def status_from_row(row) -> StatusRow:
    mapping = row._mapping
    values = [mapping[name] for name in StatusRow._fields]
    values[StatusRow._fields.index("deciding")] = tuple(mapping["deciding"])
    values[StatusRow._fields.index("deciding_at")] = tuple(mapping["deciding_at"])
    return StatusRow(*values)


def chunk_rows(place_key: str, first_chunk: int, positions: list[int]) -> list[tuple]:
    """A place's positions as rows of at most CHUNK, numbered from ``first_chunk``."""
    return [(place_key, first_chunk + i // CHUNK, positions[i:i + CHUNK]) for i in range(0, len(positions), CHUNK)]


@dataclass
class WarmPlaces:
    """The state of places as a committed batch left it, valid at one checkpoint."""

    checkpoint: tuple[int, str]  # (position, version)
    marks: dict[str, PlaceMark | None]
    evidence: dict[str, PlaceEvidence | None]
    tails: dict[str, tuple[int, list[int]]]
    sources: dict[str, int] | None


class SqlModel:
    def __init__(self, conn: Connection, store: EventStore, affiliations: Mapping[str, str],
                 warm: WarmPlaces | None = None) -> None:
        self.conn = conn
        self.store = store
        self.affiliations = dict(affiliations)
        self._articles: dict[str, ArticleRow | None] = {}
        self._article_claims: dict[str, list[ClaimRef]] = {}
        self._tails: dict[str, tuple[int, list[int]]] = {}  # place -> (last chunk number, its positions)
        self._verdicts: dict[str, ClaimRef] = {}
        self._dropped: set[str] = set()  # claims replaced by a newer extraction
        self._evidence: dict[str, PlaceEvidence | None] = {}
        self._marks: dict[str, PlaceMark | None] = {}
        self._dirty_articles: set[str] = set()
        self._dirty_tails: set[str] = set()
        self._dirty_places: set[str] = set()
        self._transitions: list[TransitionRow] = []  # the feed's new rows
        self._history_added: list[TransitionRow] = []
        self._history_replaced: dict[str, tuple[TransitionRow, ...]] = {}
        self._sources: dict[str, int] | None = None
        self._new_sources: list[tuple[int, str]] = []
        if warm is not None:  # handed over, not copied: the batch that made it has ended
            self._marks, self._evidence, self._tails = warm.marks, warm.evidence, warm.tails
            self._sources = warm.sources

    def prefetch(self, batch: Sequence[Recorded]) -> None:
        articles, places = set(), set()
        for recorded in batch:
            event = recorded.event
            if isinstance(event, (ArticleSeen, ArticleRevised, ClaimsExtracted)):
                articles.add(event.article_id)
            if isinstance(event, ClaimsExtracted):
                places.update(place_key_of(c) for c in event.claims)
        self._load_articles(articles - self._articles.keys())
        places -= self._marks.keys()
        for row in self._select(t.status, t.status.c.place_key, places, *MARK_COLUMNS):
            self._marks[row.place_key] = mark_from_row(row)
            self._evidence[row.place_key] = PlaceEvidence.from_bytes(row.evidence_state)
        for place_key in places:
            self._marks.setdefault(place_key, None)
            self._evidence.setdefault(place_key, None)
        self._load_tails(places - self._tails.keys())

    def _select(self, table: sa.Table, column, keys: Iterable[str], *columns) -> Iterator:
        keys = list(keys)
        for i in range(0, len(keys), IN_CHUNK):
            yield from self.conn.execute(sa.select(*(columns or (table,))).where(column.in_(keys[i:i + IN_CHUNK])))

    def _load_articles(self, ids: set[str]) -> None:
        for row in self._select(t.articles, t.articles.c.article_id, ids):
            self._articles[row.article_id] = ArticleRow(*row)
        for article_id in ids:
            self._articles.setdefault(article_id, None)

    def _load_tails(self, places: set[str]) -> None:
        pc = t.place_claims
        keys = list(places)
        for i in range(0, len(keys), IN_CHUNK):
            inner = pc.alias("inner")
            newest = (sa.select(sa.func.max(inner.c.chunk)).where(inner.c.place_key == pc.c.place_key)
                      .scalar_subquery())
            query = sa.select(pc).where(pc.c.place_key.in_(keys[i:i + IN_CHUNK]), pc.c.chunk == newest)
            for row in self.conn.execute(query):
                self._tails[row.place_key] = (row.chunk, list(row.positions))
        for place_key in places:
            self._tails.setdefault(place_key, (0, []))

    # -- articles ----------------------------------------------------------------------

    def article(self, article_id: str) -> ArticleRow | None:
        if article_id not in self._articles:
            self._load_articles({article_id})
        return self._articles[article_id]

    def put_article(self, row: ArticleRow) -> None:
        self._articles[row.article_id] = row
        self._dirty_articles.add(row.article_id)

    # -- claims ------------------------------------------------------------------------

    def claims_of_article(self, article_id: str) -> list[ClaimRef]:
        if article_id not in self._article_claims:
            article = self.article(article_id)
            if article is None or article.claims_position is None:
                return []
            self._article_claims[article_id] = self._refs([article.claims_position], lambda key, claim: True)
        return list(self._article_claims[article_id])

    def replace_article_claims(self, article_id: str, position: int, refs: list[ClaimRef]) -> None:
        for ref in self.claims_of_article(article_id):
            self._dropped.add(ref.claim_id)
            self._verdicts.pop(ref.claim_id, None)
        self._article_claims[article_id] = list(refs)
        self._verdicts.update((r.claim_id, r) for r in refs if r.verdict)
        self.put_article(with_claims_at(self.article(article_id), article_id, position))
        for place_key in dict.fromkeys(r.place_key for r in refs):
            if place_key not in self._tails:
                self._load_tails({place_key})
            chunk, positions = self._tails[place_key]
            if not positions or positions[-1] != position:
                positions.append(position)
                self._dirty_tails.add(place_key)

    def claims_of_place(self, place_key: str) -> list[ClaimRef]:
        pc = t.place_claims
        stored = {row.chunk: row.positions for row in self.conn.execute(
            sa.select(pc.c.chunk, pc.c.positions).where(pc.c.place_key == place_key))}
        if place_key in self._tails:
            chunk, positions = self._tails[place_key]
            stored[chunk] = positions
        return self._refs([p for chunk in sorted(stored) for p in stored[chunk]], of_places({place_key}))

    def claim(self, claim_id: str) -> ClaimRef | None:
        if claim_id in self._verdicts:
            return self._verdicts[claim_id]
        for refs in self._article_claims.values():
            for ref in refs:
                if ref.claim_id == claim_id:
                    return ref
        known = self.conn.execute(sa.select(t.verdicts.c.position).where(t.verdicts.c.claim_id == claim_id)).first()
        positions = [known.position] if known else self.store.positions_mentioning(
            ClaimsExtracted.TYPE, "claim_id", claim_id, conn=self.conn)
        found = self._refs(positions, with_ids({claim_id}))
        return found[0] if found else None

    def put_claim(self, ref: ClaimRef) -> None:
        self._verdicts[ref.claim_id] = ref
        refs = self._article_claims.get(ref.article_id)
        if refs is not None:
            self._article_claims[ref.article_id] = [ref if r.claim_id == ref.claim_id else r for r in refs]

    def _refs(self, positions: list[int], wanted) -> list[ClaimRef]:
        """Current claims at some log positions, with verdicts given so far applied."""
        events = self.store.read_at(positions, conn=self.conn)
        self._load_articles({r.event.article_id for r in events.values()
                             if isinstance(r.event, ClaimsExtracted)} - self._articles.keys())
        found = claim_refs(events, self._articles, {}, self.affiliations, self.source_id, wanted)
        ids = [r.claim_id for r in found if r.claim_id not in self._verdicts]
        stored = {row.claim_id: (row.verdict, row.note)
                  for row in self._select(t.verdicts, t.verdicts.c.claim_id, ids,
                                          t.verdicts.c.claim_id, t.verdicts.c.verdict, t.verdicts.c.note)}
        given = {i: v for i, v in stored.items() if i not in self._dropped}
        given.update((i, (r.verdict, r.verdict_note)) for i, r in self._verdicts.items())
        return claim_refs(events, self._articles, given, self.affiliations, self.source_id, wanted) if given else found

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
                self._evidence[place_key] = PlaceEvidence.from_bytes(row.evidence_state) if row else None
        return self._marks[place_key]

    def put_mark(self, mark: PlaceMark) -> None:
        self._marks[mark.place_key] = mark
        self._dirty_places.add(mark.place_key)

    def drop_mark(self, place_key: str) -> None:
        self._marks[place_key] = None
        self._dirty_places.add(place_key)

    def add_transition(self, row: TransitionRow) -> None:
        self._transitions.append(row)

    def feed(self) -> list[TransitionRow]:
        return self._transitions

    def add_history(self, rows: list[TransitionRow]) -> None:
        self._history_added.extend(rows)

    def replace_history(self, place_key: str, rows: tuple[TransitionRow, ...]) -> None:
        self._history_replaced[place_key] = rows

    def note_verdict(self, place_key: str, step: VerdictStep) -> None:
        """Nothing to keep: :meth:`verdict_steps` reads verdicts back from the log."""

    def verdict_steps(self, place_key: str, refs: list[ClaimRef]) -> list[VerdictStep]:
        """Every verdict given on the claims that have one, read from the log (verdicts are rare)."""
        judged = {r.claim_id for r in refs if r.verdict}
        steps = []
        for claim_id in judged:
            positions = self.store.positions_mentioning(ClaimVerdict.TYPE, "claim_id", claim_id, conn=self.conn)
            for position, recorded in self.store.read_at(positions, conn=self.conn).items():
                event = recorded.event
                if isinstance(event, ClaimVerdict) and event.claim_id == claim_id:
                    steps.append(VerdictStep(claim_id, event.verdict, event.decided_at, position))
        return steps

    def source_id(self, key: str) -> int:
        if self._sources is None:
            self._sources = {row.key: row.id for row in self.conn.execute(sa.select(t.sources))}
        found = self._sources.get(key)
        if found is None:
            found = self._sources[key] = len(self._sources) + 1
            self._new_sources.append((found, key))
        return found

    # -- writing -----------------------------------------------------------------------

    def flush(self) -> None:
        conn = self.conn
        if self._dirty_articles:
            ids = list(self._dirty_articles)
            for i in range(0, len(ids), IN_CHUNK):
                conn.execute(t.articles.delete().where(t.articles.c.article_id.in_(ids[i:i + IN_CHUNK])))
            t.bulk_insert(conn, t.articles, [self._articles[i] for i in ids])
        if self._dirty_tails:
            pc = t.place_claims
            tails = [(key, *self._tails[key]) for key in self._dirty_tails]
            conn.execute(pc.delete().where(pc.c.place_key == sa.bindparam("key"), pc.c.chunk >= sa.bindparam("first")),
                         [{"key": key, "first": chunk} for key, chunk, _ in tails])
            t.bulk_insert(conn, pc, [row for key, chunk, positions in tails for row in chunk_rows(key, chunk, positions)])
        changed = self._dropped | self._verdicts.keys()
        if changed:
            ids = list(changed)
            for i in range(0, len(ids), IN_CHUNK):
                conn.execute(t.verdicts.delete().where(t.verdicts.c.claim_id.in_(ids[i:i + IN_CHUNK])))
            t.bulk_insert(conn, t.verdicts, [verdict_row(r) for r in self._verdicts.values()])
        if self._dirty_places:
            keys = list(self._dirty_places)
            for i in range(0, len(keys), IN_CHUNK):
                conn.execute(t.status.delete().where(t.status.c.place_key.in_(keys[i:i + IN_CHUNK])))
            t.bulk_insert(conn, t.status, [status_values(status_row(self._marks[k], self._evidence[k]),
                                                         self._evidence[k], self._marks[k].world_newest)
                                           for k in keys if self._marks.get(k)])
        t.bulk_insert(conn, t.feed, self._transitions)
        if self._history_replaced:
            keys = list(self._history_replaced)
            for i in range(0, len(keys), IN_CHUNK):
                conn.execute(t.history.delete().where(t.history.c.place_key.in_(keys[i:i + IN_CHUNK])))
            t.bulk_insert(conn, t.history, [row for rows in self._history_replaced.values() for row in rows])
        t.bulk_insert(conn, t.history, self._history_added)
        t.bulk_insert(conn, t.sources, self._new_sources)


    def warm(self, checkpoint: tuple[int, str]) -> WarmPlaces:
        """What the next batch may start from, once this one is committed at ``checkpoint``.

        Bounded: beyond WARM_PLACES, only the places this batch touched are kept.
        """
        touched = self._dirty_places | self._dirty_tails
        keep = (lambda key: True) if len(self._marks) <= WARM_PLACES else touched.__contains__
        tails = {}
        for key, (chunk, positions) in self._tails.items():
            if keep(key):
                full = max(len(positions) - 1, 0) // CHUNK  # flushed as rows of CHUNK: keep the last row
                tails[key] = (chunk + full, positions[full * CHUNK:])
        return WarmPlaces(checkpoint, {k: v for k, v in self._marks.items() if keep(k)},
                          {k: v for k, v in self._evidence.items() if keep(k)}, tails, self._sources)


def verdict_row(ref: ClaimRef) -> tuple:
    return (ref.claim_id, ref.position, ref.verdict, ref.verdict_note or "")


def status_values(row: StatusRow, evidence: PlaceEvidence, world_newest: str | None) -> tuple:
    """A status row in the table's column order, with the evidence the fold resumes from and
    the newest step of its world-time history."""
    return (*row, evidence.to_bytes(), world_newest)
