"""Building the shipped gazetteer from the raw sources (run by scripts/build_gazetteer.py).

Not needed at run time: the package only reads the files this writes to ../data.
"""
