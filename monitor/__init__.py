"""The monitor: an event-sourced, explainable map of who controls which settlement.

Everything the monitor learns is appended to one event log (:mod:`monitor.log`); claims
are read from articles, fused into a front status and shown live. See README.md.
"""

__version__ = "0.1.0"
