"""Command delivery: the hook's argv run directly (never a shell), the JSON on stdin.

Nothing from an alert is put in the argv. A few environment variables say what the
alert is (ids, place, control, confidence: values from the gazetteer and the fold, not
article text); quotes reach the command only inside the JSON on stdin, as data. The
command runs in its own session, so a timeout kills it and everything it started.

The environment is minimal: ``PATH``, ``LANG``, the ``MONITOR_ALERT_*`` variables and the
variables the hook lists in ``env = [...]``; nothing else of the monitor's environment (the
other hooks' signing secrets, database passwords) reaches it. Its last stderr line, kept
as the attempt's detail, is scrubbed of every configured secret and cut to 200 characters.
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Mapping, Sequence
from datetime import timedelta

from monitor.hooks.alerts import Alert
from monitor.hooks.delivery import Attempted, one_line
from monitor.hooks.payload import body, line
from monitor.hooks.secrets import scrub


def alert_environment(alert: Alert, attempt: int) -> dict[str, str]:
    values = {
        "MONITOR_ALERT_ID": alert.id,
        "MONITOR_ALERT_HOOK": alert.hook,
        "MONITOR_ALERT_TRIGGER": alert.trigger,
        "MONITOR_ALERT_ATTEMPT": str(attempt),
        "MONITOR_ALERT_PLACE": line(alert.place.name),
        "MONITOR_ALERT_PLACE_ID": alert.place.id or "",
        "MONITOR_ALERT_CONTROL": alert.control.after or "",
        "MONITOR_ALERT_CONFIDENCE": alert.confidence.after or "",
    }
    return {key: value.replace("\x00", "") for key, value in values.items()}


PASSED = ("PATH", "LANG")  # what every command gets of the monitor's environment
STDERR_CHARS = 200


class CommandSender:
    def __init__(self, argv: tuple[str, ...], timeout: timedelta, passed: tuple[str, ...] = (),
                 environ: Mapping[str, str] = os.environ, secrets: Sequence[str] = ()) -> None:
        self.argv = list(argv)
        self.timeout = timeout.total_seconds()
        self._base = {name: environ[name] for name in (*PASSED, *passed) if name in environ}
        self._secrets = tuple(secrets)

    def __call__(self, alert: Alert, attempt: int) -> Attempted:
        env = {**self._base, **alert_environment(alert, attempt)}
        try:
            process = subprocess.Popen(self.argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.PIPE, env=env, start_new_session=True, close_fds=True)
        except OSError as error:
            return Attempted.failed(f"cannot run {self.argv[0]}: {error.strerror or error}")
        try:
            _, errors = process.communicate(body(alert), timeout=self.timeout)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            return Attempted.failed(f"timed out after {self.timeout:g}s (killed)")
        if process.returncode == 0:
            return Attempted(True, "exit status 0")
        said = [x for x in errors.decode("utf-8", "replace").splitlines() if x.strip()]
        status = (f"killed by signal {-process.returncode}" if process.returncode < 0
                  else f"exit status {process.returncode}")
        return Attempted.failed(status + (f": {one_line(scrub(said[-1], self._secrets), STDERR_CHARS)}" if said else ""))

    def close(self) -> None:
        pass


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.communicate()
