"""Reading control claims from articles (pure functions; the gazetteer is the only data).

    from monitor.extract import extract_claims, EXTRACTOR_VERSION
    claims = extract_claims(text, doc="a.txt", published=None, affiliation=None)

A new ``EXTRACTOR_VERSION`` makes `monitor reextract` (and the daemon) read every article
again. It is the rules' release and a digest of the data they read (the actor lists, the
Ukrainian and Russian rules and their word forms, the gazetteer), so a change to an actor
list or a place name is a new version, never a silent change of what old claims mean.
"""

import hashlib
import sys

from monitor.extract import quick, reach, rules_re
from monitor.gazetteer.data_files import data_bytes

quick.read_kept()  # the patterns' first-letter lookaheads, worked out by an earlier run
reach.read_kept()  # how far before their hint words the trigger patterns' matches start (likewise)
from monitor.extract.claims import extract_claims  # noqa: E402
from monitor.extract.actors import lexicon as _actor_lexicon  # noqa: E402

_actor_lexicon()  # (data/actors.toml: its patterns are made here, so their lookaheads are kept with the rest)
for _name, _module in list(sys.modules.items()):
    if _name.startswith("monitor.extract."):
        rules_re.bind(vars(_module))  # module-level patterns: replaced by the compiled ones when first used
quick.keep(rules_re.CREATED)
from monitor.extract.triggers import reach_keys  # noqa: E402

reach.keep(reach_keys())

_RULES_RELEASE = "rules-343"  # what each release changed: docs/extractor-releases.md


def _data_digest() -> str:
    digest = hashlib.sha256()
    for package, names in (("monitor.extract", ("actors.toml", "uk.toml", "ru.toml", "forms-uk.tsv.gz",
                                                 "forms-ru.tsv.gz")),
                           ("monitor.gazetteer", ("settlements.tsv.gz", "units.tsv.gz", "forms.tsv.gz"))):
        for name in names:
            digest.update(data_bytes(package, name))
    return digest.hexdigest()[:8]


def __getattr__(name: str) -> str:
    """``EXTRACTOR_VERSION``, made when first asked for: hashing the data files (2 MB) is
    no part of reading claims, and `monitor extract FILE` never asks."""
    if name == "EXTRACTOR_VERSION":
        version = globals()["EXTRACTOR_VERSION"] = f"{_RULES_RELEASE}.{_data_digest()}"
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["EXTRACTOR_VERSION", "extract_claims"]
