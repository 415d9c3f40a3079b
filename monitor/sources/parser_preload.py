"""Work done once in the parser processes' forkserver, before it forks any worker.

Every article's language is told by its text (:func:`monitor.extract.language.detect_language`),
and for Latin-script text that loads py3langid's model on first use: about 85 MB. Loaded
in each parser process, the daemon carried one copy per worker (two workers: 390 MB summed
PSS, 206 MB of it in the workers). Loaded here, in the forkserver the workers are forked
from, its pages are shared copy-on-write by every worker (the model is only read), and the
workers start without loading it again. Imported for that effect by
:data:`monitor.sources.parse_runner.PRELOAD`.
"""

from __future__ import annotations

import gc

from monitor.extract.language import detect_language

WARM_UP_TEXT = "The parser processes read this English sentence once, so that the language model is loaded."

detect_language(WARM_UP_TEXT)
# What the forkserver holds now is inherited by every worker: out of the collector's reach, a
# worker's collections do not write to (and so copy) the pages those objects share.
gc.freeze()
