"""The side an English article speaks from, told by its vocabulary.

A claim that names no actor ("11 populated settlements have been liberated, including
Kupyansk") has no side of its own: the verb does not decide it (eval README). Reporting of
one side uses words the other never does: "special military operation", "Kiev regime",
"neo-Nazis" in Russian state media; "occupiers", "ruscists", "de-occupied" in Ukrainian
outlets. Counted over the whole article, they tell which side "liberated" means when the
article names none. A quotation of the other side's words is outnumbered by the article's
own; an article whose counts are close says nothing (None).

The words are data (``[perspective]`` in data/actors.toml), as the Ukrainian and Russian
lexicons' perspective sections are.
"""

from __future__ import annotations

from monitor.extract import rules_re as re
from functools import lru_cache

from monitor.extract.actors import actors_data

SIDES = ("ukraine", "russia")
MARGIN = 2  # one side's words must outnumber the other's this many times over


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {side: re.compile(actors_data()["perspective"][side], re.IGNORECASE) for side in SIDES}


def perspective(text: str) -> str | None:
    """``ukraine`` or ``russia`` when the article's words clearly speak from that side, else None."""
    votes = {side: sum(1 for _ in pattern.finditer(text)) for side, pattern in _patterns().items()}
    ukraine, russia = votes["ukraine"], votes["russia"]
    if ukraine >= max(1, MARGIN * russia):
        return "ukraine"
    if russia >= max(1, MARGIN * ukraine):
        return "russia"
    return None
