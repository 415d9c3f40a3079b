"""Webhook delivery: one signed JSON POST per attempt.

Headers: ``Idempotency-Key`` (the alert id, the same on every attempt and after a
crash), ``X-Monitor-Signature: sha256=<hex HMAC-SHA256 of the body>`` when the hook has
a secret, ``X-Monitor-Attempt``. Any 2xx is delivered; anything else is a failure to
retry. Redirects are not followed: a moved receiver should be configured where it is.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

import httpx

from monitor import __version__
from monitor.hooks.alerts import Alert
from monitor.hooks.delivery import Attempted
from monitor.hooks.payload import body

USER_AGENT = f"front-monitor/{__version__} (alert hooks)"


def signature(secret: bytes, payload: bytes) -> str:
    """The header value receivers check: ``sha256=`` and the hex HMAC of the exact body."""
    return "sha256=" + hmac.new(secret, payload, hashlib.sha256).hexdigest()


class WebhookSender:
    def __init__(self, url: str, secret: bytes | None, timeout: timedelta) -> None:
        self.url = url
        self._secret = secret
        self._client = httpx.Client(timeout=timeout.total_seconds(), follow_redirects=False,
                                    headers={"User-Agent": USER_AGENT})

    def __call__(self, alert: Alert, attempt: int) -> Attempted:
        data = body(alert)
        headers = {"Content-Type": "application/json; charset=utf-8", "Idempotency-Key": alert.id,
                   "X-Monitor-Attempt": str(attempt), "X-Monitor-Trigger": alert.trigger}
        if self._secret is not None:
            headers["X-Monitor-Signature"] = signature(self._secret, data)
        try:
            response = self._client.post(self.url, content=data, headers=headers)
        except httpx.TimeoutException:
            return Attempted.failed(f"timed out after {self._client.timeout.read:g}s")
        except httpx.ConnectError as error:
            return Attempted.failed(f"cannot connect: {error}")
        except httpx.HTTPError as error:
            return Attempted.failed(f"{type(error).__name__}: {error}")
        if 200 <= response.status_code < 300:
            return Attempted(True, f"HTTP {response.status_code}")
        hint = " (redirects are not followed)" if response.is_redirect else ""
        return Attempted.failed(f"HTTP {response.status_code}{hint}")

    def close(self) -> None:
        self._client.close()
