"""Real parts for the hardening tests (issue 16): web sites on two loopback addresses, the
`monitor` command as a subprocess, processes found by a marker in their environment, and
small filesystems (tmpfs) that fill up or are read-only.

Nothing is mocked: the monitor talks to real sockets, writes real files and is killed
with real signals; tests await conditions with deadlines (``tests.waiting``).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.cli.runner import monitor_env
from tests.conftest import REPO
from tests.waiting import process_gone, wait_until

UNSAFE_BYTES = ("\x1b", "\x9b", "\x9d", "\x07", "\x08", "\u202e")  # ESC, CSI, OSC, BEL, BS, RLO


# -- web sites ------------------------------------------------------------------------

@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/rss+xml"})
    hold: threading.Event | None = None  # answer only once this is set (a slow receiver)


Answer = Page | Callable[[str, bytes], Page]


@dataclass(frozen=True)
class Hit:
    method: str
    path: str
    body: bytes
    headers: dict[str, str]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, format, *args):  # noqa: A002 - quiet
        pass

    def _serve(self) -> None:
        site = self.server.site
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        hit = Hit(self.command, self.path, body, {k.lower(): v for k, v in self.headers.items()})
        with site.changed:
            site.hits.append(hit)
            site.changed.notify_all()
        answer = site.routes.get(self.path.split("?")[0]) or Page(b"not here", 404, {"Content-Type": "text/plain"})
        page = answer(self.path, body) if callable(answer) else answer
        if page.hold is not None:
            page.hold.wait(60)
        self.send_response(page.status)
        for name, value in {"Content-Length": str(len(page.body)), **page.headers}.items():
            self.send_header(name, value)
        self.end_headers()
        try:
            self.wfile.write(page.body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    do_GET = do_POST = _serve  # noqa: N815 - the http.server API


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, site: "Site", host: str) -> None:
        super().__init__((host, 0), _Handler)
        self.site = site


class Site:
    """A web site on one loopback address (127.0.0.1, 127.0.0.2, ...): routes by path."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.routes: dict[str, Answer] = {}
        self.hits: list[Hit] = []
        self.changed = threading.Condition()
        self._server = _Server(self, host)
        threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True).start()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def route(self, path: str, answer: Answer) -> str:
        self.routes[path] = answer
        return self.url(path)

    def hits_to(self, path: str) -> list[Hit]:
        with self.changed:
            return [h for h in self.hits if h.path.split("?")[0] == path]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def rss(items: list[tuple[str, str, str]], title: str = "Frontline desk", extra: str = "") -> bytes:
    """An RSS 2.0 feed of (guid, title, description) items (text escaped as XML)."""
    from xml.sax.saxutils import escape

    body = "".join(f"<item><guid>{escape(g)}</guid><title>{escape(t)}</title><description>{escape(d)}"
                   f"</description><pubDate>Sat, 10 Sep 2022 12:00:00 GMT</pubDate></item>" for g, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"{extra}{body}</channel></rss>").encode()


# -- the monitor as a user runs it -------------------------------------------------------

def env(**extra: str) -> dict[str, str]:
    return monitor_env(**extra)


def monitor(*args: str, cwd: Path, timeout: float = 120, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "monitor", *args], cwd=cwd, env=env(**extra), capture_output=True,
                          text=True, timeout=timeout)


