"""A forwarded Telegram post speaks with its origin's voice ("Forwarded from <origin>" opens its text)."""

from __future__ import annotations

import pytest

from monitor.extract import extract_claims


def voices(text: str) -> list[tuple[str, str, str, str, str | None]]:
    return [(c.place, c.control, c.factuality, c.side, c.speaker) for c in extract_claims(text, doc="post")]


@pytest.mark.parametrize("text, expected", [
    ("Forwarded from Генштаб ЗСУ (t.me/GeneralStaffZSU)\nСили оборони звільнили Кліщіївку.",
     ("Klishchiivka", "ukraine", "attributed", "ukraine", "Генштаб ЗСУ")),
    # the origin's side reads "освобожден" with no actor named: a Russian capture
    ("Forwarded from Министерство обороны РФ (t.me/mod_russia)\n"
     "В результате активных действий освобожден населенный пункт Кременная.",
     ("Kreminna", "russia", "attributed", "russia", "Министерство обороны РФ")),
    ("Forwarded from Russian Defence Ministry\nRussian forces took full control of Kupiansk.",
     ("Kupiansk", "russia", "attributed", "russia", "Russian Defence Ministry")),
    # a channel no lexicon knows: its word is a rumour's
    ("Forwarded from Front Whispers\nUkrainian forces liberated Kupiansk.",
     ("Kupiansk", "ukraine", "unconfirmed", "third_party", "Front Whispers")),
])
def test_a_forwarded_posts_own_voice_is_its_origins(text: str, expected) -> None:
    assert voices(text) == [expected]


def test_a_speaker_named_in_the_post_keeps_its_word_and_a_post_of_ones_own_is_the_outlets() -> None:
    assert voices("Forwarded from Front Whispers\nUkrainian forces liberated Kupiansk, the General Staff said.") == \
        [("Kupiansk", "ukraine", "attributed", "ukraine", "the General Staff")]
    assert voices("Ukrainian forces liberated Kupiansk.") == [("Kupiansk", "ukraine", "asserted", "outlet", None)]
    # the words "Forwarded from" anywhere but the first line are text
    assert voices("Ukrainian forces liberated Kupiansk.\nForwarded from Front Whispers\n")[0][3] == "outlet"
