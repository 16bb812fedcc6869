"""The claim steps after the sentence reader build their views of an article's mentions (indexes by place, kinds,
titles written after names, countries named with a person's office) only for a claim that asks, not for every
article: most articles have no quote opened by people, no reported claim under people's topic, no country's office
standing for a person named elsewhere. Work is counted (mention fields read, calls), never timed."""

import copy

import core.claims.titled_bodies as titled_bodies
from core.claims.people_at_quote import people_at_quotes, people_reporting
from core.claims.suggest import suggest
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.reliability.counting import READS, counted_mentions

REGISTRY = bundled_registry()
# Named people speak, quoted and reported: nobody described speaks
_NAMED = "山田太郎さんは10日、「交渉を続ける」と述べた。鈴木花子さんは、問題はないと話した。"
# A quote opened by a spokesman no name is on, after a body's; a view reported by the bereaved after a court's ruling
_QUOTED = "毎日新聞は10日、山田太郎外相が辞任すると報じた。周囲の職員らも「驚いた」と話している。現地赤十字のスポークスマンは「支援を続ける」と語った。"
_REPORTED = "東京地裁は賠償を命じたが、遺族は、判決は不当だとして控訴する考えを示した。"


def _reads(step, text: str) -> tuple[int, list]:
    """(mention fields the step read, the claims' holders after it) on text, after the readers before it."""
    mentions = detect(text, REGISTRY, None)
    found = copy.deepcopy(suggest(text, mentions))
    counted = counted_mentions(mentions)
    READS[0] = 0
    out = step(text, counted, found)
    return READS[0], [c.holder_text for c in out]


def test_steps_of_people_at_a_claim_read_no_mention_where_named_people_speak():
    for step in (people_at_quotes, people_reporting):
        reads, holders = _reads(step, _NAMED)
        assert reads == 0 and holders == ["山田太郎", "鈴木花子"], (step.__name__, reads, holders)


def test_steps_of_people_at_a_claim_still_read_where_people_speak():
    reads, holders = _reads(people_at_quotes, _QUOTED)
    assert reads > 0 and holders[-1] == "現地赤十字のスポークスマン", holders
    reads, holders = _reads(people_reporting, _REPORTED)
    assert reads > 0 and holders == ["遺族"], holders


def test_countries_named_with_an_office_are_read_only_for_a_claim_that_asks(monkeypatch):
    calls = []
    real = titled_bodies._people_titled
    monkeypatch.setattr(titled_bodies, "_people_titled", lambda *a: calls.append(1) or real(*a))
    assert [c.holder_text for c in suggest(_NAMED, detect(_NAMED, REGISTRY, None))] == ["山田太郎", "鈴木花子"]
    assert suggest("", []) == [] and calls == []
    # the office with no name on it, written with the president's name before: read, and he holds the words
    text = "ロシアのプーチン大統領は9日、モスクワを訪れた。その後、ロシア大統領は「交渉を続ける」と述べた。"
    held = [c.holder_text for c in suggest(text, detect(text, REGISTRY, None))]
    assert calls and held == ["プーチン"], held