class Daemon:
    """``monitor run`` in the background, its output in files (a pipe nobody reads would fill),
    every process it starts findable by a marker in the environment they inherit."""

    def __init__(self, folder: Path, *args: str, name: str = "run", **extra: str) -> None:
        self.marker = uuid.uuid4().hex
        self.out = folder / f"{name}.out"
        self.err = folder / f"{name}.err"
        with self.out.open("wb") as out, self.err.open("wb") as err:
            self.process = subprocess.Popen([sys.executable, "-m", "monitor", "run", *args],
                                            cwd=folder, env=env(MONITOR_HARDENING_MARK=self.marker, **extra),
                                            stdout=out, stderr=err)

    @property
    def pid(self) -> int:
        return self.process.pid

    def stdout(self) -> str:
        return self.out.read_text(errors="replace")

    def stderr(self) -> str:
        return self.err.read_text(errors="replace")

    def lines(self) -> list[str]:
        return self.stdout().splitlines()

    def family(self) -> list[int]:
        """Every live process carrying this daemon's marker: itself and all it started."""
        return marked_processes(self.marker)

    def signal(self, signum: int) -> None:
        self.process.send_signal(signum)

    def wait(self, timeout: float = 60) -> int:
        return self.process.wait(timeout)

    def stop(self) -> None:
        """Leave nothing behind whatever the test did (SIGKILL to every marked process).

        The daemon itself is killed through its Popen, which does nothing once it has been
        waited for: its bare pid may by then belong to another process (pids wrap at 32768
        here), and a kill by number once took out a parser worker of another test."""
        if self.process.poll() is None:
            self.process.kill()
        for pid in self.family():
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            pass


def marked_processes(marker: str) -> list[int]:
    """Live (not zombie) processes whose environment holds ``MONITOR_HARDENING_MARK=marker``."""
    needle = f"MONITOR_HARDENING_MARK={marker}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle in (entry / "environ").read_bytes().split(b"\0") and not process_gone(int(entry.name)):
                found.append(int(entry.name))
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return found


def settings(folder: Path, text: str, db: str | None = None) -> Path:
    """``folder``/sources.toml naming a database (by default monitor.db in ``folder``)."""
    path = folder / "sources.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{db or folder / "monitor.db"}"\n\n{text}')
    return path


def source(name: str, url: str, **keys: object) -> str:
    lines = [f'[[sources]]\nname = "{name}"\nurl = "{url}"\naffiliation = "{keys.pop("affiliation", "ukraine")}"']
    lines += [f"{key} = {toml(value)}" for key, value in keys.items()]
    return "\n".join(lines) + "\n\n"


def toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml(v) for v in value) + "]"
    if isinstance(value, int):
        return str(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def one_line_error(result: subprocess.CompletedProcess) -> str:
    """The single stderr line of a refused command, asserting it is one and no traceback."""
    assert result.returncode != 0, result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr, result.stderr
    assert len(lines) == 1, result.stderr
    return lines[0]


def inert(text: str) -> bool:
    return not any(c in text for c in UNSAFE_BYTES)


def wait_for_line(daemon: Daemon, test: Callable[[str], bool], what: str, timeout: float = 60) -> str:
    return wait_until(lambda: next((line for line in daemon.lines() if test(line)), None), timeout, what)


# -- small filesystems -----------------------------------------------------------------

class Mount:
    """A tmpfs of ``size`` at ``path``; unmounted on close."""

    def __init__(self, path: Path, size: str, read_only: bool = False) -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        options = f"size={size}" + (",ro" if read_only else "")
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True,
                              text=True)
        if done.returncode != 0:
            raise OSError(done.stderr.strip() or "mount failed")

    def remount(self, options: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{options}", str(self.path)], check=True, capture_output=True)

    def close(self) -> None:
        subprocess.run(["umount", "-l", str(self.path)], capture_output=True)


def mount_or_skip(path: Path, size: str, read_only: bool = False) -> Mount:
    import pytest

    if os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs (a full or read-only filesystem)")
    try:
        return Mount(path, size, read_only)
    except (OSError, FileNotFoundError) as error:
        pytest.skip(f"cannot mount a tmpfs here ({error}): the full-disk and read-only cases need one")


def fill(folder: Path) -> Path:
    """Fill the filesystem of ``folder`` to the last byte with one file; returns it."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        size = 1 << 20
        while size:
            try:
                os.write(fd, b"\0" * size)
            except OSError:
                size //= 2
    finally:
        os.close(fd)
    return filler


__all__ = ["REPO"]
