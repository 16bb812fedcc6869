"""People read from the title after them: a name begun outside the BMP (𠮷田氏), a place before 容疑者 or 選手; and the
title cut off a name read with it (井上コーチ, 松永怜一氏), or off a name read with it as a body (桑原主将, ムーア騎手)."""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.name_chars import OUTSIDE_BMP
from core.nlp.offices import HONORIFICS, MEDIA_TRADES, OFFICE_WORDS, PRIVATE_TITLES, office_after
from core.nlp.tokens import Token


def outside_bmp_names(folded: str, tokens: list[Token]) -> list[Mention]:
    """Names that begin with a character outside the BMP before a title (𠮷田氏): UniDic reads it as a symbol."""
    out = []
    for index, token in enumerate(tokens[:-1]):
        if not OUTSIDE_BMP.match(token.surface):
            continue
        last = index + 1
        while last < len(tokens) and tokens[last].start == tokens[last - 1].end and (
                ",人名," in tokens[last].pos or OUTSIDE_BMP.match(tokens[last].surface)):
            last += 1
        end = tokens[last - 1].end
        if last > index + 1 and office_after(folded, end):
            out.append(Mention(token.start, end, "", "PERSON", source="title"))
    return out


# Titles only a person bears: a place's name before one is a surname (氏家被告, 武豊騎手, 千葉容疑者, 青島氏), and
# a given name UniDic reads as a place joins the surname before it (片山|右京さん). 氏名, 氏族 are words.
# A player's role after a place read from a surname (荒川選手, 石川投手) is one too (a coach's is not: 広島監督 is
# the team's); 選手団, 選手権 and 投手陣 are teams and titles, and a country before 選手 stays the country (a GPE
# is never read here).
# (a party's posts too: 社会民主党の福島党首, 小沢幹事長; never a place's head)
_PERSON_ONLY_TITLE = re.compile(r"容疑者|被告|騎手|調教師|さん|氏(?![名族神])|選手(?![団権村会])|投手(?!陣)|捕手|主将"
                                r"|党首|幹事長|書記長")
_READ_AS_PLACES = ("unidic", "tagger", "gazetteer")


def people_before_titles(folded: str, chosen: list[Mention]) -> list[Mention]:
    """Places before a title only a person bears, read as the person's name, and a place that is the title right after
    a person's name dropped; sorted."""
    out: list[Mention] = []
    for mention in sorted(chosen, key=lambda m: m.start):
        before = out[-1] if out else None
        if mention.type == "LOC" and mention.source in _READ_AS_PLACES and before is not None and before.type == "PERSON" \
                and before.end == mention.start and (office := office_after(folded, mention.start)) is not None \
                and office.end() == mention.end:
            continue  # アリ|王子: the title after a person's name, not the place (王子 in Tokyo) it also names
        if mention.type == "LOC" and mention.source in _READ_AS_PLACES and _PERSON_ONLY_TITLE.match(folded, mention.end):
            before = out[-1] if out else None
            if before is not None and before.type == "PERSON" and before.end == mention.start and mention.source == "unidic":
                out[-1] = Mention(before.start, mention.end, "", "PERSON", source=before.source)
                continue
            mention = Mention(mention.start, mention.end, "", "PERSON", source=mention.source,
                              confidence=mention.confidence)
        out.append(mention)
    return out


# A title or an honorific a statistical reader or UniDic may take into the name before it (井上|コーチ, クラマー|コーチ,
# レスター|投手, 松永怜一|氏): the whole of the name's end, from a token's start. A name written out with ・ ends in no
# katakana word glued to a katakana title: that word is the title's own (呂比須ワグナー・ヘッド|コーチ).
# A broadcaster's or a paper's people by their trade (小宮|アナ, 安藤|キャスター, 菅|プロデューサー) end a name the same way.
_TITLE_TAIL = re.compile("|".join(HONORIFICS) + "|" + PRIVATE_TITLES + "|容疑者|被告|捕手|" + MEDIA_TRADES)
_GUESSED = ("tagger", "unidic")
_KATAKANA = re.compile("[\u30a1-\u30faー]")


