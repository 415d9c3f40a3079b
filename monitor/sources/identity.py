"""Stable identities for articles and their bodies, so a re-read adds nothing."""

from __future__ import annotations

import hashlib


def article_id(scope: str, identity: str) -> str:
    """An article's id: its identity (GUID, link, path) within a scope (a source, a feed)."""
    return hashlib.sha256(f"{scope}\n{identity}".encode()).hexdigest()[:20]


def content_hash(title: str, text: str) -> str:
    """A revision's hash: a headline edit is a revision as much as a body edit."""
    return hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()[:20]
