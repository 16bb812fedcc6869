"""The claims gold's twenty-first to twenty-fourth draws are their rule and seed over both corpora, the twenty-fifth to
thirty-second their rule and seed over Wikinews: the gold holds exactly the articles drawn, dev then held, each body the
article as the draw reads it and each claim's text that body's."""

import json
import random
from pathlib import Path

import pytest

from tests.shared_data import LIVEDOOR, SHARED, require

ROOT = Path(__file__).resolve().parents[2]
WIKINEWS = SHARED / "corpus" / "wikinews" / "txt"


def _gold() -> list[dict]:
    path = ROOT / "tests" / "fixtures" / "wikinews_gold" / "claims.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


# draw, seed, articles drawn, of them development
DRAWS = [(21, 2121, 12, 8), (22, 2222, 14, 10), (23, 2323, 12, 8), (24, 2424, 10, 6)]


@pytest.mark.parametrize("draw, seed, count, dev", DRAWS)
def test_a_draw_over_both_corpora_is_its_rule_and_seed_dev_then_held(draw, seed, count, dev):
    from bench.pick_claims_draw import DIPLOMACY, OFFICES, REPORTED, both_pool
    gold = _gold()
    pool = both_pool(require(WIKINEWS, "the Wikinews corpus"), require(LIVEDOOR, "the livedoor corpus"), since=draw)
    pool_ids = [ident for ident, _, _ in pool]
    assert pool_ids == sorted(pool_ids) and any(i.startswith("topic-news-") for i in pool_ids)
    assert not set(pool_ids) & {item["id"] for item in gold if item["draw"] < draw}  # no article of a draw before
    drawn = random.Random(seed).sample(pool, count)
    items = [item for item in gold if item["draw"] == draw]
    assert [item["id"] for item in items] == [ident for ident, _, _ in drawn]
    assert [item["part"] for item in items] == ["dev"] * dev + ["held"] * (count - dev)
    for item, (_, title, body) in zip(items, drawn):
        assert item["body"] == body and item["title"] == title and len(body) <= 2000
        assert any(w in body for w in DIPLOMACY + OFFICES) and any(v in body for v in REPORTED + ("「",))


# draw, seed, articles drawn, of them development: the twenty-fifth draw's rule over Wikinews alone
STATEMENT_DRAWS = [(25, 2525, 10, 6), (26, 2626, 10, 6), (27, 2727, 10, 6), (28, 2828, 10, 6), (29, 2929, 10, 6), (30, 3030, 10, 6),
                   (31, 3131, 10, 6), (32, 3232, 10, 6)]


@pytest.mark.parametrize("draw, seed, count, dev", STATEMENT_DRAWS)
def test_a_draw_of_statements_is_its_rule_and_seed_over_wikinews_alone_dev_then_held(draw, seed, count, dev):
    from bench.pick_claims_draw import BENCH_DRAWS, REPORTED, STATEMENTS, eligible
    gold = _gold()
    pool = eligible(require(WIKINEWS, "the Wikinews corpus"), 1500, STATEMENTS, REPORTED, since=draw)
    pool_ids = [ident for ident, _, _ in pool]
    assert pool_ids == sorted(pool_ids) and all(i.startswith("wn-") for i in pool_ids)
    assert not set(pool_ids) & {item["id"] for item in gold if item["draw"] < draw}  # the draw before included
    sampled = set()  # the claims samples of bench/ were read and tuned on: none of their articles is drawn again
    for name in BENCH_DRAWS:
        text = (ROOT / "bench" / f"{name}.jsonl").read_text(encoding="utf-8")
        sampled |= {json.loads(line)["id"].removesuffix(".txt") for line in text.splitlines() if line}
    assert sampled and not set(pool_ids) & sampled
    drawn = random.Random(seed).sample(pool, count)
    items = [item for item in gold if item["draw"] == draw]
    assert [item["id"] for item in items] == [ident for ident, _, _ in drawn]
    assert [item["part"] for item in items] == ["dev"] * dev + ["held"] * (count - dev)
    for item, (_, title, body) in zip(items, drawn):
        assert item["body"] == body and item["title"] == title and len(body) <= 1500
        assert any(w in body for w in STATEMENTS) and any(v in body for v in REPORTED)


@pytest.mark.parametrize("draw", [d for d, *_ in DRAWS + STATEMENT_DRAWS])
def test_every_claim_of_a_draw_over_both_corpora_is_its_articles_text(draw):
    items = [item for item in _gold() if item["draw"] == draw]
    assert items and sum(bool(item["claims"]) for item in items) >= len(items) - 1  # an article may hold no claim
    for item in items:
        for claim in item["claims"]:
            assert item["body"][claim["start"]:claim["end"]] == claim["text"]
            assert claim["holder"] and claim["attribution"] in ("direct", "indirect", "mixed")


@pytest.mark.parametrize("draw", [24, 26, 27, 28, 29, 30, 31, 32])
def test_a_meetings_draw_made_after_a_claims_draw_leaves_its_pool_as_it_was(draw, tmp_path, monkeypatch):
    import bench.pick_claims_draw as pick
    gold = ROOT / "tests" / "fixtures" / "wikinews_gold"
    for name in ("claims.jsonl", "identity.json"):
        (tmp_path / name).write_text((gold / name).read_text(encoding="utf-8"), encoding="utf-8")
    articles = {"wn-90001": {"draw": pick.MEETINGS_SEEN[draw]}, "wn-90002": {"draw": pick.MEETINGS_SEEN[draw] + 1}}
    (tmp_path / "meetings.json").write_text(json.dumps({"articles": articles}), encoding="utf-8")
    monkeypatch.setattr(pick, "GOLD", tmp_path)
    assert "wn-90001" in pick.gold_ids(draw) and "wn-90002" not in pick.gold_ids(draw)  # drawn after the claims draw
    assert {"wn-90001", "wn-90002"} <= pick.gold_ids()  # the older rules leave out every meetings article
