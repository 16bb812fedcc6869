"""Names the entity detector cut short or missed: a kanji name cut before or after a character (武健二 for
鬼武健二, 石破 for 石破茂), and a surname written with a title after a body and の (経団連の十倉会長)."""

from __future__ import annotations

import re

from core.claims.names import EarlierPeople
from core.model import ShortForm
from core.nlp.offices import office_after
from core.nlp.tokens import tokenize

_KANJI = re.compile(r"[\u4e00-\u9fff]")
# Written before a name without being part of it: 前/元/新 and a country's one-character name.
_NOT_A_NAME_HEAD = set("前元新現故同米中日韓朝露英仏独伊加豪印比越台両各")
_BEFORE_A_NAME = set("の、。「『(（ ・\n")
_TITLE_NEXT = re.compile(r"[\u4e00-\u9fff]{1,2}(?=社長|会長|副会長|理事長|監督|選手|氏|さん|チェアー?マン)")


def whole_name(body: str, start: int, end: int) -> tuple[int, int]:
    """A kanji name the entity detector cut short (武健二 for 鬼武健二, 近藤太 for 近藤太香巳), made whole."""
    if not _KANJI.fullmatch(body[start : start + 1] or " ") or end - start > 4:
        return start, end
    if start >= 2 and _KANJI.fullmatch(body[start - 1]) and body[start - 1] not in _NOT_A_NAME_HEAD \
            and body[start - 2] in _BEFORE_A_NAME and end - start <= 3:
        start -= 1  # Jリーグの鬼|武健二チェアーマン
    tail = _TITLE_NEXT.match(body, end)
    if tail and not office_after(body, end) and tail.end() - start <= 5:
        end = tail.end()  # 近藤太|香巳社長
    elif end - start == 2 and _KANJI.fullmatch(body[end : end + 1] or " ") and body[end] not in _NOT_A_GIVEN_TAIL \
            and not office_after(body, end) and (_office_at(body, end + 1) or _POST_NEXT.match(body, end + 1)):
        end += 1  # 権浩|雄内閣参事, 石破|茂首相: a three-character name cut before its last character
    return start, end


_NOT_A_GIVEN_TAIL = set("前元新現故同副次初両各全首総駐在訪来同党氏君様殿側")
# 内閣参事, 国防委員, 統一相: a post no list holds, after a name
_POST_NEXT = re.compile(r"[\u4e00-\u9fff]{0,4}(?:参事|参事官|局長|次官|委員長|委員|議員|書記|部長|大使|相)(?:は|が|と|の|、|ら)")


def _office_at(body: str, position: int) -> bool:
    """Whether a title no country or prefix opens starts right at position (首相, 外相)."""
    title = office_after(body, position)
    return title is not None and title.start("office") == position


# 経団連の十倉会長と, 社民党の福島党首は, 北朝鮮の朴外相と: a surname between a body's の and a title
_SURNAME_TITLE = re.compile(r"(?:党首|幹事長|書記長|代表|総裁|副総裁|会長|社長|頭取|理事長|議長|委員長|事務総長|団長|首相|大統領|"
                            r"国家主席|主席|外相|国防相|財務相|国務長官|長官|大臣|知事|市長)(?:氏)?"
                            r"(?:は|が|と|との|とも|も|ら|、|に)")
_OF_BODY = re.compile(r"(?:[(（][A-Za-z0-9・&]{1,10}[)）]|(?:政府)?(?:代表団|使節団|交渉団))?の")
_FOREIGN_NAME = re.compile(r"[\u30a1-\u30faー][\u30a1-\u30faー・]{1,14}(?<!・)")
_NOT_A_SURNAME = re.compile(r"[副前元新現同両各全次初故総筆第]")


def titled_surnames(body: str, actors, s_start: int, s_end: int, taken: list[tuple[int, int]],
                    earlier: EarlierPeople) -> list[ShortForm]:
    """People the entity detector missed, written as a surname and a title after a body or country and の
    (経団連の十倉会長と, アフリカ連合(AU)のコナレ委員長と, 北朝鮮代表団の金桂冠団長と): one PERSON mention each,
    the full name when the article named it before."""
    out = []
    for m in actors:
        if not (s_start <= m.end < s_end) or m.type not in ("ORG", "GPE"):
            continue
        of = _OF_BODY.match(body, m.end)  # アフリカ連合(AU)の, 北朝鮮代表団の: its acronym or its delegation between
        if of is None:
            continue
        start = of.end()
        foreign = _FOREIGN_NAME.match(body, start)  # 日産のゴーン社長と: a name in katakana
        if foreign is not None and _SURNAME_TITLE.match(body, foreign.end()) \
                and not any(a < foreign.end() and start < b for a, b in taken):
            out.append(ShortForm(start, foreign.end(), foreign.group(0), "PERSON", None, source=None,
                                 full_name=foreign.group(0)))
            continue
        for length in (1, 2, 3):
            end = start + length
            if not _KANJI.fullmatch(body[end - 1 : end] or " ") or _NOT_A_SURNAME.match(body, start):
                break
            title = office_after(body, start)
            if title is not None and title.start("office") <= end - 1:
                break  # 外相, 事務総長: the title itself, no surname before it
            if not _SURNAME_TITLE.match(body, end) or any(a < end and start < b for a, b in taken):
                continue
            if _part_of_the_post(body, start, end):
                break  # エジプトの情報長官と: 情報 is a word of the post, no surname
            known = earlier.resolve(body[start:end])
            out.append(ShortForm(start, end, body[start:end], "PERSON", known[1] if known else None, source=None,
                                 full_name=known[0] if known else body[start:end]))
            break
    return out


def _part_of_the_post(body: str, start: int, end: int) -> bool:
    """Whether the letters before a title are one Sino-Japanese common noun of two or more characters as UniDic
    reads them (情報長官, 治安長官, 広報部長: a word of the post), not a surname (岸田, 石破, 北側)."""
    if end - start < 2:
        return False
    first = tokenize(body[start : end + 4])[:1]
    if not first or first[0].end != end - start:
        return False
    fields = first[0].pos.split(",")
    return len(fields) > 12 and fields[1] == "普通名詞" and fields[12] == "漢"
