"""Hooks made ready to send: each with its filter, retry policy and sender.

Everything that can be wrong with a hook outside the settings file (a secret variable
not set, a place the gazetteer does not know, Apprise not installed) is found here,
before anything is sent or appended, as one line naming the hook.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from monitor.gazetteer import Gazetteer, load_gazetteer
from monitor.hooks.delivery import Send
from monitor.hooks.errors import HookError
from monitor.hooks.filters import AlertFilter, build_filter
from monitor.hooks.hook_like import HookLike
from monitor.hooks.retries import RetryPolicy


@dataclass(frozen=True)
class Target:
    name: str
    kind: str
    filter: AlertFilter
    policy: RetryPolicy
    send: Send

    def close(self) -> None:
        close = getattr(self.send, "close", None)
        if close:
            close()


def build_targets(hooks: Sequence[HookLike], environ: Mapping[str, str] = os.environ,
                  gazetteer: Callable[[], Gazetteer] = load_gazetteer) -> list[Target]:
    """The enabled hooks, ready to send (raises :class:`HookError` for the first that cannot)."""
    return [build_target(hook, environ, gazetteer) for hook in hooks if hook.enabled]


def build_target(hook: HookLike, environ: Mapping[str, str] = os.environ,
                 gazetteer: Callable[[], Gazetteer] = load_gazetteer, *, sending: bool = True) -> Target:
    """One hook ready to send; with ``sending=False`` its filter only (to list what waits)."""
    needs_places = bool(hook.places or hook.oblasts)
    alert_filter = build_filter(hook.name, hook.triggers, hook.places, hook.oblasts, hook.min_confidence,
                                gazetteer() if needs_places else None)
    policy = RetryPolicy(hook.max_attempts, hook.backoff, hook.max_backoff)
    return Target(hook.name, hook.kind, alert_filter, policy, sender(hook, environ) if sending else _not_sending)


def _not_sending(alert, attempt):
    raise RuntimeError("a hook built for listing does not send")


def sender(hook: HookLike, environ: Mapping[str, str] = os.environ) -> Send:
    if hook.kind == "webhook":
        from monitor.hooks.webhook import WebhookSender

        return WebhookSender(hook.url or "", secret(hook, environ), hook.timeout)
    if hook.kind == "command":
        from monitor.hooks.command import CommandSender

        return CommandSender(hook.command, hook.timeout)
    if hook.kind == "apprise":
        from monitor.hooks.apprise_sender import AppriseSender

        return AppriseSender(hook.name, hook.urls, hook.timeout)
    raise HookError(f"hook {hook.name!r}: unknown kind {hook.kind!r}")


def secret(hook: HookLike, environ: Mapping[str, str] = os.environ) -> bytes | None:
    """A webhook's signing secret, from the variable its settings name (never from the file)."""
    if not hook.secret_env:
        return None
    value = environ.get(hook.secret_env)
    if not value:
        raise HookError(f"hook {hook.name!r}: secret_env: the environment variable {hook.secret_env} is not set "
                        "(it holds the webhook's signing secret)")
    return value.encode()
