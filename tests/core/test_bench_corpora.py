"""The import benches' corpora: livedoor news and Wikinews taken in turn, each text read by its own layout."""

from __future__ import annotations

import json

from bench.bench_import import build_jsonl, dataset_row, news_files
from bench.bench_scale import build
from bench.diff_meetings import gold_free_pool
from tests.shared_data import SHARED, require

CORPORA = SHARED / "corpus"


def test_both_corpora_are_taken_in_turn_and_livedoor_alone_on_request():
    require(CORPORA / "wikinews" / "txt", "the Wikinews corpus")
    require(CORPORA / "livedoor" / "text", "the livedoor news corpus")
    both, livedoor = news_files(CORPORA), news_files(CORPORA, "livedoor")
    assert [p.parent.name for p in both[:4]] == [livedoor[0].parent.name, "txt", livedoor[1].parent.name, "txt"]
    assert len(both) == len(livedoor) + len(list((CORPORA / "wikinews" / "txt").glob("*.txt")))
    assert len(set(both)) == len(both)  # every text once, the longer corpus's rest at the end


def test_a_dataset_row_reads_each_corpus_by_its_layout(tmp_path):
    require(CORPORA / "wikinews" / "txt", "the Wikinews corpus")
    both = news_files(CORPORA)
    livedoor, wikinews = dataset_row(both[0]), dataset_row(both[1])
    lines = both[0].read_text(encoding="utf-8").split("\n")
    assert livedoor["url"] == lines[0] and livedoor["title"] == lines[2] and livedoor["date"] == lines[1]
    assert livedoor["text"] == "\n".join(lines[3:]).strip("\n")  # the body whole, its leading space kept
    lines = both[1].read_text(encoding="utf-8").split("\n")
    assert "url" not in wikinews and wikinews["title"] == lines[0] and wikinews["date"][:4].isdigit()
    assert wikinews["text"] and not wikinews["text"].startswith(lines[0])  # the body, not the title again
    dataset = tmp_path / "rows.jsonl"
    build_jsonl(both[:3], 5, dataset)
    rows = [json.loads(line) for line in dataset.read_text(encoding="utf-8").splitlines()]
    assert [row["title"] for row in rows[3:]] == [livedoor["title"], wikinews["title"]]
    assert rows[3]["text"] != rows[0]["text"]  # a repeat is a row of its own


def test_the_scale_bench_repeats_real_texts_as_distinct_articles(tmp_path):
    require(CORPORA / "wikinews" / "txt", "the Wikinews corpus")
    real = news_files(CORPORA)[:4]  # two of each corpus, copied in their layout
    corpus = tmp_path / "corpus"
    for i, path in enumerate(real):
        folder = corpus / ("livedoor/text/topic" if i % 2 == 0 else "wikinews/txt")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    build(corpus, 6, tmp_path / "articles")
    texts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "articles").glob("*/*.txt"))]
    assert len(texts) == 6 and len(set(texts)) == 6
    assert texts[0] == real[0].read_text(encoding="utf-8").rstrip("\n") + "\n"  # livedoor's first, kept whole
    assert texts[4].startswith(texts[0].rstrip("\n")) and "配信番号" in texts[4]  # a repeat, told apart


def test_the_gold_free_benches_read_a_folder_of_texts_before_livedoor(tmp_path):
    (tmp_path / "b.txt").write_text("  二つ目の記事。\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("一つ目の記事。", encoding="utf-8")
    # a folder of texts wins over livedoor, each article by file name, undated and stripped
    assert gold_free_pool(tmp_path / "missing", tmp_path) == [("a", "一つ目の記事。", None), ("b", "二つ目の記事。", None)]
    assert gold_free_pool(None, tmp_path, 1) == [("a", "一つ目の記事。", None)]
