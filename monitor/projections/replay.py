"""Replaying the log from position zero for a rebuild, split by place across processes.

A place's status depends on its own claims only, so the places can be folded in parts,
one process each. Every process reads the whole log up to the same position: articles
(whose outlet a claim counts as) are needed by all, and numbering the source of every
claim in log order keeps the numbers the same in every part. Each part returns the rows
of its places; this process keeps the articles and the source numbers, and the rows
written are exactly those of a fold in one process.

The parts run in forked processes when this is the process's only thread (nothing is
re-imported), and in fresh ones otherwise: forking a threaded process (the daemon) can
copy a lock that another thread holds.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from monitor.log import EventStore, Recorded, open_store
from monitor.projections.front import EVENT_TYPES, MemoryModel, fold_events
from monitor.projections.rows import TransitionRow
from monitor.projections.sql_model import chunk_rows, status_values, verdict_row

BATCH = 1000
PARALLEL_FROM = 100_000  # events: below this, starting processes costs more than it saves
MAX_PARTS = 4  # each part reads and decodes the whole log: more parts gain less


@dataclass
class PlaceRows:
    """The projection rows of one part's places, in the tables' column order."""

    place_claims: list[tuple]
    verdicts: list[tuple]
    statuses: list[tuple]
    transitions: list[TransitionRow]  # the feed: changes as learned, in log order
    history: list[TransitionRow]  # in world time


class ReplayFailed(RuntimeError):
    """A part of the replay failed in its process."""


def part_count(until: int) -> int:
    """How many parts a replay up to ``until`` is worth splitting into on this machine."""
    if until < PARALLEL_FROM:
        return 1
    return max(1, min(MAX_PARTS, len(os.sched_getaffinity(0))))


def replay(store: EventStore, affiliations: Mapping[str, str], until: int, parts: int,
           progress: Callable[[int], None] | None = None) -> tuple[MemoryModel, list[PlaceRows], list[int]]:
    """Fold the log up to ``until`` in ``parts`` parts.

    Returns this process's model (all articles and source numbers, the places of part 0),
    the rows of every part, and [the position of the last event folded, events folded].
    """
    context = multiprocessing.get_context("fork" if threading.active_count() == 1 else "spawn")
    url = store.engine.url.render_as_string(hide_password=False)
    workers = []
    for part in range(1, parts):
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(target=_fold_part, args=(url, dict(affiliations), until, part, parts, sender),
                                  name=f"monitor-replay-{part}", daemon=True)
        process.start()
        sender.close()
        workers.append((process, receiver))
    try:
        read = [0, 0]
        model = fold_events(_events(store, until, read, progress), affiliations, owns=_owner(0, parts))
        rows = [rows_of(model)]
        for process, receiver in workers:
            rows.append(_receive(process, receiver))
        return model, rows, read
    finally:
        for process, receiver in workers:
            receiver.close()
            if process.is_alive():
                process.terminate()
            process.join()


def rows_of(model: MemoryModel) -> PlaceRows:
    return PlaceRows(
        [row for key, positions in model.place_positions.items() for row in chunk_rows(key, 0, positions)],
        [verdict_row(r) for r in model.verdicts.values()],
        [status_values(s, model.evidences[k], model.marks[k].world_newest) for k, s in model.statuses.items()],
        model.transitions, model.history_rows())


def _events(store: EventStore, until: int, read: list[int],
            progress: Callable[[int], None] | None = None) -> Iterator[Recorded]:
    for batch in store.read_batches(types=EVENT_TYPES, batch_size=BATCH, until=until):
        yield from batch
        read[0], read[1] = batch[-1].position, read[1] + len(batch)
        if progress:
            progress(len(batch))


def _owner(part: int, parts: int) -> Mapping[str, bool] | None:
    """Whether a place belongs to ``part``: by a checksum of its key, the same in every process."""
    return None if parts == 1 else _Owner(part, parts)


class _Owner(dict):
    """place key -> whether this part folds it; worked out once per place (the fold asks per claim)."""

    def __init__(self, part: int, parts: int) -> None:
        super().__init__()
        self.part, self.parts = part, parts

    def __missing__(self, place_key: str) -> bool:
        owned = self[place_key] = zlib.crc32(place_key.encode()) % self.parts == self.part
        return owned


def _fold_part(url: str, affiliations: dict[str, str], until: int, part: int, parts: int, sender) -> None:
    """A part's process: fold its places and send their rows (or why it failed) back."""
    import gc

    gc.disable()  # as in the rebuild: the fold makes no reference cycles
    try:
        store = open_store(url, check_schema=False)
        model = fold_events(_events(store, until, [0, 0]), affiliations, owns=_owner(part, parts))
        message = ("rows", rows_of(model))
        store.engine.dispose()
    except BaseException as error:  # noqa: BLE001 - reported to the parent, which raises it
        message = ("error", f"{type(error).__name__}: {error}")
    sender.send(message)
    sender.close()


def _receive(process, receiver) -> PlaceRows:
    try:
        kind, payload = receiver.recv()
    except EOFError:
        process.join()
        raise ReplayFailed(f"rebuild: part process {process.name} ended without an answer "
                           f"(exit code {process.exitcode})") from None
    if kind == "error":
        raise ReplayFailed(f"rebuild: part process {process.name} failed: {payload}")
    return payload
