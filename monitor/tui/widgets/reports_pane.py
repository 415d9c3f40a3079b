"""Unconfirmed reports: claims no other source backs yet, newest first, each with its quote."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from monitor.projections.quoting import inner_quote
from monitor.tui.snapshot import ReportRow
from monitor.tui.styling import DIM, control_text, day, inert

QUOTE_CHARS = 180


class ReportsPane(OptionList):
    BORDER_TITLE = "Unconfirmed reports"
    BINDINGS = [
        Binding("c", "verdict('confirm')", "Confirm"),
        Binding("x", "verdict('reject')", "Reject"),
    ]

    class PlaceWanted(Message):
        def __init__(self, place_key: str) -> None:
            super().__init__()
            self.place_key = place_key

    class VerdictWanted(Message):
        """The analyst wants to confirm or reject a report: each of its claims (a note is asked for next)."""

        def __init__(self, claim_ids: tuple[str, ...], verdict: str, about: str) -> None:
            super().__init__()
            self.claim_ids = claim_ids
            self.verdict = verdict
            self.about = about

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self.reports: tuple[ReportRow, ...] = ()

    def show(self, reports: Sequence[ReportRow]) -> None:
        highlighted = self.highlighted
        self.reports = tuple(reports)
        self.set_options(Option(_entry(r), id=r.claim_id) for r in self.reports)
        if self.option_count:
            self.highlighted = min(highlighted or 0, self.option_count - 1)
        self.border_subtitle = f"{len(self.reports)}"

    @property
    def current(self) -> ReportRow | None:
        return self.reports[self.highlighted] if self.highlighted is not None and self.reports else None

    def action_verdict(self, verdict: str) -> None:
        report = self.current
        if report is not None:
            self.post_message(self.VerdictWanted(report.claim_ids or (report.claim_id,), verdict,
                                                 f"{report.place}: {report.quote}"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.PlaceWanted(self.reports[event.option_index].place_key))


def _entry(report: ReportRow) -> Text:
    line = Text(end="")
    line.append(("undated, recorded " if report.undated else "") + day(report.time) + " ", style="dim")
    line.append_text(inert(report.place, "bold"))
    line.append(" ")
    line.append_text(control_text(report.control))
    line.append(f" {report.factuality}", style=DIM)
    line.append(" · ")
    line.append_text(inert(report.speaker or "the outlet", "italic"))
    if report.outlet:
        line.append(" — ")
        line.append_text(inert(report.outlet))
    quote = inert(inner_quote(report.quote))
    if len(quote) > QUOTE_CHARS:
        quote = quote[:QUOTE_CHARS - 1]
        quote.append("…")
    line.append("\n  “")
    line.append_text(quote)
    line.append("”")
    return line
