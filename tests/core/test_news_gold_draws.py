"""The news gold's draws are a rule and a seed: the sixth and seventh draws give the learning pools and held parts shipped."""

import json
from pathlib import Path

from bench.news_gold.pick import other_gold_ids, pick_seventh, pick_sixth, seventh_avoided
from tests.shared_data import require

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "bench" / "news_gold"
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews" / "txt"


def ids(name: str) -> list[str]:
    return [json.loads(line)["id"] for line in (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]


def test_the_sixth_draw_is_learn2_then_held6_and_takes_no_earlier_article():
    drawn = pick_sixth(require(CORPUS, "the Wikinews corpus"))
    assert [item["id"] for item in drawn if item["half"] == "learn2"] == ids("news_learn2")
    assert [item["id"] for item in drawn if item["half"] == "held6"] == ids("news_held6")
    earlier = {i for name in ("news_dev", "news_held", "news_learn", "news_held2", "news_held3", "news_held4",
                              "news_held5") for i in ids(name)}
    assert not earlier & {item["id"] for item in drawn}


def test_the_seventh_draw_is_learn3_then_held7_and_takes_no_earlier_article_nor_one_of_the_other_golds():
    drawn = pick_seventh(require(CORPUS, "the Wikinews corpus"))
    assert [item["id"] for item in drawn if item["half"] == "learn3"] == ids("news_learn3")
    assert [item["id"] for item in drawn if item["half"] == "held7"] == ids("news_held7")
    earlier = {i for name in ("news_dev", "news_held", "news_learn", "news_held2", "news_held3", "news_held4",
                              "news_held5", "news_learn2", "news_held6") for i in ids(name)}
    others = seventh_avoided()
    assert "wn-01176.txt" in others  # the claims gold's first article, written there without its .txt
    assert others <= other_gold_ids()  # the other golds only grow: what the draw avoided is still theirs
    assert not (earlier | others) & {item["id"] for item in drawn}


def test_every_span_of_the_sixth_and_seventh_draws_is_its_text_and_none_overlap():
    for name in ("news_learn2", "news_held6", "news_learn3", "news_held7"):
        for line in (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            spans = item["entities"]
            assert all(item["body"][e["start"]:e["end"]] == e["text"] for e in spans)
            assert all(a["end"] <= b["start"] for a, b in zip(spans, spans[1:]))
            assert item["licence"].startswith("Wikinews, CC BY 2.5")


def _meetings_draw(number: int, dev: int, held: int, livedoor_read: str = "topic-news-"):
    """(gold, drawn, pool) of a meetings draw over both corpora, after checking that the gold holds exactly the
    articles drawn, split dev then held, and that the pool holds livedoor articles (livedoor_read: of what name)."""
    from bench.pick_meetings_draw import both_pool, draw
    livedoor = require(ROOT.parent / "shared" / "corpus" / "livedoor" / "text", "the livedoor corpus")
    gold = json.loads((ROOT / "tests" / "fixtures" / "wikinews_gold" / "meetings.json").read_text(encoding="utf-8"))
    drawn = draw(require(CORPUS, "the Wikinews corpus"), number, livedoor)
    assert [(key, gold["articles"][key]["part"]) for key, _ in drawn] == drawn
    assert sorted(key for key, a in gold["articles"].items() if a.get("draw") == number) == sorted(k for k, _ in drawn)
    assert [part for _, part in drawn] == ["dev"] * dev + ["held"] * held
    pool = both_pool(CORPUS, livedoor, number)
    assert pool == sorted(pool) and any(k.startswith(livedoor_read) for k in pool)
    return gold, [key for key, _ in drawn], pool


def test_the_meetings_nineteenth_draw_is_its_rule_and_seed_over_both_corpora():
    from bench.pick_meetings_draw import LEADERS_19, MEETING_19
    gold, drawn, _ = _meetings_draw(19, 10, 6)
    for key in drawn:  # each names a leader, minister, ambassador or foreign ministry and holds a meeting word
        article = gold["articles"][key]
        text = article["title"] + article["body"]
        assert len(article["body"]) <= 3000
        assert any(w in text for w in LEADERS_19) and any(w in text for w in MEETING_19)


def test_the_meetings_twentieth_draw_is_its_rule_and_seed_over_both_corpora_and_takes_no_other_draws_article():
    from bench.pick_meetings_draw import WORDS_13
    gold, drawn, pool = _meetings_draw(20, 20, 10)
    assert any(k.startswith("wn-") for k in pool) and set(drawn) <= set(pool)
    assert not set(pool) & {key for key, a in gold["articles"].items() if a.get("draw", 1) < 20}
    for key in drawn:  # each holds a meeting word of the thirteenth draw in its headline or body
        article = gold["articles"][key]
        assert len(article["body"]) <= 2000
        assert any(w in article["title"] or w in article["body"] for w in WORDS_13)
    for meeting in gold["meetings"]:  # every mention of the gold's meetings is its article's text
        for mention in meeting["mentions"]:
            assert gold["articles"][mention["article"]]["body"][mention["start"]:mention["end"]] == mention["text"]


def test_the_meetings_twenty_first_draw_reads_every_livedoor_category_at_any_length():
    from bench.pick_meetings_draw import WORDS_13
    gold, drawn, pool = _meetings_draw(21, 16, 8)
    assert any(k.startswith("wn-") for k in pool) and set(drawn) <= set(pool)
    assert any(k.startswith("sports-watch-") for k in pool) and max(len(gold["articles"][k]["body"]) for k in drawn) > 3000
    assert not set(pool) & {key for key, a in gold["articles"].items() if a.get("draw", 1) < 21}
    for key in drawn:  # each holds a meeting word of the thirteenth draw in its headline or body
        article = gold["articles"][key]
        assert any(w in article["title"] or w in article["body"] for w in WORDS_13)


def test_the_meetings_twenty_second_draw_is_the_twentieth_rule_over_what_the_draws_before_left():
    from bench.pick_meetings_draw import WORDS_13
    gold, drawn, pool = _meetings_draw(22, 6, 6)
    assert any(k.startswith("wn-") for k in pool) and set(drawn) <= set(pool)
    assert all(k.startswith(("wn-", "topic-news-")) for k in pool)  # livedoor's news only, as in the twentieth draw
    assert not set(pool) & {key for key, a in gold["articles"].items() if a.get("draw", 1) < 22}
    for key in drawn:  # each holds a meeting word of the thirteenth draw in its headline or body
        article = gold["articles"][key]
        assert len(article["body"]) <= 2000
        assert any(w in article["title"] or w in article["body"] for w in WORDS_13)


def test_the_meetings_twenty_third_draw_holds_a_diplomatic_meeting_word_and_a_states_office_in_its_body():
    from bench.pick_meetings_draw import LEADERS_19, WORDS_23
    gold, drawn, pool = _meetings_draw(23, 4, 4, livedoor_read="peachy-")  # every livedoor category
    assert set(drawn) <= set(pool)
    assert not set(pool) & {key for key, a in gold["articles"].items() if a.get("draw", 1) < 23}
    for key in drawn:  # the body alone holds both, at any length
        body = gold["articles"][key]["body"]
        assert any(w in body for w in WORDS_23) and any(w in body for w in LEADERS_19)
    for meeting in gold["meetings"]:  # every mention of the draw's meetings is its article's text
        for mention in (m for m in meeting["mentions"] if m["article"] in drawn):
            assert gold["articles"][mention["article"]]["body"][mention["start"]:mention["end"]] == mention["text"]


def test_the_meetings_twenty_fourth_draw_is_wikinews_in_no_meetings_gold_and_reads_no_other_golds_held_article():
    from bench.pick_meetings_draw import WORDS_24, draw, held_elsewhere, pool_24
    corpus = require(CORPUS, "the Wikinews corpus")
    gold = json.loads((ROOT / "tests" / "fixtures" / "wikinews_gold" / "meetings.json").read_text(encoding="utf-8"))
    drawn = draw(corpus, 24)
    assert [(key, gold["articles"][key]["part"]) for key, _ in drawn] == drawn
    assert sorted(key for key, a in gold["articles"].items() if a.get("draw") == 24) == sorted(k for k, _ in drawn)
    assert [part for _, part in drawn] == ["dev"] * 7 + ["held"] * 5 + ["dev"] * 2  # the last two read before
    pool = pool_24(corpus)
    assert pool == sorted(pool) and all(k.startswith("wn-") for k in pool)
    assert not set(pool) & {key for key, a in gold["articles"].items() if a.get("draw", 1) < 24}
    claims = {json.loads(line)["id"] for line in
              (ROOT / "tests" / "fixtures" / "wikinews_gold" / "claims.jsonl").read_text(encoding="utf-8").splitlines()}
    assert set(pool) & claims  # the claims gold's development articles stay in the pool
    assert "wn-00555" in held_elsewhere() and not set(pool) & held_elsewhere()  # held in the claims gold: left out
    for key, _ in drawn:  # each holds one of the draw's meeting words, in its headline or body
        article = gold["articles"][key]
        assert any(w in article["title"] or w in article["body"] for w in WORDS_24)
    for meeting in gold["meetings"]:  # every mention of the draw's meetings is its article's text
        for mention in (m for m in meeting["mentions"] if m["article"] in dict(drawn)):
            assert gold["articles"][mention["article"]]["body"][mention["start"]:mention["end"]] == mention["text"]


def test_the_meetings_twenty_fifth_draw_is_fresh_text_no_gold_nor_bench_sample_nor_test_names():
    from bench.pick_meetings_draw import WORDS_13, named_in_project, taken_before
    gold, drawn, pool = _meetings_draw(25, 10, 6)
    assert set(drawn) <= set(pool) and any(k.startswith("wn-") for k in pool)
    assert all(k.startswith(("wn-", "topic-news-")) for k in pool)  # livedoor's news only, as in the twenty-second draw
    assert not set(pool) & {key for key, a in gold["articles"].items() if a.get("draw", 1) < 25}
    assert not set(pool) & taken_before(25)
    assert "wn-00793" in named_in_project()  # an article of bench/merge_pairs.jsonl, read while meeting joins were tuned
    for key in drawn:  # each holds a meeting word of the thirteenth draw, its body at the nineteenth draw's length
        article = gold["articles"][key]
        assert len(article["body"]) <= 3000
        assert any(w in article["title"] or w in article["body"] for w in WORDS_13)
    assert max(len(gold["articles"][k]["body"]) for k in drawn) > 2000  # the longer limit admits one
    for meeting in gold["meetings"]:  # every mention of the draw's meetings is its article's text
        for mention in (m for m in meeting["mentions"] if m["article"] in drawn):
            assert gold["articles"][mention["article"]]["body"][mention["start"]:mention["end"]] == mention["text"]


def test_the_meetings_twenty_fifth_draws_pool_leaves_out_the_names_of_its_day_not_those_tests_write_later(monkeypatch):
    import bench.pick_meetings_draw as pick
    livedoor = require(ROOT.parent / "shared" / "corpus" / "livedoor" / "text", "the livedoor corpus")
    pool = pick.both_pool(CORPUS, livedoor, 25)
    monkeypatch.setattr(pick, "named_in_project", lambda: set())  # a test naming an article is deleted or rewritten
    assert pick.both_pool(CORPUS, livedoor, 25) == pool
    left_out = pick.NAMED_BEFORE_25
    monkeypatch.setattr(pick, "NAMED_BEFORE_25", frozenset())  # each article left out is one the rule admits
    assert pick.both_pool(CORPUS, livedoor, 25) == sorted(set(pool) | left_out)
