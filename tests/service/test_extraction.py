"""The pipeline step: one ClaimsExtracted per article revision and extractor version."""

from __future__ import annotations

from dataclasses import fields, replace

from monitor.domain.events import ArticleRevised, ClaimsExtracted
from monitor.service.extraction import extract_articles
from monitor.sources.files import read_paths
from tests.conftest import REPO

SAMPLE = REPO / "monitor" / "sample" / "articles"


def _claims(store) -> list[ClaimsExtracted]:
    return [r.event for r in store.read(types=[ClaimsExtracted.TYPE])]


def test_each_revision_is_read_once_per_version_and_old_events_stay(store):
    articles = read_paths([SAMPLE]).articles
    store.append(articles)
    first = extract_articles(store)
    assert (first.articles, first.appended) == (5, 5)
    assert extract_articles(store).appended == 0
    original = _claims(store)

    newer = extract_articles(store, version="rules-test-2")
    assert newer.appended == 5
    after = _claims(store)
    assert after[:5] == original, "old extractions are never touched"
    assert {c.extractor_version for c in after[5:]} == {"rules-test-2"}

    edited = articles[0]
    revision = ArticleRevised(**{**{f.name: getattr(edited, f.name) for f in fields(edited)},
                                 "text": edited.text + "\nRussian troops withdrew from Kreminna.",
                                 "content_hash": "edited"})
    store.append([revision])
    again = extract_articles(store)
    assert again.appended == 1
    latest = _claims(store)[-1]
    assert latest.content_hash == "edited"
    assert any(c.place == "Kreminna" and c.control == "ukraine" for c in latest.claims)


def test_the_outlets_affiliation_reaches_the_rules(store):
    text = "Russian forces liberated the village of Ivanivske, the ministry said on Tuesday."
    article = replace(read_paths([SAMPLE]).articles[0], article_id="tass-1", source="tass", text=text,
                      content_hash="t1")
    store.append([article])
    extract_articles(store, {"tass": "russia"})
    (event,) = _claims(store)
    assert [(c.place, c.control) for c in event.claims] == [("Ivanivske", "russia")]
