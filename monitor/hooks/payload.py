"""What a receiver gets: the JSON payload, and a short message for text channels.

Both are built from the same :class:`Alert`. Quotes, titles and speakers come from
articles and are untrusted: in JSON they are strings, in messages they are folded to one
plain line each and cut short (never markup, never anything a shell would see).
"""

from __future__ import annotations

import json
from typing import Any

from monitor.domain.codec import iso
from monitor.domain.inert_text import terminal_line
from monitor.hooks.alerts import Alert, ClaimInfo

PAYLOAD_VERSION = 1
QUOTE_CHARS = 280
MESSAGE_CLAIMS = 3
_WORDS = {"control_changed": "control changed", "confidence_upgraded": "confidence upgraded",
          "unconfirmed_report": "new unconfirmed report", "disputed": "now disputed"}


# Bounds on the untrusted text of a payload (characters; the README lists them): articles are
# bounded where they are read, claims are read from them, and a payload is bounded again so
# that no log, old or new, can make a webhook body larger than a few tens of kilobytes.
TITLE_CHARS = 300
QUOTE_MAX = 1000
SPEAKER_CHARS = 200
OUTLET_CHARS = 120
URL_CHARS = 2048
PAYLOAD_CLAIMS = 20


def payload(alert: Alert) -> dict[str, Any]:
    place = alert.place
    return {
        "version": PAYLOAD_VERSION,
        "id": alert.id,
        "hook": alert.hook,
        "trigger": alert.trigger,
        "sample": alert.sample,
        "at": iso(alert.at),
        "position": alert.position,
        "place": {"id": place.id, "name": place.name, "oblast": place.oblast, "lat": place.lat, "lon": place.lon},
        "control": {"from": alert.control.before, "to": alert.control.after},
        "confidence": {"from": alert.confidence.before, "to": alert.confidence.after},
        "claims": [_claim(c) for c in alert.claims[:PAYLOAD_CLAIMS]],
    }


def _claim(claim: ClaimInfo) -> dict[str, Any]:
    return {"id": claim.claim_id, "quote": _cut(claim.quote, QUOTE_MAX), "control": claim.control,
            "factuality": claim.factuality, "speaker": _cut(claim.speaker, SPEAKER_CHARS),
            "outlet": _cut(claim.outlet, OUTLET_CHARS), "source": claim.source,
            "url": claim.url if claim.url is None or len(claim.url) <= URL_CHARS else None,
            "title": _cut(claim.title, TITLE_CHARS),
            "published": iso(claim.published) if claim.published else None, "verdict": claim.verdict}


def _cut(text: str | None, limit: int) -> str | None:
    """Untrusted text within its bound (as written when it fits: JSON carries it exactly)."""
    return text if text is None or len(text) <= limit else text[: limit - 1] + "\u2026"


def body(alert: Alert) -> bytes:
    """The exact bytes sent (and signed): compact UTF-8 JSON."""
    return json.dumps(payload(alert), ensure_ascii=False, separators=(",", ":")).encode()


def message(alert: Alert) -> tuple[str, str]:
    """(title, body) in plain text: what changed, where, when, and who says so."""
    place = alert.place
    where = f"{line(place.name)} ({line(place.oblast)} oblast)" if place.oblast else line(place.name)
    now = f"{alert.control.after}, {alert.confidence.after}"
    title = f"{where}: {now}" + (" [test]" if alert.sample else "")
    was = (f"was {alert.control.before}, {alert.confidence.before}" if alert.control.before
           else "no status before")
    lines = [f"{_WORDS.get(alert.trigger, alert.trigger)}: {line(place.name)} is {now} ({was}), "
             f"{alert.at.strftime('%Y-%m-%d %H:%M')} UTC."]
    for claim in alert.claims[:MESSAGE_CLAIMS]:
        who = ", ".join(line(x) for x in (claim.speaker, claim.outlet or claim.source) if x)
        lines.append(f"\u201c{line(claim.quote, QUOTE_CHARS)}\u201d" + (f" ({who})" if who else "")
                     + (f" {line(claim.url)}" if claim.url else ""))
    if len(alert.claims) > MESSAGE_CLAIMS:
        lines.append(f"and {len(alert.claims) - MESSAGE_CLAIMS} more claims.")
    lines.append(f"alert {alert.id}")
    return title, "\n".join(lines)


def line(text: str | None, limit: int = 200) -> str:
    """Untrusted text as one inert line (the shared sanitiser): no control or bidi characters,
    whitespace folded, cut short."""
    return terminal_line(text or "", limit)
