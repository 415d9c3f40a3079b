"""The place and the trigger of a claim, highlighted where the extractor found them."""

from __future__ import annotations

from monitor.extract import extract_claims
from monitor.projections.quote_marks import quote_marks


def marked(quote: str, place: str, marks: tuple[int, ...]) -> dict[str, str]:
    return {kind: quote[start:end] for start, end, kind in quote_marks(quote, place, marks)}


def test_the_place_and_the_trigger_the_extractor_read_are_marked():
    (claim,) = extract_claims("Russian forces withdrew from Izyum on Saturday, 30 km from Balakliia.")
    assert marked(claim.evidence, claim.place, claim.marks) == {"place": "Izyum", "trigger": "withdrew from"}


def test_marks_in_cyrillic_text():
    (claim,) = extract_claims("Сили оборони звільнили Кліщіївку.")
    assert marked(claim.evidence, claim.place, claim.marks) == {"place": "Кліщіївку", "trigger": "звільнили"}


def test_a_claim_recorded_without_marks_shows_its_name_as_written_and_no_trigger():
    quote = "Other towns mentioned in similar reports included Kalynivka."
    assert marked(quote, "Kalynivka", ()) == {"place": "Kalynivka"}
    assert quote_marks("nothing here", "", ()) == []
