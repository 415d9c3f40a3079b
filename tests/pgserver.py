"""A throwaway PostgreSQL server for the tests: initdb in a temp folder, a private port.

`initdb` and `pg_ctl` refuse to run as root, so as root the server runs as the
`postgres` user. MONITOR_TEST_PG_URL points the tests at an existing server instead.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


class ServerUnavailable(Exception):
    """Why no PostgreSQL server could be started here (the tests skip with this reason)."""


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise ServerUnavailable("no PostgreSQL server binaries (install the Debian package 'postgresql')")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TempPostgres:
    """Starts on enter, stops and removes its folder on exit."""

    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.port = _free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="monitor-pg-"))
        self.data = self.dir / "data"
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                raise ServerUnavailable("running as root and there is no 'postgres' user") from None
            os.chown(self.dir, owner.pw_uid, owner.pw_gid)
            self._as_user = ["runuser", "-u", "postgres", "--"]

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def url_for(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self._as_user, *args], capture_output=True, text=True)
        if result.returncode != 0:
            raise ServerUnavailable(f"{Path(args[0]).name} failed: {(result.stderr or result.stdout).strip()[-300:]}")

    def __enter__(self) -> "TempPostgres":
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.dir / "log"), "-w", "start")
        return self

    def __exit__(self, *exc) -> None:
        """Stop the server at once, and delete its folder without waiting for it.

        The folder holds one database per PostgreSQL test (each a copy of template1 written
        through the WAL: about 10 MB), some 600 MB after a full run. Deleting it was most of
        the session's teardown, which pytest counts in the last test's teardown (6 s in a
        quiet run, 33 s on a busy disk); an `rm` in its own session does it after pytest.
        """
        subprocess.run([*self._as_user, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
                       capture_output=True)
        try:
            subprocess.Popen(["rm", "-rf", "--", str(self.dir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
        except OSError:
            shutil.rmtree(self.dir, ignore_errors=True)
