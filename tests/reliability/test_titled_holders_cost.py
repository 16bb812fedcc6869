"""The country-and-office holder reader (core.claims.titled_bodies) reads each claim's mentions near it, not every
mention of the article: a page of ロシア大統領は「…」と述べ、 once read every later mention of the country back, and
every person of the page, for each claim. Work is counted, not timed: every read of a mention's field."""

import core.claims.suggest
from core.claims.suggest import suggest
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.reliability.counting import READS, counted_mentions

REGISTRY = bundled_registry()


def _reads(monkeypatch, claims: int, unit: str) -> tuple[int, list]:
    """(mention fields titled_holders read, holders) over a page of claims units."""
    body = unit * claims
    mentions = detect(body, REGISTRY, None)
    real = core.claims.suggest.titled_holders

    def counted(text, found_mentions, found):
        READS[0] = 0
        wrapped = counted_mentions(found_mentions)
        READS[0] = 0
        return real(text, wrapped, found)

    monkeypatch.setattr(core.claims.suggest, "titled_holders", counted)
    found = suggest(body, mentions)
    monkeypatch.undo()
    return READS[0], [c.holder_text for c in found]


def test_a_page_of_countries_and_offices_reads_each_claim_s_mentions_near_it(monkeypatch):
    for unit in ("ロシア大統領は「交渉を続ける」と述べ、", "ロシア大統領は9日、「交渉を続ける」と述べた。"):
        small, small_held = _reads(monkeypatch, 300, unit)
        large, large_held = _reads(monkeypatch, 600, unit)
        assert len(small_held) >= 250 and len(large_held) >= 2 * len(small_held) - 10
        assert set(large_held) == {"ロシア大統領"}  # the office with no name, as read before
        assert large <= 2.4 * small, (unit, small, large)


def test_a_name_right_before_the_country_and_office_still_holds_the_claim():
    body = "ミッチェル・ライス米北アイルランド特使が「和平は近い」と述べた。ロシア大統領は「交渉を続ける」と述べた。"
    held = [c.holder_text for c in suggest(body, detect(body, REGISTRY, None))]
    assert held[0] == "ミッチェル・ライス" and held[1] == "ロシア大統領"
