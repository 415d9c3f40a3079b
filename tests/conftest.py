"""Shared fixtures: databases on both backends, the repository's paths."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from monitor.log import EventStore, initialise, open_store

SLOW_TESTS = "MONITOR_SLOW_TESTS"  # set (CI sets it) to run the `slow` tests too

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = REPO.parent / "shared"


# The longest test files of the quick set, longest first (seconds in a four-worker run, load
# ~2 to ~7). pytest-xdist's loadfile hands whole files to the workers in collection order
# (its default reorder, by number of tests, is turned off below): these go first, so the
# run ends on short files instead of one worker finishing a long file alone while the
# others idle. A file missing here only loses its place in the queue.
LONGEST_FIRST = (
    "tests/cli/test_front_commands.py",  # 47-128 s
    "tests/hardening/test_f10_redaction_and_bounds.py",  # 52-119
    "tests/sources/test_telegram_cli.py",  # 34-92
    "tests/sources/test_backfill.py",  # 32-92
    "tests/hooks/test_seed_alerts.py",  # 44-75
    "tests/cli/test_demo.py",  # 38-73
    "tests/cli/test_log_commands.py",  # 64-71
    "tests/cli/test_log_command_errors.py",  # 61-84
    "tests/tui/test_dashboard.py",  # 33-74
    "tests/hardening/test_f08_user_mistakes.py",  # 28-72
    "tests/hardening/test_f03_one_daemon.py",  # 32-66
    "tests/service/test_daemon.py",  # 34-57
    "tests/cli/test_extract_command.py",  # 29-61
    "tests/gazetteer/test_index_cache.py",  # 30-55
    "tests/hardening/test_f04_escapes.py",  # 30-55
    "tests/hardening/test_f01_egress.py",  # 31-53
    "tests/sources/test_poller.py",  # 25-59
    "tests/projections/test_runner.py",  # 22-57
    "tests/hardening/test_f02_workers_die.py",  # 33-50
    "tests/tui/test_snapshots.py",  # 19-52
    "tests/hardening/test_f06_encoding.py",  # 17-51
    "tests/cli/test_poll_and_import.py",  # 26-38
    "tests/log/test_store.py",  # 14-41
    "tests/sources/test_telegram_polls.py",  # 13-37
    "tests/hardening/test_f07_disk_full.py",  # 23-27
    "tests/tui/test_real_terminal.py",  # 13-28
    "tests/extract/test_dev_sets.py",  # 17-24
)


def pytest_configure(config):
    if hasattr(config.option, "loadscopereorder"):  # pytest-xdist: keep the order given below
        config.option.loadscopereorder = False
    if not hasattr(config, "workerinput"):  # the controller, before any worker starts
        _warm_the_cache()


def _warm_the_cache() -> None:
    """Build the extractor's cached data (the gazetteer's index…) once, before the workers start.

    On a cold cache (a fresh machine, or new gazetteer data) every worker and every `monitor`
    it started in the first seconds built the same files at once, a few seconds of CPU each;
    one `monitor extract` here builds them for all. Warm, it costs one short run."""
    import subprocess
    import sys

    from tests.cli.runner import monitor_env

    sample = REPO / "monitor" / "sample" / "articles" / "000_acfa9319730ed68a.txt"
    subprocess.run([sys.executable, "-m", "monitor", "extract", str(sample)], cwd=REPO, env=monitor_env(),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def pytest_collection_modifyitems(config, items):
    """The longest files first (LONGEST_FIRST; each file's tests keep their order), and the
    quick set by default: a test marked `slow` (a long crash or sweep test) is skipped,
    saying how to run it, unless MONITOR_SLOW_TESTS is set or ``-m`` names the marker."""
    slow_run = bool(os.environ.get(SLOW_TESTS) or "slow" in (config.getoption("markexpr") or ""))
    rank = {path: n for n, path in enumerate(LONGEST_FIRST)}
    # When the slow tests run (CI), their files (minutes each) go before everything else.
    slow_files = {item.nodeid.split("::")[0] for item in items if "slow" in item.keywords} if slow_run else set()

    def place(item) -> tuple[bool, int]:
        path = item.nodeid.split("::")[0]
        return path not in slow_files, rank.get(path, len(rank))

    items.sort(key=place)  # stable: each file's tests, and the files not named, keep their order
    if slow_run:
        return
    skip = pytest.mark.skip(reason=f"slow: run with {SLOW_TESTS}=1 (CI does) or -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for this test session, or a skip saying why there is none."""
    url = os.environ.get("MONITOR_TEST_PG_URL")
    if url:
        yield _ExistingServer(url)
        return
    from tests.pgserver import ServerUnavailable, TempPostgres

    try:
        server = TempPostgres()
        server.__enter__()
    except ServerUnavailable as why:
        if os.environ.get("MONITOR_REQUIRE_PG"):
            pytest.fail(f"PostgreSQL is required here (MONITOR_REQUIRE_PG) but: {why}")
        pytest.skip(f"no PostgreSQL server: {why}")
    try:
        yield server
    finally:
        server.__exit__(None, None, None)


class _ExistingServer:
    def __init__(self, url: str) -> None:
        self.url = url

    def url_for(self, database: str) -> str:
        base, _, _ = self.url.rpartition("/")
        return f"{base}/{database}"


_databases = itertools.count()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    import sqlalchemy as sa

    name = f"monitor_test_{os.getpid()}_{next(_databases)}"
    admin = sa.create_engine(postgres_server.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return postgres_server.url_for(name)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'monitor.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request) -> str:
    """Each test using this runs once per backend."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")


@pytest.fixture
def store(db_url, tmp_path_factory) -> EventStore:
    if db_url.startswith("sqlite"):
        _copy_of_an_initialised_file(db_url, tmp_path_factory)
    else:  # (a copy by CREATE DATABASE … TEMPLATE costs as much as the migrations: 0.2 s)
        initialise(db_url)
    store = open_store(db_url)
    yield store
    store.engine.dispose()


_initialised: list[Path] = []  # the SQLite file `initialise` made for this process's tests


def _copy_of_an_initialised_file(db_url: str, tmp_path_factory) -> None:
    """A copy of a SQLite file `initialise` made once per process: the same bytes, without
    running the migrations for every test (about 50 ms each)."""
    import shutil

    if not _initialised:
        made = tmp_path_factory.mktemp("initialised") / "monitor.db"
        initialise(f"sqlite:///{made}")
        _initialised.append(made)
    shutil.copyfile(_initialised[0], db_url.removeprefix("sqlite:///"))
