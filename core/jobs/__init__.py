"""Long work as plain functions with progress and cancel; Qt (or the CLI) only carries them.

An import reads files here; core.jobs.queue cleans, analyses and orders their articles, core.jobs.batch
writes them a batch per transaction, core.jobs.summary says what came of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from core.ingest import IngestError, expand_paths, read_path
from core.ingest.paths import path_text
from core.jobs.queue import _Run
from core.jobs.summary import ImportSummary, stop_reason
from core.learning import library_lexicon, library_model_path
from core.parallel import MIN_PARALLEL, Detector, start_pool
from core.progress import Cancelled, FileProgress, Progress, run_each
from core.store import open_db
from core.store.changes import LoggedRows
from core.store.errors import WriteRefused
from core.store.registry import load_registry
from core.store.search_index import merge_after_import


def import_paths(
    paths: Iterable[str | Path],
    db_path: str | Path | None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    on_article: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Import files and folders (recursively) into the library at db_path.

    Detection runs in worker processes (one per core) for larger imports; this
    process, the only writer, stores finished articles a batch per short
    transaction, so an interrupted import leaves no half article and running
    it again completes it. When the library refuses a write (disk full, busy,
    read-only) the import stops and `stopped` says what was stored.
    """
    summary = ImportSummary()
    # Strings, not Paths: a Path object costs three times the memory (a 100,000-file import, 20 MB more).
    files, missing = expand_paths(paths, summary.skipped)
    summary.failed.extend(missing)
    db = open_db(db_path, make_folder=True)
    db.logged = LoggedRows()
    run = _Run(db, library_detector(db), summary, on_article, FileProgress(files, progress), start_pool)
    try:
        def read(item: tuple[int, str]) -> None:
            done, path = item
            run.files.reading(done, run.queue[0].file if run.queue else None)
            _read_file(run, Path(path), cancelled, big=len(files) >= MIN_PARALLEL)

        # progress is the file reporter's (files read and stored); a file cancelled inside stops the loop
        if run_each(enumerate(files), read, None, lambda: summary.cancelled or bool(cancelled and cancelled()),
                    total=len(files)):
            summary.cancelled = True
        if not summary.cancelled:
            run.files.reading(len(files), run.queue[0].file if run.queue else None)
            run.flush(everything=True, cancelled=cancelled)
        if not summary.cancelled:
            merge_after_import(db, len(summary.imported), cancelled)
            run.files.report(len(files))
    except WriteRefused as exc:
        summary.stopped = stop_reason(exc, len(summary.imported), (run.files.stored, len(files)))
    finally:
        run.close()
        db.close()
    summary.logged = db.logged.spans
    return summary



def library_detector(db) -> Detector:
    """What detection reads from the library once per run; the tagger is loaded when this process detects."""
    model_path = library_model_path(db)
    tagger_path = str(model_path) if model_path is not None and model_path.exists() else None
    return Detector(load_registry(db), None, library_lexicon(db), tagger_path)



def _read_file(run: _Run, path: Path, cancelled, big: bool) -> None:
    try:
        for count, article in enumerate(read_path(path, clean_pages=False)):
            if cancelled and cancelled():
                run.summary.cancelled = True
                return
            if big or count >= MIN_PARALLEL:
                run.want_pool()
            run.add(article)
    except IngestError as exc:
        run.summary.failed.append((path_text(path), exc.reason))

