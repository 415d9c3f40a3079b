"""The voice of a forwarded post: a channel's post that repeats another's words.

A Telegram post forwarded from another channel opens with the line ``Forwarded from
<origin>`` (see ``monitor/sources/kinds/telegram/posts.py``). What the post says in its own
voice is then the origin's word, not the forwarding channel's: "Forwarded from Генштаб ЗСУ"
over "Сили оборони звільнили Кліщіївку" is the General Staff's claim (attributed, Ukraine's
side). The origin is classified as any speaker is: the English actor lexicon, else the
Ukrainian or Russian parties; a name neither knows is an unknown channel, whose word is
unconfirmed (the evaluation rules: anonymous channels).
"""

from __future__ import annotations

from monitor.extract import rules_re as re

from monitor.extract.actors import Speaker, classify_speaker
from monitor.extract.language import letters_language
from monitor.extract.lexicon import lexicon
from monitor.gazetteer import fold_text

_FORWARDED = re.compile(r"\AForwarded from (?P<name>[^\n]+?)(?: \(t\.me/[^)\n]*\))?[ \t]*\n")
_SIDES = ("ukraine", "russia")


def forwarded_voice(text: str) -> tuple[Speaker, int] | None:
    """The origin's voice and where the forwarded words begin, or None for a post of one's own."""
    found = _FORWARDED.match(text)
    if found is None:
        return None
    name = found.group("name").strip()
    return _classify(name), found.end()


def _classify(name: str) -> Speaker:
    known = classify_speaker(name)
    if known is not None and known.side in (*_SIDES, "third_party") and not known.guessed:
        return known
    if _CYRILLIC.search(name):
        language = letters_language(name)  # "Генштаб ЗСУ" has no letter only one language has
        folded = fold_text(name)
        for rules in [lexicon(language)] if language in ("uk", "ru") else [lexicon("uk"), lexicon("ru")]:
            party = next(iter(rules.parties.find(rules.tokens(folded, 0, len(folded)))), None)
            if party is not None and party.payload.side in (*_SIDES, "third_party"):
                kind = {"forces": "military"}.get(party.payload.kind, party.payload.kind)
                return Speaker(name, party.payload.side, kind)
    return Speaker(name, "third_party", "channel")


_CYRILLIC = re.compile("[а-яёіїєґА-ЯЁІЇЄҐ]")
