"""The metadata a news page declares about itself: JSON-LD, Open Graph, meta tags, canonical link."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

_ARTICLE_TYPES = {
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
    "blogposting", "liveblogposting", "report", "scholarlyarticle",
}
# Meta names that hold the publication date, most specific first.
_DATE_META = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
    "cxenseparse:recs:publishtime", "datepublished",  # the last: microdata (itemprop)
)
_ASCII_SPACE = re.compile(r"[ \t\r\n\f\v]+")
# A date written as eight digits (20160210), with an optional time (201602101143).
_COMPACT_DATE = re.compile(r"^((?:19|20)\d{2})([01]\d)([0-3]\d)(?:([0-2]\d)([0-5]\d)(?:[0-5]\d)?)?$")
_KANA = re.compile("[\u3041-\u30ff]")


@dataclass
class PageMeta:
    """What the page says about itself; None where it says nothing."""

    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    language: str | None = None
    # Every title the page declares (JSON-LD, Open Graph, Twitter, <title>), and the
    # names it gives itself (og:site_name, publisher, application-name).
    declared_titles: list[str] = field(default_factory=list)
    site_names: list[str] = field(default_factory=list)

    def is_japanese(self, text: str = "") -> bool:
        """Japanese by the declared language, else by kana in the title or text."""
        if self.language:
            return self.language.lower().startswith("ja")
        return bool(_KANA.search(self.title or "") or _KANA.search(text[:2000]))


def page_meta(tree: HtmlElement) -> PageMeta:
    """Read the page's own declarations (JSON-LD first, then meta tags and links)."""
    meta = _meta_tags(tree)
    ld, nodes = _news_json_ld(tree)
    publisher = ld.get("publisher")
    declared = [ld.get("headline"), ld.get("name"), meta.get("og:title"), meta.get("twitter:title"),
                _title_element(tree)]
    sites = [meta.get("og:site_name"), _name(publisher), meta.get("application-name")]
    return PageMeta(
        title=_first(ld.get("headline"), ld.get("name"), meta.get("og:title"),
                     meta.get("twitter:title")),
        published=_date_value(_first(ld.get("datePublished"), ld.get("dateCreated"),
                                     *(meta.get(name) for name in _DATE_META), _time_element(tree))),
        outlet=_first(meta.get("og:site_name"), _name(publisher),
                      meta.get("application-name")),
        authors=_people(_resolved(ld.get("author"), nodes)) or _people(meta.get("author"))
        or _people(meta.get("article:author")),
        declared_titles=[t for t in map(_first, declared) if t],
        site_names=[s for s in map(_first, sites) if s],
        url=_first(_canonical(tree), meta.get("og:url"), _name(ld.get("mainEntityOfPage"), "@id"),
                   ld.get("url")),
        language=_first(tree.get("lang"), tree.get("xml:lang"), meta.get("og:locale"),
                        meta.get("content-language"), ld.get("inLanguage")),
    )


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        if not key and element.get("http-equiv"):
            key = element.get("http-equiv")
        content = element.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _news_json_ld(tree: HtmlElement) -> tuple[dict, dict[str, dict]]:
    """The first JSON-LD object typed as an article (NewsArticle and kin), else {}; and every node by its @id."""
    nodes: dict[str, dict] = {}
    found: dict = {}
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            # strict=False accepts the raw newlines and tabs many CMSs leave in strings.
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        for item in _flatten(data):
            if isinstance(item.get("@id"), str) and len(item) > 2:
                nodes.setdefault(item["@id"], item)
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if not found and any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                found = item
    return found, nodes


def _resolved(value, nodes: dict[str, dict]):
    """An author given by reference ({"@id": "#/schema/person/…"}, as Yoast's @graph writes it) as its node."""
    if isinstance(value, list):
        return [_resolved(item, nodes) for item in value]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return nodes.get(value["@id"], value)
    return value


def _flatten(data) -> list[dict]:
    if isinstance(data, list):
        return [item for part in data for item in _flatten(part)]
    if isinstance(data, dict):
        graph = data.get("@graph")
        return [data] + (_flatten(graph) if graph else [])
    return []


def _canonical(tree: HtmlElement) -> str | None:
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel and link.get("href"):
            return link.get("href").strip()
    return None


def _title_element(tree: HtmlElement) -> str | None:
    for element in tree.iter("title"):
        return element.text_content()
    return None


_PUBLISHED = re.compile(r"publish|pubdate|posted|entry-date|created", re.I)
_UPDATED = re.compile(r"updat|modif|revis|edited", re.I)


def _time_element(tree: HtmlElement) -> str | None:
    """The <time datetime> marked as the publication (pubdate, class published), else the first not marked
    as an update."""
    first = None
    for element in tree.iter("time"):
        value = (element.get("datetime") or "").strip()
        if not value:
            continue
        marks = " ".join(filter(None, (element.get("class"), element.get("itemprop"), element.get("id"))))
        if element.get("pubdate") is not None or (_PUBLISHED.search(marks) and not _UPDATED.search(marks)):
            return value
        if first is None and not _UPDATED.search(marks):
            first = value
    return first


def _name(value, key: str = "name") -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get(key)
    return value if isinstance(value, str) else None


def _people(value) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        kinds = item.get("@type") if isinstance(item, dict) else None
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(k, str) and k.lower() != "person" for k in kinds):
            continue  # an Organization (the outlet, a wire) is not a byline
        value = item.get("name") if isinstance(item, dict) else item
        for name in value if isinstance(value, list) else [value]:  # "name": ["…", "…"] lists several
            if isinstance(name, str):
                names += [n.strip() for n in re.split(r"\s*[;、]\s*", name) if n.strip()]
    return names


def _date_value(value: str | None) -> str | None:
    """A declared date as the date parser reads it: 20160210 and 201602101143 spelt out."""
    match = _COMPACT_DATE.match(value or "")
    if not match:
        return value
    day = f"{match[1]}-{match[2]}-{match[3]}"
    return f"{day}T{match[4]}:{match[5]}" if match[4] else day


def _first(*values) -> str | None:
    for value in values:
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, str) and value.strip():
            # Only ASCII runs: the ideographic space in Japanese headlines is meant.
            return _ASCII_SPACE.sub(" ", value).strip()
    return None
