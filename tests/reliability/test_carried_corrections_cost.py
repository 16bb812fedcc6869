"""A corrected holder goes on to the quotes that carried it (「…」と話した。また「…」とも): the index of the article's
mentions is built once for the step, not again for each claim it checks. Work is counted (reads of the mentions'
fields), never timed."""

from core.claims.candidate import Candidate, confidence
from core.claims.carried_holders import carried_corrections
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.reliability.counting import READS, counted_mentions

SENTENCE = "また「協力を続ける」とも述べ、米国へ向かった。"  # a name in each sentence: the mentions grow with the quotes


def _work(quotes: int) -> tuple[int, list]:
    """(mention field reads, the holders after the step) of quotes each carrying the corrected holder before it."""
    body = "トヨタ自動車の社長は会見した。" + SENTENCE * quotes
    mentions = counted_mentions(detect(body, bundled_registry(), None))
    carried = confidence("direct", "述べた", False, True)
    found, first, at = [], {}, 0
    for _ in range(quotes):
        start = body.index("「", at)
        end = body.index("」", start) + 1
        at = end
        found.append(Candidate(start, end, body[start:end], "述べた", "direct", None, "社長", confidence=carried))
        first[(start, end)] = (None, "社長")
    found[0].holder_text = "トヨタ自動車"  # the first quote's holder corrected since the sentence reader gave it
    READS[0] = 0
    out = carried_corrections(body, mentions, first, found)
    return READS[0], [c.holder_text for c in out]


def test_the_mentions_are_indexed_once_for_every_claim_checked():
    small, large = _work(50), _work(100)
    assert set(small[1]) == set(large[1]) == {"トヨタ自動車"}  # each carried quote takes the corrected holder
    # the work grows with the quotes, not with quotes × mentions (each sentence names one more)
    assert large[0] <= 2.4 * small[0], (small[0], large[0])
