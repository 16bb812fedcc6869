"""A name in katakana before the word 紙 or 誌 is a newspaper or a magazine (タイムズ紙, ネイチャー誌,
シカゴ・トリビューン紙, ジャカルタ・ポスト紙).

News cites foreign papers and journals by their name and the suffix 紙 (a newspaper) or 誌 (a
magazine, a journal); UniDic splits it off (タイムズ|紙). Read alone the name is a common word
(タイムズ, ネイチャー), a place (ジャカルタ in ジャカルタ・ポスト) or a person (シュテルン); before 紙 it is
the outlet, and so is the same name read as a person or a place elsewhere in the article
(デイリー・テレグラフ、2008年8月28日。, where the news site lists its source). As the news gold writes it
(ガーディアン紙 is ガーディアン), the outlet is named without 紙, as a company is without 社. Not a name: a country before 紙 (スペイン紙 = a Spanish paper; in
イギリス・エクスプレス紙 the name is エクスプレス and the country stays), a word for a kind of paper
(スポーツ紙, タブロイド紙, マンガ誌), a single short word, a run that goes on from a longer word.
紙 and 誌 must be words of their own: 紙面, 誌面, 手紙 are other words.
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.outlet_names import SOURCE_WORDS as _SOURCE_WORDS
from core.nlp.suffix_names import goes_on, named, no_name, run_start
from core.nlp.tokens import Token

_SUFFIXES = {"紙", "誌"}
# The name after a country's paper (米紙ウォールストリート・ジャーナル, 韓国紙・朝鮮日報, 米誌タイム): katakana or
# Latin words, joined by ・, & or a space; or the same in title brackets, closed (米誌『プレイボーイ』, 米誌「TIME」).
_AFTER_COUNTRY = re.compile(r"[紙誌](?:・|(?P<open>[「『]))?(?P<name>[\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ](?:[\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ&＆]|"
                            r"[・ ](?=[\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ]))*)(?(open)[」』])")
# A letter before the run that makes it the end of a longer word or name.
_NAME_GOES_ON = re.compile(r"[\u30a1-\u30faーA-Za-z0-9Ａ-Ｚａ-ｚ０-９]")
# Katakana words for a kind of paper or magazine, its readers or its subject (スポーツ紙, ファッション誌).
_KIND_WORDS = {"スポーツ", "タブロイド", "ゴシップ", "ファッション", "マンガ", "コミック", "アニメ", "ゲーム", "グラフ",
               "ビジネス", "パソコン", "カメラ", "ゴルフ", "サッカー", "プロレス", "ミステリー", "ミステリ", "アイドル",
               "グラビア", "カルチャー", "ニュース", "タウン", "フリー", "コミュニティー", "コミュニティ", "エリート",
               "ローカル", "メジャー", "マイナー", "ライバル", "パズル", "クイズ", "レジャー", "インテリア", "ブロック",
               "ファン", "オピニオン", "ビジュアル", "ポップ", "ロック", "ジャズ", "クラシック", "モード", "ライフスタイル",
               "テレビ", "ラジオ", "ティーン", "ティーンズ", "ギャル", "ママ", "ペット", "アート",
               # kinds of paper as a material (ボール紙, リトマス紙)
               "ボール", "クラフト", "ケント", "リトマス", "コート", "パラフィン", "ワックス", "トレーシング"}
_KINDS = ("PERSON", "GPE", "LOC")


def with_outlet_suffix(folded: str, chosen: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The mentions (sorted) with each katakana name right before the word 紙 or 誌 read as the outlet: the
    person or place mentions inside the name give way to one ORG mention of the name."""
    if "紙" not in folded and "誌" not in folded:
        return chosen
    ending = {m.end: m for m in chosen}
    spans = _names_after_country(folded, chosen)
    out = _as_outlets(chosen, spans)
    for index, token in enumerate(tokens):
        if token.surface not in _SUFFIXES or not index:
            continue
        reading = ending.get(token.start)
        if reading is not None and (reading.type == "ORG" or (reading.entity_id or "").startswith("country:")):
            continue  # already an outlet (ニューヨーク・タイムズ), or a country's paper (スペイン紙)
        span = _name_before(folded, tokens, index, out)
        if span is None:
            continue
        out = _as_outlets(out, [span])
        spans.append(span)
    names = {folded[start:end] for start, end in spans}
    # the same name read as a person or a place elsewhere (デイリー・テレグラフ、2008年8月28日。) is the outlet too
    if not names:
        return out
    return [named(m.start, m.end) if m.type in _KINDS and folded[m.start : m.end] in names else m for m in out]


def _as_outlets(chosen: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions (sorted) with one ORG mention for each span, in place of the mentions inside it."""
    if not spans:
        return chosen
    out = [m for m in chosen if not any(start <= m.start and m.end <= end for start, end in spans)]
    return sorted(out + [named(start, end) for start, end in spans], key=lambda m: m.start)


def _name_before(folded: str, tokens: list[Token], index: int, chosen: list[Mention]) -> tuple[int, int] | None:
    """The span of the katakana name (words joined by ・) right before the suffix at index, or None."""
    end = tokens[index].start
    first = run_start(tokens, index, joined=True)
    while first < index and (tokens[first].surface == "・" or _is_country(tokens[first]) and first + 1 < index
                             and tokens[first + 1].surface == "・"):
        first += 1  # イギリス・エクスプレス紙: the name follows the country
    if first == index:
        return None
    start = tokens[first].start
    for m in chosen:  # a mention across the name's start, or one of another kind inside it
        if m.start < start < m.end or (start <= m.start < end and m.end > end):
            return None
        if start <= m.start and m.end <= end and m.type not in _KINDS:
            return None
        if start <= m.start and m.end <= end and (m.entity_id or "").startswith("country:"):
            if folded[m.end : m.end + 1] != "・":
                return None  # the country ends the run: ロシア紙
            start = m.end + 1
    if start >= end or (start == tokens[first].start and goes_on(folded, start, _NAME_GOES_ON)):
        return None  # nothing left, or the run is the end of a longer word or name
    words = [t for t in tokens[first:index] if start <= t.start and t.surface != "・"]
    if any(_is_country(t) for t in words):
        return None  # ロシア紙: a country's paper
    if no_name([t.surface for t in words], _KIND_WORDS):
        return None  # スポーツ紙, カスタムカルチャー誌, a single short word: no paper's name
    return start, end


def _is_country(token: Token) -> bool:
    """Whether UniDic knows the word as a country's name (イギリス, ロシア)."""
    return token.pos.startswith("名詞,固有名詞,地名,国")


def _names_after_country(folded: str, chosen: list[Mention]) -> list[tuple[int, int]]:
    """The spans of the names right after a country and 紙 or 誌 (米紙ウォールストリート・ジャーナル) that no
    organisation mention begins or covers."""
    out = []
    for m in chosen:
        if not (m.entity_id or "").startswith("country:"):
            continue
        found = _AFTER_COUNTRY.match(folded, m.end)
        if found is None:
            continue
        start, end = found.span("name")
        name = found.group("name")
        if name in _SOURCE_WORDS or name in _KIND_WORDS or any(
                o.start < end and start < o.end and (o.type not in _KINDS or o.start < start or o.end > end)
                for o in chosen):
            continue  # 米紙インタビュー, or a reading already there (英紙ガーディアン)
        out.append((start, end))
    return out
