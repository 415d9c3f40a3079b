"""A place's claim positions as stored in chunks: the newest N read back whatever the chunking."""

from __future__ import annotations

import pytest

from monitor.projections import tables as t
from monitor.projections.queries import live_view
from monitor.projections.sql_model import CHUNK, chunk_rows


@pytest.mark.parametrize("count", [1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5])
def test_the_newest_positions_come_back_however_the_chunks_fall(store, count):
    positions = list(range(10, 10 + 7 * count, 7))
    with store.engine.begin() as conn:
        t.bulk_insert(conn, t.place_claims, chunk_rows("p1", 0, positions))
    view = live_view(store)
    assert view.place_positions(["p1"]) == {"p1": positions}
    for newest in sorted({1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK + 3, count}):
        assert view.place_positions(["p1"], newest) == {"p1": positions[-newest:]}
