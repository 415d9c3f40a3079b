"""Finding 1: no policy on private, loopback or link-local addresses (server-side request forgery).

The operator's own address (127.0.0.1 here) is trusted as written. What a feed points to —
a redirect, a full-text item link, an older page — may not reach loopback, private or
link-local addresses unless the source says ``allow_private = true``; the refusal is one
line naming the source and the address class, and nothing of the internal page is stored.
"""

from __future__ import annotations

from monitor.log import open_store
from tests.cli.runner import initialised
from tests.hardening.parts import Page, monitor, rss, settings, source

SECRET = "internal-only: the admin console's session list"


def _articles(folder) -> list:
    store = open_store(f"sqlite:///{folder / 'monitor.db'}")
    try:
        return [r.event for r in store.read(types=["ArticleSeen", "ArticleRevised"])]
    finally:
        store.engine.dispose()


def _internal(inside) -> str:
    """An internal page on the other loopback address: what a hostile feed wants read."""
    page = ("<html><body><article>" + f"<p>{SECRET}.</p>" * 5 + "</article></body></html>").encode()
    return inside.route("/admin", Page(page, headers={"Content-Type": "text/html"}))


def test_a_redirect_to_another_loopback_address_is_refused_in_one_line(site, inside, tmp_path):
    internal = _internal(inside)
    feed = site.route("/feed", Page(b"", 302, {"Location": internal}))
    settings(tmp_path, source("hostile", feed))
    initialised(tmp_path)
    polled = monitor("poll", "--once", cwd=tmp_path)
    assert polled.returncode == 2  # a source failed
    line = next(x for x in polled.stdout.splitlines() if "source=hostile" in x)
    assert "result=failed" in line and "refused a loopback address (127.0.0.2)" in line and "allow_private" in line
    assert not inside.hits_to("/admin")  # refused before any request reached it
    listed = monitor("sources", cwd=tmp_path)
    assert "loopback address" in listed.stdout and "Traceback" not in listed.stderr
    assert not _articles(tmp_path)


def test_full_text_item_links_to_an_internal_host_are_not_fetched(site, inside, tmp_path):
    internal = _internal(inside)
    by_name = internal.replace("127.0.0.2", "localhost")  # a name resolving to loopback is judged by its address
    mapped = internal.replace("127.0.0.2", "[::ffff:127.0.0.2]")  # IPv4 inside IPv6 too
    items = [("a", "Item one", "Summary one."), ("b", "Item two", "Summary two."), ("c", "Item three", "Summary 3.")]
    body = rss(items).replace(b"<guid>a</guid>", f"<guid>a</guid><link>{internal}</link>".encode()) \
        .replace(b"<guid>b</guid>", f"<guid>b</guid><link>{by_name}</link>".encode()) \
        .replace(b"<guid>c</guid>", f"<guid>c</guid><link>{mapped}</link>".encode())
    settings(tmp_path, source("hostile", site.route("/feed", Page(body)), full_text=True))
    initialised(tmp_path)
    polled = monitor("poll", "--once", cwd=tmp_path)
    assert polled.returncode == 0, polled.stderr
    refused = [x for x in polled.stdout.splitlines() if "result=refused" in x]
    assert len(refused) == 3 and all("source=hostile" in x and "loopback address" in x for x in refused)
    assert not inside.hits_to("/admin")
    texts = {a.title: a.text for a in _articles(tmp_path)}
    assert texts == {"Item one": "Summary one.", "Item two": "Summary two.", "Item three": "Summary 3."}
    assert not any(SECRET in text for text in texts.values())


def test_allow_private_lets_an_intranet_source_follow_its_links(site, inside, tmp_path):
    internal = _internal(inside)
    body = rss([("a", "Item one", "Summary one.")]).replace(b"<guid>a</guid>",
                                                            f"<guid>a</guid><link>{internal}</link>".encode())
    settings(tmp_path, source("intranet", site.route("/feed", Page(body)), full_text=True, allow_private=True))
    initialised(tmp_path)
    polled = monitor("poll", "--once", cwd=tmp_path)
    assert polled.returncode == 0 and "result=refused" not in polled.stdout, polled.stdout
    assert len(inside.hits_to("/admin")) == 1
    assert SECRET in _articles(tmp_path)[0].text


def test_a_feeds_older_page_on_an_internal_host_is_not_walked(site, inside, tmp_path):
    older = inside.route("/archive", Page(rss([("old", "Old item", "Old text.")])))
    link = f'<atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="prev-archive" href="{older}"/>'
    settings(tmp_path, source("hostile", site.route("/feed", Page(rss([("new", "New item", "New.")], extra=link)))))
    initialised(tmp_path)
    walked = monitor("backfill", "hostile", "--since", "2000-01-01", "--pause", "0", cwd=tmp_path)
    assert walked.returncode == 1 and "Traceback" not in walked.stderr
    assert "refused a loopback address (127.0.0.2)" in walked.stderr and len(walked.stderr.strip().splitlines()) == 1
    assert not inside.hits_to("/archive")
    assert [a.title for a in _articles(tmp_path)] == ["New item"]


def test_the_operators_own_address_is_trusted_as_written(inside, tmp_path):
    # A source written as an internal address is the operator's choice: it is read.
    feed = inside.route("/feed", Page(rss([("a", "Intranet item", "Text.")])))
    settings(tmp_path, source("intranet", feed))
    initialised(tmp_path)
    assert monitor("poll", "--once", cwd=tmp_path).returncode == 0
    assert [a.title for a in _articles(tmp_path)] == ["Intranet item"]
