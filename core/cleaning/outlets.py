"""Which site a saved page came from, from names and domains on its furniture lines."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Callable
from urllib.parse import urlsplit

from core.cleaning.agencies import agency_name
from core.cleaning.lexicon import COPYRIGHT
from core.paths import resource


_RUN_ON = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")  # a name run into these is part of a word


@lru_cache(maxsize=1)
def _index() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every outlet name and domain, and each spelling's outlet.

    The pattern starts with the names themselves, so the regex engine skips ahead to
    their first characters; whether a Latin letter or a dot stands before one is looked at after.
    """
    data = json.loads(resource("outlets.json").read_text(encoding="utf-8"))
    outlet_of = {word: o["name"] for o in data["outlets"] for word in o["names"] + o["domains"]}
    words = sorted(outlet_of, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:{alternatives})(?![A-Za-z])"), outlet_of


def outlet_in(text: str) -> str | None:
    """The outlet a line names, if any."""
    pattern, outlet_of = _index()
    match = pattern.search(text)
    while match is not None and match.start() and text[match.start() - 1] in _RUN_ON:
        # run into a word or an address before it (xasahi.com, www.asahi.com): the name is not there
        match = pattern.search(text, match.start() + 1)
    return outlet_of[match.group(0)] if match else None


def names_an_outlet(text: str) -> bool:
    """Whether text contains any known outlet's name, even run into other words (神戸新聞NEXT)."""
    _, outlet_of = _index()
    return any(len(word) >= 3 and word in text for word in outlet_of)


def outlet_of_address(url: str | None) -> str | None:
    """The outlet whose domain the page's own address is on (news.livedoor.com, www.asahi.com: its host or a parent)."""
    host = urlsplit(url).hostname if url and "//" in url else None
    _, outlet_of = _index()
    while host and "." in host:
        if host in outlet_of:
            return outlet_of[host]
        host = host.split(".", 1)[1]
    return None


def _prose(text: str) -> bool:
    """A sentence of running text (long, closed by 。): an outlet it names is a subject of the text, not the page's site."""
    return len(text) >= 40 and text.endswith(("。", "。」", "。）"))


def guess_outlet(lines: list[str], url: str | None = None) -> str | None:
    """The publishing site: the one the page's address is on, else the first non-wire outlet its furniture lines name.

    A wire service's name on a page usually credits the source, not the site; it is
    the site only when no other outlet is named (時事ドットコム, jp.reuters.com). A line
    of running prose left out of the body (a text line the cleaner did not keep) is not furniture:
    a name in it (サンダンス・NHK国際映像作家賞を受賞した) is never the site.
    """
    if (site := outlet_of_address(url)) is not None:
        return site
    wire = None
    for text in (line for line in lines if not _prose(line)):
        name = outlet_in(text)
        if name and agency_name(name) is None:
            return name
        wire = wire or name
    return wire


_SUFFIX = re.compile(r"\s*[-–—|｜:：]\s*([^-–—|｜:：]{2,30})\s*$")


# 「…（産経新聞）」: the outlet's name alone in brackets closing the headline.
_BRACKETED = re.compile(r"\s*[（(]([^（）()]{2,24})[）)]\s*$")


def strip_site_suffix(title: str) -> str:
    """A page title without its ' | 毎日新聞'-style or '（毎日新聞）'-style site name."""
    match = _BRACKETED.search(title)
    if match and match.start() >= 6 and only_an_outlet(match.group(1)):
        return title[: match.start()]
    match = _SUFFIX.search(title)
    if match and outlet_in(match.group(1)) and match.start() >= 6:
        return title[: match.start()]
    return title


def without_own_name(title: str, page_texts: Callable[[], list[str]]) -> str:
    """A headline without a site's name after a bar or in brackets (「… | みなと新報」) that no list knows but the
    page prints as its own: alone on a line of its own (the site's header, perhaps with its edition's label:
    日本経済新聞　電子版) or in its copyright line."""
    for pattern in (_BRACKETED, _SUFFIX):
        match = pattern.search(title)
        if match is None or match.start() < 6:
            continue
        name = match.group(1).strip()
        if any(text == name or _name_and_edition(text, name) or (name in text and COPYRIGHT.search(text))
               for text in page_texts()):
            return title[: match.start()].rstrip()
    return title


EDITION = 8  # characters of an edition's label after a site's name on its header line (日本経済新聞　電子版)


def _name_and_edition(text: str, name: str) -> bool:
    return (text.startswith(name) and 0 < len(text) - len(name) <= EDITION and text[len(name)] in " \u3000"
            and not any(c.isdigit() for c in text))


_TITLE_MARKS = re.compile(r"[-–—|｜:：)）]")
_PREFIX = re.compile(r"^\s*[^-–—|｜:：]{2,30}?\s*[|｜]\s*")


def titled_twin(text: str, others, bare: Callable[[str], str] = str) -> bool:
    """The page's title line: another line of the page (others holds them) with a site's name after a bar or
    in brackets (「… | みなと新報」, 「…（Kaze Press）」), or before it between bars (「しおかぜ日報｜社会｜…」), whatever
    the outlet: a browser's title, printed atop the page, over the headline it repeats. bare: the headline's words
    without what a title adds to them before the site's name (a date glued on: 「…（2012年3月9日）｜…」)."""
    if not _TITLE_MARKS.search(text):
        return False
    for pattern in (_BRACKETED, _SUFFIX):
        match = pattern.search(text)
        if match and match.start() >= 6 and bare(text[: match.start()].strip()) in others:
            return True
    rest = text
    for _ in range(3):
        match = _PREFIX.match(rest)
        if match is None:
            return False
        rest = rest[match.end():]
        if len(rest) >= max(6, len(text) - len(rest)) and rest.strip() in others:  # (not the site's name after a headline)
            return True
    return False


# The names of a news site's sections, as a label after the outlet's name gives them (CNET Japan ニュース企業・業界,
# BBC News, ニュース, 産経ニュース 政治): the label of a section, not a headline.
_SECTIONS = re.compile(r"(?:[\s,，、・|｜:：>＞/／\-]*(?:ニュース|国際|政治|経済|社会|企業|業界|産業|スポーツ|エンタメ|芸能"
                       r"|テクノロジー?|IT|科学|サイエンス|地域|国内|海外|文化|ライフ|くらし|暮らし|速報|総合|トップ"
                       r"|特集|コラム|オピニオン|マネー|ビジネス|動画|写真|World|News|Business|Tech))+")


def only_an_outlet(text: str) -> bool:
    """The text is one of an outlet's names, perhaps with 配信 or 電子版 after it, or the names of its sections
    (CNET Japan ニュース企業・業界)."""
    pattern, _ = _index()
    found = pattern.match(text.strip())
    if found is None:
        return False
    rest = text.strip()[found.end():].strip()
    return rest in ("", "社", "配信", "電子版", "ニュース") or _SECTIONS.fullmatch(rest) is not None
