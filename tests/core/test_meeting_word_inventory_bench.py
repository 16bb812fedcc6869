"""The word inventory bench (bench/meeting_word_inventory.py): which texts it reads, and how it classes a hit."""

from __future__ import annotations

from bench.meeting_word_inventory import inventory, texts
from tests.shared_data import SHARED, require


def test_the_claims_development_articles_are_read_when_asked():
    require(SHARED / "corpus" / "wikinews" / "txt", "the Wikinews corpus")
    plain = {(source, key) for source, key, _, _, _ in texts(None, None, None, None)}
    more = texts(None, None, None, None, claims_dev=True)
    added = [row for row in more if (row[0], row[1]) not in plain]
    assert added and {source for source, *_ in added} == {"claims-dev"}
    assert "wn-00740" in {key for _, key, *_ in added}  # climate talks held before a UN summit


def test_each_hit_is_classed_by_what_kaidan_made_of_it():
    rows = [("x", "a", "日米両首脳は10日、ワシントンで会談した。両氏は番組で対談した。\n", None, {})]
    found = inventory(rows, ("会談", "対談"))
    assert list(found["会談"]) == ["read as a meeting"]
    assert list(found["対談"]) == ["no meeting word of Kaidan's"]
