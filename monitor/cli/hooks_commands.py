"""`monitor hooks` (each hook and its recent deliveries) and `monitor hooks test NAME`.

Also the one place the CLI turns the settings' hooks into a dispatcher, for `monitor run`,
`monitor import --alerts` and `monitor poll --alerts`. The hooks package is imported only when used: most
commands never send an alert; nor are the settings' and the database's modules imported with
the parsers.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timezone

from typing import TYPE_CHECKING

from monitor.cli.context import Context
from monitor.cli.text import table

if TYPE_CHECKING:
    from monitor.config import HookSpec
    from monitor.log import EventStore

RECENT = 10


def add_parsers(commands) -> None:
    hooks = commands.add_parser(
        "hooks", help="the alert hooks, their recent deliveries, and a test alert",
        description="List the [[hooks]] of the settings file: where each sends, what it wants, how far it "
                    "has got, and the recent delivery attempts from the log. "
                    "`monitor hooks test NAME` sends a sample alert to one hook.")
    hooks.set_defaults(run=run_hooks)
    actions = hooks.add_subparsers(dest="action", metavar="ACTION")
    test = actions.add_parser("test", help="send a sample alert to one hook",
                              description="Send one sample alert (Balakliia, marked \"sample\": true) to a hook, "
                                          "now, once, and say what came of it. Nothing is recorded in the log.")
    test.add_argument("name", metavar="NAME")
    test.set_defaults(run=run_test)


def alert_dispatcher(ctx: Context, store: EventStore):
    """The dispatcher of the enabled hooks, or None when there are none (HookError if one cannot work)."""
    from monitor.hooks import Dispatcher, build_targets

    targets = build_targets(ctx.settings.hooks)
    return Dispatcher(store, targets) if targets else None


def send_alerts(ctx: Context, store: EventStore, dispatcher) -> None:
    """Bring the front up to date, then one attempt at every alert that is due (for one-shot commands)."""
    from monitor.projections.runner import catch_up

    catch_up(store, ctx.settings.affiliations)
    if dispatcher is None:
        print("alerts: no enabled hooks")
        return
    try:
        done = dispatcher.run_once()
    finally:
        dispatcher.close()
    if done.standby:
        print("alerts: another process (a `monitor run` on this log) is sending them")
        return
    for attempt in done.attempts:
        print(attempt.log_line())
    waiting = f", {done.count('failed')} to retry" if done.count("failed") else ""
    gave_up = f", {done.count('gave_up')} given up" if done.count("gave_up") else ""
    print(f"alerts: {done.count('delivered')} delivered{waiting}{gave_up}")


def run_hooks(args, ctx: Context) -> int:
    from monitor.domain.inert_text import terminal_line
    from monitor.domain.redaction import redact_urls
    from monitor.hooks import Dispatcher, HookError, build_target

    store = ctx.store()
    if not ctx.settings.hooks:
        print(f"no hooks in {ctx.settings.path or 'the settings (no sources.toml here)'}; "
              "add a [[hooks]] table (see the README, \"Alert hooks\")")
        return 0
    targets, problems = [], {}
    for hook in ctx.settings.hooks:
        try:
            build_target(hook).close()
        except HookError as error:
            problems[hook.name] = str(error)
        try:
            targets.append(build_target(hook, sending=False))
        except HookError:
            pass
    dispatcher = Dispatcher(store, targets)
    queued = dispatcher.queued()
    stranded = dispatcher.stranded(queued)  # failed, and nothing will try them again
    outcomes = dispatcher.ledger.outcomes()
    rows = []
    for hook in ctx.settings.hooks:
        counts = outcomes.get(hook.name, {})
        waiting = queued.get(hook.name)
        state = ("cannot send" if hook.name in problems else "disabled" if not hook.enabled
                 else "not started" if waiting is None else "ok")
        left = stranded.get(hook.name, 0)
        rows.append([hook.name, hook.kind, _where(hook), _wants(hook), counts.get("delivered", 0),
                     counts.get("failed", 0) - left, counts.get("gave_up", 0), left or "",
                     _or_blank(None if waiting is None else len(waiting)), state])
    print(table(["hook", "kind", "sends to", "wants", "delivered", "retrying", "gave up", "not retried", "waiting",
                 "state"], rows, flexible=3))
    for problem in problems.values():
        print(f"cannot send: {terminal_line(redact_urls(problem))}")
    for name, left in stranded.items():
        print(f"{terminal_line(name)}: {left} failed alert{'s' if left != 1 else ''} will not be tried again (the "
              "hook is disabled or gone, or another process moved its queue past them); they stay as recorded")
    recent = list(dispatcher.ledger.recent)[-RECENT:]
    if recent:
        print("\nrecent deliveries")
        print(table(["time", "hook", "alert", "attempt", "outcome", "detail"],
                    [[_when(e.attempted_at), e.hook, e.alert_id, e.attempt, e.outcome, e.detail]
                     for e in reversed(recent)], flexible=5))
    return 0


def run_test(args, ctx: Context) -> int:
    from monitor.hooks import build_target, sample_alert
    from monitor.hooks.secrets import configured_secrets

    hook = ctx.settings.hook(args.name)
    if hook is None:
        known = ", ".join(h.name for h in ctx.settings.hooks) or "none"
        raise ValueError(f"no hook named {args.name!r} in {ctx.settings.path or 'the settings'} (known: {known})")
    target = build_target(hook, secrets=configured_secrets(ctx.settings.hooks, os.environ))
    try:
        alert = sample_alert(hook.name, datetime.now(timezone.utc))
        outcome = target.send(alert, 1)
    finally:
        target.close()
    verdict = "delivered" if outcome.ok else "failed"
    print(f"hook {hook.name}: sample alert {alert.id} {verdict} ({outcome.detail})",
          file=sys.stdout if outcome.ok else sys.stderr)
    return 0 if outcome.ok else 1


def _or_blank(value: object) -> object:
    return "" if value is None else value


def _where(hook: HookSpec) -> str:
    """Where a hook sends, without the credentials its address may hold."""
    from monitor.domain.redaction import redact_url, redact_urls

    if hook.kind == "webhook":
        return redact_url(hook.url or "") + (f" (signed, ${hook.secret_env})" if hook.secret_env else "")
    if hook.kind == "command":
        return redact_urls(" ".join(hook.command))
    return f"{len(hook.urls)} Apprise URL" + ("s" if len(hook.urls) != 1 else "")


def _wants(hook: HookSpec) -> str:
    from monitor.config import TRIGGERS, format_duration

    parts = ["every trigger" if set(hook.triggers) == set(TRIGGERS) else ",".join(hook.triggers)]
    if hook.places:
        parts.append("places=" + ",".join(hook.places))
    if hook.oblasts:
        parts.append("oblasts=" + ",".join(hook.oblasts))
    if hook.min_confidence:
        parts.append(f"min={hook.min_confidence}")
    parts.append(f"tries={hook.max_attempts} every {format_duration(hook.backoff)}+")
    return " ".join(parts)


def _when(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
