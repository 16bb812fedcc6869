"""Lines an outlet repeats on its pages: the site a page comes from, and the lines to count for it.

A site's footer, its directory of services or its sign-up box reads like
sentences, so the shape of a line cannot always tell it from an article. What
gives it away is that the same outlet prints it on every page: a line that the
cleaner left out of the body on earlier pages of the same site is furniture
when it turns up again, even where a short article would let it look like
the densest text. Only lines left out of the body are counted, so saving the
same article twice (an updated version) never teaches Kaidan its own body.
"""

from __future__ import annotations

import hashlib
from typing import Callable
from urllib.parse import urlsplit

from core.article import Article, web_url
from core.cleaning.apply import DUMP_FORMATS, apply_cleaning
from core.cleaning.outlets import outlet_in

SITE_MIN_PAGES = 2  # earlier pages of the same site that left the line out of their body
_LINE_LIMIT = 2000  # characters: a longer line is a whole text, never a repeated one

# (site, keys of the page's lines) -> on how many stored pages of site each key was left out
Counts = Callable[[str, dict[int, str]], dict[int, int]]


def line_key(text: str) -> int:
    """A compact, stable key of a stripped line (a signed 64-bit integer, as SQLite stores it)."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def clean_for_site(article: Article, common: frozenset[str], counts: Counts,
                   own: frozenset[int] = frozenset()) -> tuple[str | None, set[int]]:
    """Clean a page dump, then again without the lines its site repeats if the first cleaning kept one.

    Returns the page's site and the keys of the lines it leaves out, to count once
    it is stored (own: keys the page already counted itself, when cleaned again).
    """
    site, keys, dropped = first_cleaning(article, common)
    if site is None:
        return None, set()
    repeated = repeated_lines(keys, counts(site, keys), own)
    if repeated and not repeated <= dropped:
        apply_cleaning(article, common, repeated)
        dropped = _dropped_texts(article)
    return site, dropped_keys(keys, dropped)


def first_cleaning(article: Article, common: frozenset[str]) -> tuple[str | None, dict[int, str], set[str]]:
    """A page cleaned without its site's repeated lines: its site, its lines by key and the lines it left out.

    The part of clean_for_site that reads nothing the library counts beyond common, so a worker can do it;
    keys and the texts left out are empty when the page has no site (then nothing is counted for it).
    """
    apply_cleaning(article, common)
    site = site_of(article) if article.source_format in DUMP_FORMATS else None
    if site is None:
        return None, {}, set()
    return site, page_keys(article.raw), _dropped_texts(article)


def dropped_keys(keys: dict[int, str], dropped: set[str]) -> set[int]:
    """The keys of the texts a page left out (keys: the page's lines by key, each line hashed once per page)."""
    key_of = {text: key for key, text in keys.items()}
    return {key_of[text] if text in key_of else line_key(text) for text in dropped}


def repeats_kept(keys, counts: dict[int, int], dropped: set[int]) -> bool:
    """Whether a page kept in its body a line its site left out of SITE_MIN_PAGES earlier pages (keys: its lines'
    keys, counts: those pages' counts of them, dropped: the keys it left out) — then it is cleaned again without."""
    return any(counts.get(key, 0) >= SITE_MIN_PAGES and key not in dropped for key in keys)


def site_of(article: Article) -> str | None:
    """The site of a cleaned page: the outlet its address names (else its host), else the outlet its furniture names."""
    host = _host(article.url)
    return _outlet_of_host(host) if host is not None else article.outlet


def page_keys(raw: str) -> dict[int, str]:
    """Each distinct non-blank line of a page by its key."""
    texts = {line.strip() for line in raw.split("\n")}
    return {line_key(text): text for text in texts if text and len(text) <= _LINE_LIMIT}


def repeated_lines(keys: dict[int, str], counts: dict[int, int], own: frozenset[int] = frozenset()) -> frozenset[str]:
    """The page's lines its site left out of SITE_MIN_PAGES earlier pages (own: keys this page counted itself)."""
    return frozenset(text for key, text in keys.items()
                     if counts.get(key, 0) - (key in own) >= SITE_MIN_PAGES)


def left_out(article: Article) -> set[int]:
    """Keys of the lines the cleaner dropped from a page (not body, title, date or caption anywhere on it)."""
    return {line_key(text) for text in _dropped_texts(article)}


def _dropped_texts(article: Article) -> set[str]:
    dropped, kept = set(), set()
    for text, label in zip(article.raw.split("\n"), article.line_labels):
        text = text.strip()
        if text and len(text) <= _LINE_LIMIT and label != "blank":
            (dropped if label == "drop" else kept).add(text)
    return dropped - kept


def _outlet_of_host(host: str) -> str:
    """The outlet whose domain the host is or belongs to (news.example.co.jp), else the host."""
    parts = host.split(".")
    for i in range(len(parts) - 1):
        if name := outlet_in(".".join(parts[i:])):
            return name
    return host


def _host(url: str | None) -> str | None:
    address = web_url(url)
    if address is None:
        return None
    try:
        host = (urlsplit(address).hostname or "").lower()
    except ValueError:
        return None
    return host.removeprefix("www.") or None
