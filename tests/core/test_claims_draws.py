"""The claims gold's twenty-first, twenty-second and twenty-third draws are their rule and seed over both corpora: the
gold holds exactly the articles drawn, dev then held, each body the article as the draw reads it and each claim's text
that body's."""

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
DRAWS = [(21, 2121, 12, 8), (22, 2222, 14, 10), (23, 2323, 12, 8)]


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


@pytest.mark.parametrize("draw", [d for d, *_ in DRAWS])
def test_every_claim_of_a_draw_over_both_corpora_is_its_articles_text(draw):
    items = [item for item in _gold() if item["draw"] == draw]
    assert items and sum(bool(item["claims"]) for item in items) >= len(items) - 1  # an article may hold no claim
    for item in items:
        for claim in item["claims"]:
            assert item["body"][claim["start"]:claim["end"]] == claim["text"]
            assert claim["holder"] and claim["attribution"] in ("direct", "indirect", "mixed")
