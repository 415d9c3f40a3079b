"""A season of real 2022 reporting replayed against the official occupation record (see check.py)."""
