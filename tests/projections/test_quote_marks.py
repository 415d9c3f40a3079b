"""The place and the trigger of a claim, found again in its quote for highlighting."""

from __future__ import annotations

from monitor.projections.quote_marks import quote_marks


def marked(quote: str, place_id, place: str, rule: str) -> dict[str, str]:
    return {kind: quote[start:end] for start, end, kind in quote_marks(quote, place_id, place, rule)}


def test_the_place_and_the_trigger_of_the_rule_are_marked():
    from monitor.gazetteer import load_gazetteer

    izium = load_gazetteer().lookup("Izium")[0]
    quote = "Russian forces withdrew from Izyum on Saturday, 30 km from Balakliia."
    assert marked(quote, izium.id, "Izyum", "loss.withdraw/object") == {"place": "Izyum", "trigger": "withdrew from"}


def test_a_name_without_an_id_is_found_as_written_and_no_trigger_is_invented():
    quote = "Other towns mentioned in similar reports included Kalynivka."
    assert marked(quote, None, "Kalynivka", "inherit.similar_reports") == {"place": "Kalynivka"}
    assert quote_marks("nothing here", None, "", "gain.verb/object") == []
