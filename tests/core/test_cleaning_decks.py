"""A deck under the headline written as a sentence's clause without its 。 (…を果たしている, …させる), on outlets no
list knows: the headline over it stays the headline (bench/perturb_frames.py's deck class measures it)."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.header_shapes import clause_deck
from core.cleaning.outlets import outlet_in
from tests.shared_data import SHARED, livedoor_parts as _parts, require

NAGATOMO = "sports-watch/sports-watch-5683718.txt"  # 【Sports Watch】長友の仰天エピソード、堀北真希にフラれていた!?
TAHARA = "livedoor-homme/livedoor-homme-6284682.txt"  # 喜びイッパイの田原総一朗　「…質問がどんどん出てくる！」
DRAFT = "wn-02534.txt"  # Wikinews: 2007年プロ野球高校生ドラフト会議


def _page(header: list[str], body: list[str], outlet: str = "北斗タイムズ") -> str:
    assert outlet_in(outlet) is None  # an outlet no list knows
    return "\n".join([outlet, "ホーム　ニュース　政治　経済　国際　社会　スポーツ　エンタメ", "", *header, "", *body, "",
                      "あわせて読みたい", "会社概要　プライバシーポリシー　お問い合わせ",
                      f"Copyright © 2008-2025 {outlet} All rights reserved."])


def _deck(body: list[str]) -> str:
    """A sentence of the text other than its first, its 。 dropped, as pages print a deck."""
    sentences = [s + "。" for paragraph in body for s in paragraph.split("。") if s]
    return next(s for s in sentences[1:] if 20 <= len(s) <= 70).rstrip("。")


def test_a_clause_under_a_headline_closed_by_its_own_mark_is_its_deck():
    for name in (NAGATOMO, TAHARA):
        title, body = _parts(name)
        deck = _deck(body)
        assert clause_deck(title, deck), deck
        article = clean_dump(_page([title, deck, "2011年7月6日 11:00"], body))
        assert article.title == title, name


def test_a_headline_of_names_and_nouns_over_a_clause_is_the_headline():
    lines = require(SHARED / "corpus" / "wikinews" / "txt" / DRAFT).read_text(encoding="utf-8").split("\n")
    title, body = lines[0].strip(), [line.strip() for line in lines[3:6]]
    deck = body[2].rstrip("。")  # 今回のドラフトは全体で39人となり、…を上回っている
    article = clean_dump(_page([title, deck, "2007年10月12日"], body))
    assert article.title == title


def test_a_headline_ending_with_a_verb_under_a_label_apart_from_it_stays_the_headline():
    # many headlines end with a verb (…が解放される); a label a blank line parts from it is no headline over a deck
    _, body = _parts(NAGATOMO)
    headline = "アフガニスタンで拘束された日本人ジャーナリストが解放される"
    article = clean_dump(_page(["「熊本地震」関連情報", "", headline, "2011年7月6日 11:00"], body))
    assert article.title == headline


def test_a_clause_is_told_from_a_headline_by_how_it_closes():
    assert clause_deck("2007年プロ野球高校生ドラフト会議", "今回のドラフトは全体で39人となり、過去最多を上回っている")
    assert clause_deck("田原総一朗の冠番組", "2時間枠の冠番組「ニッポンリーダー列伝」をBSジャパンでスタートさせる")
    assert clause_deck("新型ロケットの打ち上げ", "打ち上げは天候次第で来週以降にずれ込む見通しへ")
    # a noun's い (狙い, 違い), a headline closed as a clause over it, a shorter lower line, a headline left open
    assert not clause_deck("新型ロケットの打ち上げ", "打ち上げを来週以降に延ばした政府の本当の狙い")
    assert not clause_deck("首相が訪米へ", "首相は来月、ワシントンで大統領と会談する")
    assert not clause_deck("国連総会が開幕、首相が演説し各国に協力を求める", "首相が演説する")
    assert not clause_deck("能登半島地震から2週間、", "被災地では今も多くの人が避難を続けている")


def test_a_sentence_of_the_text_over_the_date_line_under_the_lead_photo_is_the_deck_not_the_headline():
    # headline, the lead photo's place (its marker, or a caption), then a sentence of the text without its 。 right
    # over the date line: the long line by the date is the deck; the headline is the line over the photo
    lines = require(SHARED / "corpus" / "wikinews" / "txt" / DRAFT).read_text(encoding="utf-8").split("\n")
    title, body = lines[0].strip(), [line.strip() for line in lines[3:6]]
    deck = _deck(body)
    for photo in (["写真"], ["画像"], ["写真", "式典であいさつする代表者＝3日、大阪市"]):
        article = clean_dump(_page([title, "", *photo, "", deck, "2007年10月3日 11:00"], body))
        assert article.title == title, photo
