"""What the alert hooks need of a hook's settings, as a protocol.

``monitor.config.HookSpec`` satisfies it; the hooks layer does not import the settings
package (see the layering in DESIGN.md), and tests can pass their own values.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Protocol


class HookLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...  # "webhook", "command" or "apprise"
    @property
    def url(self) -> str | None: ...  # a webhook's address
    @property
    def secret_env(self) -> str | None: ...  # the environment variable holding a webhook's secret
    @property
    def command(self) -> tuple[str, ...]: ...  # a command hook's argv
    @property
    def env(self) -> tuple[str, ...]: ...  # variables a command hook is given besides the minimal ones
    @property
    def urls(self) -> tuple[str, ...]: ...  # Apprise URLs
    @property
    def triggers(self) -> tuple[str, ...]: ...
    @property
    def places(self) -> tuple[str, ...]: ...
    @property
    def oblasts(self) -> tuple[str, ...]: ...
    @property
    def min_confidence(self) -> str | None: ...
    @property
    def timeout(self) -> timedelta: ...
    @property
    def max_attempts(self) -> int: ...
    @property
    def backoff(self) -> timedelta: ...
    @property
    def max_backoff(self) -> timedelta: ...
    @property
    def enabled(self) -> bool: ...
