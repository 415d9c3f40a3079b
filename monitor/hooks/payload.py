"""What a receiver gets: the JSON payload, and a short message for text channels.

Both are built from the same :class:`Alert`. Quotes, titles and speakers come from
articles and are untrusted: in JSON they are strings, in messages they are folded to one
plain line each and cut short (never markup, never anything a shell would see).
"""

from __future__ import annotations

import json
import re
from typing import Any

from monitor.domain.codec import iso
from monitor.hooks.alerts import Alert, ClaimInfo

PAYLOAD_VERSION = 1
QUOTE_CHARS = 280
MESSAGE_CLAIMS = 3
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")
_WORDS = {"control_changed": "control changed", "confidence_upgraded": "confidence upgraded",
          "unconfirmed_report": "new unconfirmed report", "disputed": "now disputed"}


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
        "claims": [_claim(c) for c in alert.claims],
    }


def _claim(claim: ClaimInfo) -> dict[str, Any]:
    return {"id": claim.claim_id, "quote": claim.quote, "control": claim.control, "factuality": claim.factuality,
            "speaker": claim.speaker, "outlet": claim.outlet, "source": claim.source, "url": claim.url, "title": claim.title,
            "published": iso(claim.published) if claim.published else None, "verdict": claim.verdict}


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
    """Untrusted text as one inert line: no control or bidi characters, whitespace folded, cut short."""
    folded = " ".join(_CONTROL.sub(" ", text or "").split())
    return folded if len(folded) <= limit else folded[: limit - 1] + "\u2026"
