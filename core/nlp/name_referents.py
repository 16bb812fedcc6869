"""Which of two people of one surname a surname stands for: the one whose title and country agree with it.

Japanese news names a person in full once, with a title (菊間千乃アナウンサー, 韓国の李洛淵首相), and then by the
surname and a title (菊間アナは, 李首相は). When the article names two people of that surname (an announcer and her
father, a coach, 菊間崇祠…監督), the nearest full name is often the wrong one: the reader goes by the title. A
surname mention is read as the full name whose title agrees with its own — the same word (アナ for アナウンサー),
else the same kind (a broadcaster's trade, a sportsman's, an office of state), never a title of another kind — and
whose country agrees with the country written with it; a former holder (元大統領) agrees less with the bare office
than its holder does, more than another office; recency decides only among equals. An honorific (氏, さん)
says nothing about the kind, so a surname with one goes by country and recency.
"""

from __future__ import annotations

import re

from core.nlp.offices import HONORIFICS, MINISTRY_AFTER, office_after

# Titles of one trade or standing, written after a name: the kind a reference's title shares with the full name's
_KINDS = {
    "media": "アナウンサー アナ キャスター リポーター レポーター プロデューサー ディレクター 記者 解説委員 編集委員",
    "sport": "選手 投手 捕手 内野手 外野手 コーチ 監督 主将 騎手 調教師 親方 横綱 大関 関脇 小結 力士 棋士 九段 八段 七段",
    "business": "社長 会長 副社長 専務 常務 取締役 最高経営責任者 CEO 理事長 支配人 店長 オーナー 頭取",
    "academic": "教授 准教授 助教 講師 学長 研究員 博士",
    "law": "弁護士 判事 裁判官 裁判長 検事",
    "accused": "容疑者 被告人 被告 死刑囚 受刑者",
}
_KIND_OF = {word: kind for kind, words in _KINDS.items() for word in words.split()}
# Two spellings of one title (the short form a later mention takes): アナ of アナウンサー, 首相 of 総理
_SAME_WORD = {"アナウンサー": "アナ", "総理": "首相", "総理大臣": "首相", "外務大臣": "外相", "被告人": "被告",
              "防衛大臣": "防衛相", "財務大臣": "財務相"}
_QUALIFIED = re.compile(r"前|元|次期")
_HONORIFIC_WORDS = frozenset(HONORIFICS) | {"君", "くん", "ちゃん", "様"}
_OTHER_TITLE = re.compile(r"(?:[(（][^()（）。\n]{1,12}[)）])?(?P<office>"
                          + "|".join(sorted(set(_KIND_OF) | _HONORIFIC_WORDS, key=len, reverse=True)) + ")")


def title_after(folded: str, end: int) -> tuple[str, str | None] | None:
    """(the title word, its kind) written right after a name ending at end, or None: 菊間千乃アナウンサー →
    (アナ, media); 李洛淵首相 → (首相, office); 山田氏 → (氏, None). An age or reading in brackets may come between."""
    office = office_after(folded, end) or MINISTRY_AFTER.match(folded, end)
    other = _OTHER_TITLE.match(folded, end)
    if other is not None and (office is None or other.end() > office.end()):
        word = _SAME_WORD.get(other.group("office"), other.group("office"))
        return word, None if word in _HONORIFIC_WORDS else _KIND_OF[word]
    if office is None:
        return None
    word = _SAME_WORD.get(office.group("office"), office.group("office"))
    if word in _HONORIFIC_WORDS:
        return word, None
    # コバレンコ元大統領 no longer holds the office コバレンコ大統領 names: the same office at another time
    qualifier = _QUALIFIED.search(folded, office.start(), office.start("office"))
    return (qualifier.group(0).replace("前", "元") + word if qualifier else word), "office"


def _office_only(word: str) -> str:
    """The office of a title read with when it was held (元大統領 → 大統領)."""
    return word.removeprefix("元").removeprefix("次期")


def _title_agreement(title: tuple[str, str | None] | None, written: set[tuple[str, str | None]]) -> float:
    """2: the full name was written with the same title; 1.5: with the same office held at another time (ケネディ
    大統領 for ジョン・F・ケネディ元大統領, above his brother the senator); 1: with one of the same kind; -1: only
    with titles of other kinds; 0: nothing to tell (no title on either side, or honorifics only)."""
    if title is None or not written:
        return 0
    if title in written:
        return 2
    word, kind = title
    if kind == "office" and _office_only(word) in {_office_only(w) for w, k in written if k == kind}:
        return 1.5
    kinds = {k for _, k in written if k is not None}
    if kind is None or not kinds:
        return 0
    return 1 if kind in kinds else -1


class FullName:
    """A person the article names in full: where, their id, the titles and countries written with the name."""

    __slots__ = ("starts", "entity_id", "titles", "countries")

    def __init__(self, entity_id: str) -> None:
        self.entity_id, self.starts = entity_id, []
        self.titles: set[tuple[str, str | None]] = set()
        self.countries: set[str] = set()


class Countries:
    """The country mentions of an article by where they start and where they end."""

    def __init__(self, mentions: list) -> None:
        places = [m for m in mentions if m.type == "GPE" and m.entity_id]
        self.ending = {m.end: m for m in places}
        self.starting = {m.start: m for m in places}

    def written_with(self, folded: str, start: int, end: int) -> str | None:
        """The country written with a name: right before it (韓国の李洛淵, 中国・王毅, 米国務長官 is inside the
        title: ルビオ米国務長官) or between it and its title (王毅中国外相, 王毅・中国外相)."""
        for gap in (0, 1):
            before = self.ending.get(start - gap)
            if before is not None and (gap == 0 or folded[start - 1] in "の・"):
                return before.entity_id
        for gap in (0, 1):
            after = self.starting.get(end + gap)
            if after is not None and (gap == 0 or folded[end] == "・") and office_after(folded, after.end) is not None:
                return after.entity_id
        return None


def full_names_by_id(folded: str, names: list[tuple[int, str]], mentions: list, countries: Countries) -> list[FullName]:
    """The people of one short form's full names (names: (start, id) of each), each read with every title and
    country their full names are written with in the article, so a surname is matched against any of them."""
    by_start = {m.start: m for m in mentions if m.type == "PERSON"}
    out: dict[str, FullName] = {}
    for start, entity_id in names:
        person = out.setdefault(entity_id, FullName(entity_id))
        person.starts.append(start)
        mention = by_start.get(start)
        if mention is None:
            continue
        title = title_after(folded, mention.end)
        if title is not None:
            person.titles.add(title)
        country = countries.written_with(folded, mention.start, mention.end)
        if country is not None:
            person.countries.add(country)
    return list(out.values())


def choose(people: list[FullName], folded: str, countries: Countries, start: int, end: int, default: str) -> str:
    """The id of the person a short form at [start, end) stands for: default (what the linker reads without
    titles: the full name written last, or first) unless another person's title and country agree better with
    it; of those, the best agreement, then the one written last before it, else the first written after it."""
    title = title_after(folded, end)
    country = countries.written_with(folded, start, end)

    def agreement(person: FullName) -> float:
        score = _title_agreement(title, person.titles)
        if country is not None and person.countries:
            score += 1 if country in person.countries else -1
        return score

    def rank(person: FullName) -> tuple:
        before = [s for s in person.starts if s < start]
        return (agreement(person), bool(before), max(before) if before else -min(person.starts))

    best = max(people, key=rank)
    held = next((p for p in people if p.entity_id == default), None)
    return default if held is None or agreement(held) >= agreement(best) else best.entity_id
