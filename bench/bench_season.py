"""Season replay: a year of real 2022 reporting against the official occupation record.

Issue 13 asks that the front drawn from the season's reporting agree with the Ministry's
occupation record on >= 97% of the rows it shows at month ends, and cover >= 80% of the
settlements the reporting names whose control changed in the autumn. The figures come from
`bench/season2022/check.py` (the corpus, the record and the rules are described there and
in `bench/season2022/PROVENANCE.md`); this module only puts them in the bench table.

These are quality figures, not speed: the comparison column is the issue's target, and the
ratio is how far along the way to it we are. The check's own runtime (one replay of the
corpus through the real CLI) is printed as an info row.
"""

from __future__ import annotations

import time

from bench.common import Row
from bench.season2022.check import run_check

AGREEMENT_TARGET = 97.0  # % of month-end rows agreeing with the record (issue 13)
COVERAGE_TARGET = 80.0  # % of the autumn's changed, named settlements shown with the record's control


def run() -> list[Row]:
    start = time.perf_counter()
    result = run_check()
    took = time.perf_counter() - start
    figures = result.figures()
    c = result.coverage
    return [
        Row(f"season 2022: month-end rows agreeing with the record ({figures['rows']} rows, "
            f"{figures['documents']} documents)", 100 * result.overall, AGREEMENT_TARGET, "%", True,
            f">= {AGREEMENT_TARGET:g}%", "issue 13 target"),
        Row(f"season 2022: autumn-changed settlements named and covered ({len(c.covered)}/{len(c.changed)})",
            100 * c.share, COVERAGE_TARGET, "%", True, f">= {COVERAGE_TARGET:g}%", "issue 13 target"),
        Row("  info: the replay and the comparison, one run", took, float("nan"), "s", False, "-", "-"),
    ]
