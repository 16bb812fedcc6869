"""The merge-pair bench (bench/eval_merge_pairs.py): a telling is the record holding a mention inside its piece of
the body; a join counts right only when the pair is one meeting, and kept-apart pairs count by their class."""

import json
from pathlib import Path

from bench.eval_merge_pairs import PAIRS, record_at, summary

BODY = "岸田文雄首相は10日、ハノイでチン首相と会談した。首相は11日、ジャカルタでジョコ大統領と会談した。"
RECORDS = [{"id": 1, "mentions": [{"article_id": 7, "start": BODY.index("会談"), "end": BODY.index("会談") + 2}]},
           {"id": 2, "mentions": [{"article_id": 7, "start": BODY.rindex("会談"), "end": BODY.rindex("会談") + 2}]}]


def test_a_telling_is_the_record_whose_mention_falls_inside_its_piece():
    assert record_at(RECORDS, 7, BODY, "チン首相と会談した") == 1
    assert record_at(RECORDS, 7, BODY, "ジョコ大統領と会談した") == 2
    assert record_at(RECORDS, 8, BODY, "ジョコ大統領と会談した") is None  # another article
    assert record_at(RECORDS, 7, BODY, "バイデン大統領と会談") is None  # a piece the body does not hold


def test_precision_recall_and_hard_negatives_count_by_the_readers_judgement():
    one = {"same": True, "class": "a retelling"}
    two = {"same": False, "class": "one person meeting two partners"}
    lines = summary([(one, "joined"), (one, "apart"), (two, "joined"), (two, "apart"), (two, "not proposed")])
    text = "\n".join(lines)
    assert "joins that are one meeting (precision)              1/2 = 0.50" in text
    assert "one meeting's tellings joined (recall)              1/2 = 0.50" in text
    assert "two meetings kept apart                             1/2" in text
    assert "a telling with no record (not proposed)             1 (0 of one meeting, 1 of two)" in text


def test_every_pair_of_the_bench_names_two_tellings_a_judgement_and_a_class():
    pairs = [json.loads(line) for line in Path(PAIRS).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len({p["id"] for p in pairs}) == len(pairs) >= 40
    assert any(not p["same"] for p in pairs) and any(p["same"] for p in pairs)
    assert all(p["a"]["at"] and p["b"]["at"] and p["class"] for p in pairs)


def test_the_pairs_read_a_livedoor_article_whatever_its_meeting_words(tmp_path, monkeypatch):
    import bench.list_meeting_joins as joins

    (tmp_path / "wikinews" / "txt").mkdir(parents=True)
    folder = tmp_path / "livedoor" / "text" / "movie-enter"
    folder.mkdir(parents=True)
    (folder / "movie-enter-1.txt").write_text("http://news.example/1\n2012-01-25T10:00:00+0900\n小栗旬、出演を直談判\n"
                                              "小栗は自らスクウェアエニックスに電話をかけて出演を直談判した。\n",
                                              encoding="utf-8")
    monkeypatch.setattr(joins, "CORPUS", tmp_path)
    monkeypatch.setattr(joins, "held_aside", lambda: set())
    assert joins.texts() == []  # no 会談, 協議, 訪問…: not among the articles listed for joins
    assert [(key, day) for key, _, day in joins.texts(every_livedoor=True)] == [("movie-enter/movie-enter-1",
                                                                                 "2012-01-25")]
