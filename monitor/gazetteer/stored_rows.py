"""The settlements' rows by id, kept uncompressed in the user's cache with each row's offset and
split when first asked for: a start-up reads a blob and a dict of offsets instead of decompressing
and splitting every row of the packaged file (`monitor.gazetteer.loader` builds places from them)."""

from __future__ import annotations

import gzip
import marshal
from typing import Iterator

from monitor.gazetteer.data_files import data_bytes


def lines_of(name: str) -> list[str]:
    """The lines after the header of the packaged ``data/<name>`` (gzipped TSV)."""
    blob = data_bytes("monitor.gazetteer", name)
    return gzip.decompress(blob).decode("utf-8").split("\n")[1:]


def rows_by_id(name: str) -> dict[str, tuple[str, ...]]:
    """Each row as a tuple, by its first field: made in one pass (no list of lists first)."""
    rows = {}
    for line in lines_of(name):
        if line:
            row = tuple(line.split("\t"))
            rows[row[0]] = row
    return rows


class StoredRows:
    """The settlements' rows by id, each split when first asked for: the uncompressed file
    and where each id's line starts, as the user's cache keeps them (`monitor.gazetteer.cache`).
    A start-up reads a 2.8 MB blob and a dict of offsets instead of decompressing and
    splitting 29,733 rows (0.05-0.08 s) to use a few of them. The same ids in the same
    order, the same tuples, as `rows_by_id` makes."""

    def __init__(self, blob: bytes, starts: dict[str, int]) -> None:
        self._blob = blob
        self._starts = starts

    def __getitem__(self, place_id: str) -> tuple[str, ...]:
        start = self._starts[place_id]
        end = self._blob.find(b"\n", start)
        return tuple(self._blob[start:end if end >= 0 else len(self._blob)].decode("utf-8").split("\t"))

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._starts

    def __iter__(self) -> Iterator[str]:
        return iter(self._starts)

    def __len__(self) -> int:
        return len(self._starts)

    def values(self) -> Iterator[tuple[str, ...]]:
        return (self[place_id] for place_id in self._starts)


_ROWS_FORMAT = "settlement-rows-1"


def stored_rows(name: str) -> StoredRows | dict[str, tuple[str, ...]]:
    """The rows of ``name`` from the user's cache (stored there by the first run, and stored
    again over a damaged file, which would otherwise cost the parse at every start-up); parsed
    from the package when the file cannot be made."""
    from monitor.gazetteer.cache import data_digest, read_cached, store_bytes

    digest = data_digest(_ROWS_FORMAT, name)
    blob = read_cached("settlement-rows", digest)
    rows = _kept_rows(blob) if blob is not None else None
    if rows is None:  # none yet, or damaged: made from the package and kept
        try:
            kept = _row_starts(name)
        except ValueError:  # (a repeated id, or a file that is not UTF-8)
            return rows_by_id(name)
        store_bytes("settlement-rows", digest, marshal.dumps(kept))
        rows = StoredRows(*kept)
    return rows


def _kept_rows(blob: bytes) -> StoredRows | None:
    """The rows a cache file holds, None when it is not whole: every offset must start a row
    inside the blob (an offset at its very end would be an empty row)."""
    try:
        body, starts = marshal.loads(blob)
        offsets = starts.values() if isinstance(starts, dict) else ()
        if isinstance(body, bytes) and offsets and set(map(type, offsets)) == {int} \
                and 0 <= min(offsets) and max(offsets) < len(body):  # (whole-dict checks in C: ~1 ms)
            return StoredRows(body, starts)
    except Exception:  # noqa: BLE001 - a damaged cache file: made again from the package
        pass
    return None


def _row_starts(name: str) -> tuple[bytes, dict[str, int]]:
    """The file's rows (after the header) as one blob, and the offset of each id's row."""
    blob = data_bytes("monitor.gazetteer", name)
    text = gzip.decompress(blob)
    text.decode("utf-8")  # (the rows are decoded one by one later: a file that is not UTF-8 fails here)
    body = text[text.index(b"\n") + 1:] if b"\n" in text else b""
    starts, position = {}, 0
    for line in body.split(b"\n"):
        if line:
            place_id = line.split(b"\t", 1)[0].decode("utf-8")
            if place_id in starts:  # (none in the packaged data: such a file is parsed at each start-up)
                raise ValueError(f"a repeated id: {place_id}")
            starts[place_id] = position
        position += len(line) + 1
    return body, starts
