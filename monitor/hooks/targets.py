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
from monitor.hooks.secrets import Scrubbed, configured_secrets


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
    """The enabled hooks, ready to send (raises :class:`HookError` for the first that cannot).
    What they report is scrubbed of every hook's secrets, not only their own."""
    secrets = configured_secrets(hooks, environ)
    return [build_target(hook, environ, gazetteer, secrets=secrets) for hook in hooks if hook.enabled]


def build_target(hook: HookLike, environ: Mapping[str, str] = os.environ,
                 gazetteer: Callable[[], Gazetteer] = load_gazetteer, *, sending: bool = True,
                 secrets: Sequence[str] | None = None) -> Target:
    """One hook ready to send; with ``sending=False`` its filter only (to list what waits).
    ``secrets``: the values its outcomes are scrubbed of (by default, its own)."""
    needs_places = bool(hook.places or hook.oblasts)
    alert_filter = build_filter(hook.name, hook.triggers, hook.places, hook.oblasts, hook.min_confidence,
                                gazetteer() if needs_places else None)
    policy = RetryPolicy(hook.max_attempts, hook.backoff, hook.max_backoff)
    if not sending:
        return Target(hook.name, hook.kind, alert_filter, policy, _not_sending)
    secrets = configured_secrets([hook], environ) if secrets is None else tuple(secrets)
    return Target(hook.name, hook.kind, alert_filter, policy, Scrubbed(sender(hook, environ, secrets), secrets))


def _not_sending(alert, attempt):
    raise RuntimeError("a hook built for listing does not send")


def sender(hook: HookLike, environ: Mapping[str, str] = os.environ, secrets: Sequence[str] = ()) -> Send:
    if hook.kind == "webhook":
        from monitor.hooks.webhook import WebhookSender

        return WebhookSender(hook.url or "", secret(hook, environ), hook.timeout)
    if hook.kind == "command":
        from monitor.hooks.command import CommandSender

        return CommandSender(hook.command, hook.timeout, tuple(getattr(hook, "env", ()) or ()), environ, secrets)
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
