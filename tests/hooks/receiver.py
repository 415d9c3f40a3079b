"""A real webhook receiver on 127.0.0.1 for the alert tests: records every POST, answers as told.

``answer`` decides each response from the request's number (0 for the first): a status,
or ``STALL`` to hold the request until :meth:`AlertReceiver.release` or close (so a test
can kill the sender mid-delivery). Tests await what arrived with :meth:`wait_for`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

STALL = -1


@dataclass(frozen=True)
class Delivery:
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def key(self) -> str:
        return self.headers.get("idempotency-key", "")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, format, *args):  # noqa: A002 - keep test output quiet
        pass

    def do_POST(self):  # noqa: N802 - the http.server API
        owner = self.server.owner
        length = int(self.headers.get("Content-Length", "0"))
        data = self.rfile.read(length)
        if len(data) < length:  # the sender died mid-request: nothing was delivered
            self.close_connection = True
            return
        delivery = Delivery(self.path, {k.lower(): v for k, v in self.headers.items()}, data)
        with owner.changed:
            number = len(owner.received)
            owner.received.append(delivery)
            owner.changed.notify_all()
        status = owner.answer(number)
        if status == STALL:
            with owner.changed:
                owner.stalled += 1
                owner.changed.notify_all()
            owner.released.wait()
            self.close_connection = True
            return
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()
        with owner.changed:
            owner.answered.append((number, status))
            owner.changed.notify_all()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, owner: "AlertReceiver", port: int) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.owner = owner


class AlertReceiver:
    def __init__(self, answer: Callable[[int], int] = lambda number: 200, port: int = 0) -> None:
        self.answer = answer
        self.received: list[Delivery] = []
        self.answered: list[tuple[int, int]] = []
        self.stalled = 0
        self.changed = threading.Condition()
        self.released = threading.Event()
        self._server = _Server(self, port)
        threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True).start()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def wait_for(self, test: Callable[["AlertReceiver"], bool], timeout: float = 60, what: str = "") -> None:
        with self.changed:
            if not self.changed.wait_for(lambda: test(self), timeout):
                places = [d.json["place"]["name"] for d in self.received]
                raise AssertionError(f"receiver: no {what or 'expected deliveries'} in {timeout}s; got {places}")

    def ids(self, path: str | None = None) -> list[str]:
        return [d.key for d in self.received if path is None or d.path == path]

    def release(self) -> None:
        self.released.set()

    def close(self) -> None:
        self.released.set()
        self._server.shutdown()
        self._server.server_close()
