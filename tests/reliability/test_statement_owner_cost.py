"""The owner named after each quote of a statement (「…」というトヨタのコメント) is looked up among the sentence's
names near it, not among all of them: a sentence of many such quotes costs work that grows with the sentence, not
with its quotes times its names. Work is counted (reads of the mentions' fields), never timed."""

from core.claims.voices import speaker_after
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.reliability.counting import READS, counted_mentions

REGISTRY = bundled_registry()
STATEMENT = "「値上げする」というトヨタのコメント、"


def _work(times: int) -> tuple[int, int]:
    """(mention field reads, claims) of speaker_after over one sentence of times statements told by their owner."""
    body = "朝日新聞は" + STATEMENT * times + "を伝えた。"
    people = counted_mentions(detect(body, REGISTRY, None))
    READS[0] = 0
    found = speaker_after(body, 0, len(body), people, frozenset())
    return READS[0], len(found)


def test_a_sentence_of_many_statements_reads_each_owner_near_its_quote():
    small, large = _work(40), _work(80)
    assert small[1] == 40 and large[1] == 80  # every statement is its owner's
    # each quote read every name of the sentence: four times the work at twice the length
    assert large[0] <= 2.3 * small[0] + 20, (small, large)
