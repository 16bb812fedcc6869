"""Tokens read from MeCab's written fields are the tokens fugashi's nodes give, offsets included."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.nlp import tokens as tokens_module
from core.nlp.tokens import Token, pieces, pos_positions, surface_positions, tagger, tokenize

WIKINEWS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "wikinews" / "txt"


def by_nodes(text: str) -> list[Token]:
    """The tokens of text found node by node, surface by surface (the slow, plain reading)."""
    found: list[Token] = []
    for start, end in pieces(text):
        piece = tokens_module._UNSAFE.sub(" ", text[start:end])
        tokens_module._find_each(piece, start, tagger()(piece), found)
    return found


def wikinews(count: int) -> list[str]:
    files = sorted(WIKINEWS.glob("*.txt"))[:count]
    if not files:
        pytest.fail("shared corpus not available", pytrace=False)
    return [path.read_text(encoding="utf-8") for path in files]


def test_real_articles_give_the_tokens_of_fugashis_nodes():
    for text in wikinews(60):
        tokens = tokenize(text)
        assert tokens == by_nodes(text)
        assert all(text[t.start:t.end] == t.surface for t in tokens)


@pytest.mark.parametrize("text", [
    "  先頭に空白がある文。",          # spaces MeCab skips before the first token
    "末尾に空白 \n\n",
    "米国の\n  大統領は\t会談した。",   # spaces inside, a tab, a line end
    "全角の　空白は語になる。",         # U+3000 is a token of unidic-lite, not a skipped space
    "𠮷野家と😀の後も offsets は code point で数える。",
    "ｸﾞﾛｰﾊﾞﾙな未知語ｷﾞｬﾗｸｼｰ",          # unknown words: their short feature set
    "   ",
])
def test_spaces_unknown_words_and_wide_characters_keep_exact_offsets(text):
    tokens = tokenize(text)
    assert tokens == by_nodes(text)
    assert all(text[t.start:t.end] == t.surface for t in tokens)


@pytest.mark.parametrize("text", [
    "米国の大統領は\ud800北京で会談した。",      # a lone surrogate (a broken UTF-16 pair), no NUL
    "米国の大統領は\x00北京で\udfff会談した。",   # NUL and a lone surrogate
    "大統領は\x00北京で会談した。",              # NUL alone
    "大統領は\x1f北京で\ud800会談した。",        # the field separator and a lone surrogate
])
def test_characters_mecab_cannot_take_are_blanked_and_offsets_hold(text):
    tokens = tokenize(text)
    assert tokens == by_nodes(text)
    assert [t.surface for t in tokens if t.surface in ("北京", "会談")] == ["北京", "会談"]
    assert all(text[t.start:t.end] == t.surface for t in tokens)


def test_a_text_holding_the_field_separator_is_still_read_whole():
    text = "米国の大統領は\x1f北京で会談した。"
    tokens = tokenize(text)
    assert [t.surface for t in tokens if t.surface in ("米国", "北京", "会談")] == ["米国", "北京", "会談"]
    assert all(text[t.start:t.end] == t.surface for t in tokens)
    assert tokens[-1].end == len(text)


def test_features_are_unidics_raw_fields():
    [country, *_] = tokenize("米国と会談した。")
    assert country.surface == "米国"
    assert country.pos.startswith("名詞,固有名詞,地名,国,")
    assert not country.unknown


def test_positions_picked_in_c_are_those_a_loop_over_every_token_finds():
    """surface_positions and pos_positions give the indices a plain loop gives, on real articles."""
    for text in wikinews(5):
        tokens = tokenize(text)
        heads = {"政府", "大統領", "の"}
        assert surface_positions(tokens, heads) == [i for i, t in enumerate(tokens) if t.surface in heads]
        assert pos_positions(tokens, ",人名,") == [i for i, t in enumerate(tokens) if ",人名," in t.pos]
    tokens = tokenize("みずほ銀行の田中社長は大学で")
    assert [tokens[i].surface for i in surface_positions(tokens, {"銀行", "大学"})] == ["銀行", "大学"]
    assert [tokens[i].surface for i in pos_positions(tokens, ",人名,")] == ["田中"]
    assert surface_positions([], {"銀行"}) == [] and pos_positions([], ",人名,") == []


def test_pos_positions_keeps_each_features_answer_per_mark_and_stays_right_when_its_memory_is_cleared(monkeypatch):
    """The answer kept for a feature string is that mark's alone, and answers kept past the bound are dropped."""
    import core.nlp.tokens as tokens_module

    texts = wikinews(6)
    plain = {mark: [[i for i, t in enumerate(tokenize(text)) if mark in t.pos] for text in texts]
             for mark in (",固有名詞,", ",人名,", ",地名,国,")}
    for _ in range(2):  # the second round answers from what the first kept
        for mark, expected in plain.items():
            assert [pos_positions(tokenize(text), mark) for text in texts] == expected
    assert set(tokens_module._holding) >= set(plain)
    monkeypatch.setattr(tokens_module, "SHARED_FEATURES", 5)
    assert [pos_positions(tokenize(text), ",人名,") for text in texts] == plain[",人名,"]
    assert len(tokens_module._holding[",人名,"]) <= len({t.pos for t in tokenize(texts[-1])})


