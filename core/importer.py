"""One import for the window and the command line: annotated datasets to core.datasets, other files to core.jobs."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from core.datasets import DatasetSummary, detect, import_datasets
from core.ingest.export_cards import READ_BACK, card_format
from core.jobs import import_paths
from core.jobs.summary import stop_reason
from core.progress import Cancelled, Progress
from core.store import open_db
from core.store.errors import WriteRefused
from core.store.search_index import merge_after_import

AUTO = "auto"


def import_any(paths: list[str | Path], db_path: str, fmt: str = AUTO, progress: Progress | None = None,
               cancelled: Cancelled | None = None, on_article: Callable[[int], None] | None = None):
    """Import paths like `main.py import --format fmt`; returns one DatasetSummary for both kinds."""

    if fmt == AUTO:
        found = [(p, _dataset(Path(p))) for p in paths]
        datasets = [dataset for _p, dataset in found if dataset]
        plain = [p for p, dataset in found if not dataset]
    else:
        datasets = [(p, fmt) for p in paths]
        plain = []
    summary = DatasetSummary()
    if plain:
        articles = import_paths(plain, db_path, progress=progress, cancelled=cancelled, on_article=on_article)
        summary.imported += articles.imported
        summary.duplicates += articles.duplicates
        summary.failed += articles.failed
        summary.partly_analysed += articles.partly_analysed
        summary.skipped += articles.skipped
        summary.cancelled = articles.cancelled
        summary.stopped = articles.stopped
        summary.logged = articles.logged
    if datasets and not summary.cancelled and not summary.stopped:
        # No per-article signal here: the list reloads when the import finishes.
        before = len(summary.imported)
        try:
            import_datasets(datasets, db_path, progress=progress, cancelled=cancelled, summary=summary)
        except WriteRefused as exc:
            summary.stopped = stop_reason(exc, len(summary.imported) - before, datasets=True)
        if len(summary.imported) > before:
            db = open_db(db_path)
            try:
                merge_after_import(db, len(summary.imported) - before, cancelled)
            finally:
                db.close()
    return summary


def _dataset(path: Path) -> tuple[Path, str] | None:
    """(the file or folder to read, its annotated format) for a dataset path, or None for article files.

    A folder holding a Kaidan export card is read back by its card's format (its tasks.json or
    dataset.jsonl for Label Studio and doccano), never as a folder of articles.
    """
    kind = detect(path)
    if kind:
        return path, kind
    fmt = card_format(path) if path.is_dir() else None
    if fmt in READ_BACK:
        kind, name = READ_BACK[fmt]
        return (path / name if name else path), kind
    return None
