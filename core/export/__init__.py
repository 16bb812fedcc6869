"""Exporting the library in the formats dataset builders use; one pure function for CLI and window."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import Reason
from core.export.brat import BratWriter
from core.export.card import dataset_card, label_schemes
from core.export.conll import ConllWriter
from core.export.context import ExportContext
from core.export.csv_tables import CsvWriter
from core.export.doccano import DoccanoWriter
from core.export.files import missing_folders, remove_made_folders
from core.export.folder_lock import ExportBusy, export_lock
from core.export.hf import HfWriter
from core.export.iob import Cut
from core.export.jsonl import JsonlWriter
from core.export.labelstudio import LabelStudioWriter
from core.export.recover import recover_folder
from core.export.records import ARTICLE_KEYS, annotated_articles, article_record
from core.export.scope import ALL, Scope, count_in_scope, undated_left_out
from core.export.spacy import SpacyWriter
from core.export.target import ExportExists, earlier_export, other_export
from core.export.w3c import W3cWriter
from core.export_names import CARD, FORMATS, READERS
from core.progress import Cancelled, Progress, run_each
from core.store.registry import load_registry
from core.store.transactions import snapshot

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

WRITERS = {
    "jsonl": JsonlWriter, "csv": CsvWriter, "conll": ConllWriter, "spacy": SpacyWriter, "hf": HfWriter,
    "brat": BratWriter, "labelstudio": LabelStudioWriter, "doccano": DoccanoWriter, "w3c": W3cWriter,
}

__all__ = ["FORMATS", "READERS", "Scope", "ExportBusy", "ExportExists", "ExportResult", "export", "export_jsonl",
           "ARTICLE_KEYS", "article_record", "failure_message", "label_schemes", "other_export"]


@dataclass
class ExportResult:
    out_dir: Path
    files: dict[str, int] = field(default_factory=dict)
    cuts: list[Cut] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    articles: int = 0
    cancelled: bool = False
    undated: int = 0  # left out of the date range for having no day at all (Scope.undated_left_out)
    recovered: list[Reason] = field(default_factory=list)  # what was done first about an export a crash left


def export(
    db: sqlite_utils.Database,
    fmt: str,
    out_dir: str | Path,
    scope: Scope = ALL,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    batch: int = 200,
    force: bool = False,
    split_tokens: bool = True,
    all_entities: bool = False,
) -> ExportResult:
    """Write the articles in scope to out_dir in format fmt, with a dataset.json card.

    Every file is written as NAME.part and fsynced; only when all are complete
    are they renamed into place, the card last. On cancel or an error (a full
    or read-only folder) none of this run's files are left. A different
    export already in out_dir raises ExportExists unless force is given. A folder the
    export made (out_dir, and its parents that were missing) is removed again when
    it stops; a folder that was there is left as it was.
    split_tokens (token formats) cuts a token where an entity starts or ends inside
    it; all_entities (jsonl) writes the whole registry to entities.jsonl.
    Everything is read in one snapshot of the library: what an import commits
    meanwhile is in none of the files, so they and the card agree.
    An earlier Kaidan export in out_dir (a refresh, or one replaced with force) is
    replaced whole: its files are set aside while this one's are renamed into
    place, deleted when all are, put back when one rename fails. One a crash left
    half-swapped (NAME.earlier files) is finished or put back first, and the partial files of one killed
    before its renames are removed (core.export.recover).
    Another export writing into out_dir now (another window, the command line) raises ExportBusy.
    """
    if fmt not in WRITERS:
        raise ValueError(f"format must be one of {FORMATS}")
    out_dir = Path(out_dir)
    made = missing_folders(out_dir)  # taken back if the export stops: a failed export leaves no new folder
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except BaseException:
        remove_made_folders(made)
        raise
    with export_lock(out_dir):  # another export writing there now: refused (ExportBusy), its folder left to it
        try:
            recovered = recover_folder(out_dir)  # an export a crash interrupted there: finished, undone, cleared
            reason = None if force else other_export(out_dir, fmt, scope)
            if reason:
                raise ExportExists(reason, recovered)
            replaced = earlier_export(out_dir)  # an earlier export there goes whole once this one stands
            with snapshot(db):  # one moment of the library, whatever an import commits meanwhile
                result = _export_snapshot(db, fmt, out_dir, scope, progress, cancelled, batch, split_tokens,
                                          all_entities, replaced)
        except BaseException:
            remove_made_folders(made)  # while the folder is still held: no other export has begun there
            raise
        if result.cancelled:
            remove_made_folders(made)
    result.recovered = recovered
    return result


def _export_snapshot(db, fmt: str, out_dir: Path, scope: Scope, progress: Progress | None,
                     cancelled: Cancelled | None, batch: int, split_tokens: bool, all_entities: bool,
                     replaced: list[str]) -> ExportResult:
    """export's work, inside one read snapshot of the library: its files published, or none on a stop."""
    ctx = ExportContext(db, out_dir, load_registry(db), scope, label_schemes(db), split_tokens=split_tokens,
                        all_entities=all_entities)
    result = ExportResult(out_dir, cuts=ctx.cuts, notes=ctx.notes, undated=undated_left_out(db, scope))
    total = count_in_scope(db, scope)
    writer = WRITERS[fmt](ctx)
    counts = dict.fromkeys(("articles", "entity_mentions", "rejected_mentions", "claims", "claim_candidates",
                            "meeting_mentions"), 0)
    try:
        def add(item) -> None:
            writer.add(item)
            _count(counts, item)

        if run_each(annotated_articles(db, scope, batch), add, progress, cancelled, every=100, total=total,
                    label=lambda item: item.row.title or ""):
            writer.abort()
            result.cancelled = True
            return result
        result.files = writer.finish()
        result.articles = counts["articles"]
        counts.update(_library_counts(db))
        if result.cuts:
            ctx.notes.append(f"{len(result.cuts)} entity spans do not fall on token boundaries: see cut_spans.tsv")
        card = dataset_card(db, fmt, scope, counts, result.files, ctx.notes, split_tokens) | writer.card_fields()
        writer.files.write_whole(CARD, json.dumps(card, ensure_ascii=False, indent=1) + "\n")
        writer.files.replaces(replaced)
        writer.files.publish()
    except BaseException:
        writer.abort()
        raise
    result.files[CARD] = 1
    if progress:
        progress(total, total, "")
    return result