def titles_cut_off(folded: str, chosen: list[Mention], index_at: dict, tokens: list[Token]) -> list[Mention]:
    """A person's name read with the title or honorific after it, cut to the name (two letters at least); a
    given name that ends like a title (足利|尊氏: one token, 人名) is kept whole."""
    out = []
    for mention in chosen:
        if mention.type == "PERSON" and mention.source in _GUESSED:
            for cut in range(mention.start + 2, mention.end):
                index = index_at.get(cut)
                if index is None or ",人名," in tokens[index].pos or _glued(folded, mention.start, cut):
                    continue
                office = office_after(folded, cut)
                if _TITLE_TAIL.fullmatch(folded, cut, mention.end) or (office and office.end() == mention.end):
                    mention = Mention(mention.start, cut, "", "PERSON", mention.entity_id, source=mention.source,
                                      confidence=mention.confidence)
                    break
        elif mention.type == "ORG" and mention.source == "tagger" and mention.entity_id is None:
            mention = _announcer_read_as_body(folded, mention) or _titled_read_as_body(folded, mention, index_at, tokens) \
                or _person_read_as_body(folded, mention, index_at, tokens)
        out.append(mention)
    return out


_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# A surname and a broadcaster's trade, which no body's name ends in: 安藤|アナ (the tagger's ORG in a headline)
_ANNOUNCER = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})(?:アナウンサー|アナ|キャスター)")


def _announcer_read_as_body(folded: str, mention: Mention) -> Mention | None:
    """A surname with アナ or キャスター the tagger read as a body (安藤アナの笑顔): the person, cut before the trade."""
    match = _ANNOUNCER.fullmatch(folded, mention.start, mention.end)
    if match is None:
        return None
    return Mention(mention.start, match.end("name"), "", "PERSON", source=mention.source, confidence=mention.confidence)


# A surname or a name in katakana, then a title or an honorific only a person holds (桑原主将, ムーア騎手, 森貫主,
# 三井選手): the tagger's body, which is the person. No letter of a body's head may be in the name (日本協会会長), and
# no word of it a place: a team is named by its town (阪神主将, 鹿島選手, 広島監督) and a temple by its hill (清水寺貫主);
# a katakana name is a person's or a word UniDic does not know (ムーア騎手), never a word it knows (レッズ, ガンバ).
_TITLED = re.compile(r"(?P<name>[\u4e00-\u9fff]{1,4}|[\u30a1-\u30faー][\u30a1-\u30faー・]{1,19})"
                     r"(?:" + "|".join(HONORIFICS) + "|" + PRIVATE_TITLES + r"|騎手|調教師|貫主|住職|親方|君|くん|ちゃん)")
_BODY_LETTERS = set("党会社省庁局県府都道市町村区国軍団部課署院校大協連盟組室所館庫行店園場")


def _titled_read_as_body(folded: str, mention: Mention, index_at: dict, tokens: list[Token]) -> Mention | None:
    """A name with a person's title or honorific the tagger read as a body (桑原主将は, ムーア騎手が): the person,
    cut before the title; none where a letter of the name is a body's (日本協会会長, 県警署長), a word of it a
    place's (阪神主将, 浦和選手: the team's) or a katakana word of it no name (レッズ主将)."""
    match = _TITLED.fullmatch(folded, mention.start, mention.end)
    if match is None or _BODY_LETTERS.intersection(match.group("name")) or match.group("name").endswith("・"):
        return None
    katakana = _KATAKANA.match(folded, mention.start) is not None
    at = index_at.get(mention.start)
    while at is not None and at < len(tokens) and tokens[at].start < match.end("name"):
        pos = tokens[at].pos
        if ",地名," in pos or (katakana and not (tokens[at].unknown or ",人名," in pos or pos.startswith("補助記号"))):
            return None  # a town (阪神主将) or a katakana word that is no one's name (レッズ主将, ガンバ主将)
        at += 1
    return Mention(mention.start, match.end("name"), "", "PERSON", source=mention.source, confidence=mention.confidence)


def _person_read_as_body(folded: str, mention: Mention, index_at: dict, tokens: list[Token]) -> Mention:
    """A Chinese name with a character UniDic does not know, read by the tagger with the office after it as one
    body (习近平国家主席): the person, cut before the office, where a word of the name is unknown or a person's."""
    for cut in range(mention.start + 2, min(mention.end, mention.start + 5)):
        index = index_at.get(cut)
        if index is None or folded[cut : mention.end] not in OFFICE_WORDS or not _CJK_NAME.fullmatch(folded, mention.start, cut):
            continue  # the office alone after the name (习近平|国家主席), no country or 前/元 between
        first = index_at.get(mention.start)
        words = tokens[first:index] if first is not None else []
        if any(t.unknown or ",人名," in t.pos for t in words):
            return Mention(mention.start, cut, "", "PERSON", source=mention.source, confidence=mention.confidence)
    return mention


def _glued(folded: str, start: int, cut: int) -> bool:
    """Whether a cut before a katakana title follows a katakana word of a name written with ・."""
    return _KATAKANA.match(folded, cut - 1) is not None and _KATAKANA.match(folded, cut) is not None and (
        "・" in folded[start:cut])
