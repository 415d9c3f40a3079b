"""Apprise delivery (Slack, Telegram, Matrix, e-mail, ntfy and more): the short text message.

Apprise is an optional extra, imported only when an apprise hook is built; without it
the hook fails to build with one line saying how to install it. The message is sent as
plain text, so nothing from an article is ever read as markup.
"""

from __future__ import annotations

import inspect
import logging
from datetime import timedelta

from monitor.hooks.alerts import Alert
from monitor.hooks.delivery import Attempted
from monitor.hooks.errors import HookError
from monitor.hooks.payload import message

INSTALL = "pip install 'front-monitor[apprise]'"


def load_apprise(hook_name: str):
    try:
        import apprise
    except ImportError:
        raise HookError(f"hook {hook_name!r}: apprise hooks need the Apprise library: {INSTALL}") from None
    return apprise


class AppriseSender:
    def __init__(self, hook_name: str, urls: tuple[str, ...], timeout: timedelta) -> None:
        self._apprise = load_apprise(hook_name)
        self._notifier = self._apprise.Apprise()
        for url in urls:
            if not self._notifier.add(url):
                raise HookError(f"hook {hook_name!r}: urls: Apprise does not understand {_redacted(url)!r}")
        accepts = inspect.signature(self._notifier.notify).parameters
        self._extra = {"timeout": timeout.total_seconds()} if "timeout" in accepts else {}

    def __call__(self, alert: Alert, attempt: int) -> Attempted:
        title, text = message(alert)
        with self._apprise.LogCapture(level=logging.WARNING) as captured:
            sent = self._notifier.notify(body=text, title=title, body_format=self._apprise.NotifyFormat.TEXT,
                                         interpret_escapes=False, **self._extra)
        if sent:
            return Attempted(True, f"sent to {len(self._notifier)} services")
        said = [x for x in captured.getvalue().splitlines() if x.strip()]
        return Attempted.failed("apprise: " + (said[-1].split(" - ", 2)[-1] if said else "not sent"))

    def close(self) -> None:
        pass


def _redacted(url: str) -> str:
    """An Apprise URL without what follows the scheme's first part (tokens live there)."""
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest[:12]}…" if rest else url
