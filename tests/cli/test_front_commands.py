"""`monitor status`, `reports`, `place`, `verify`, `rebuild` and `demo`, as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from tests.cli.runner import initialised, run_monitor
from tests.conftest import FIXTURES, REPO

SAMPLE = REPO / "monitor" / "sample" / "articles"
EVAL = FIXTURES / "eval"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("front")
    initialised(folder)
    assert run_monitor("import", str(SAMPLE), cwd=folder).returncode == 0
    return folder


@pytest.fixture(scope="module")
def seeded_status(seeded) -> list[dict]:
    """`monitor status --format json` on the seeded log, run once for the tests that read it."""
    return _status(seeded)


def _status(cwd, *args) -> list[dict]:
    result = run_monitor("status", "--format", "json", *args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_seed_status_meets_the_analysts_table(seeded_status, tmp_path):
    (tmp_path / "status.json").write_text(json.dumps(seeded_status))
    (tmp_path / "claims.jsonl").write_text("")
    scored = subprocess.run([sys.executable, str(EVAL / "score.py"), "--gold", str(EVAL / "seeds.json"),
                             "--docs", str(SAMPLE), "--claims", str(tmp_path / "claims.jsonl"),
                             "--status", str(tmp_path / "status.json"), "--json"],
                            capture_output=True, text=True, check=True)
    scores = json.loads(scored.stdout)
    assert scores["status_control_acc"] == 1.0
    assert scores["status_confidence_acc"] >= 0.9
    assert scores["status_spurious"] == 0


def test_false_rumours_stay_unconfirmed(seeded_status):
    rows = {r["place"]: r for r in seeded_status}
    assert rows["Svatove"]["confidence"] == rows["Kreminna"]["confidence"] == "unconfirmed"
    izium = rows["Izium"]
    assert (izium["control"], izium["confidence"], izium["oblast"]) == ("ukraine", "confirmed", "Kharkiv")
    assert izium["evidence"] and izium["evidence"][0]["quote"]


def test_time_travel_shows_the_table_growing(seeded):
    before = _status(seeded, "--as-of", "2022-09-09T00:00Z")
    assert not any(r["place"] == "Izium" for r in before)
    sizes = []
    for moment in ("2022-09-09T23:59Z", "2022-09-10T23:59Z", "2022-09-11T23:59Z", "2022-09-12T23:59Z"):
        rows = _status(seeded, "--as-of", moment)
        sizes.append((len(rows), sum(sum(r["sources"].values()) for r in rows)))
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]
    assert sizes[0] == (0, 0)  # every sample article is dated: none counts before it was published


def test_oblast_filter_and_other_formats(seeded):
    luhansk = _status(seeded, "--oblast", "Luhansk")
    assert {r["place"] for r in luhansk} == {"Lysychansk", "Svatove", "Kreminna"}
    table = run_monitor("status", "--format", "csv", cwd=seeded).stdout
    assert {row["place"] for row in csv.DictReader(io.StringIO(table))} >= {"Kupiansk", "Izium", "Balakliia"}
    geo = json.loads(run_monitor("status", "--format", "geojson", cwd=seeded).stdout)
    assert geo["type"] == "FeatureCollection"
    kupiansk = next(f for f in geo["features"] if f["properties"]["place"] == "Kupiansk")
    lon, lat = kupiansk["geometry"]["coordinates"]
    assert 49.5 < lat < 49.9 and 37.4 < lon < 37.8


def test_reports_list_the_uncorroborated_newest_first(seeded):
    out = run_monitor("reports", cwd=seeded).stdout
    assert "Lyman" in out and "Grey Zone" in out
    assert "Kupiansk" not in out.split("unconfirmed reports")[0].split("\n", 1)[1]


def test_place_timeline_by_any_spelling(seeded):
    result = run_monitor("place", "Izyum", cwd=seeded)
    assert result.returncode == 0
    assert result.stdout.startswith("Izium (Kharkiv): ukraine, confirmed")
    assert "yes, we left Izium" in result.stdout and "== status" in result.stdout
    missing = run_monitor("place", "Atlantis", cwd=seeded)
    assert missing.returncode == 1 and "no claims about 'Atlantis'" in missing.stderr


def test_verify_a_claim_by_prefix(tmp_path):
    initialised(tmp_path)
    run_monitor("import", str(SAMPLE / "004_2bb3f69b8546c63e.txt"), cwd=tmp_path)
    lyman = next(r for r in _status(tmp_path) if r["place"] == "Lyman")
    claim = lyman["evidence"][0]["claim_id"]
    result = run_monitor("verify", claim[:8], "--confirm", "--note", "geolocated", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "now ukraine, confirmed" in result.stdout
    bad = run_monitor("verify", "zzzzzzzz", "--reject", cwd=tmp_path)
    assert bad.returncode == 1 and "no claim with id 'zzzzzzzz'" in bad.stderr
    timeline = run_monitor("place", "Lyman", cwd=tmp_path).stdout
    assert "analyst: confirm" in timeline


def test_rebuild_reports_what_it_replayed(seeded, seeded_status):
    result = run_monitor("rebuild", cwd=seeded)
    assert result.returncode == 0 and result.stdout.startswith("rebuilt front from")
    after = _status(seeded)
    assert len(after) == 12 and after == seeded_status


def test_rebuild_in_several_processes_gives_the_same_front(seeded, seeded_status):
    before = seeded_status
    result = run_monitor("rebuild", "--processes", "3", cwd=seeded)
    assert result.returncode == 0, result.stderr
    assert _status(seeded) == before
    bad = run_monitor("rebuild", "--processes", "0", cwd=seeded)
    assert bad.returncode != 0 and "--processes must be from 1 to 64" in bad.stderr and "Traceback" not in bad.stderr


def test_bad_as_of_is_one_clear_line(seeded):
    result = run_monitor("status", "--as-of", "yesterday-ish", cwd=seeded)
    assert result.returncode == 1 and "is not an ISO time" in result.stderr
