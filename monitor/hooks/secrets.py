"""The secrets the hooks are configured with, and text scrubbed of them.

A hook's outcome is recorded in the log for good (``AlertDelivered.detail``) and shown by
``monitor hooks`` and the daemon's log lines; a command that prints a token on stderr,
or an error message that quotes a URL, must not put a secret there. Every detail is
scrubbed of the values of every configured secret before it is recorded: each webhook's
signing secret (its ``secret_env`` variable), the variables command hooks are given
(``env = [...]``: tokens, usually), and the credentials written into hook URLs (a
password, secret-looking query values, the path tokens of Apprise URLs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import parse_qsl, urlsplit

from monitor.hooks.delivery import Attempted, Send
from monitor.hooks.hook_like import HookLike

MASK = "***"
MIN_SECRET = 6  # shorter values ("1", "en") would mask ordinary words
_SECRET_PARAM = re.compile(r"token|key|secret|pass|pwd|auth|sig|credential|session|code", re.IGNORECASE)


def configured_secrets(hooks: Iterable[HookLike], environ: Mapping[str, str]) -> tuple[str, ...]:
    """Every secret value the hooks are configured with, longest first (so a secret holding
    another is masked whole)."""
    found: set[str] = set()
    for hook in hooks:
        names = ([hook.secret_env] if hook.secret_env else []) + list(getattr(hook, "env", ()) or ())
        found.update(environ.get(name, "") for name in names)
        for url in ([hook.url] if hook.url else []) + list(hook.urls):
            found.update(_url_secrets(url))
    return tuple(sorted((s for s in found if len(s) >= MIN_SECRET), key=len, reverse=True))


def _url_secrets(url: str) -> set[str]:
    scheme, _, rest = url.partition("://")
    found: set[str] = set()
    userinfo = rest.split("/", 1)[0].rpartition("@")[0]
    if userinfo:
        found.update(userinfo.split(":", 1)[1:] or [userinfo])
    if scheme.lower() not in ("http", "https"):  # Apprise keeps tokens in the host and path
        found.update(part for part in re.split(r"[/:@?&=]", rest) if len(part) >= 8)
    try:
        query = urlsplit(url).query
    except ValueError:
        return found
    found.update(value for name, value in parse_qsl(query) if _SECRET_PARAM.search(name))
    return found


def scrub(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


class Scrubbed:
    """A sender whose outcomes never carry a configured secret."""

    def __init__(self, send: Send, secrets: Sequence[str]) -> None:
        self._send = send
        self._secrets = tuple(secrets)

    def __call__(self, alert, attempt: int) -> Attempted:
        outcome = self._send(alert, attempt)
        return Attempted(outcome.ok, scrub(outcome.detail, self._secrets))

    def close(self) -> None:
        close = getattr(self._send, "close", None)
        if close:
            close()
