"""Writing a cache file: whole or not at all, and a failed write leaves nothing behind."""

from __future__ import annotations

import os
from pathlib import Path

from monitor.gazetteer import cache


def test_a_stored_blob_is_read_back_and_replaces_stale_versions(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(tmp_path))
    cache.store_bytes("probe", "old", b"1")
    week_ago = os.stat(tmp_path / "probe-old.bin").st_mtime - cache.STALE_AFTER_S - 60
    os.utime(tmp_path / "probe-old.bin", (week_ago, week_ago))
    cache.store_bytes("probe", "new", b"2")
    assert cache.read_cached("probe", "new") == b"2" and cache.read_cached("probe", "old") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["probe-new.bin"]


def test_another_installs_recent_version_is_kept(tmp_path: Path, monkeypatch) -> None:
    """Two installs sharing a cache folder do not delete each other's files at every start-up."""
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(tmp_path))
    cache.store_bytes("probe", "theirs", b"1")
    cache.store_bytes("probe", "ours", b"2")
    assert cache.read_cached("probe", "theirs") == b"1" and cache.read_cached("probe", "ours") == b"2"


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(tmp_path))

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    cache.store_bytes("probe", "digest", b"blob")  # (no error: the build is only not kept)
    assert list(tmp_path.iterdir()) == []


def test_no_more_than_two_other_versions_are_kept(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(tmp_path))
    for age, digest in enumerate(("a", "b", "c", "d")):
        cache.store_bytes("probe", digest, digest.encode())
        moment = os.stat(tmp_path / f"probe-{digest}.bin").st_mtime - 100 + age  # written in this order
        os.utime(tmp_path / f"probe-{digest}.bin", (moment, moment))
    cache.store_bytes("probe", "e", b"e")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["probe-c.bin", "probe-d.bin", "probe-e.bin"]
