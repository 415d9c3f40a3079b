"""A Telegram post gives the claims the same text gives in a file: reading the preview's markup
(line breaks, bold, emoji, links) keeps everything the extractor reads.

Official channels' posts in English are read by today's rules; the Ukrainian and Russian posts
compare whatever the extractor reads in those languages (nothing before Ukrainian and Russian
rules land, the same claims after)."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.extract import extract_claims
from monitor.sources.files import read_file
from monitor.sources.kinds import kind_named
from monitor.sources.parsed import SourceContext
from tests.sources.telegram_pages import TgPost, channel_page

EMOJI = '<i class="emoji" style="background-image:url(\'//telegram.org/img/emoji/40/E29AA1.png\')"><b>⚡</b></i>'

# (channel, affiliation, the post's markup, the same text as a reader copies it into a file)
POSTS = [
    ("GeneralStaffZSU", "ukraine", "en",
     f'{EMOJI} <b>Operational update</b><br/><br/>Units of the Defence Forces of Ukraine liberated Balakliia and '
     'continue to advance towards Kupiansk.<br/>Russian troops withdrew from Izium, the General Staff said.<br/><br/>'
     'Details: <a href="https://www.mil.gov.ua/news/" target="_blank" rel="noopener">mil.gov.ua/news</a>',
     "⚡ Operational update\n\nUnits of the Defence Forces of Ukraine liberated Balakliia and continue to advance "
     "towards Kupiansk.\nRussian troops withdrew from Izium, the General Staff said.\n\nDetails: mil.gov.ua/news"),
    ("mod_russia_en", "russia", "en",
     '<b>Russian Defence Ministry briefing</b><br/>Russian forces took full control of Kupiansk.<br/>'
     'Units of the Western group of forces were regrouped from the Balakliia area.',
     "Russian Defence Ministry briefing\nRussian forces took full control of Kupiansk.\nUnits of the Western group "
     "of forces were regrouped from the Balakliia area."),
    ("GeneralStaffZSU", "ukraine", "uk",
     f'{EMOJI} <b>Оперативна інформація</b><br/><br/>Підрозділи Сил оборони України звільнили Балаклію та '
     'продовжують наступ на Куп\'янськ.<br/>Російські війська відступили з Ізюма.',
     "⚡ Оперативна інформація\n\nПідрозділи Сил оборони України звільнили Балаклію та продовжують наступ на "
     "Куп'янськ.\nРосійські війська відступили з Ізюма."),
    ("mod_russia", "russia", "ru",
     '<b>Сводка Министерства обороны</b><br/>Российские войска полностью освободили Купянск.<br/>'
     'Группировка войск перегруппирована из района Балаклеи.',
     "Сводка Министерства обороны\nРоссийские войска полностью освободили Купянск.\nГруппировка войск "
     "перегруппирована из района Балаклеи."),
]


def _comparable(claims) -> list[tuple]:
    """A claim without what names its document and its offsets in it."""
    return sorted((c.place_id, c.place, c.control, c.factuality, c.historical, c.side, c.speaker, c.evidence, c.rule)
                  for c in claims)


@pytest.mark.parametrize("channel, affiliation, language, markup, plain", POSTS,
                         ids=[f"{p[0]}-{p[2]}" for p in POSTS])
def test_a_post_gives_the_claims_of_the_same_text_in_a_file(tmp_path: Path, channel, affiliation, language, markup,
                                                              plain):
    page = channel_page(channel, "Channel", [TgPost(7, markup, at="2022-09-10T15:00:00+00:00")])
    [post] = kind_named("telegram").parse(page, {}, SourceContext("tg", f"https://t.me/s/{channel}", None,
                                                                  language)).articles
    saved = tmp_path / "post.txt"
    saved.write_text(plain, encoding="utf-8")
    [copied] = read_file(saved)
    assert post.text.splitlines()[:-1] == copied.text.splitlines()[:-1]  # the link may add its target at the end
    from_post = extract_claims(post.text, doc="post", published=post.published, affiliation=affiliation)
    from_file = extract_claims(copied.text, doc="file", published=post.published, affiliation=affiliation)
    assert _comparable(from_post) == _comparable(from_file)
    if language == "en":
        assert len(from_post) >= 2, from_post  # official channels' English posts are read today
