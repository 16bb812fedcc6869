"""Label Studio JSON exports (and Kaidan's own tasks.json): spans, per-region stance, holder/target relations.

The tasks and their annotations are read here; the JSON_MIN shape (core.datasets.labelstudio_min) and what
a result set's regions become (core.datasets.labelstudio_regions) have modules of their own.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from core.datasets.common import DatasetSummary, committed_row
from core.datasets.decided_against import read_decided_against
from core.datasets.labelstudio_min import SPAN_KINDS, from_json_min, is_json_min
from core.datasets.labelstudio_regions import canonical, labels_of, proposal_label, read_results
from core.datasets.merge import BodyIndex, spans_for
from core.datasets.reading import first_json_item, load_json
from core.datasets.words import READ_AS, at, said
from core.export.labelstudio import PROPOSED_REGIONS
from core.offsets import OffsetMap
from core.progress import Cancelled, Progress, run_each

__all__ = ["MIN_DECIDED", "MIN_PROPOSED", "MIN_UNLISTED", "from_json_min", "import_labelstudio", "is_json_min",
           "looks_like"]

# How JSON_MIN spans were read, in core's words (core.datasets.words.READ_AS): the export carries no predictions
# and no region meta, so the summary says what its spans were taken for
MIN_DECIDED, MIN_PROPOSED, MIN_UNLISTED = (READ_AS[code] for code in ("min_decided", "min_proposed", "min_unlisted"))


def looks_like(path: Path) -> bool:
    """A .json file whose first task has data and annotations, predictions or results (however long it is)."""
    if path.suffix.lower() != ".json" or not path.is_file():
        return False
    task = first_json_item(path)
    if not isinstance(task, dict):
        return False
    if isinstance(task.get("data"), dict):
        return any(key in task for key in ("annotations", "predictions", "result"))
    return is_json_min(task)


def import_labelstudio(db: sqlite_utils.Database, path: Path, summary: DatasetSummary,
                       progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
    """Import a Label Studio export (a list of tasks, one task, or JSON_MIN records), each task committed alone."""
    tasks = load_json(path)
    if not isinstance(tasks, list):
        tasks = [tasks]  # one task alone
    index = BodyIndex(db)

    def one(item: tuple[int, object]) -> None:
        number, task = item
        ident = task.get("id", number) if isinstance(task, dict) else number
        where = at("task", path, number=number) if ident == number else at("task_id", path, number=number, ident=ident)
        if not isinstance(task, dict):
            summary.failed.append((where, said("not_a_task")))
            return
        if is_json_min(task):
            task = from_json_min(task)
        with committed_row(db, summary, where) as staged:
            _task(db, index, f"{path}#{ident}", where, task, staged)

    if run_each(list(enumerate(tasks, 1)), one, progress, cancelled, every=50, label=lambda _item: str(path)):
        summary.cancelled = True


def _text_of(data) -> str | None:
    if not isinstance(data, dict):
        return None
    if isinstance(data.get("text"), str):
        return data["text"]
    strings = [v for v in data.values() if isinstance(v, str)]
    return max(strings, key=len) if strings else None


def _results(task: dict, summary: DatasetSummary) -> list[tuple[list[dict], bool]]:
    """(results, proposed?) to take: the latest kept annotation, then the first prediction."""
    out = []
    annotations = [a for a in _objects(task.get("annotations"), summary, "annotations") if not a.get("was_cancelled")]
    if annotations:
        if len(annotations) > 1:
            summary.skip(said("extra_annotations"), len(annotations) - 1)
        latest = max(annotations, key=lambda a: (str(a.get("updated_at") or a.get("created_at") or ""),
                                                 str(a.get("id") or 0)))
        out.append((_objects(latest.get("result"), summary, "results"), False))
    predictions = _objects(task.get("predictions"), summary, "predictions")
    if len(predictions) > 1:
        summary.skip(said("extra_predictions"), len(predictions) - 1)
    if predictions:
        out.append((_objects(predictions[0].get("result"), summary, "results"), True))
    return out


def _objects(value, summary: DatasetSummary, what: str) -> list[dict]:
    """The objects of a list the format holds; ids alone (an export's "predictions": [8]) are counted, not read."""
    if not isinstance(value, list):
        if value not in (None, "", {}):
            summary.skip(said("ls_not_a_list", what=what))
        return []
    found = [v for v in value if isinstance(v, dict)]
    if len(found) < len(value):
        summary.skip(said("ls_by_id", what=what), len(value) - len(found))
    return found


def _task(db, index: BodyIndex, source: str, where: str, task: dict, summary: DatasetSummary) -> None:
    data = task.get("data")
    text = _text_of(data)
    if not text or not text.strip():
        summary.failed.append((where, said("task_no_text")))
        return
    sink = spans_for(db, summary, index, source, where, "labelstudio", text, data,
                     kaidan_id=data.get("kaidan_id"), content_hash=data.get("content_hash"))
    if sink is None:
        return
    units = OffsetMap(text)
    stored: set[tuple] = set()
    sets = _results(task, summary)
    listed = None
    if task.get("json_min"):
        listed = _listed(data.get(PROPOSED_REGIONS))
        if listed is None:
            # an export without the list (written by an older Kaidan or by hand): a span exactly as the
            # library proposed it stays a proposal, one that differs is the annotator's decision
            sink.marks_proposals = False
    # A region the annotation holds exactly as a prediction does is that proposal, untouched (Kaidan's
    # export puts a proposed holder of a claim into the annotation, for the relation)
    predicted = {canonical(r) for results, proposed in sets if proposed for r in results}
    for results, proposed in sets:
        read_results(db, sink, where, text, units, results, proposed, stored, summary, predicted, listed)
    read_decided_against(db, sink, where, text, data, summary)
    if task.get("json_min"):
        spans = sum(r.get("type") in SPAN_KINDS for results, _ in sets for r in results)
        if listed is None:
            summary.read_as[said("min_unlisted")] += spans
        else:
            kept = sum(1 for results, _ in sets for r in results
                       if r.get("type") in SPAN_KINDS and proposal_label(r, listed) == labels_of(r)[0])
            summary.read_as[said("min_proposed")] += kept
            summary.read_as[said("min_decided")] += spans - kept


def _listed(value) -> dict | None:
    """The proposals Kaidan put into the annotation, by their UTF-16 (start, end); None when not listed."""
    if not isinstance(value, list):
        return None
    return {(p[0], p[1]): p[2] for p in value if isinstance(p, list) and len(p) == 3
            and all(isinstance(v, int) and not isinstance(v, bool) for v in p[:2]) and isinstance(p[2], str)}

