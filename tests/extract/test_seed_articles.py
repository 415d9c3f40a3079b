"""The five seed articles (shared/eval): every figure at 0.95 or above, no no-claim violation.

The seeds are the first yardstick of the English reader; the development set
(tests/extract/test_dev_sets.py) is the wider one. Read in-process, as `monitor extract` does.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from monitor.extract import extract_claims
from monitor.sources.files import read_file

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO / "tests" / "fixtures" / "eval"
SAMPLE = REPO / "monitor" / "sample" / "articles"


def test_seed_articles_stay_above_095(tmp_path: Path) -> None:
    lines = []
    for path in sorted(SAMPLE.glob("*.txt")):
        for article in read_file(path):
            for claim in extract_claims(article.text, doc=path.name, published=article.published):
                lines.append(json.dumps({"doc": path.name, "place": claim.place, "control": claim.control,
                                         "factuality": claim.factuality, "side": claim.side,
                                         "evidence": claim.evidence}, ensure_ascii=False))
    claims = tmp_path / "claims.jsonl"
    claims.write_text("\n".join(lines) + "\n", encoding="utf-8")
    scored = subprocess.run([sys.executable, str(EVAL / "score.py"), "--gold", str(EVAL / "seeds.json"),
                             "--docs", str(SAMPLE), "--claims", str(claims), "--json"],
                            capture_output=True, text=True, check=True)
    scores = json.loads(scored.stdout)
    for figure in ("claim_precision", "claim_recall", "claim_f1", "factuality_acc", "side_acc"):
        assert scores[figure] >= 0.95, (figure, scores)
    assert scores["no_claim_violations"] == 0, scores
    assert scores["unlocated_evidence"] == 0, scores
