"""What the words around a name near a meeting word say it is: a longer name (尹 of 尹炳世外相, 新潟県 of
新潟県高校野球連盟), another kind (ネクシィーズ社: a company; ロバーツ判事: a person; 首相官邸で: a place), a body
named in brackets (団体「…」), or no side at all (a suspect, a meeting's topic, a reading in brackets).

Kept apart from core.meetings.sentence, which adds to the meeting itself: these only correct the names the
sides are chosen from.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.model import Mention
from core.nlp.offices import office_after


# 尹炳世外相 (a given name), not 尹前大統領: a title's first character is no given name
_NOT_A_GIVEN_NAME = re.compile(r"[前元新現副総国外財官大首]")


def whole_korean_name(body: str, mention):
    """尹 (a short form of one leader) written as the head of 尹炳世外相: the three-character name of another person."""
    if mention.type != "PERSON" or mention.end - mention.start != 1:
        return mention
    title = office_after(body, mention.end + 2)
    given = body[mention.end : mention.end + 2]
    if title is None or title.start() != mention.end + 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", given) \
            or _NOT_A_GIVEN_NAME.match(given):
        return mention
    at_once = office_after(body, mention.end)
    if at_once is not None and at_once.start("office") < mention.end + 2:
        return mention  # 林外相: the title follows the name at once
    name = body[mention.start : mention.end + 2]
    return replace(mention, end=mention.end + 2, text=name, entity_id=f"found:PERSON:{name}")


# ネクシィーズ社幹部, ネクシィーズ社の: a name before 社 (not 社長, 社主) is a company's, not a person's
_COMPANY_AFTER = re.compile(r"社(?!長|主)")


def company_not_person(body: str, mention):
    """A name read as a person's but written before 社 (ネクシィーズ社幹部がJ訪問): the company, an organisation."""
    if mention.type != "PERSON" or not _COMPANY_AFTER.match(body, mention.end) \
            or not (mention.entity_id is None or mention.entity_id.startswith("found:")):
        return mention
    name = body[mention.start : mention.end]
    return replace(mention, type="ORG", entity_id=f"found:ORG:{name}")


# 新潟県|高校野球連盟, 日本|サッカー協会: a name cut before the head that makes it a body
_BODY_HEAD_AFTER = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]{0,6}?(?:連盟|協会|連合会|組合|機構|協議会|財団)"
                              r"(?=ら?(?:は|が|と|との|とも|や|、|の))")


def whole_body_name(body: str, mention):
    """A name cut before the head of a body's name (新潟県 of 新潟県高校野球連盟は): the whole body, an organisation."""
    if mention.type not in ("ORG", "LOC", "GPE"):
        return mention
    head = _BODY_HEAD_AFTER.match(body, mention.end)
    if head is None:
        return mention
    name = body[mention.start : head.end()]
    return replace(mention, end=head.end(), text=name, type="ORG", entity_id=f"found:ORG:{name}")


# センテニアル社は, ウリタバコ社と: 社 after a company's name, before the particle that makes it a side
_COMPANY_WORD_AFTER = re.compile(r"社(?=ら?(?:は|が|と(?!の)|とも|や|、))")  # (ロシュ社との交渉: the partner alone)


def company_word(body: str, mention):
    """A company no list holds, written with 社 after its name (センテニアル社は): the mention reaches over
    社, so the particle after it makes the company a side; its name and entity stay as they were."""
    if mention.type != "ORG" or not (mention.entity_id or "").startswith("found:") \
            or not _COMPANY_WORD_AFTER.match(body, mention.end):
        return mention
    return replace(mention, end=mention.end + 1)


# 団体「PSE問題を考える会」と経済産業省との話し合い, 運営会社「大阪シティードーム」と京セラは…締結: a body's name in
# brackets after a word for a kind of body (not a title, a slogan or a product: 『…』, 「…」 after anything else)
_BRACKETED_BODY = re.compile(r"(?:組織|団体|政党|会社|企業|セクター|法人|組合|協会|勢力|グループ|連合|機構)「(?P<name>[^「」。、]{2,20})」")


