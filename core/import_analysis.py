"""An import's analysis of one article, found before anything is written: in a worker process or in place.

Spawned workers (those of the window) import this module, the page cleaner
(core.import_cleaning) and what they read, not core.jobs: reading files and the
web extractor are the writer's, and importing them cost each worker a third of
a second more (the cleaner costs a spawned worker about 0.14 s CPU more).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.analysis_limit import analysed_part
from core.claims.suggest import suggest
from core.dates import reference_date
from core.meetings.plan import MeetingPlan, plan_meetings
from core.nlp.entities import detect, detected_ahead
from core.parallel import WARM_TEXT, Detector, worker_detector
from core.store.articles import index_text
from core.store.claims import candidate_values
from core.store.mentions import detected_values


@dataclass
class Analysis:
    """An article's entities, claim candidates, meeting plan and search index text, found before anything is written."""

    found: list
    candidates: list
    plan: MeetingPlan
    index: tuple[str, str, str]
    # The values of the mentions' and candidates' rows (store.mentions.detected_values, claims.candidate_values),
    # made by a worker, which then sends neither found nor candidates: plain tuples cost the writer less.
    mention_values: list | None = None
    claim_values: list | None = None


def analyse(title: str | None, body: str, published: str | None, dateline: str | None,
            detector: Detector) -> Analysis:
    """One article analysed with what detection reads from the library."""
    day = reference_date(published, dateline)
    text = analysed_part(body)  # offsets in it are the body's: it is the body's head
    found = detect(text, detector.registry, day, tagger=detector.tagger, lexicon=detector.lexicon)
    return Analysis(found, suggest(text, found, day.isoformat() if day else None, detector.registry, title=title),
                    plan_meetings(text, found, published, dateline, detector.registry), index_text(title, body))


def warm(detector: Detector) -> None:
    """Analyse a short text once, so that what analysis builds on first use is there before workers fork."""
    analyse(None, WARM_TEXT, None, None, detector)


def work(title: str | None, body: str, published: str | None, dateline: str | None) -> Analysis:
    """In a worker: analyse one article; the plan's closure stays behind (the writer attaches its own)."""
    analysis = analyse(title, body, published, dateline, worker_detector())
    analysis.plan.country_of = None
    analysis.mention_values, analysis.claim_values = row_values(body, analysis)
    analysis.found, analysis.candidates = [], []
    return analysis


def work_many(articles: list[tuple]) -> list[Analysis]:
    """In a worker: analyse several articles, each given as work's arguments (one task, one reply); their texts
    are tokenised, then tagged, first, back to back (core.nlp.entities.detected_ahead)."""
    detector = worker_detector()
    with detected_ahead((analysed_part(body) for _, body, _, _ in articles), detector.registry, detector.tagger):
        return [work(*article) for article in articles]


def row_values(body: str, analysis: Analysis) -> tuple[list, list]:
    """The values of the rows of an analysis's mentions and claim candidates, made once (where they were found)."""
    if analysis.mention_values is not None:
        return analysis.mention_values, analysis.claim_values
    return detected_values(body, analysis.found), candidate_values(body, analysis.candidates)
