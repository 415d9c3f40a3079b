"""The settlements' rows are read back from the user's cache (an uncompressed blob and each
row's offset) as the package's file gives them; a damaged cache file is never trusted."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from monitor.gazetteer import stored_rows as rows_cache

NAME = "settlements.tsv.gz"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(tmp_path))
    return tmp_path


def _same_rows(rows, parsed) -> None:
    assert len(rows) == len(parsed) and list(rows) == list(parsed)
    assert list(rows.values()) == list(parsed.values())
    assert all(rows[place_id] == row for place_id, row in parsed.items())
    assert "UA-not-a-place" not in rows and next(iter(parsed)) in rows


def test_stored_rows_are_the_packaged_rows(cache: Path) -> None:
    parsed = rows_cache.rows_by_id(NAME)
    built = rows_cache.stored_rows(NAME)  # built and kept
    assert isinstance(built, rows_cache.StoredRows) and len(list(cache.glob("settlement-rows-*.bin"))) == 1
    _same_rows(built, parsed)
    _same_rows(rows_cache.stored_rows(NAME), parsed)  # read back


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", b"\xa9\x02" + b"x" * 40,
                                    marshal.dumps((b"short", {"UA1": 99})), marshal.dumps((b"rows", {"UA1": 1.5})),
                                    marshal.dumps(["a", "list"]), marshal.dumps((b"rows", {"UA1": 4}))])
def test_a_damaged_rows_file_is_not_trusted(cache: Path, damage: bytes) -> None:
    rows_cache.stored_rows(NAME)
    stored = next(cache.glob("settlement-rows-*.bin"))
    stored.write_bytes(damage)
    _same_rows(rows_cache.stored_rows(NAME), rows_cache.rows_by_id(NAME))
    # and stored again: the next start-up reads it back instead of parsing the package's file
    assert stored.read_bytes() != damage
    assert isinstance(rows_cache.stored_rows(NAME), rows_cache.StoredRows)
