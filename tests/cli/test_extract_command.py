"""`monitor extract` and `monitor reextract` as a user runs them, on good input and bad."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.cli.runner import initialised, run_monitor
from tests.conftest import FIXTURES, REPO

SAMPLE = REPO / "monitor" / "sample" / "articles"
EVAL = FIXTURES / "eval"


def test_seed_claims_meet_the_quality_bar(tmp_path):
    result = run_monitor("extract", *sorted(str(p) for p in SAMPLE.glob("*.txt")), "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (tmp_path / "claims.jsonl").write_text(result.stdout)
    scored = subprocess.run([sys.executable, str(EVAL / "score.py"), "--gold", str(EVAL / "seeds.json"),
                             "--docs", str(SAMPLE), "--claims", str(tmp_path / "claims.jsonl"), "--json"],
                            capture_output=True, text=True, check=True)
    scores = json.loads(scored.stdout)
    assert scores["claim_f1"] >= 0.90
    assert scores["factuality_acc"] >= 0.85
    assert scores["side_acc"] >= 0.85
    assert scores["no_claim_violations"] == 0
    assert scores["unlocated_evidence"] == 0


def test_jsonl_carries_the_documented_fields(tmp_path):
    result = run_monitor("extract", str(SAMPLE / "004_2bb3f69b8546c63e.txt"), "--format", "jsonl", cwd=tmp_path)
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert claims
    text = (SAMPLE / "004_2bb3f69b8546c63e.txt").read_text(encoding="utf-8")
    for claim in claims:
        assert {"doc", "place", "place_id", "control", "factuality", "side", "speaker", "evidence", "start",
                "end"} <= claim.keys()
        assert text[claim["start"]:claim["end"]] == claim["evidence"]
        assert claim["doc"] == "004_2bb3f69b8546c63e.txt"
    assert any(c["place"] == "Kupiansk" and c["control"] == "ukraine" for c in claims)


def test_table_format_is_readable(tmp_path):
    result = run_monitor("extract", str(SAMPLE / "000_acfa9319730ed68a.txt"), cwd=tmp_path)
    assert result.returncode == 0
    assert "Balakliia" in result.stdout and result.stdout.rstrip().endswith("claims")


def test_empty_and_place_free_files_give_no_claims_and_no_crash(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "weather.txt").write_text("Rain is expected across the region tomorrow. Markets were calm.\n")
    result = run_monitor("extract", "empty.txt", "weather.txt", "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == ""
    assert "empty.txt: empty, no claims" in result.stderr
    assert "Traceback" not in result.stderr


def test_binary_file_is_named_and_the_others_still_read(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")
    result = run_monitor("extract", "photo.txt", str(SAMPLE / "003_c2b63b43c89c2b2a.txt"), "--format", "jsonl",
                         cwd=tmp_path)
    assert result.returncode == 1
    assert "photo.txt: binary file" in result.stderr and "Traceback" not in result.stderr
    assert any(json.loads(line)["place"] == "Izium" for line in result.stdout.splitlines())


def test_ten_megabyte_file(tmp_path):
    filler = "Officials met in the capital to discuss the budget and energy prices for the winter. " * 40 + "\n"
    news = (SAMPLE / "000_acfa9319730ed68a.txt").read_text(encoding="utf-8")
    block = filler * 20 + news + "\n"
    big = tmp_path / "big.txt"
    big.write_text(block * (10_000_000 // len(block) + 1))
    assert big.stat().st_size >= 10_000_000
    result = run_monitor("extract", "big.txt", "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-500:]
    places = {json.loads(line)["place"] for line in result.stdout.splitlines()}
    assert {"Kupiansk", "Izium", "Balakliia"} <= places


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """A log the sample was imported into, once for the module (an import costs ~2 s of CPU)."""
    folder = tmp_path_factory.mktemp("imported")
    initialised(folder)
    assert run_monitor("import", str(SAMPLE), cwd=folder).returncode == 0
    return folder


@pytest.fixture(scope="module")
def imported_claims(imported) -> list[dict]:
    """The ClaimsExtracted events the import recorded (read before any test here reextracts)."""
    return _claims_events(imported)


def _claims_events(cwd) -> list[dict]:
    out = run_monitor("events", "--type", "ClaimsExtracted", "--format", "jsonl", cwd=cwd).stdout
    return [json.loads(line) for line in out.splitlines()]


def test_import_records_one_claims_event_per_article_revision(imported_claims):
    events = imported_claims
    assert len(events) == 5
    assert {e["data"]["extractor_version"] for e in events} == {events[0]["data"]["extractor_version"]}
    assert sum(len(e["data"]["claims"]) for e in events) > 40


def test_reextract_adds_nothing_for_the_same_extractor_version(imported, imported_claims):
    result = run_monitor("reextract", cwd=imported)
    assert result.returncode == 0 and "5 articles read, 0 new ClaimsExtracted events" in result.stdout
    assert _claims_events(imported) == imported_claims
