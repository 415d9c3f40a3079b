"""The pure parts of alerting: triggers, filters, retries, the ledger fold, payload and message."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime, timedelta, timezone

import pytest

from monitor.domain.events import AlertDelivered
from monitor.gazetteer import load_gazetteer
from monitor.hooks import Alert, Change, ClaimInfo, PlaceInfo, alert_id, body, message, payload, signature, \
    trigger_of
from monitor.hooks.filters import build_filter
from monitor.hooks.errors import HookError
from monitor.hooks.ledger import fold
from monitor.hooks.retries import RetryPolicy
from monitor.projections.rows import TransitionRow

T0 = datetime(2022, 9, 10, 12, tzinfo=timezone.utc)


def _row(before: tuple[str | None, str | None], after: tuple[str | None, str | None], place_key: str = "P") \
        -> TransitionRow:
    return TransitionRow(7, place_key, "Izium", T0, before[0], before[1], after[0], after[1], ("c1",))


@pytest.mark.parametrize("before, after, trigger", [
    ((None, None), ("ukraine", "confirmed"), "control_changed"),
    ((None, None), ("contested", "reported"), "control_changed"),
    ((None, None), ("ukraine", "unconfirmed"), "unconfirmed_report"),
    (("russia", "confirmed"), ("ukraine", "reported"), "control_changed"),
    (("russia", "confirmed"), ("ukraine", "unconfirmed"), "unconfirmed_report"),
    (("ukraine", "unconfirmed"), ("ukraine", "confirmed"), "confidence_upgraded"),
    (("ukraine", "reported"), ("ukraine", "confirmed"), "confidence_upgraded"),
    (("ukraine", "disputed"), ("ukraine", "confirmed"), "confidence_upgraded"),
    (("ukraine", "reported"), ("ukraine", "disputed"), "disputed"),
    (("russia", "confirmed"), ("ukraine", "disputed"), "disputed"),
    (("ukraine", "disputed"), ("russia", "disputed"), None),  # the sides trading claims: still disputed
    (("ukraine", "confirmed"), ("ukraine", "reported"), None),  # weaker: no news
    (("ukraine", "confirmed"), (None, None), None),  # status dropped (claims withdrawn)
])
def test_each_transition_is_one_trigger_or_none(before, after, trigger):
    assert trigger_of(_row(before, after)) == trigger


def test_filters_by_trigger_place_any_spelling_oblast_and_least_confidence():
    gazetteer = load_gazetteer()
    izium = gazetteer.lookup("Izium")[0]
    kharkiv_only = build_filter("h", ["control_changed", "disputed"], ["Izyum", "Kupiansk"], ["Kharkiv Oblast"],
                                "confirmed", gazetteer)
    assert kharkiv_only.accepts("control_changed", izium.id, izium.oblast_id, "confirmed")
    assert not kharkiv_only.accepts("control_changed", izium.id, izium.oblast_id, "reported")
    assert kharkiv_only.accepts("disputed", izium.id, izium.oblast_id, "disputed")  # a dispute is not held back
    assert not kharkiv_only.accepts("unconfirmed_report", izium.id, izium.oblast_id, "confirmed")
    lyman = gazetteer.lookup("Lyman")[0]
    assert not kharkiv_only.accepts("control_changed", lyman.id, lyman.oblast_id, "confirmed")
    anywhere = build_filter("h", ["control_changed"], [], [], None, None)
    assert anywhere.accepts("control_changed", "name:kalynivka", None, "unconfirmed")
    by_name = build_filter("h", ["control_changed"], ["Kalynivka"], [], None, gazetteer)
    assert by_name.accepts("control_changed", "name:Kalynivka", None, "reported")  # left ambiguous by the claims
    with pytest.raises(HookError, match="hook 'h': places: 'Atlantis' is not a settlement"):
        build_filter("h", ["control_changed"], ["Atlantis"], [], None, gazetteer)
    with pytest.raises(HookError, match="oblasts: 'Narnia' is not an oblast"):
        build_filter("h", ["control_changed"], [], ["Narnia"], None, gazetteer)


def test_retries_back_off_exponentially_up_to_a_cap_then_give_up():
    policy = RetryPolicy(max_attempts=5, backoff=timedelta(seconds=2), max_backoff=timedelta(seconds=10))
    assert [policy.delay(n).total_seconds() for n in range(1, 6)] == [2, 4, 8, 10, 10]
    assert policy.retry_at(T0, 3) == T0 + timedelta(seconds=8)
    assert not policy.gives_up_after(4) and policy.gives_up_after(5)


def test_the_ledger_fold_keeps_the_latest_attempt_and_a_finished_alert_stays_finished():
    states: dict = {}
    attempts = [AlertDelivered("a", "h", 1, "failed", "HTTP 503", T0),
                AlertDelivered("a", "h", 2, "delivered", "HTTP 200", T0 + timedelta(seconds=2)),
                AlertDelivered("a", "h", 2, "delivered", "HTTP 200", T0 + timedelta(seconds=2)),  # a second process
                AlertDelivered("a", "h", 1, "failed", "late", T0)]  # an older attempt read late
    for event in attempts:
        fold(states, event)
    assert (states["a"].attempts, states["a"].outcome, states["a"].finished) == (2, "delivered", True)


def test_alert_ids_are_stable_per_hook_transition_and_place():
    assert alert_id("desk", 7, "P") == alert_id("desk", 7, "P")
    assert len({alert_id("desk", 7, "P"), alert_id("chat", 7, "P"), alert_id("desk", 8, "P"),
                alert_id("desk", 7, "Q")}) == 4


HOSTILE = "Izium is ours\"; rm -rf ~ $(id) `reboot`\n\x1b[31mRED\u202e <b>bold</b>"


def _alert() -> Alert:
    claim = ClaimInfo("c1", HOSTILE, "ukraine", "attributed", "a speaker\nwith a newline", None, "desk",
                      "https://example.org/a", HOSTILE, T0)
    return Alert(alert_id("desk", 7, "P"), "desk", "control_changed", 7, T0,
                 PlaceInfo("P", "P", "Izium", "Kharkiv", 49.2, 37.3), Change("russia", "ukraine"),
                 Change("confirmed", "reported"), (claim,))


def test_the_payload_carries_untrusted_text_as_json_strings_unchanged():
    data = json.loads(body(_alert()))
    assert data == payload(_alert()) | {"at": "2022-09-10T12:00:00+00:00"}
    assert data["claims"][0]["quote"] == HOSTILE and data["claims"][0]["source"] == "desk"
    assert data["control"] == {"from": "russia", "to": "ukraine"}
    assert data["confidence"] == {"from": "confirmed", "to": "reported"}
    assert data["place"] == {"id": "P", "name": "Izium", "oblast": "Kharkiv", "lat": 49.2, "lon": 37.3}


def test_the_message_is_plain_inert_lines():
    title, text = message(_alert())
    assert title == "Izium (Kharkiv oblast): ukraine, reported"
    assert "\x1b" not in text and "\u202e" not in text
    quote_line = next(line for line in text.splitlines() if "rm -rf" in line)
    assert "$(id)" in quote_line and "a speaker with a newline" in quote_line  # folded, shown as text
    assert len(text.splitlines()) == 3


def test_the_signature_is_the_hmac_of_the_exact_body():
    data = body(_alert())
    assert signature(b"k", data) == "sha256=" + hmac.new(b"k", data, hashlib.sha256).hexdigest()
