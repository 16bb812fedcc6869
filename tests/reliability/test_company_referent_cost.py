"""同社 walks back past the outlets written as telling of the company (朝日新聞が同社の話として伝えた): each name it
walks past is read a few times, not once for every name before it (a walk of the 64 nearest names read 64 × 64).
Work is counted (reads of the mentions' fields), never timed."""

from core.clauses.referents import referred
from core.clauses.spans import SpanIndex
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.reliability.counting import READS, counted_mentions

TELLING = "朝日新聞が同社の話として伝えた。"


def _work(tellings: int) -> tuple[int, str | None]:
    """(mention field reads, the referent's text) of 同社 after a company and tellings outlets telling of it."""
    body = "トヨタ自動車は新車を発表した。" + TELLING * tellings + "同社は「売れる」と話した。"
    mentions = counted_mentions(detect(body, bundled_registry(), None))
    index = SpanIndex(mentions, {"PERSON", "ORG", "GPE"})
    READS[0] = 0
    found = referred(body, index, "同社", body.rindex("同社"))
    return READS[0], found.text if found is not None else None


def test_a_walk_past_outlets_telling_of_the_company_reads_each_name_a_few_times():
    small, large = _work(15), _work(30)
    assert small[1] == large[1] == "トヨタ自動車"  # the company, past every outlet telling of it
    # 16 and 31 names walked: the work grows with the names walked, not with their square
    assert large[0] <= 2.4 * small[0], (small, large)
    assert large[0] <= 40 * 31, large
