"""A title alone that no one in the article holds, read from the registry's office holders on the article's
day (Japanese Wikinews, CC BY 2.5: a sentence of wn-03577, 2007-09-12, read without the article around it)."""

from core.nlp.office_terms import seat_holder
from core.registry import bundled_registry
from tests.core.claim_helpers import candidates_on

SENTENCE = "首相は、大島理森国会対策委員長にも「代表質問に答えられない」との意向を伝えた。"


def _holder(text, day):
    [claim] = [c for c in candidates_on(text, day) if c.text.startswith("「")]
    return claim.holder_entity_id


def test_a_title_alone_is_held_by_whoever_held_the_office_that_day():
    assert _holder(SENTENCE, "2007-09-12") == "person:shinzo-abe"
    assert _holder(SENTENCE, "2008-01-15") == "person:yasuo-fukuda"  # the same words, another day


def test_without_the_article_day_a_title_alone_stays_nobody():
    assert _holder(SENTENCE, None) is None


def test_a_title_alone_after_another_country_is_not_read_as_japans():
    text = "ロシアとの交渉について、首相は「領土問題を解決したい」と述べた。"
    assert _holder(text, "2007-09-12") is None  # whose 首相 the sentence does not say


def test_a_title_names_its_own_office_in_the_place_asked():
    registry = bundled_registry()
    # Rutte was the Netherlands' prime minister and then NATO's secretary general in 2024: NATO's office
    # is not a Dutch seat, nor Kallas's EU office an Estonian one
    assert seat_holder(registry, "首相", "country:NL", "2024-03-01").id == "person:mark-rutte"
    assert seat_holder(registry, "NATO事務総長", "country:NL", "2024") is None
    assert seat_holder(registry, "EU外交安全保障上級代表", "country:EE", "2024") is None
    # the day Pompeo left the CIA for the State Department, 国務長官 is his; the CIA's title is no seat
    # the registry records by role, however he held it that day
    assert seat_holder(registry, "国務長官", "country:US", "2018-04-26").id == "person:mike-pompeo"
    assert seat_holder(registry, "中央情報局(CIA)長官", "country:US", "2018-04-26") is None
