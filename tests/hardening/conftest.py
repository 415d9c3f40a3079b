"""Fixtures of the hardening tests: two web sites on two loopback addresses, daemons cleaned up."""

from __future__ import annotations

import pytest

from tests.hardening.parts import Daemon, Site


@pytest.fixture
def site():
    """The operator's site: the address written in sources.toml (127.0.0.1)."""
    found = Site("127.0.0.1")
    yield found
    found.close()


@pytest.fixture
def inside():
    """Another service on another loopback address (127.0.0.2): what a hostile feed points at."""
    found = Site("127.0.0.2")
    yield found
    found.close()


@pytest.fixture
def daemons():
    """Start daemons with ``daemons(folder, *args)``; every process they started is killed after."""
    started: list[Daemon] = []

    def start(folder, *args, **extra) -> Daemon:
        daemon = Daemon(folder, *args, name=f"run{len(started)}", **extra)
        started.append(daemon)
        return daemon

    yield start
    for daemon in started:
        daemon.stop()
