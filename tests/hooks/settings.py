"""Settings files for the alert tests: a database, hooks, and optionally sources."""

from __future__ import annotations

from pathlib import Path

from monitor.log import initialise


def write_settings(folder: Path, hooks: str, sources: str = "") -> Path:
    """``folder``/sources.toml with a fresh SQLite log in the same folder."""
    path = folder / "sources.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{folder / "monitor.db"}"\n\n{sources}\n{hooks}')
    initialise(f"sqlite:///{folder / 'monitor.db'}")
    return path


def webhook(name: str, url: str, **keys: object) -> str:
    lines = [f'[[hooks]]\nname = "{name}"\nkind = "webhook"\nurl = "{url}"']
    lines += [f"{key} = {_toml(value)}" for key, value in keys.items()]
    return "\n".join(lines) + "\n"


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, int):
        return str(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
