"""The matcher's index is built once and read back from the user's cache; a damaged or
unwritable cache costs a rebuild, never a wrong answer."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

PROBE = ("from monitor.extract.places import find_places; "
         "print([m.place.name for m in find_places('Бої під Куп’янськом і в Izium.')])")


def _run(cache: Path) -> str:
    env = {"MONITOR_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, str]:
    """A cache the first run built the index into, and what that run found (built once: a
    build costs 3-4 s of CPU; each test works on a copy)."""
    cache = tmp_path_factory.mktemp("cache")
    return cache, _run(cache)


def test_built_once_then_read_back(built, tmp_path: Path) -> None:
    cache, first = built
    assert first == "['Kupiansk', 'Izium']"
    shutil.copytree(cache, tmp_path, dirs_exist_ok=True)  # copy2: the files keep their times
    files = list(tmp_path.glob("match-index-*.bin"))
    assert len(files) == 1
    stamp = files[0].stat().st_mtime_ns
    assert _run(tmp_path) == "['Kupiansk', 'Izium']"
    assert files[0].stat().st_mtime_ns == stamp  # read, not rewritten


def test_a_damaged_cache_file_is_not_trusted(built, tmp_path: Path) -> None:
    shutil.copytree(built[0], tmp_path, dirs_exist_ok=True)
    damaged = next(tmp_path.glob("match-index-*.bin"))
    damaged.write_bytes(b"not a pickle at all")
    assert _run(tmp_path) == "['Kupiansk', 'Izium']"


def test_an_unwritable_cache_folder_only_costs_the_build(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert _run(blocked / "cache") == "['Kupiansk', 'Izium']"


def test_skeleton_index_is_cached_like_the_match_index(tmp_path: Path) -> None:
    """The skeleton fallback (Russian spellings) is read back too, and equals a fresh build."""
    probe = ("from monitor.gazetteer.index import skeleton_index, _build_skeleton_index; "
             "from monitor.gazetteer import load_gazetteer; "
             "print(skeleton_index() == _build_skeleton_index(load_gazetteer()))")
    env = {"MONITOR_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "True"
    assert len(list(tmp_path.glob("skeleton-index-*.bin"))) == 1


def test_packed_entries_give_back_each_line() -> None:
    import pickle

    from monitor.gazetteer.index import PackedLines

    lines = ["izium\tUA1\t\t\t\t", "харкова\t\t\tUA2\t\t^", "", "kup'iansk\tUA3,UA4\t\t\t\t!"]
    packed = pickle.loads(pickle.dumps(PackedLines(lines)))  # as the cache file holds it
    assert len(packed) == 4 and [packed[i] for i in range(4)] == lines


def test_a_change_to_the_skeleton_rules_is_a_new_cache_key(monkeypatch):
    """The skeleton index's cache key holds the skeletons of probe spellings, so an index built by
    older rules (a cache left by an earlier version) is never read back by newer ones."""
    from monitor.gazetteer import index

    before = index._skeleton_format()
    monkeypatch.setattr(index, "spelling_skeleton", lambda latin: latin.lower().replace("zh", "z"))
    assert index._skeleton_format() != before


def test_a_truncated_cache_file_is_not_trusted(built, tmp_path: Path) -> None:
    shutil.copytree(built[0], tmp_path, dirs_exist_ok=True)
    damaged = next(tmp_path.glob("match-index-*.bin"))
    damaged.write_bytes(damaged.read_bytes()[: damaged.stat().st_size // 2])  # a copy cut short
    assert _run(tmp_path) == "['Kupiansk', 'Izium']"
    damaged.write_bytes(b"")
    assert _run(tmp_path) == "['Kupiansk', 'Izium']"


def test_a_damaged_cyrillic_section_costs_a_rebuild_when_it_is_needed(built, tmp_path: Path) -> None:
    """The Cyrillic automaton is unpickled only when a text has a Cyrillic letter; damaged,
    the whole index is built again then (never half of one file and half of another)."""
    shutil.copytree(built[0], tmp_path, dirs_exist_ok=True)
    damaged = next(tmp_path.glob("match-index-*.bin"))
    blob = damaged.read_bytes()
    damaged.write_bytes(blob[:-64] + b"\0" * 64)  # the file's last section is the Cyrillic automaton
    assert _run(tmp_path) == "['Kupiansk', 'Izium']"


def test_a_rebuild_on_first_cyrillic_text_never_mixes_two_builds() -> None:
    """Reading a damaged Cyrillic section rebuilds the index, whose entries may be numbered
    otherwise: the Latin matches of that same text come from the new build's automaton."""
    import ahocorasick

    from monitor.gazetteer.index import Entry, MatchIndex, PackedLines

    def automaton(words: dict[str, int]) -> ahocorasick.Automaton:
        made = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for word, number in words.items():
            made.add_word(word, (number << 8) | len(word))
        made.make_automaton()
        return made

    izium, kharkiv = Entry("izium", ("UA1",), (), (), ()), Entry("харків", ("UA2",), (), (), ())
    rebuilt = MatchIndex(automaton({"izium": 1}), [kharkiv.encode(), izium.encode()], {},
                         automaton({"харків": 0}))

    def damaged(index: MatchIndex) -> ahocorasick.Automaton:  # as index._read's reader does
        index.latin, index._entries, index._decoded = rebuilt.latin, rebuilt._entries, {}
        return rebuilt.cyrillic

    index = MatchIndex(automaton({"izium": 0}), [izium.encode()], {}, damaged)
    found = {index.entry(value).key for _, value in index.iter("izium і харків")}
    assert found == {"izium", "харків"}
