"""The layering of DESIGN.md, checked on the imports of every module.

Imports point one way: domain <- extract, log <- projections <- hooks <- service <- cli;
tui reads projections and log only. Textual only under tui/, SQLAlchemy only under log/
(and projection storage), httpx only where the network is touched. Outside log/, only
what ``monitor.log`` exports is imported (its modules are private), and no module of
projections/ names a database: what differs per backend is log/'s.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "monitor"

# Which monitor packages each package may import (itself always allowed).
ALLOWED = {
    "domain": set(),
    "gazetteer": set(),
    "log": {"domain"},
    "extract": {"domain", "gazetteer"},
    "sources": {"domain", "log", "extract"},  # a fetched article's language is told by extract.language
    "projections": {"domain", "log", "gazetteer"},  # claims carry what fusion weighs: no call back into extract
    "hooks": {"domain", "log", "projections", "gazetteer"},
    "service": {"domain", "log", "projections", "hooks", "sources", "extract", "gazetteer", "config"},
    "tui": {"domain", "log", "projections", "gazetteer", "config"},
    "cli": {"domain", "log", "projections", "hooks", "service", "sources", "extract", "gazetteer", "tui",
            "config", "sample"},
    "config": set(),
}
# Third-party libraries confined to some packages.
CONFINED = {
    "textual": {"tui"},
    "sqlalchemy": {"log", "projections"},
    "alembic": {"log"},
    "httpx": {"sources", "hooks"},
}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py"))


def _package_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE).parts
    return relative[0].removesuffix(".py") if len(relative) > 1 or relative[0] != "__init__.py" else ""


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(REPO)))
def test_module_imports_follow_the_layers(path):
    package = _package_of(path)
    if package in ("", "__main__"):
        return
    assert package in ALLOWED, f"new package monitor/{package}: add it to the layering rules"
    for name in _imports(path):
        parts = name.split(".")
        if parts[0] == "monitor" and len(parts) > 1 and parts[1] != package:
            assert parts[1] in ALLOWED[package], f"monitor.{package} must not import {name}"
            if parts[1] == "log":  # the storage boundary: only what monitor/log/__init__ exports
                assert len(parts) == 2, f"monitor.{package} imports {name}, a private module of log/"
        if parts[0] in CONFINED:
            assert package in CONFINED[parts[0]], f"{parts[0]} is imported only under {CONFINED[parts[0]]}"


def test_the_command_line_core_never_loads_textual():
    code = "import sys, monitor.cli.main, monitor.log; sys.exit('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO).returncode == 0


@pytest.mark.parametrize("path", sorted((PACKAGE / "projections").glob("*.py")), ids=lambda p: p.name)
def test_projections_name_no_database(path):
    text = path.read_text().lower()
    for word in ("sqlite", "postgres", "dialect", "advisory", "pg_"):
        assert word not in text, f"{path.name} names '{word}': backend differences belong in monitor/log"
