"""A per-user cache of what is costly to derive from the packaged gazetteer.

The place matcher's index (about 160,000 keys: every name, alias and case form) takes two
seconds to build and a tenth of that to read back, and a command-line run should reach its
first claim in under half a second. So the built index is kept in the user's cache folder
(`$MONITOR_CACHE_DIR`, else `$XDG_CACHE_HOME/monitor`, else `~/.cache/monitor`), named by a
digest of everything it is derived from: the data files, the format version, the
Python version and the pyahocorasick build (its extension file's path, size and time:
asking the installed packages for a version number imports `importlib.metadata` and
`email`, 0.02 s of every start-up). A stale or foreign file can therefore never be read; a
folder that cannot be written only costs the build each time. The file holds data made by
this program (marshal and pickle of our own values), never anything fetched.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from monitor.gazetteer.data_files import data_bytes

_DATA_FILES = ("settlements.tsv.gz", "units.tsv.gz", "forms.tsv.gz")


def cache_dir() -> Path:
    chosen = os.environ.get("MONITOR_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "monitor"


def data_digest(*extra: str) -> str:
    """A digest of the packaged gazetteer files, the interpreter, pyahocorasick and ``extra``."""
    digest = hashlib.sha256(_files_digest())
    for part in extra:
        digest.update(b"\0" + part.encode())
    return digest.hexdigest()[:24]


@lru_cache(maxsize=1)
def _files_digest() -> bytes:
    """The data files, the interpreter and pyahocorasick, hashed once per process (several
    cache files are named from them)."""
    digest = hashlib.sha256()
    for name in _DATA_FILES:
        digest.update(data_bytes("monitor.gazetteer", name))
    digest.update(sys.version.encode())
    digest.update(_library("ahocorasick").encode())
    return digest.digest()


def cached_bytes(name: str, digest: str, build: Callable[[], bytes]) -> bytes:
    """The cached blob ``name``-``digest``, or ``build()`` stored under that name."""
    blob = read_cached(name, digest)
    if blob is None:
        blob = build()
        store_bytes(name, digest, blob)
    return blob


def read_cached(name: str, digest: str) -> bytes | None:
    """The cached blob ``name``-``digest``, or None when there is none (or it cannot be read)."""
    try:
        return (cache_dir() / f"{name}-{digest}.bin").read_bytes()
    except OSError:
        return None


# Another version's file is dropped only once it has gone this long unwritten: two installs (two Python
# versions, a virtual environment beside a system one) sharing a cache folder would otherwise delete each
# other's index at every start-up and rebuild it (~2 s) each time.
STALE_AFTER_S = 7 * 24 * 3600
KEPT_OTHER_VERSIONS = 2  # (an index is tens of megabytes: a week of upgrades must not fill a disk)


def store_bytes(name: str, digest: str, blob: bytes) -> None:
    """Keep ``blob`` as ``name``-``digest`` (written whole or not at all), dropping other versions
    not written for a week and all but the newest two."""
    import tempfile  # (here: a start-up that finds its cache files writes none)

    folder = cache_dir()
    path = folder / f"{name}-{digest}.bin"
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{name}-", delete=False) as tmp:
            tmp.write(blob)
        os.replace(tmp.name, path)
        tmp = None
        stale = time.time() - STALE_AFTER_S
        others = sorted((p for p in folder.glob(f"{name}-*.bin") if p != path),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for rank, old in enumerate(others):  # other versions' files: a week unwritten, or beyond the newest few
            if rank >= KEPT_OTHER_VERSIONS or old.stat().st_mtime < stale:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home (or a full disk): build each time
    finally:
        if tmp is not None:  # a write or rename that failed leaves no partial file behind
            try:
                os.unlink(tmp.name)
            except OSError:
                pass


def _library(module: str) -> str:
    """An installed extension module's build: its file's path, size and modification time
    (a reinstall or another version is another file), "?" when it cannot be found."""
    try:
        path = __import__(module).__file__
        stat = os.stat(path)
    except (ImportError, OSError, TypeError):
        return "?"
    return f"{module}:{path}:{stat.st_size}:{stat.st_mtime_ns}"
