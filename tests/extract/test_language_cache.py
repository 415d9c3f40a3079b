"""The language identifier is read back from the cache folder, as the gazetteer's index is:
two fresh processes, the first building and keeping it, the second reading it, classify alike."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

_CLASSIFY = ("from monitor.extract.language import detect_language; "
             "print(detect_language('Russian forces have captured the village of Kurakhove in the Donetsk region.'), "
             "detect_language('Wojska rosyjskie zajęły wieś Kurachowe w obwodzie donieckim, podało ministerstwo.'))")


def test_the_identifier_is_kept_and_read_back(tmp_path: Path) -> None:
    env = dict(os.environ, MONITOR_CACHE_DIR=str(tmp_path), PYTHONPATH=str(REPO))
    first = subprocess.run([sys.executable, "-c", _CLASSIFY], env=env, capture_output=True, text=True, timeout=120)
    kept = sorted(p.name for p in tmp_path.glob("langid-*"))
    second = subprocess.run([sys.executable, "-c", _CLASSIFY], env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert len(kept) == 1
    assert first.stdout == second.stdout == "en pl\n"
