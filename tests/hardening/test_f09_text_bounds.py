"""Finding 9: no caps on untrusted text (a 5 MB feed title stored whole and made a 5 MB
webhook body).

A feed with a 5 MB title, a 4 MB body and a sentence of thousands of words: the stored
article is cut to its bounds (title 300 characters, text 200,000) and the webhook body
stays small (quotes 1,000 characters, titles 300, speakers 200).
"""

from __future__ import annotations

import json

from monitor.domain.events import ArticleSeen
from monitor.log import open_store
from monitor.sources.text_bounds import TEXT_MAX, TITLE_MAX
from tests.cli.runner import initialised
from tests.hardening.parts import Page, monitor, rss, settings, source


def test_huge_titles_and_bodies_are_cut_to_their_bounds_and_alerts_stay_small(site, tmp_path):
    title = "Izium " + "very " * 1_000_000  # 5 MB
    claim = ("Ukrainian forces have liberated Izium after weeks of " + "heavy fighting and shelling " * 400
             + "near the town, the General Staff said on Saturday.")
    text = claim + " " + "Background paragraph. " * 180_000  # about 4 MB: with the title, under the 10 MB cap
    feed = site.route("/feed", Page(rss([("huge", title, text)])))
    site.route("/hook", Page(b"", 200))
    settings(tmp_path, source("desk", feed) + f'[[hooks]]\nname = "desk"\nurl = "{site.url("/hook")}"\n')
    initialised(tmp_path)
    polled = monitor("poll", "--once", "--alerts", cwd=tmp_path, timeout=300)
    assert polled.returncode == 0, polled.stdout + polled.stderr
    store = open_store(f"sqlite:///{tmp_path / 'monitor.db'}")
    [article] = [r.event for r in store.read(types=[ArticleSeen.TYPE])]
    store.engine.dispose()
    assert len(article.title) <= TITLE_MAX and article.title.startswith("Izium very")
    assert len(article.text) <= TEXT_MAX and article.text.startswith("Ukrainian forces have liberated Izium")
    [delivery] = site.hits_to("/hook")
    assert len(delivery.body) < 32_000, len(delivery.body)
    sent = json.loads(delivery.body)
    [claim_sent] = sent["claims"][:1]
    assert len(claim_sent["title"]) <= 300 and len(claim_sent["quote"]) <= 1000
    assert claim_sent["quote"].startswith("Ukrainian forces have liberated Izium") and claim_sent["quote"].endswith("\u2026")
