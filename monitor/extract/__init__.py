"""Reading control claims from articles (pure functions; the gazetteer is the only data).

    from monitor.extract import extract_claims, EXTRACTOR_VERSION
    claims = extract_claims(text, doc="a.txt", published=None, affiliation=None)

A new ``EXTRACTOR_VERSION`` makes `monitor reextract` read every article again.
"""

from monitor.extract.claims import extract_claims

EXTRACTOR_VERSION = "rules-3"

__all__ = ["EXTRACTOR_VERSION", "extract_claims"]
