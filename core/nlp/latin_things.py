"""A word in Latin letters glued to a katakana common noun names a thing, not a body (USBポート, PINコード, Googleロゴ);
so do letters glued to a kanji word for a device (EB装置, AV機器).

Technology and product news writes a standard, a format or a brand in Latin letters before the
katakana word for the thing (USB|ポート, AC|アダプター, QR|コード, SIM|カード, Google|ロゴ); the tagger,
seeing letters it takes for an acronym, reads the whole as an organisation. What the last word
is decides: a word that heads the name of a body or an outlet (J1|リーグ, TBS|ラジオ, FNN|ニュース,
UQ|コミュニケーションズ) keeps the reading, and so does a proper noun (NTT|ドコモ) or a word UniDic does not
know; another common noun makes the span a thing where the article shows it is one: it writes the word
alone as well (USBポート … 最大8ポート, Googleロゴ … トップページのロゴ) or glues the letters to another katakana
word (USBポート, USBケーブル: the letters are a standard). A company's name of such words stands where nothing
shows it (JFEスチール, GEエナジー in a line of an encyclopedia) and before 社. No mention is left there: the letters
alone are the tagger's to read elsewhere (Google … Googleロゴ), and kept as a body where it read a standard so
(RSS, HDD) they would carry its error.
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.company_heads import HEADS
from core.nlp.tokens import Token

# Katakana words that end the name of a body, a club, a medium or an outlet, or one of its sections.
BODY_HEADS = HEADS | {
    "リーグ", "グループ", "センター", "クラブ", "チーム", "ユナイテッド", "アカデミー", "ファンド", "キャピタル", "カンパニー",
    "ニュース", "スポーツ", "ラジオ", "テレビ", "チャンネル", "ネット", "ネットワーク", "ジャーナル", "マガジン", "タイムズ",
    "プレス", "エンタメ", "マネー", "カルチャー", "シネマ", "シネマズ", "モバイル", "ストア", "マート", "ショップ", "ホテル",
    "ホテルズ", "フーズ", "バンク", "エアライン", "エアラインズ", "エンターテインメント", "エンタテインメント",
    "エンターテイメント", "エンタープライズ", "ジャパン", "インターナショナル", "アソシエーション", "ソサエティ",
    "コンソーシアム", "フォーラム", "ファウンデーション", "インスティテュート", "アライアンス",
}
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_KATAKANA = re.compile(r"[\u30a1-\u30faー]+")
_LETTER_BEFORE = re.compile(r"[A-Za-z]")
# Letters that make the katakana after them a club's name (FCケルン, SCフライブルク; ACミラン is a place UniDic knows).
_CLUB_LETTERS = {"FC", "SC", "CF", "SV", "VfB", "VfL"}
# Letters and a kanji word for a device or a machine's part (EB装置, AV機器, ATS車上子), which no body's name ends in.
_DEVICE = re.compile(r"[A-Z][A-Za-z0-9]{0,5}(?:装置|機器|端末|車上子)")


def without_latin_things(folded: str, chosen: list[Mention], tokens: list[Token], index_at: dict) -> list[Mention]:
    """The mentions without the tagger's organisations that are letters and a katakana common noun for a thing."""
    out = []
    for m in chosen:
        if m.type == "ORG" and m.source == "tagger" and m.entity_id is None and _DEVICE.fullmatch(folded, m.start, m.end):
            continue  # EB装置, AV機器: letters and a kanji word for a device
        letters = _thing_letters(folded, m, tokens, index_at)
        if letters is None or not _shown_a_thing(folded, m, letters, tokens, index_at):
            out.append(m)
    return out


def _thing_letters(folded: str, m: Mention, tokens: list[Token], index_at: dict) -> str | None:
    """The letters of a tagger's organisation written as letters and katakana words ending in a common noun that
    heads no body's name, or None."""
    if m.type != "ORG" or m.source != "tagger" or m.entity_id is not None or folded.startswith("社", m.end):
        return None
    index = index_at.get(m.start)
    if index is None or index + 1 >= len(tokens) or not _LATIN.fullmatch(tokens[index].surface) \
            or tokens[index].surface in _CLUB_LETTERS:
        return None
    last = index + 1
    while last < len(tokens) and tokens[last].start == tokens[last - 1].end and tokens[last].end <= m.end \
            and _KATAKANA.fullmatch(tokens[last].surface):
        if tokens[last].end == m.end:
            word = tokens[last]
            if ",普通名詞," in word.pos and not word.unknown and word.surface not in BODY_HEADS:
                return tokens[index].surface
            return None
        last += 1
    return None


def _shown_a_thing(folded: str, m: Mention, letters: str, tokens: list[Token], index_at: dict) -> bool:
    """Whether the article writes the span's last word alone elsewhere (no letters glued before it), or the letters
    glued to another katakana word."""
    index = index_at[m.start]
    while tokens[index].end < m.end:
        index += 1
    last = tokens[index].surface
    for token in tokens:
        if token.start < m.end and m.start < token.end:
            continue
        if token.surface == letters and _KATAKANA.match(folded, token.end) \
                and not folded.startswith(folded[m.start + len(letters) : m.end], token.end):
            return True  # USBポート … USBケーブル
        if token.surface == last and not _LETTER_BEFORE.match(folded[token.start - 1 : token.start] or " "):
            return True  # Googleロゴ … ページのロゴ
    return False
