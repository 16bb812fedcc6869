"""The holder steps that read a quote's topic, carry a corrected holder on and pair two speakers' quotes
(core.claims.topic_speakers, carried_holders, paired_turns) cost each quote the same work however long the article:
each once went over every name of the article for every quote, so four times the article cost sixteen times the work.

Work is counted, not timed: every read of a mention's field while those steps run.
"""

import pytest

import core.claims.suggest
from core.nlp.entities import detect
from tests.reliability.counting import READS, counted_mentions
from tests.reliability.test_suggestion_cost import CORPUS, REGISTRY, _base_text, _repeated
from tests.shared_data import require

_STEPS = ("topic_speakers", "carried_corrections", "paired_turns")


@pytest.fixture(scope="module")
def base():
    require(CORPUS, "the Wikinews corpus")
    text = _base_text()
    return text, detect(text, REGISTRY, None)


def _steps_work(monkeypatch, body: str, mentions: list) -> tuple[int, int]:
    """(mention field reads inside the three steps, claims proposed) of suggesting claims on body."""
    work = [0]

    def counted(step):
        def wrapper(*args, **kwargs):
            before = READS[0]
            try:
                return step(*args, **kwargs)
            finally:
                work[0] += READS[0] - before
        return wrapper

    for name in _STEPS:
        monkeypatch.setattr(core.claims.suggest, name, counted(getattr(core.claims.suggest, name)))
    claims = core.claims.suggest.suggest(body, counted_mentions(mentions))
    monkeypatch.undo()
    return work[0], len(claims)


@pytest.mark.parametrize("flat", [False, True], ids=["sentences", "a page with no sentence end"])
def test_four_times_the_article_costs_the_topic_steps_four_times_the_work(base, monkeypatch, flat):
    text, mentions = base
    if flat:  # a hostile page: the same real text on one line with no 。 at all (the same length)
        text = text.replace("。", "、").replace("\n", "、")
    small = _steps_work(monkeypatch, *_repeated(text, mentions, 5))
    large = _steps_work(monkeypatch, *_repeated(text, mentions, 20))
    assert small[1] > 0 and small[0] > 0  # the steps read the quotes' names
    # linear: four times the text is four times the work (each quote reading every name would be sixteen)
    assert large[0] <= 4.4 * small[0], (small, large)