def test_a_words_features_are_one_string_shared_by_its_tokens_across_texts():
    """The features of a word met again are the string kept the first time (an article's tokens take half
    the memory); their values are UniDic's all the same."""
    first = tokenize("米国の大統領は北京で会談した。")
    again = tokenize("北京で米国の大統領と外相が会談した。")
    kept = {t.surface: t.pos for t in first}
    shared = [t for t in again if t.surface in kept and t.pos == kept[t.surface]]
    assert {t.surface for t in shared} >= {"米国", "大統領", "北京", "会談"}
    assert all(t.pos is kept[t.surface] for t in shared)
    assert again == by_nodes("北京で米国の大統領と外相が会談した。")


def test_the_features_kept_are_dropped_past_their_limit(monkeypatch):
    monkeypatch.setattr(tokens_module, "SHARED_FEATURES", 5)
    tokenize("米国の大統領は北京で会談し、両国の外相も同席した。")  # more than five kinds of word
    later = tokenize("首相が会見した。")
    assert set(tokens_module.keyed_writer()[1].values()) == {t.pos for t in later}
    assert later == by_nodes("首相が会見した。")


def test_a_word_met_again_after_the_table_is_full_is_not_read_from_the_dictionary_again(monkeypatch):
    """Past half the bound the features found so far are set aside, not dropped: a common word met again takes its
    own back (米国, in every text, read from the dictionary once); a word not met since is dropped at the next turn."""
    monkeypatch.setattr(tokens_module, "SHARED_FEATURES", 12)
    known = tokens_module.keyed_writer()[1]
    known.age()
    known.age()  # nothing left of earlier tests
    read = []
    # features_for: every known word's read (a surface of one entry, most of them, never reaches only_features)
    original = type(known._known).features_for
    monkeypatch.setattr(type(known._known), "features_for",
                        lambda dictionary, *entry: read.append(entry) or original(dictionary, *entry))
    texts = [f"米国の大統領は{place}で会談し、両国の外相も同席した。" for place in
             ("北京", "東京", "大阪", "京都", "札幌", "仙台", "広島", "福岡", "那覇", "神戸", "横浜", "名古屋")]
    for text in texts * 2:
        assert tokenize(text) == by_nodes(text)
    assert len(known) + len(known._older) <= 12 + 20
    places = [entry for entry in read if entry[0] in {"北京".encode(), "名古屋".encode()}]
    assert len(places) == 4  # places not met since were dropped and read again
    assert read[0][0] == "米国".encode() and read.count(read[0]) == 1  # 米国, the first word read, read once


def test_features_are_read_from_the_dictionary_by_each_words_key_not_written_by_mecab(monkeypatch):
    """MeCab writes a word's ids and cost; its features come from its dictionary entry, the same as its node's."""
    texts = wikinews(30) + ["ｸﾞﾛｰﾊﾞﾙな未知語ｷﾞｬﾗｸｼｰ", "全角の　空白と𠮷野家、ＡＢＣ社の１２３件。"]
    expected = [by_nodes(text) for text in texts]
    ambiguous = [text for text in texts if None in map(tokens_module.keyed_writer()[1].__getitem__, _keys(text))]
    monkeypatch.setattr(tokens_module, "writer", _never_written)
    assert [tokenize(text) for text in texts if text not in ambiguous] == \
        [found for text, found in zip(texts, expected) if text not in ambiguous]
    assert len(ambiguous) < 5


def test_a_word_whose_key_two_entries_share_is_read_with_its_features_written():
    """清野 (キヨノ, セイノ) has two entries alike in ids and cost: its key names no features, so the piece is
    read again with them written out, and gives the tokens fugashi's nodes give."""
    text = "清野氏は米国の大統領と会談した。"
    assert None in map(tokens_module.keyed_writer()[1].__getitem__, _keys(text))
    assert tokenize(text) == by_nodes(text)
    assert tokenize(text)[0].pos == tagger()(text)[0].feature_raw


def _keys(text: str) -> list[str]:
    keyed = tokens_module.keyed_writer()[0]
    return [key for start, end in pieces(text) for key in tokens_module._fields(keyed, text[start:end])[2::3]]


def _never_written():
    raise AssertionError("features written out by MeCab")


def test_without_a_dictionary_the_keys_can_be_read_in_the_features_are_written(monkeypatch):
    """A dictionary laid out otherwise, or a user dictionary beside sys.dic: MeCab writes each word's features."""
    monkeypatch.setattr(tokens_module, "keyed_writer", lambda: None)
    for text in wikinews(3) + ["ｸﾞﾛｰﾊﾞﾙな未知語ｷﾞｬﾗｸｼｰ"]:
        assert tokenize(text) == by_nodes(text)
