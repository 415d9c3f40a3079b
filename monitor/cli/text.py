"""Printing untrusted text (headlines, article text) safely as plain table cells."""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence

# Control characters (including ESC, so no terminal escape sequence gets through).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_WHITESPACE = re.compile(r"\s+")


def cell(value: object, width: int | None = None) -> str:
    """One line of inert text: whitespace folded, control characters shown as '?', cut to width."""
    text = "" if value is None else str(value)
    text = _CONTROL.sub("?", _WHITESPACE.sub(" ", text)).strip()
    if width is not None and len(text) > width:
        text = text[: max(width - 1, 0)] + "…"
    return text


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], flexible: int = -1) -> str:
    """A plain-text table fitted to the terminal; the ``flexible`` column absorbs the squeeze."""
    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    total = shutil.get_terminal_size((120, 24)).columns
    spare = total - (sum(widths) + 2 * (len(widths) - 1))
    if spare < 0:
        widths[flexible] = max(widths[flexible] + spare, 12)
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    for row in cells:
        lines.append("  ".join(cell(v, w).ljust(w) for v, w in zip(row, widths)).rstrip())
    return "\n".join(lines)
