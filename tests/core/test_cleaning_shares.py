"""A line's share of Japanese and of hiragana characters, counted character by character whatever the runs."""

from __future__ import annotations

from core.cleaning.lines import hiragana_share, japanese_share


def test_shares_count_every_character_of_every_run():
    # runs of kana and kanji broken by Latin letters, digits and blanks, a kanji outside the basic plane (𠮷)
    text = "日米首脳会談で　Biden氏と2時間、𠮷野家のカレーを食べた"
    japanese = sum(1 for c in text if "\u3041" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff" or c == "𠮷")
    hiragana = sum(1 for c in text if "\u3041" <= c <= "\u309f")
    assert (japanese, hiragana) == (22, 6)
    assert japanese_share(text) == japanese / len(text)
    assert hiragana_share(text) == hiragana / len(text)


def test_a_line_without_japanese_or_any_character_has_no_share():
    assert japanese_share("Copyright 2016 Example, Inc.") == 0 == hiragana_share("Copyright 2016")
    assert japanese_share("") == 0 == hiragana_share("")
    assert hiragana_share("ひらがなだけ") == 1.0
