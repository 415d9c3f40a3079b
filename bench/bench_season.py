"""Season replay: a year of real 2022 reporting against the official occupation record.

Issue 13 asks that the front drawn from the season's reporting agree with the Ministry's
occupation record on >= 97% of the rows it shows at month ends, and cover >= 80% of the
settlements the reporting names whose control changed in the autumn. The figures come from
`bench/season2022/check.py` (the corpus, the record and the rules are described there and
in `bench/season2022/PROVENANCE.md`); this module only puts them in the bench table.

These are quality figures, not speed: there is no comparison, only the issue's targets
(bench/targets.py). The check's own runtime (one replay of the
corpus through the real CLI) is printed as an info row.
"""

from __future__ import annotations

import time

from bench import targets
from bench.common import NAN, Row
from bench.season2022.check import run_check



def run() -> list[Row]:
    start = time.perf_counter()
    result = run_check()
    took = time.perf_counter() - start
    figures = result.figures()
    c = result.coverage
    return [
        Row(f"season 2022: month-end rows agreeing with the record ({figures['rows']} rows, "
            f"{figures['documents']} documents)", 100 * result.overall, NAN, "%", True, targets.SEASON_AGREEMENT, "-"),
        Row(f"season 2022: autumn-changed settlements named and covered ({len(c.covered)}/{len(c.changed)})",
            100 * c.share, NAN, "%", True, targets.SEASON_COVERAGE, "-"),
        Row("  info: the replay and the comparison, one run", took, NAN, "s", False, targets.INFO, "-"),
    ]
