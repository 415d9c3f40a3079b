"""Where CPU-bound parsing runs: a thread (the default), or a pool of processes.

feedparser costs ~10 ms per 50-item feed and holds the GIL, so a poller that parses in
threads uses one core. With ``workers > 0`` parsing goes to a process pool and the event
loop keeps fetching and appending meanwhile. The pool uses ``forkserver``: forking a
process that already runs threads (the event loop's, the database writer's) can
deadlock a child.

Calls queue here, not in the pool: at most two tasks per worker are in the pool at a
time (one running, one waiting, so a worker never idles), and when calls have piled up
(a first poll fetches far faster than it parses) one task carries up to ``BATCH`` of
them. Each task costs the poller's process a round of pickling, pipe wake-ups and
thread hand-offs, about 1 ms of its CPU under load; batching divides that by the batch
size, and a lone call still goes at once. A call that raises fails alone; a worker that
dies fails the calls of the tasks then in the pool, and the calls still queued go to a
fresh pool.

Workers die with the process that started them, even when it is killed outright (kill -9
gives it no chance to stop them): a worker's parent is the forkserver, which exits when
the poller's process is gone, and each worker asks the kernel for SIGKILL when its parent
dies (``PR_SET_PDEATHSIG``) and watches the poller's process itself (a pidfd; polling on
kernels without one), leaving at once when it ends.
"""

from __future__ import annotations

import asyncio
import ctypes
import functools
import multiprocessing
import os
import pickle
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")
PRELOAD = ["monitor.sources.feed_parsing", "monitor.sources.page_parsing", "monitor.sources.local_sources",
           "monitor.sources.kinds.telegram.markup", "monitor.sources.kinds.telegram.posts",
           "monitor.sources.parser_preload"]  # the language model, shared by every worker
BATCH = 8  # calls per pool task at most
TASKS_PER_WORKER = 2  # pool tasks in flight per worker process

_Call = Callable[[], Any]


class ParserCrashed(Exception):
    """A parser worker process died (killed, out of memory); the pool has been replaced."""


class ParseRunner:
    def __init__(self, workers: int = 0) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._queue: deque[tuple[_Call, asyncio.Future]] = deque()
        self._in_pool = 0  # pool tasks submitted and not yet done
        self._starting: asyncio.Lock | None = None

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                             initializer=die_with, initargs=(os.getpid(),))
        return self._pool

    async def run(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``function(*args, **kwargs)`` off the event loop (it must be picklable for a pool)."""
        call = functools.partial(function, *args, **kwargs)
        if self.workers <= 0:
            return await asyncio.to_thread(call)
        if self._pool is None:
            await self._start()
        done = asyncio.get_running_loop().create_future()
        self._queue.append((call, done))
        self._submit()
        return await done

    async def _start(self) -> None:
        """Start the pool off the event loop: its first process starts the forkserver, which
        preloads the parsers and the language model (a second or more, several under load)
        before it answers; on the loop's thread that would stall every fetch meanwhile."""
        if self._starting is None:
            self._starting = asyncio.Lock()
        async with self._starting:
            if self._pool is None:
                await asyncio.to_thread(self._start_pool)

    def _start_pool(self) -> None:
        self._ensure_pool().submit(int).result()  # a worker is up: the forkserver has preloaded

    def _submit(self) -> None:
        """Hand queued calls to the pool while it has room (on the event loop's thread)."""
        while self._queue and self._in_pool < self.workers * TASKS_PER_WORKER:
            batch = [self._queue.popleft() for _ in range(min(BATCH, len(self._queue)))]
            batch = [(call, done) for call, done in batch if not done.cancelled()]
            if not batch:
                continue
            pool = self._ensure_pool()
            try:
                task = pool.submit(_run_calls, [call for call, _ in batch])
            except BrokenProcessPool:  # it broke since it was last used
                self._replace(pool)
                _fail(batch, ParserCrashed("a parser process died (the pool was replaced)"))
                continue
            except Exception as error:  # noqa: BLE001 - fail these calls, not the loop
                _fail(batch, error)
                continue
            self._in_pool += 1
            task.add_done_callback(functools.partial(_call_back, asyncio.get_running_loop(),
                                                     functools.partial(self._finished, pool, batch)))

    def _finished(self, pool: ProcessPoolExecutor, batch: list[tuple[_Call, asyncio.Future]],
                  task: Future) -> None:
        self._in_pool -= 1
        try:
            outcomes = task.result()
        except BrokenProcessPool:
            # Every task of this pool gets the same error; the first replaces it.
            self._replace(pool)
            _fail(batch, ParserCrashed("a parser process died (the pool was replaced)"))
        except CancelledError:  # the pool was closed
            for _, done in batch:
                done.cancel()
        except Exception as error:  # noqa: BLE001 - the batch could not be sent or sent back
            _fail(batch, error)
        else:
            for (_, done), (ok, value) in zip(batch, outcomes):
                if done.cancelled():
                    continue
                if ok:
                    done.set_result(value)
                else:
                    done.set_exception(value)
        self._submit()

    def _replace(self, pool: ProcessPoolExecutor) -> None:
        if self._pool is pool:
            self._pool = None
            pool.shutdown(wait=False)

    def close(self) -> None:
        """Stop the pool (from any thread); calls still queued are cancelled."""
        while self._queue:
            _, done = self._queue.popleft()
            done.get_loop().call_soon_threadsafe(done.cancel)
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _run_calls(calls: list[_Call]) -> list[tuple[bool, Any]]:
    """In a worker: each call's result, or the exception it raised, in order."""
    outcomes: list[tuple[bool, Any]] = []
    for call in calls:
        try:
            outcomes.append((True, call()))
        except Exception as error:  # noqa: BLE001 - raised again in the caller's poll, alone
            outcomes.append((False, _sendable(error)))
    return outcomes


def _sendable(error: Exception) -> Exception:
    """The exception itself if it pickles, else one that says the same in words."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 - any failure to pickle or rebuild it
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def _call_back(loop: asyncio.AbstractEventLoop, callback: Callable[[Future], None], task: Future) -> None:
    """A pool task is done (in the pool's thread): pass it to the event loop's thread."""
    try:
        loop.call_soon_threadsafe(callback, task)
    except RuntimeError:  # the loop is closed: nobody is waiting any more
        pass


def _fail(batch: list[tuple[_Call, asyncio.Future]], error: BaseException) -> None:
    for _, done in batch:
        if not done.cancelled():
            done.set_exception(error)


PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
WATCH_EVERY = 0.5  # seconds between looks at the owner, where no pidfd can wait for it


def die_with(owner: int) -> None:
    """In a new worker: end when ``owner`` (the poller's process) or the worker's parent ends."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the watch below still holds
        pass
    threading.Thread(target=_watch, args=(owner, os.getppid()), name="owner-watch", daemon=True).start()


def _watch(owner: int, parent: int) -> None:
    try:
        handle = os.pidfd_open(owner)
    except ProcessLookupError:
        os._exit(1)  # gone before the watch began
    except (OSError, AttributeError):
        handle = None
    while True:
        if handle is not None:
            ready, _, _ = select.select([handle], [], [], WATCH_EVERY)
            if ready:
                os._exit(1)
        elif not _alive(owner):
            os._exit(1)
        else:
            time.sleep(WATCH_EVERY)
        if os.getppid() != parent:  # the forkserver went (the signal above covers it too)
            os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
