"""Views derived from the log: front status, status history, unconfirmed reports, timelines.

Each is rebuildable from position zero and answerable for any past moment (``as_of``)
through the same fold the live view uses.
"""
