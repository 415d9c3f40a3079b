"""Printing untrusted text (headlines, article text) safely as plain table cells."""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence

from monitor.domain.inert_text import terminal_line


def cell(value: object, width: int | None = None) -> str:
    """One line of inert text (the shared sanitiser, ``monitor.domain.inert_text``): whitespace
    folded, control and bidi characters (terminal escapes) shown as '?', cut to width."""
    return terminal_line(value, width)


FLEX_GOAL = 60  # the flexible column (the evidence) is given at least this much before others give way
FLEX_MIN = 12


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], flexible: int = -1,
          caps: Mapping[str, tuple[int, int]] | None = None) -> str:
    """A plain-text table fitted to the terminal.

    The ``flexible`` column (the evidence) takes the width that is left. ``caps`` names
    columns that may be cut (with an ellipsis) and their (widest, narrowest) widths: each
    is cut to its widest first, then, if the flexible column would still get less than
    FLEX_GOAL, the capped columns give way, the widest first, down to their narrowest.
    """
    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    flexible %= len(headers)
    limits = {headers.index(name): (max(most, len(name)), max(least, len(name)))
              for name, (most, least) in (caps or {}).items() if name in headers}
    for index, (most, _) in limits.items():
        widths[index] = min(widths[index], most)
    total = shutil.get_terminal_size((120, 24)).columns
    wanted = widths[flexible]

    def room() -> int:
        return total - (sum(widths) - widths[flexible] + 2 * (len(widths) - 1))

    while room() < min(wanted, FLEX_GOAL):
        giving = [i for i, (_, least) in limits.items() if widths[i] > least]
        if not giving:
            break
        widest = max(giving, key=lambda i: widths[i] - limits[i][1])
        widths[widest] -= 1
    widths[flexible] = max(min(wanted, room()), FLEX_MIN, len(headers[flexible]))
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    for row in cells:
        lines.append("  ".join(cell(v, w).ljust(w) for v, w in zip(row, widths)).rstrip())
    return "\n".join(lines)
