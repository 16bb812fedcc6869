"""The gate bench (bench/gate_drops.py): what it draws and how it names each drop."""

from __future__ import annotations

import json

from bench.gate_drops import GOLD, _sentence_rows, claims_dev_articles, draw, drops, named_anywhere, word_sentences
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.shared_data import SHARED, require


def test_the_draw_holds_no_article_a_gold_or_a_bench_list_names():
    require(SHARED / "corpus" / "wikinews" / "txt", "the Wikinews corpus")
    named = named_anywhere()
    assert "wn-01176" in named  # an article of the meetings gold
    drawn = draw(40, 0, None)
    assert len(drawn) == 40 and not {key for key, _, _ in drawn} & named
    assert draw(40, 0, None) == drawn and draw(40, 1, None) != drawn  # seeded


def test_each_drop_names_its_gate_word_and_sentence(tmp_path):
    sentences = tmp_path / "s.jsonl"
    sentences.write_text('{"text": "阪神は11月14日に東京都内で行われたオーナー会議で加入手数料を支払った。"}\n'
                         'not a sentence\n{"text": "日米両首脳は10日、ワシントンで会談した。"}\n', encoding="utf-8")
    rows = _sentence_rows(sentences)
    assert [key for key, _, _ in rows] == ["s-1", "s-3"]  # the bad line skipped
    registry = bundled_registry()
    found = {key: detect(body, registry, None) for key, body, _ in rows}
    [dropped] = drops(rows, found)  # a league's own sitting dropped, the summit talks kept
    assert dropped["article"] == "s-1" and dropped["word"] == "会議"
    assert dropped["gate"].startswith("word_not_a_meeting:") and "【会議】" in dropped["sentence"]


def test_candidate_words_are_listed_with_their_sentences():
    text = "両氏は番組で対談した。\n首相は大統領と会談した。"
    listed = word_sentences([("x", text, None)], ["対談"])
    assert listed == {"対談": [("x", "両氏は番組で【対談】した。")]}


def test_the_claims_development_articles_are_drawn_when_asked():
    require(SHARED / "corpus" / "wikinews" / "txt", "the Wikinews corpus")
    claims = claims_dev_articles()
    meetings = json.loads((GOLD / "meetings.json").read_text(encoding="utf-8"))["articles"]
    assert claims and not {key for key, _, _ in claims} & set(meetings)  # no meetings gold holds them
    keys = {key for key, _, _ in claims}
    assert not keys & {key for key, _, _ in draw(5000, 0, None)}  # a gold names them: not drawn by default
    drawn = {key for key, _, _ in draw(5000, 0, None, claims_dev=True)}
    assert "wn-00740" in keys and "wn-00740" in drawn  # talks on climate held before a UN summit


def test_a_folder_of_plain_text_articles_is_drawn_too(tmp_path):
    require(SHARED / "corpus" / "wikinews" / "txt", "the Wikinews corpus")
    (tmp_path / "a1.txt").write_text("日米両首脳は10日、ワシントンで会談した。\n", encoding="utf-8")
    (tmp_path / "a2.txt").write_text("晴れた一日だった。\n", encoding="utf-8")
    drawn = {key: body for key, body, _ in draw(5000, 0, None, texts=tmp_path)}
    assert "a1" in drawn and "会談" in drawn["a1"]  # each file an article, by its name
    assert "a2" not in drawn  # (no meeting word: never drawn)
    assert "a1" not in {key for key, _, _ in draw(5000, 0, None)}  # only when asked
