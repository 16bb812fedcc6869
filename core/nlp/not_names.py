"""Chosen spans that name something else than their place or body: a time zone, a language, a currency, a line."""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.name_chars import is_katakana
from core.nlp.offices import HONORIFICS, office_after


# A place before these names a time zone, not the place acting: 日本時間, 欧州中央夏時間 (Central European Summer Time), モスクワ時間.
_TIME_ZONE = re.compile(r"(?:・[^\s・、。()（）]{1,8})?(?:現地)?(?:[東西中]部|中央|太平洋|大西洋|山岳部)?"
                        r"(?:夏時間|標準時間|標準時|時間)")
# A place before 語 names a language (日本語版, ロシア語で), not the place.
_LANGUAGE = re.compile(r"語(?![\u4e00-\u9fff]*(?:大使|大統領|首相))")
# A place before these names its currency (日本円, 台湾ドル, 米ドル) or a school subject (日本史, 中国史; not 日本史上,
# Japan's history itself), not the place: 対中円借款 keeps China.
CURRENCY_OR_SUBJECT = re.compile(r"(?:ドル|円(?!借款|卓)|ユーロ|ウォン|ルーブル|ペソ|ポンド|フラン|ルピー|リラ|ディナール|バーツ|"
                                  r"ルピア|リンギット|レアル)(?![\u30a1-\u30faー])|史(?![上\u30a1-\u30faー])")
# Railway lines are named after places: 常磐線, 東海道新幹線, 東北本線.
_LINES = ("線", "本線", "新幹線")
# 元|町長, 前|市長 read as the place 元町 or 前市: a former head of a town is no place.
FORMER_HEAD = re.compile(r"[元前現][町市村区]長")


def names_a_time_zone(folded: str, mention: Mention, chosen: list[Mention]) -> bool:
    """A place or organisation right before 時間 (or before ・another place and 時間) names a time zone."""
    if mention.type not in ("GPE", "LOC", "ORG"):
        return False
    match = _TIME_ZONE.match(folded, mention.end)
    if match is None:
        return False
    # 時間 as a duration (3時間, 長時間) never follows a name directly; after a place it is a zone
    return not folded[mention.end - 1 : mention.end].isdigit()


def names_a_language(folded: str, mention: Mention) -> bool:
    """A country or place right before 語 names its language: 日本語, ロシア語版."""
    return mention.type in ("GPE", "LOC") and _LANGUAGE.match(folded, mention.end) is not None


def names_a_line(folded: str, mention: Mention) -> bool:
    """A place right before 線 names a railway line (常磐線, 東海道新幹線, 東北本線), which is no entity."""
    return mention.type in ("GPE", "LOC") and folded.startswith(_LINES, mention.end)


# Words for what happens to a market or a public, never a name's last part: リーマン・ショック, ITバブル.
_PHENOMENON_END = re.compile(r"(?:ショック|ブーム|バブル|スキャンダル|パニック|クライシス)$")


def names_a_phenomenon(folded: str, mention: Mention) -> bool:
    """A person or body read by UniDic or the tagger that ends in a phenomenon word names the event after a
    company or a person (リーマン・ショック, ITバブル), not them."""
    return mention.type in ("PERSON", "ORG") and mention.source in ("tagger", "unidic") \
        and _PHENOMENON_END.search(folded, mention.start, mention.end) is not None


# What each check above finds, as patterns whose words core.scan.may_match reads (時間 or 標準時, 長 with 元|前|現
# and 町|市|村|区, 語, 線, a phenomenon's word): an article lacking them has no span the check drops. In the order
# core.nlp.name_parts runs them: time zone, former head, language, line, phenomenon.
NOT_NAME_CUES = (_TIME_ZONE, FORMER_HEAD, _LANGUAGE, re.compile("|".join(_LINES)), _PHENOMENON_END)


def inside_katakana(folded: str, mention: Mention) -> bool:
    """A katakana place glued to the katakana word before it is part of a longer name (スポーツ|ニッポン); not a
    country glued to a name before that name's title (シュレーダー|ドイツ連邦首相, プーチン|ロシア大統領)."""
    if mention.type not in ("GPE", "LOC") or mention.start == 0:
        return False
    if mention.type == "GPE" and (title := office_after(folded, mention.end)) is not None \
            and title.groupdict().get("office") not in (None, *HONORIFICS):
        return False
    return is_katakana(folded[mention.start]) and is_katakana(folded[mention.start - 1])
