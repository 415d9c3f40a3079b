"""Alert hooks: tell people when a settlement changes hands, once, with the evidence.

Public surface: :func:`build_targets` (hooks from the settings, ready to send),
:class:`Dispatcher` (the tracked consumer of the status history: ``enrol``, ``run_once``,
``backlog``), the :class:`Alert` values and their JSON :func:`payload` / text
:func:`message`, :func:`sample_alert`, :data:`TRIGGERS`, and :class:`HookError` (a hook
that cannot work, one line). Everything else here is private to the hooks.
"""

from monitor.hooks.alerts import Alert, Change, ClaimInfo, PlaceInfo, alert_id
from monitor.hooks.dispatcher import AttemptReport, Dispatcher, PassReport, consumer_name
from monitor.hooks.errors import HookError
from monitor.hooks.hook_like import HookLike
from monitor.hooks.ledger import DELIVERED, FAILED, GAVE_UP, DeliveryState, Ledger
from monitor.hooks.payload import body, message, payload
from monitor.hooks.sample import sample_alert
from monitor.hooks.targets import Target, build_target, build_targets
from monitor.hooks.triggers import TRIGGERS, trigger_of
from monitor.hooks.webhook import signature

__all__ = [
    "DELIVERED",
    "FAILED",
    "GAVE_UP",
    "TRIGGERS",
    "Alert",
    "AttemptReport",
    "Change",
    "ClaimInfo",
    "DeliveryState",
    "Dispatcher",
    "HookError",
    "HookLike",
    "Ledger",
    "PassReport",
    "PlaceInfo",
    "Target",
    "alert_id",
    "body",
    "build_target",
    "build_targets",
    "consumer_name",
    "message",
    "payload",
    "sample_alert",
    "signature",
    "trigger_of",
]