def bracketed_bodies(body: str, s_start: int, s_end: int, taken: list[tuple[int, int]]) -> list:
    """ORG mentions for the bodies named in brackets after a word for their kind in [s_start, s_end), where no
    mention covers them."""
    out = []
    for found in _BRACKETED_BODY.finditer(body, s_start, s_end):
        start, end = found.span("name")
        if not any(a < end and start < b for a, b in taken):
            out.append(Mention(start, end, found["name"], "ORG", None, source=None))
    return out


# ロバーツ判事, ザリフ議員: a foreign name with the title of a person, read as a body's name
_PERSON_TITLED = re.compile(r"(?P<name>[\u30a1-\u30faー][\u30a1-\u30faー・=＝]{1,20})"
                            r"(?P<title>判事|裁判官|検事|弁護士|議員|教授|博士|氏|さん)")


def person_not_body(body: str, mention):
    """A foreign name and a person's title read as an organisation (ロバーツ判事): the person, named without
    the title (the title stays text, as with any person)."""
    if mention.type != "ORG" or not (mention.entity_id or "found:").startswith("found:"):
        return mention
    found = _PERSON_TITLED.fullmatch(body, mention.start, mention.end)
    if found is None:
        return mention
    name = found["name"]
    return replace(mention, end=mention.start + len(name), text=name, type="PERSON", entity_id=f"found:PERSON:{name}")


# 首相官邸で, Jリーグ事務局で, 党本部で: a building named before で is where the meeting is, not a side of it
_SITE_HEAD = re.compile(r"(?:官邸|公邸|公館|迎賓館|本部|事務局|庁舎|ホテル|宮殿|ホワイトハウス|会館|大使館|議事堂)$")
_AT = re.compile(r"で(?!は|も)")


def site_not_side(body: str, mention):
    """An organisation's building written with で (首相官邸で会談): a place (LOC), no side of the meeting."""
    if mention.type != "ORG" or not _AT.match(body, mention.end) \
            or not _SITE_HEAD.search(body, mention.start, mention.end):
        return mention
    return replace(mention, type="LOC")


# 茂木容疑者らと共に訪問し: a suspect's visit is an act told of a crime, and a defendant's no meeting of sides
_ACCUSED_AFTER = re.compile(r"(?:容疑者|被疑者|被告人|被告)")


def accused(body: str, mention) -> bool:
    """Whether a person is named as a suspect or a defendant (茂木容疑者, 橋本被告): no side of any meeting."""
    return mention.type == "PERSON" and bool(_ACCUSED_AFTER.match(body, mention.end))


# 鳥インフルエンザと渡り鳥に関する専門家の緊急会合: what the meeting of others is about, named before に関する
_TOPIC_OF_OTHERS = re.compile(r"(?:(?:と|や|・)[^、。と]{1,12}?)?(?:に関する|についての|をめぐる|を巡る)[^、。]{1,10}?の"
                              r"(?:緊急|臨時|非公式|定例)?(?:会合|会談|協議|会議)")


def topic_of_others(body: str, mention) -> bool:
    """Whether a name is the topic of a meeting of people named after it (…に関する専門家の会合), no side."""
    return bool(_TOPIC_OF_OTHERS.match(body, mention.end))


_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30faー・ 　]+")


def without_readings(body: str, mentions: list) -> list:
    """The mentions less those that only say again, in brackets, the person named just before them.

    神崎武法(かんざきたけのり)代表: the reading (or the same person named again) is no second side of
    a meeting, nor the subject nearest the meeting word in place of the name. A body's aside stays:
    東南アジア諸国連合(ASEAN)などの会合 is named by it, 社会民主党(SPD) is the known body it names.
    """
    out: list = []
    for mention in sorted(mentions, key=lambda m: m.start):
        named = out[-1] if out else None
        if named is not None and named.type == "PERSON" and named.end == mention.start - 1 \
                and body[named.end] in "(（" and body[mention.end : mention.end + 1] in (")", "）") \
                and (named.entity_id is not None and named.entity_id == mention.entity_id
                     or _KANA.fullmatch(body, mention.start, mention.end)):
            continue
        out.append(mention)
    return out
