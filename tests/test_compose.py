"""compose.yaml: three daemons on one PostgreSQL, the schema first, a dashboard on demand.

Two independent checks. Docker's own (`docker compose config`) where Docker with its
compose plugin is installed, skipped with the reason where it is not (this development
machine has no Docker). And the file read by a YAML parser when one is installed (PyYAML
comes with the test dependencies), else a plain-text check of the same promises, so the
README's claims about the file are tested even where Docker is absent.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[1]
COMPOSE = REPO / "compose.yaml"
DAEMONS = ("monitor-1", "monitor-2", "monitor-3")


def _docker_compose() -> list[str]:
    if shutil.which("docker") is None:
        pytest.skip("docker is not installed here: `docker compose config` not run")
    try:
        found = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.skip("`docker compose version` did not answer within 60 s")
    if found.returncode != 0:
        why = (found.stderr or found.stdout).strip().splitlines() or ["no output"]
        pytest.skip(f"docker has no compose plugin here: {why[0][:200]}")
    return ["docker", "compose", "--project-directory", str(REPO), "-f", str(COMPOSE)]


def test_docker_compose_config_validates():
    compose = _docker_compose()
    checked = subprocess.run([*compose, "config", "--quiet"], capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stderr
    default = subprocess.run([*compose, "config", "--services"], capture_output=True, text=True, timeout=120)
    assert default.returncode == 0, default.stderr
    assert set(default.stdout.split()) == {"postgres", "init", *DAEMONS}  # no dashboard unless asked for
    on_demand = subprocess.run([*compose, "--profile", "dashboard", "config", "--services"],
                               capture_output=True, text=True, timeout=120)
    assert on_demand.returncode == 0, on_demand.stderr
    assert "dashboard" in on_demand.stdout.split()


def _parsed() -> dict | None:
    try:
        import yaml
    except ImportError:
        return None
    return yaml.safe_load(COMPOSE.read_text())


def _command(service: dict) -> list[str]:
    command = service.get("command", [])
    return command.split() if isinstance(command, str) else list(command)


def _healthy_first(service: dict, dependency: str, condition: str) -> bool:
    depends = service.get("depends_on", {})
    return isinstance(depends, dict) and depends.get(dependency, {}).get("condition") == condition


def test_three_daemons_share_one_postgres_log_and_a_dashboard_waits_behind_a_profile():
    compose = _parsed()
    if compose is None:
        return _minimal_check(COMPOSE.read_text())
    services = compose["services"]
    daemons = {name: s for name, s in services.items() if _command(s)[:1] == ["run"]}
    assert sorted(daemons) == list(DAEMONS)
    urls = {s["environment"]["MONITOR_DB"] for s in daemons.values()}
    assert len(urls) == 1, f"the daemons must share one database, not {urls}"
    url = urlsplit(urls.pop())
    assert url.scheme.startswith("postgresql")
    database = services[url.hostname]  # the URL's host is a service of this file
    env = database["environment"]
    assert (url.username, url.password, url.path.lstrip("/")) == (
        env["POSTGRES_USER"], env["POSTGRES_PASSWORD"], env["POSTGRES_DB"])
    assert "pg_isready" in " ".join(database["healthcheck"]["test"])
    for name, daemon in daemons.items():
        assert daemon["build"] == "." and (REPO / "Dockerfile").exists()
        assert "profiles" not in daemon, f"{name} must start with `docker compose up`"
        assert _healthy_first(daemon, url.hostname, "service_healthy"), name
        assert _healthy_first(daemon, "init", "service_completed_successfully"), name
        assert "./sources.toml:/app/sources.toml:ro" in daemon["volumes"], name
    assert _command(services["init"]) == ["init"]  # the schema once, not three migrations at once
    assert services["init"]["environment"]["MONITOR_DB"] == url.geturl()
    dashboard = services["dashboard"]
    assert dashboard["profiles"] == ["dashboard"] and _command(dashboard) == ["tui"]
    assert dashboard["environment"]["MONITOR_DB"] == url.geturl()
    assert dashboard.get("tty") is True and dashboard.get("stdin_open") is True
    assert re.search(r'pip install [^\n]*"\.\[postgres\]"', (REPO / "Dockerfile").read_text()), \
        "the image needs the postgres extra (psycopg)"


def _minimal_check(text: str) -> None:
    """Without a YAML parser: the same promises, read from the text."""
    assert re.search(r"^services:\s*$", text, re.M)
    for name in DAEMONS:
        assert re.search(rf"^  {name}:\s*$", text, re.M), name
    assert len(set(re.findall(r"MONITOR_DB: (\S+)", text))) == 1
    assert "pg_isready" in text and "condition: service_healthy" in text
    assert 'profiles: ["dashboard"]' in text and 'command: ["tui"]' in text
