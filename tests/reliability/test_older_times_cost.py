"""An article of many dated meetings costs work growing with its length when each undated meeting asks whether its
sentence writes a time older than the report's week before it (core.meetings.plan): the article's times are read once
and looked up by position, not passed over whole for each proposal (which made n dated meetings cost n² reads).

Work is counted, not timed: the reads of the written times' fields."""

from core.dates import reference_date
from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.reliability.counting import READS, counted_mentions

REGISTRY = bundled_registry()
REPORTED = "2009-01-10"


def _time_reads(sentences: int) -> int:
    """The reads of the times' fields while the meetings of an article of that many dated talks are planned."""
    body = "".join(f"麻生首相は{1900 + i % 100}年1月{1 + i % 28}日、米国のオバマ大統領と会談した。" for i in range(sentences))
    mentions = detect(body, REGISTRY, reference_date(REPORTED, None))
    mentions = [counted_mentions([m])[0] if m.type == "DATE" else m for m in mentions]
    READS[0] = 0
    proposals = plan_meetings(body, mentions, REPORTED, None, REGISTRY).proposals
    assert len(proposals) == sentences  # each day's talks a meeting of its own
    return READS[0]


def test_twice_the_dated_meetings_cost_about_twice_the_reads_of_their_times():
    small, large = _time_reads(150), _time_reads(300)
    assert small > 0
    assert large <= 2.5 * small, (small, large)
