"""A real HTTP server on 127.0.0.1 for the poller tests: scripted routes, no mocks.

Each path answers as its :class:`Route` says: a status, headers and body; validators
honoured for conditional GETs; a body cut short; a response that never comes (until the
test ends); a body trickled out. Requests are recorded with their headers.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None  # answer 304 to a matching If-None-Match
    last_modified: str | None = None  # answer 304 to a matching If-Modified-Since
    hang: bool = False  # send nothing until the test ends (slower than any timeout)
    hang_after_headers: bool = False  # send the headers and part of the body, then nothing
    cut_at: int | None = None  # claim the full length, send this many bytes, close
    trickle: float | None = None  # seconds between single bytes
    no_length: bool = False  # no Content-Length: the body ends when the connection closes
    hold_until: int | None = None  # wait until this many requests are in flight (or 0.3 s pass)


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]
    peer: tuple[str, int] = ("", 0)  # the client's address and port: one per connection


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else headers and body wait 40 ms for a delayed ACK
    server: "_Server"

    def log_message(self, format, *args):  # noqa: A002 - keep test output quiet
        pass

    def do_GET(self):  # noqa: N802 - the http.server API
        owner = self.server.owner
        owner.requests.append(Request(self.path, {k.lower(): v for k, v in self.headers.items()},
                                      self.client_address[:2]))
        with owner.in_flight:
            owner.active += 1
            owner.most_active = max(owner.most_active, owner.active)
            owner.in_flight.notify_all()
        try:
            self._answer(owner)
        finally:
            with owner.in_flight:
                owner.active -= 1

    def _answer(self, owner: "FeedServer") -> None:
        route = owner.routes.get(self.path)
        if route is None:
            route = Route(404, b"not here", {"Content-Type": "text/plain"})
        if route.hold_until:
            with owner.in_flight:
                owner.in_flight.wait_for(lambda: owner.active >= route.hold_until, timeout=0.3)
        if route.hang:
            owner.release.wait()
            self.close_connection = True
            return
        if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified):
            self.send_response(304)
            if route.etag:
                self.send_header("ETag", route.etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(route.status)
        headers = {} if route.no_length else {"Content-Length": str(len(route.body))}
        headers.update(route.headers)
        if route.no_length:
            self.close_connection = True
        if route.etag:
            headers["ETag"] = route.etag
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self._send_body(route, owner.release)

    def _send_body(self, route: Route, release: threading.Event) -> None:
        body = route.body
        try:
            if route.hang_after_headers:
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                release.wait()
                self.close_connection = True
            elif route.cut_at is not None:
                self.wfile.write(body[: route.cut_at])
                self.wfile.flush()
                self.close_connection = True
            elif route.trickle is not None:
                for index in range(len(body)):
                    if release.wait(route.trickle):
                        break
                    self.wfile.write(body[index:index + 1])
                    self.wfile.flush()
                self.close_connection = True
            else:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, owner: "FeedServer") -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.owner = owner


class FeedServer:
    """Routes by path; ``url(path)`` is its address. ``close()`` lets hung handlers go."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.release = threading.Event()
        self.in_flight = threading.Condition()
        self.active = 0
        self.most_active = 0  # the most requests ever handled at once
        self._server = _Server(self)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), name="feed-server",
                                        daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    def requests_to(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    def close(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()


def closed_port() -> int:
    """A loopback port nothing listens on (a dead host)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
