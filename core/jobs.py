"""Long work as plain functions with progress and cancel; Qt (or the CLI) only carries them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from core.analysis import DETECTOR_VERSION, reference_date
from core.claims.suggest import suggest
from core.cleaning import DUMP_FORMATS, apply_cleaning
from core.cleaning.lines import furniture_candidates
from core.ingest import IngestError, expand_paths, read_path
from core.meetings.suggest import MeetingPlan, plan_meetings, store_meetings
from core.nlp.entities import detect
from core.progress import Cancelled, Progress
from core.store import atomic, open_db
from core.store.errors import WriteRefused
from core.store.articles import has_hash, insert_article, overrides_for
from core.store.claims import replace_candidates
from core.store.furniture import common_among, count_lines
from core.store.mentions import replace_detected
from core.learning import library_lexicon, library_tagger
from core.store.registry import load_registry


@dataclass
class ImportSummary:
    imported: list[tuple[str, int]] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    stopped: str = ""  # why the import stopped early (disk full, library busy or read-only)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.stopped else 0


def import_paths(
    paths: Iterable[str | Path],
    db_path: str | Path | None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    on_article: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Import files and folders (recursively) into the library at db_path.

    Each article is stored, with its detected entities, in its own
    transaction, so an interrupted import leaves no half article and running
    it again completes it. When the library refuses a write (disk full, busy,
    read-only) the import stops and `stopped` says what was stored.
    """
    summary = ImportSummary()
    files, missing = expand_paths(paths)
    summary.failed.extend(missing)
    db = open_db(db_path, make_folder=True)
    detector = _Detector(load_registry(db), library_tagger(db), library_lexicon(db))
    try:
        for done, path in enumerate(files):
            if cancelled and cancelled():
                summary.cancelled = True
                break
            if progress:
                progress(done, len(files), str(path))
            try:
                _import_file(db, detector, path, summary, on_article, cancelled)
            except WriteRefused as exc:
                summary.stopped = (f"{exc}: {len(summary.imported):,} articles imported, from {done:,} of "
                                   f"{len(files):,} files; the rest were not")
                return summary
            if summary.cancelled:
                break
        if progress and not summary.cancelled:
            progress(len(files), len(files), "")
    finally:
        db.close()
    return summary


def _import_file(db, detector, path: Path, summary: ImportSummary, on_article, cancelled) -> None:
    try:
        for article in read_path(path, clean_pages=False):
            if cancelled and cancelled():
                summary.cancelled = True
                return
            if has_hash(db, article.content_hash):
                summary.duplicates.append(article.source)
                continue
            candidates = _clean(db, article)
            if not article.paragraphs:
                summary.failed.append((article.source, "no article text found"))
                continue
            article_id, created = _store(db, detector, article, candidates)
            if created:
                summary.imported.append((article.source, article_id))
                if on_article:
                    on_article(article_id)
            else:
                summary.duplicates.append(article.source)
    except IngestError as exc:
        summary.failed.append((str(path), str(exc)))


def _clean(db, article) -> set[str]:
    """Clean with what the library knows: the user's fixes and the site's furniture lines.

    Returns the page's candidate furniture lines, to be counted once it is stored.
    """
    article.overrides = overrides_for(db, article.content_hash)
    if article.source_format not in DUMP_FORMATS:
        if article.overrides:
            apply_cleaning(article)
        return set()
    candidates = furniture_candidates(article.raw)
    apply_cleaning(article, common_among(db, candidates))
    return candidates


@dataclass
class _Analysis:
    """An article's entities, claim candidates and meeting plan, found before anything is written."""

    found: list
    candidates: list
    plan: MeetingPlan


@dataclass
class _Detector:
    """What detection reads from the library once per import: registry, tagger, the user's lexicon."""

    registry: object
    tagger: object
    lexicon: object


def _analyse(article, detector: _Detector) -> _Analysis:
    body = article.body
    published = article.published or article.published_inferred  # an undated page: the day its text gives
    found = detect(body, detector.registry, reference_date(published, article.dateline),
                   tagger=detector.tagger, lexicon=detector.lexicon)
    return _Analysis(found, suggest(body, found),
                     plan_meetings(body, found, published, article.dateline, detector.registry))


def _store(db, detector: _Detector, article, candidates: set[str]) -> tuple[int, bool]:
    """Analyse the article with no lock held, then save it with its annotations in one short transaction."""
    analysis = _analyse(article, detector)
    body = article.body
    with atomic(db):
        article_id, created = insert_article(db, article)
        if created:
            count_lines(db, candidates)
            replace_detected(db, article_id, body, analysis.found, DETECTOR_VERSION)
            replace_candidates(db, article_id, body, analysis.candidates)
            store_meetings(db, article_id, body, analysis.plan)
    return article_id, created
