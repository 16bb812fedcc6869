"""Datelines and the reporters a text names: 【ワシントン=山田太郎】 opening it, 【山田太郎】 closing a paragraph, a wire's credit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.cleaning.agencies import AGENCY_ALT, agency_name
from core.cleaning.person_names import NOT_NAMES, is_person_name
from core.cleaning.lines import closing_credit

# [クアラルンプール 11日 ロイター] - ...
_WIRE_BRACKET = re.compile(
    rf"^\s*(?P<all>[\[［](?P<place>[^\]］\d]+?)\s*(?P<day>\d{{1,2}})日\s*(?P<agency>{AGENCY_ALT})[\]］])",
    re.IGNORECASE,
)
# 【ワシントン=三木理恵子】, （北京=山田太郎）
_PLACE_REPORTER = re.compile(
    r"^\s*(?P<all>[【(（](?P<place>[^】)）=＝\s]{1,15})[=＝](?P<name>[^】)）=＝]{2,20})[】)）])"
)
# 【ワシントン共同】, 【北京時事】
_PLACE_AGENCY = re.compile(
    rf"^\s*(?P<all>[【(（](?P<place>[^】)）=＝\s]{{1,15}}?)[=＝]?(?P<agency>{AGENCY_ALT})[】)）])",
    re.IGNORECASE,
)
# ワシントン＝清宮涼 before a date, with no brackets
_BARE_PLACE_REPORTER = re.compile(r"^(?P<place>[^\s=＝]{1,15})[=＝](?P<name>[^\s=＝]{2,20})$")
# 【ワシントン秋山信一】-style brackets that are neither a label nor a sentence
_ANY_BRACKET = re.compile(r"^\s*(?P<all>【(?P<inner>[^】。、]{2,20})】)\S")
_LABELS = re.compile(r"速報|独自|解説|詳報|動画|写真|更新|続報|追記|図解|一問一答|Q&A|インタビュー|社説|コラム|特集|関連|PR")
# 「…だった。【江連能弘】」: the reporter's name closing a paragraph, maybe after a place.
_CLOSING_REPORTER = re.compile(
    r"[。」』）)]\s*[【〔](?:[^】〕=＝・\s]{1,10}[=＝・])?"
    r"(?P<name>[\u4e00-\u9fff々ヶ][\u4e00-\u9fff々ヶ\u3041-\u30ff]{1,7})[】〕]\s*$"
)


@dataclass
class Dateline:
    """A dateline as written, and the place, wire and reporters it names."""

    text: str
    place: str | None = None
    agency: str | None = None
    authors: list[str] = field(default_factory=list)


def find_dateline(paragraph: str) -> Dateline | None:
    """A dateline at the start of the first paragraph."""
    match = _WIRE_BRACKET.match(paragraph)
    if match:
        return Dateline(match["all"], match["place"].strip(), agency_name(match["agency"]))
    match = _PLACE_AGENCY.match(paragraph)
    if match:
        return Dateline(match["all"], match["place"], agency_name(match["agency"]))
    match = _PLACE_REPORTER.match(paragraph)
    if match:
        return Dateline(match["all"], match["place"], None, [match["name"].strip()])
    match = _ANY_BRACKET.match(paragraph)
    if match and not _LABELS.search(match["inner"]):
        return Dateline(match["all"])
    return None


def closing_reporter(paragraph: str) -> str | None:
    """The reporter named in brackets at the end of a paragraph (…した。【山田太郎】)."""
    if not paragraph.rstrip().endswith(("】", "〕")):
        return None  # one cheap look: most paragraphs end otherwise
    match = _CLOSING_REPORTER.search(paragraph)
    if match is None or _LABELS.search(match["name"]) or agency_name(match["name"]):
        return None
    return match["name"]


def reporters_in(paragraphs: list[str]) -> list[str]:
    """Reporters the text names: in the opening dateline, or closing a paragraph (【山田太郎】).

    A closing name counts in the last three paragraphs, and anywhere when it reads as a person's name.
    """
    names = list(found.authors) if paragraphs and (found := find_dateline(paragraphs[0])) else []
    for position, paragraph in enumerate(paragraphs):
        name = closing_reporter(paragraph)
        if name and name not in names and (position >= len(paragraphs) - 3 or is_person_name(name)):
            names.append(name)
    if paragraphs and (credit := closing_credit(paragraphs[-1])):
        names.extend(n for n in credited_reporters(credit) if n not in names)
    return names


_CREDIT_PEOPLE = re.compile(r"\s*(?:,|、|\band\b|&)\s*")


def credited_reporters(credit: str) -> list[str]:
    """The reporters a wire's closing credit names after the wire: AFP/Aminu ABUBAKAR, AFP/A and B."""
    agency, slash, people = credit.replace("／", "/").partition("/")
    if not slash or agency_name(agency) is None:
        return []
    names = [n.strip() for n in _CREDIT_PEOPLE.split(people.replace("/", ","))]
    return [n for n in names if 2 <= len(n) <= 40 and n.lower() not in NOT_NAMES]


def reporter_prefix(text: str) -> Dateline | None:
    """A bare 'place=reporter' written before the date (ワシントン＝清宮涼2025年…)."""
    match = _BARE_PLACE_REPORTER.match(text.strip())
    if match is None:
        return None
    return Dateline(match.group(0), match["place"], None, [match["name"]])
