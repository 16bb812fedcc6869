"""Claim and meeting suggestion cost grows linearly with the article (a 600 KB article once took minutes).

Work is counted, not timed: every read of a mention's field and every meeting comparison.
"""

from dataclasses import replace
from pathlib import Path

import pytest

from tests.shared_data import require
import core.meetings.cue_links
import core.meetings.propose
from core.claims.suggest import suggest
from core.meetings.country_of import country_lookup
from core.meetings.cue_links import article_links
from core.meetings.detect import detect_meetings
from core.meetings.propose import group_mentions
from core.model import Mention
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.reliability.counting import READS, counted_mentions

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "wikinews" / "txt"
REGISTRY = bundled_registry()


def _base_text(size: int = 6000) -> str:
    """Real diplomacy articles (those that tell talks and statements), joined up to size characters."""
    parts, total = [], 0
    for path in sorted(CORPUS.glob("wn-*.txt")):
        body = path.read_text(encoding="utf-8").split("\n", 3)[-1]
        if "会談" in body and "述べ" in body:
            parts.append(body.strip())
            total += len(body)
        if total >= size:
            break
    return "\n".join(parts)[:size]


@pytest.fixture(scope="module")
def base():
    require(CORPUS, "the Wikinews corpus")
    text = _base_text()
    return text, detect(text, REGISTRY, None)


def _repeated(text: str, mentions: list[Mention], times: int) -> tuple[str, list[Mention]]:
    """The text written times over, with its mentions shifted to each copy."""
    step = len(text) + 1
    shifted = [replace(m, start=m.start + i * step, end=m.end + i * step)
               for i in range(times) for m in mentions]
    return "\n".join([text] * times), shifted


def _work(monkeypatch, body: str, mentions: list[Mention]) -> tuple[int, int, int]:
    """(work units, claim candidates, meeting mentions) of suggesting claims and meetings on body."""
    count = READS
    count[0] = 0
    mentions = counted_mentions(mentions)

    def counting(function):
        def wrapper(*args, **kwargs):
            count[0] += 1
            return function(*args, **kwargs)
        return wrapper

    # the meeting comparisons: grouping an article's mentions, and linking its meetings
    for module, name in ((core.meetings.propose, "kinds_fit"), (core.meetings.propose, "dates_agree"),
                         (core.meetings.propose, "same_people"), (core.meetings.cue_links, "dates_agree")):
        monkeypatch.setattr(module, name, counting(getattr(module, name)))
    claims = suggest(body, mentions)
    meetings = detect_meetings(body, mentions)
    article_links(group_mentions(meetings, country_lookup(REGISTRY)), body)
    monkeypatch.undo()
    return count[0], len(claims), len(meetings)


def test_ten_times_the_article_costs_about_ten_times_the_work(base, monkeypatch):
    text, mentions = base
    small_body, small_mentions = _repeated(text, mentions, 10)   # ~60 KB
    large_body, large_mentions = _repeated(text, mentions, 100)  # ~600 KB
    assert len(large_body) > 500_000
    small = _work(monkeypatch, small_body, small_mentions)
    large = _work(monkeypatch, large_body, large_mentions)
    assert small[1] > 0 and small[2] > 0  # the text has claims and meetings to find
    assert small[0] > len(small_mentions)  # every mention is read at least once
    # ten copies find about ten times as much (a copy's first sentence may read the one before it)
    assert abs(large[1] - 10 * small[1]) <= 0.02 * large[1] and large[2] == 10 * small[2]
    # linear: ten times the text is ten times the work (a pairwise comparison would be a hundred)
    assert large[0] <= 11 * small[0], (small[0], large[0])


def test_a_page_without_sentence_ends_costs_linear_work_too(base, monkeypatch):
    # a hostile page: the same real text on one line with no 。 at all
    text, mentions = base
    flat = text.replace("。", "、").replace("\n", "、")
    small_body, small_mentions = _repeated(flat, mentions, 10)
    large_body, large_mentions = _repeated(flat.replace("\n", "、"), mentions, 100)
    large_body = large_body.replace("\n", "、")
    small_body = small_body.replace("\n", "、")
    small = _work(monkeypatch, small_body, small_mentions)
    large = _work(monkeypatch, large_body, large_mentions)
    assert large[0] <= 12 * small[0], (small[0], large[0])
