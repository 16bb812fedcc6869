"""The search index merged into one segment: after large imports, in steps, with every search answering the same."""

from __future__ import annotations

from pathlib import Path

from core.article import Article
from core.jobs import import_paths
from core.store import open_db
from core.store.article_list import article_ids, article_page, count_matching
from core.store.articles import insert_article
from core.store.search_index import (
    indexed_articles, merge_index, merge_step, recorded_segments, segments, worth_merging,
)
from tests.shared_data import require

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
QUERIES = ("会談", "首脳会談", "外", "外相", "協力", "存在しない語彙")


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(require(SEEDS, "seeds").glob("*.txt"))]


def _grown(path: Path, count: int):
    """A library grown one article per transaction (as a window import or many small ones leave it)."""
    db = open_db(path)
    texts = _seed_texts()
    for n in range(count):
        lines = texts[n % len(texts)].splitlines()
        insert_article(db, Article(
            source=f"grown/{n}.txt", source_format="txt", raw=f"{n}", title=lines[0][:40] or None,
            published=f"20{10 + n % 15}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            paragraphs=[line for line in lines[1:] if line.strip()] + [f"（配信番号 {n}）"]))
    return db


def _answers(db) -> dict:
    return {q: (article_ids(db, q), article_ids(db, q, sort="title", descending=False),
                article_page(db, q, limit=7), count_matching(db, q)) for q in QUERIES}


def test_merging_leaves_one_segment_and_every_search_the_same(tmp_path):
    db = _grown(tmp_path / "lib.db", 60)
    before, parts = _answers(db), segments(db)
    assert parts > 1  # each transaction wrote its own segment, merged only four of a size at a time
    assert any(before[q][0] for q in QUERIES) and not before["存在しない語彙"][0]
    assert merge_index(db, pages=2)  # tiny steps: many transactions, each leaving a usable index
    assert segments(db) == 1
    assert _answers(db) == before
    assert not merge_step(db)  # nothing left to merge
    db.close()


def test_a_cancelled_merge_stops_between_steps_and_the_index_still_answers(tmp_path):
    db = _grown(tmp_path / "lib.db", 40)
    before = _answers(db)
    asked = []
    assert not merge_index(db, cancelled=lambda: asked.append(1) or len(asked) > 2, pages=1)
    assert len(asked) == 3 and segments(db) >= 1
    assert _answers(db) == before
    assert merge_index(db)  # the next merge takes it up
    assert segments(db) == 1 and _answers(db) == before
    db.close()


def test_an_import_that_grows_the_library_by_a_good_share_merges_its_index(tmp_path):
    path = tmp_path / "lib.db"
    db = _grown(path, 30)
    assert segments(db) > 1
    db.close()
    summary = import_paths(sorted(SEEDS.glob("*.txt")), path)
    assert len(summary.imported) == 5  # 5 of 35 articles: more than a tenth
    db = open_db(path)
    assert segments(db) == 1
    assert count_matching(db, "会談") == len(article_ids(db, "会談"))
    db.close()


def test_a_small_import_into_a_large_library_leaves_the_index_as_it_is(tmp_path):
    path = tmp_path / "lib.db"
    db = _grown(path, 60)
    parts = segments(db)
    db.close()
    import_paths(sorted(SEEDS.glob("*.txt"))[:1], path)  # 1 of 61 articles
    db = open_db(path)
    assert segments(db) > 1 and segments(db) >= parts - 1  # its own segment perhaps merged with a few small ones
    db.close()


def test_worth_merging_weighs_the_import_against_the_library():
    assert worth_merging(5, 5) and worth_merging(10, 100) and worth_merging(100_000, 1_000_000)
    assert not worth_merging(9, 100) and not worth_merging(0, 0) and not worth_merging(1_000, 1_000_000)


def test_an_annotated_dataset_import_merges_the_index_too(tmp_path):
    import json

    from core.importer import import_any

    path = tmp_path / "lib.db"
    db = _grown(path, 30)
    assert segments(db) > 1
    db.close()
    rows = tmp_path / "data.jsonl"  # doccano rows, read by core.datasets
    rows.write_text("".join(json.dumps({"text": f"日本と中国の外相が北京で会談した。（{n}）", "label": [[0, 2, "GPE"]]},
                                       ensure_ascii=False) + "\n" for n in range(6)), encoding="utf-8")
    summary = import_any([rows], path)
    assert len(summary.imported) == 6 and summary.annotations["entity mentions"] == 6
    db = open_db(path)
    assert segments(db) == 1 and count_matching(db, "北京で会談") == 6
    db.close()


def test_nfkc_is_unicodes_nfkc_on_real_and_hostile_text():
    """The index normalises with a shortcut (full-width letters replaced first): the same text as NFKC gives."""
    import random
    import unicodedata

    from core.store.search import nfkc

    seeds = require(Path(__file__).resolve().parents[2].parent / "shared" / "seeds")
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    texts += ["ＡＳＥＡＮ　１０日（ｶﾞｽ）", "ｶﾞ", "か\u3099", "Ａ\u0301", "㈱①ｷﾛ", "\ud800Ａ", "", "𝐀𝐁Ｃ"]
    letters = [chr(c) for c in [*range(0x20, 0x400), *range(0x1100, 0x1170), *range(0x3000, 0x3100),
                                *range(0xAC00, 0xAC20), *range(0xFF00, 0xFFF0), *range(0x1D400, 0x1D440)]]
    draw = random.Random(14)
    texts += ["".join(draw.choice(letters) for _ in range(draw.randint(1, 12))) for _ in range(5000)]
    assert [nfkc(t) for t in texts] == [unicodedata.normalize("NFKC", t) for t in texts]
    assert nfkc("ＡＳＥＡＮ　１０日") == "ASEAN 10日"


def test_nfkc_finds_the_runs_it_replaces_by_one_class_holding_every_replaced_letter_and_no_other():
    """Only the runs of letters the shortcut replaces are translated, not every letter of the text: the class that
    finds them holds each letter of the table and nothing else (a letter left out would stay unreplaced)."""
    from core.store.search import _decomposed_runs, _decompositions

    table, runs = _decompositions(), _decomposed_runs()
    letters = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x10000)]))
    assert {ord(letter) for run in runs.findall(letters) for letter in run} == set(table)
    assert runs.findall("日本と中国の外相が（北京で）会談、１０日　ｶﾞｽ㈱") == ["（", "）", "１０", "　ｶﾞｽ㈱"]


