"""Importing annotated datasets: Kaidan's own export, Label Studio, doccano and brat."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from core.dataset_formats import FORMATS
from core.datasets import brat, doccano, kaidan, labelstudio
from core.datasets.common import BAD_DATA, DatasetSummary
from core.ingest.errors import IngestError
from core.ingest.paths import NO_SUCH_PATH
from core.progress import Cancelled, Progress
from core.store import open_db
from core.datasets.words import said

IMPORTERS = {
    "kaidan": kaidan.import_kaidan,
    "labelstudio": labelstudio.import_labelstudio,
    "doccano": doccano.import_doccano,
    "brat": brat.import_brat,
}

__all__ = ["FORMATS", "DatasetSummary", "detect", "import_datasets"]


def detect(path: str | Path) -> str | None:
    """The annotated format path is in, or None for plain article files (read by core.ingest)."""
    path = Path(path)
    if kaidan.export_folder(path) is not None:
        return "kaidan"
    if labelstudio.looks_like(path):
        return "labelstudio"
    if doccano.looks_like(path):
        return "doccano"
    if brat.looks_like(path):
        return "brat"
    return None


def import_datasets(
    paths: Iterable[tuple[str | Path, str]],
    db_path: str | Path | None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    summary: DatasetSummary | None = None,
) -> DatasetSummary:
    """Import each (path, format) into the library; a bad dataset fails alone, with its reason."""
    summary = summary or DatasetSummary()
    db = open_db(db_path, make_folder=True)
    try:
        for path, fmt in paths:
            if summary.cancelled:
                break
            if fmt not in IMPORTERS:
                summary.failed.append((str(path), said("unknown_format", format=fmt)))
                continue
            if not Path(path).exists():
                summary.failed.append((str(path), NO_SUCH_PATH))
                continue
            try:
                IMPORTERS[fmt](db, Path(path), summary, progress, cancelled)
            except IngestError as exc:
                summary.failed.append((str(path), exc.reason))
            except BAD_DATA as exc:
                error = f"{type(exc).__name__}: {exc}"
                summary.failed.append((str(path), said("not_an_export", format=fmt, error=error)))
    finally:
        db.close()
    return summary
