"""The one error the hooks raise before anything is sent: a hook that cannot work."""

from __future__ import annotations


class HookError(ValueError):
    """One readable line naming the hook: a missing secret, an unknown place, no Apprise."""