def failure_message(exc: OSError, out_dir: str | Path) -> Reason:
    """One line for an export the folder refused (read-only, full): nothing of it was left, and the line says
    what is there now: the earlier export as it was, the user's folder as it was, or no folder at all (the one
    the export made was removed).
    The OS's error number rides along, for a reader that words it in its own language."""
    error = exc.strerror or str(exc)
    if (Path(out_dir) / CARD).is_file():  # this export's own card is never left: it is the earlier export's
        return Reason(f"export failed, the earlier export in {out_dir} was kept as it was: {error}",
                      "export_failed_kept", folder=str(out_dir), errno=exc.errno, error=error)
    if not Path(out_dir).exists():
        return Reason(f"export failed, nothing was written and no folder is left at {out_dir}: {error}",
                      "export_failed_no_folder", folder=str(out_dir), errno=exc.errno, error=error)
    return Reason(f"export failed, nothing was written to {out_dir}: {error}", "export_failed",
                  folder=str(out_dir), errno=exc.errno, error=error)


def _count(counts: dict, item) -> None:
    counts["articles"] += 1
    counts["entity_mentions"] += sum(m.state != "rejected" for m in item.mentions)
    counts["rejected_mentions"] += sum(m.state == "rejected" for m in item.mentions)
    counts["claims"] += sum(c.state == "accepted" for c in item.claims)
    counts["claim_candidates"] += sum(c.state != "accepted" for c in item.claims)
    counts["meeting_mentions"] += len(item.meeting_mentions)


def _library_counts(db: sqlite_utils.Database) -> dict:
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return {"meetings": one("SELECT count(*) FROM meetings"),
            "participants": one("SELECT count(*) FROM meeting_participants"),
            "links": one("SELECT count(*) FROM meeting_links"),
            "user_entities": one("SELECT count(*) FROM entities")}


def export_jsonl(db: sqlite_utils.Database, out_dir: str | Path, progress: Progress | None = None) -> dict[str, int]:
    """Kaidan's own JSONL of the whole library; returns line counts per file."""
    return export(db, "jsonl", out_dir, progress=progress).files
