"""The changes of each place's status as a feed for consumers downstream (the alert dispatcher).

The feed (``front_feed``) holds each change of a place's current status once, in the
order the monitor learned it (log order: the position of the event that moved it), with
``at`` the world time its new status began. It is not the history: the history is in
world time and is rewritten when an older article arrives, which would tell a consumer
about the same change twice, or about past changes as if they were news.

A consumer reads the changes after its own checkpoint and moves that checkpoint when it
is done with them. Checkpoints live beside the projection's own, in
``projection_checkpoints`` under the consumer's name; positions are log positions, so a
rebuild of the projection leaves them meaningful.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from monitor.log import EventStore, Tracking
from monitor.projections import tables as t
from monitor.projections.rows import ArticleRow, TransitionRow


def transitions_after(store: EventStore, position: int, limit: int = 500) -> list[TransitionRow]:
    """Changes caused by events after ``position``, oldest first (ties by place key).

    Whole positions only: a limit never splits the changes of one event.
    """
    h = t.feed
    query = sa.select(h).where(h.c.position > position).order_by(h.c.position, h.c.place_key).limit(limit)
    with Tracking(store).reading() as conn:
        rows = [TransitionRow(**{**r._mapping, "causes": tuple(r.causes or ())}) for r in conn.execute(query)]
        if len(rows) == limit:
            last = rows[-1].position
            rest = sa.select(h).where(h.c.position == last).order_by(h.c.place_key)
            rows = [r for r in rows if r.position != last] + [
                TransitionRow(**{**r._mapping, "causes": tuple(r.causes or ())}) for r in conn.execute(rest)]
    return rows


def consumer_checkpoints(store: EventStore, names: Iterable[str]) -> dict[str, int]:
    """The stored checkpoint of each named consumer that has one."""
    return Tracking(store).consumer_checkpoints(names)


def set_consumer_checkpoint(store: EventStore, name: str, position: int, *, only_if_missing: bool = False) -> None:
    """Store a consumer's checkpoint (with ``only_if_missing``: enrol it, never move it)."""
    Tracking(store).set_consumer_checkpoint(name, position, only_if_missing=only_if_missing)


def articles_of(store: EventStore, article_ids: Iterable[str]) -> dict[str, ArticleRow]:
    """The projection's rows of some articles (outlet, link, title), for what a consumer shows."""
    ids = list(dict.fromkeys(article_ids))
    found: dict[str, ArticleRow] = {}
    with Tracking(store).reading() as conn:
        for start in range(0, len(ids), 500):
            query = sa.select(t.articles).where(t.articles.c.article_id.in_(ids[start:start + 500]))
            found.update((r.article_id, ArticleRow(*r)) for r in conn.execute(query))
    return found
