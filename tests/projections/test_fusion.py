"""Fusion, table-driven: each confidence rule, supersession, verdicts, contradiction."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from monitor.projections.fusion import Evidence, fuse

T0 = datetime(2022, 9, 10, 12, tzinfo=timezone.utc)


def ev(control, day=0, *, hedged=False, voice="independent", source=None, admission=False, analyst=None, cid=None):
    return Evidence(cid or f"c{day}{control}{source}{voice}", control, T0 + timedelta(days=day), hedged, voice,
                    source or f"outlet:{voice}{day}", admission, analyst)


CASES = [
    # name, claims, expected (control, confidence) or None
    ("one outlet asserts: reported",
     [ev("ukraine", source="outlet:a")], ("ukraine", "reported")),
    ("two independent outlets, no contradiction: confirmed",
     [ev("ukraine", source="outlet:a"), ev("ukraine", 1, source="outlet:b")], ("ukraine", "confirmed")),
    ("one ministry carried by five outlets is one source: reported",
     [ev("ukraine", d, voice="ukraine", source="ukraine:official") for d in range(5)], ("ukraine", "reported")),
    ("both sides say it: confirmed",
     [ev("ukraine", voice="ukraine", source="ukraine:official"),
      ev("ukraine", 1, voice="russia", source="speaker:milblogger")], ("ukraine", "confirmed")),
    ("admission against interest: confirmed at once",
     [ev("ukraine", voice="russia", source="russia:official", admission=True)], ("ukraine", "confirmed")),
    ("only hedged reports: unconfirmed",
     [ev("ukraine", hedged=True, source="speaker:channel"), ev("ukraine", 1, hedged=True, source="outlet:b")],
     ("ukraine", "unconfirmed")),
    ("the two sides contradict each other, neither admits: disputed",
     [ev("ukraine", voice="ukraine", source="ukraine:official"),
      ev("russia", 1, voice="russia", source="russia:official")], ("russia", "disputed")),
    ("independent outlets disagree: reported, the latest",
     [ev("ukraine", source="outlet:a"), ev("russia", 1, source="outlet:b")], ("russia", "reported")),
    ("an earlier boast is superseded by a later admission (no dispute)",
     [ev("russia", 0, voice="russia", source="russia:proxy"),
      ev("ukraine", 1, voice="russia", source="russia:official", admission=True)], ("ukraine", "confirmed")),
    ("an admission at the same moment also supersedes",
     [ev("russia", 0, voice="russia", source="russia:proxy"),
      ev("ukraine", 0, voice="russia", source="russia:official", admission=True)], ("ukraine", "confirmed")),
    ("the latest admission wins when the place changes hands again",
     [ev("ukraine", 0, voice="russia", source="russia:official", admission=True),
      ev("russia", 30, voice="ukraine", source="ukraine:official", admission=True)], ("russia", "confirmed")),
    ("two sources report a later change after an admission: reported",
     [ev("ukraine", 0, voice="russia", source="russia:official", admission=True),
      ev("russia", 40, source="outlet:a"), ev("russia", 41, source="outlet:b")], ("russia", "reported")),
    ("one later contrary outlet does not undo an admission",
     [ev("ukraine", 0, voice="russia", source="russia:official", admission=True),
      ev("russia", 40, source="outlet:a")], ("ukraine", "confirmed")),
    ("an analyst's confirmation decides",
     [ev("russia", 0, source="outlet:a"), ev("russia", 1, source="outlet:b"),
      ev("ukraine", 2, hedged=True, analyst="confirm", source="speaker:channel")], ("ukraine", "confirmed")),
    ("a rejected claim counts for nothing",
     [ev("ukraine", 0, source="outlet:a", analyst="reject")], None),
    ("newer fighting makes a place contested",
     [ev("ukraine", 0, source="outlet:a"), ev("ukraine", 0, source="outlet:b"), ev("contested", 3, source="outlet:c")],
     ("contested", "reported")),
    ("older fighting does not outweigh a later capture",
     [ev("contested", 0, source="outlet:c"), ev("ukraine", 1, source="outlet:a")], ("ukraine", "reported")),
    ("hedged fighting only: contested, unconfirmed",
     [ev("contested", 0, hedged=True, source="speaker:residents")], ("contested", "unconfirmed")),
    ("no claims: no status", [], None),
]


@pytest.mark.parametrize("name, claims, expected", CASES, ids=[c[0] for c in CASES])
def test_fusion_rules(name, claims, expected):
    status = fuse(claims)
    assert (None if status is None else (status.control, status.confidence)) == expected


def test_contested_keeps_the_last_confirmed_controller():
    status = fuse([ev("ukraine", 0, voice="russia", source="russia:official", admission=True),
                   ev("contested", 5, source="outlet:x")])
    assert (status.control, status.last_confirmed) == ("contested", "ukraine")


def test_sources_are_counted_per_side_once_each():
    status = fuse([ev("ukraine", 0, voice="ukraine", source="ukraine:official"),
                   ev("ukraine", 1, voice="ukraine", source="ukraine:official"),
                   ev("ukraine", 2, voice="independent", source="outlet:a"),
                   ev("ukraine", 3, voice="russia", source="russia:official", admission=True)])
    assert status.sources == {"ukraine": 1, "russia": 1, "independent": 1}


def test_order_of_arrival_does_not_change_the_answer():
    claims = [ev("russia", 0, voice="russia", source="russia:proxy"),
              ev("ukraine", 1, voice="russia", source="russia:official", admission=True),
              ev("contested", 0, source="outlet:c"), ev("ukraine", 2, source="outlet:a")]
    assert fuse(claims) == fuse(list(reversed(claims)))


# --- fighting expires (R6) -------------------------------------------------------------------

from monitor.projections.fusion import CONTESTED_WINDOW, PlaceEvidence  # noqa: E402


def _evidence(claims) -> PlaceEvidence:
    evidence = PlaceEvidence()
    for claim in claims:
        evidence.add(claim)
    return evidence


def test_recent_fighting_holds_a_place_contested() -> None:
    evidence = _evidence([ev("ukraine", 0, source="outlet:a"), ev("contested", 5, source="outlet:b")])
    assert evidence.status(T0 + timedelta(days=5) + CONTESTED_WINDOW).control == "contested"


def test_fighting_no_claim_supports_expires_back_to_the_last_known_controller() -> None:
    evidence = _evidence([ev("ukraine", 0, source="outlet:a"), ev("ukraine", 1, source="outlet:c"),
                          ev("contested", 5, source="outlet:b")])
    late = evidence.status(T0 + timedelta(days=6) + CONTESTED_WINDOW)
    assert (late.control, late.confidence) == ("ukraine", "confirmed")
    assert evidence.status().control == "contested"  # without a moment: as folded


def test_a_single_fighting_claim_does_not_hold_a_city_for_months() -> None:
    evidence = _evidence([ev("contested", 0, source="outlet:a")])
    assert evidence.status(T0 + timedelta(days=10)).control == "contested"
    assert evidence.status(T0 + timedelta(days=90)) is None


def test_new_fighting_renews_the_window() -> None:
    evidence = _evidence([ev("russia", 0, source="outlet:a"), ev("contested", 1, source="outlet:b"),
                          ev("contested", 40, source="outlet:c")])
    assert evidence.status(T0 + timedelta(days=60)).control == "contested"
