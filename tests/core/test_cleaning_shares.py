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


def test_a_line_of_running_text_is_counted_in_its_first_half(monkeypatch):
    import core.cleaning.lines as lines

    counted: list[int] = []
    for name in ("_japanese_count", "_hiragana_count"):
        real = getattr(lines, name)
        monkeypatch.setattr(lines, name, lambda text, real=real: counted.append(len(text)) or real(text))
    text = "米国と中国の外相が１１日、北京で会談し、両国の関係を安定させることで一致した。"
    assert lines.classify(1, text).kind == "prose"
    assert counted and max(counted) <= len(text) // 2  # each share reached its bound within the first half


def test_bounds_answered_as_the_shares_tell():
    from core.cleaning.lines import _Shares

    texts = ["日米首脳会談で　Biden氏と2時間、𠮷野家のカレーを食べた", "Copyright 2016 Example, Inc.", "",
             "カタカナとEnglish words mixed", "　米中外相が会談した。", "<b>速報</b> 米中\x07外相会談", "ひ", "aひ"]
    for text in texts:
        for bound in (0.05, 0.1, 0.15, 0.3, 0.5):
            shares = _Shares(text)
            assert shares.japanese(bound) == (japanese_share(text) >= bound), (text, bound)
            assert shares.hiragana(bound) == (hiragana_share(text) >= bound), (text, bound)