def test_the_index_text_is_each_runs_bigrams_and_last_letter_on_real_and_hostile_text():
    """grams (made over the whole text at once) gives what joining each run's bigrams one by one gives."""
    import random

    from core.store.search import WHOLE_TEXT_GRAMS, _runs, grams

    def one_by_one(text: str) -> str:
        return " ".join(part for run in _runs(text) for part in [*(run[i : i + 2] for i in range(len(run) - 1)), run[-1]])

    seeds = require(Path(__file__).resolve().parents[2].parent / "shared" / "seeds")
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    texts += ["", "。、", "a", "米", "\x00米中\x00会談\x00", "\ud800会談\udfff", "𠮷野家の𠮷", "snake_case 2024年", "ＡＳＥＡＮ　１０日"]
    letters = [chr(c) for c in [0, 0x20, 0x5F, *range(0x30, 0x7B), *range(0x3000, 0x3100), 0xD800, 0xFF10, 0x20BB7]]
    draw = random.Random(15)
    texts += ["".join(draw.choice(letters) for _ in range(draw.randint(1, 12))) for _ in range(3000)]
    texts += ["".join(draw.choice(letters) for _ in range(draw.randint(190, 400))) for _ in range(300)]
    assert {len(t) < WHOLE_TEXT_GRAMS for t in texts} == {True, False}  # both ways of making them are asked
    assert [grams(t) for t in texts] == [one_by_one(t) for t in texts]
    assert grams("米中会談が、東京で") == "米中 中会 会談 談が が 東京 京で で"
    assert grams("ＡＳＥＡＮ　１０日") == "as se ea an n 10 0日 日"


def test_the_structure_record_gives_the_segments_the_pages_count(tmp_path):
    db = _grown(tmp_path / "lib.db", 40)
    assert recorded_segments(db) == segments(db) > 1
    merge_index(db)
    assert recorded_segments(db) == segments(db) == 1
    db.close()
    empty = open_db(tmp_path / "empty.db")
    assert recorded_segments(empty) == segments(empty) == 0
    empty.close()


def test_a_probe_is_weighed_by_the_segments_it_asks(tmp_path, monkeypatch):
    """A common word's first page probes a merged index article by article, and gathers its hits from a split one."""
    import core.store.search_plan as search_plan

    db = _grown(tmp_path / "lib.db", 60)
    parts, hits = recorded_segments(db), count_matching(db, "会談")
    limit = 5
    walked = limit * 60 / hits
    assert parts > 2 and walked <= 4 * hits
    # a cost of reading hits between what the walk's probes cost in one segment and in all of them
    monkeypatch.setattr(search_plan, "GATHER_COST", walked * search_plan.PROBE_COST * (1 + parts) / 2 / hits)
    assert search_plan.in_order(db, "会談", limit, 0) == search_plan.WALK
    page = article_page(db, "会談", limit=limit)
    merge_index(db)
    assert search_plan.in_order(db, "会談", limit, 0) == search_plan.PROBE
    assert article_page(db, "会談", limit=limit) == page
    db.close()


def test_the_index_record_of_its_rows_counts_the_articles(tmp_path):
    """The library's total read from the index (as the window's list reads it) is count(*): as the library
    grows one article per transaction, after an article is cleaned again, after a merge; 0 when empty."""
    from core.store.articles import replace_cleaning

    empty = open_db(tmp_path / "empty.db")
    assert indexed_articles(empty) == 0
    empty.close()
    db = _grown(tmp_path / "lib.db", 12)
    count = lambda: db.execute("SELECT count(*) FROM articles").fetchone()[0]  # noqa: E731
    assert indexed_articles(db) == count() == 12
    texts = _seed_texts()
    replace_cleaning(db, 3, Article(source="again.txt", source_format="txt", raw="", title="再掲",
                                    paragraphs=texts[1].splitlines()[1:4]))
    assert indexed_articles(db) == count() == 12
    db.close()
    db = _grown(tmp_path / "lib.db", 30)  # the same file: its first 12 known, 18 more
    merge_index(db)
    assert indexed_articles(db) == count() == 30
    db.close()


def test_a_record_of_another_shape_falls_back_to_counting(tmp_path):
    db = _grown(tmp_path / "lib.db", 5)
    db.execute("UPDATE article_search_data SET block = x'' WHERE id = 1")  # not what FTS5 writes
    assert indexed_articles(db) == 5
    db.close()
