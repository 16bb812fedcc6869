"""A news site named with its outlet in brackets is that outlet there: 47NEWS(共同通信), 毎日jp(毎日新聞),
産経ニュース(産経新聞社), ＮＨＫニュースウェブ（NHK）, and the other way round, 時事通信(時事ドットコム).

Outlets put their reports on sites of other names, and articles cite the site with the outlet behind it in brackets.
A registry cannot list every site an outlet ever ran, but the bracket says whose it is, so the name right before a
known outlet in brackets takes the outlet's entity at that writing. Not a person's (a reporter's byline: 木下訓明
(毎日新聞)), a place's, a name the registry knows as a body of its own (西日本新聞(共同通信): a paper carrying
the agency's story), nor a paper's or agency's name (琉球新報(共同通信)), and only a name written as a site (a word
for news or the web, or a domain: NEWS, ウェブ, jp, .com), so a word defined by an acronym (リツイート（RT）) stays.
A Latin site name no rule read (47NEWS) becomes a mention there. Written bare elsewhere, a site is its own name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.model import Mention
from core.registry import FOUND_PREFIX, Registry

_OPEN, _CLOSE = "(（", ")）"
_NOT_SITES = ("PERSON", "GPE", "LOC")
# A paper's, an agency's or a broadcaster's own name: an outlet of its own carrying another's story
_OUTLET_OF_ITS_OWN = re.compile(r"(?:新聞|新聞社|新報|日報|通信|通信社|放送|タイムズ|タイムス|ポスト|テレビ)$")
_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.!\-]*\Z")
# How a site's name is written: a word for news or the web, or a domain (毎日jp, asahi.com, 産経ニュース, 日経電子版)
_SITE_WORD = re.compile(r"news|web|online|net\b|\.com|jp\b|digital|annex|ニュース|ウェブ|ウエブ|ドットコム|デジタル|電子版|オンライン",
                        re.IGNORECASE)
_NAME_LETTER = re.compile(r"[A-Za-z0-9\u3041-\u30ff\u4e00-\u9fff]")


def outlet_sites(folded: str, mentions: list[Mention], registry: Registry, text: str | None = None) -> list[Mention]:
    """The mentions with each site named beside a known outlet in brackets linked to that outlet (in order):
    the site before the outlet's bracket (47NEWS(共同通信)) or in the bracket after it (共同通信(47NEWS))."""
    spans = {(m.start, m.end): i for i, m in enumerate(mentions)}
    out, added = list(mentions), []
    for outlet in mentions:
        entity = registry.get(outlet.entity_id)
        if entity is None or entity.id.startswith(FOUND_PREFIX) or entity.attributes.get("kind") != "media":
            continue
        for start, end in _site_places(folded, outlet):
            at = next((i for (a, b), i in spans.items() if b == end and (a == start or start < 0)), None)
            if at is not None:
                site = out[at]
                if site.entity_id != entity.id and _a_site(folded[site.start : site.end], site):
                    out[at] = replace(site, entity_id=entity.id, type="ORG")
                continue
            run = _LATIN_RUN.search(folded, max(0, start, end - 40), end)
            if run is None or start >= 0 and run.start() != start or not _SITE_WORD.search(run.group(0)) \
                    or _NAME_LETTER.match(folded[run.start() - 1 : run.start()]) \
                    or any(m.start < end and run.start() < m.end for m in mentions):
                continue
            added.append(Mention(run.start(), end, (text or folded)[run.start() : end], "ORG", entity.id,
                                 source="compound"))
    return sorted(out + added, key=lambda m: m.start) if added else out


def _site_places(folded: str, outlet: Mention) -> list[tuple[int, int]]:
    """(start, end) of where a site may be named beside the outlet: ending right before its bracket (start -1: not
    known), or filling the bracket right after it."""
    places = []
    if outlet.start and folded[outlet.start - 1] in _OPEN and folded[outlet.end : outlet.end + 1] in _CLOSE:
        places.append((-1, outlet.start - 1))
    if folded[outlet.end : outlet.end + 1] in _OPEN:
        close = next((i for i in range(outlet.end + 1, min(len(folded), outlet.end + 30)) if folded[i] in _CLOSE), -1)
        if close > outlet.end + 1:
            places.append((outlet.end + 1, close))
    return places


def _a_site(name: str, mention: Mention) -> bool:
    """Whether a name read before an outlet's bracket may be the outlet's site (no person, place, known body or
    outlet of its own)."""
    known = mention.entity_id is not None and not mention.entity_id.startswith(FOUND_PREFIX)
    return mention.type not in _NOT_SITES and mention.origin != "user" and not known \
        and _SITE_WORD.search(name) is not None and not _OUTLET_OF_ITS_OWN.search(name)
