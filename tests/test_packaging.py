"""The wheel carries every package, the migrations and the data files."""

from __future__ import annotations

import tomllib

from tests.conftest import REPO


def test_pyproject_lists_every_package_folder():
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "monitor").rglob("__init__.py")}
    found |= {"monitor.migrations", "monitor.migrations.versions", "monitor.sample", "monitor.sample.articles"}
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert config["package-dir"]["monitor.migrations"] == "migrations"
