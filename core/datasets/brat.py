"""brat standoff folders (NAME.txt + NAME.ann): entities, Claim spans with attributes, Holder/Target relations."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from core.datasets.common import (
    DatasetSummary, claim_in_scheme, committed_row, guarded, span_ok,
)
from core.datasets.merge import BodyIndex, spans_for
from core.datasets.reading import read_text
from core.datasets.words import at, said
from core.export.brat import CLAIM, MEETING, PROPOSED
from core.ingest.errors import IngestError
from core.progress import Cancelled, Progress, run_each

DOC_PREFIX = "article-"
CLAIM_ATTRIBUTES = {"Stance": "stance", "Attribution": "attribution", "Intensity": "intensity"}


def looks_like(path: Path) -> bool:
    """A folder with .ann files (a brat collection)."""
    return path.is_dir() and any(path.glob("*.ann"))


def import_brat(db: sqlite_utils.Database, path: Path, summary: DatasetSummary,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
    anns = sorted(Path(path).rglob("*.ann"))
    if not anns:
        raise IngestError(said("not_brat"))
    index = BodyIndex(db)

    def one(ann: Path) -> None:
        txt = ann.with_suffix(".txt")
        if not txt.is_file():
            summary.failed.append((str(ann), said("no_text_file", name=txt.name)))
            return
        try:
            # keep_line_ends: brat counts every character of the file, \r included
            text, lines = read_text(txt, keep_line_ends=True), read_text(ann, allow_empty=True).split("\n")
        except IngestError as exc:
            summary.failed.append((str(ann), str(exc)))
            return
        with committed_row(db, summary, str(ann)) as staged:
            _document(db, index, txt, ann, text, lines, staged)

    if run_each(anns, one, progress, cancelled):
        summary.cancelled = True


# brat lines Kaidan does not take over, by their kind: codes of core.datasets.words
_UNCARRIED_LINES = {"E": "brat_events", "N": "brat_normalizations", "*": "brat_equivalences"}


def _span(where: str, text: str) -> tuple | str:
    """brat offsets "s e;s e": fragments joined only across whitespace become one span (else why not)."""
    try:
        pieces = [tuple(int(x) for x in part.split()) for part in where.split(";")]
    except ValueError:
        return said("offsets_not_numbers")
    if not pieces or any(len(p) != 2 for p in pieces):
        return said("offsets_not_pairs")
    start, end = pieces[0][0], pieces[-1][1]
    for (_, a_end), (b_start, _) in zip(pieces, pieces[1:]):
        if not 0 <= a_end <= b_start <= len(text) or text[a_end:b_start].strip():
            return said("discontinuous")
    return start, end


def _document(db, index: BodyIndex, txt: Path, ann: Path, text: str, lines: list[str],
              summary: DatasetSummary) -> None:
    """One brat document's spans stored on its article: entities, meeting mentions and claims with their fields."""
    # Kaidan names each document after its article (article-000042): the id, checked against the text
    number = txt.stem.removeprefix(DOC_PREFIX)
    kaidan_id = int(number) if txt.stem.startswith(DOC_PREFIX) and number.isdigit() else None
    sink = spans_for(db, summary, index, str(txt), str(ann), "brat", text, kaidan_id=kaidan_id)
    if sink is None:
        return
    spans, attributes, relations, notes = _read_ann(lines, text, ann, summary)
    claims, proposed = _claims_of(spans, attributes, relations, notes, text, summary)
    for t, (label, start, end, where) in spans.items():
        with guarded(summary, where, said("spans")):
            if t in claims:
                if notes.get(t):
                    claims[t].setdefault("note", notes[t])
                sink.claim(start, end, claim_in_scheme(db, summary, where, claims[t]))
            elif label == MEETING:
                if (notes.get(t) or "").startswith("meeting:"):
                    summary.skip(said("brat_meeting_ties"))
                sink.meeting_mention(start, end, proposed=t in proposed)
            else:
                sink.mention(start, end, label, _entity_id(notes.get(t)), proposed=t in proposed)


def _read_ann(lines: list[str], text: str, ann: Path, summary: DatasetSummary):
    """An .ann file's lines sorted by kind: spans (T id → label, start, end, where), attributes, relations and
    notes (target id → text); a line that cannot be read is named, one Kaidan does not carry counted."""
    spans, attributes, relations, notes = {}, [], [], {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        ident, kind = fields[0], fields[0][:1]
        where = at("line", ann, number=number)
        if kind == "T" and len(fields) >= 2:
            label, _, offsets = fields[1].partition(" ")
            span = _span(offsets, text)
            if isinstance(span, str):
                summary.reject(where, span)
                continue
            if span_ok(summary, where, text, *span, label=label):
                spans[ident] = (label, *span, where)
        elif kind in ("A", "M") and len(fields) >= 2:
            attributes.append(fields[1].split())
        elif kind == "R" and len(fields) >= 2:
            relations.append(fields[1].split())
        elif kind == "#" and len(fields) >= 3 and fields[1].split():
            notes[fields[1].split()[-1]] = fields[2]
        elif kind in "TAMR#":
            summary.reject(where, said("brat_fields"))
        else:
            summary.skip(said(_UNCARRIED_LINES.get(kind, "brat_other")))
    return spans, attributes, relations, notes


def _claims_of(spans: dict, attributes: list, relations: list, notes: dict, text: str, summary: DatasetSummary):
    """The claim spans' fields (stance and the rest from attributes, holder and target from relations) and the
    spans Kaidan exported as the detector's proposals."""
    claims = {t: {} for t, (label, *_rest) in spans.items() if label == CLAIM}
    proposed = set()  # spans Kaidan exported as the detector's proposals
    for parts in attributes:
        if not parts:
            continue
        name, target, value = (parts + [None, None])[:3]
        if name == PROPOSED and target in spans and target not in claims:
            proposed.add(target)
        elif target in claims and name in CLAIM_ATTRIBUTES:
            claims[target][CLAIM_ATTRIBUTES[name]] = value
        else:
            summary.skip(said("brat_attributes"))
    for parts in relations:
        args = dict(p.split(":", 1) for p in parts[1:] if ":" in p)
        claim, other = claims.get(args.get("Arg1")), spans.get(args.get("Arg2"))
        if claim is None or other is None or not parts or parts[0] not in ("Holder", "Target"):
            summary.skip(said("brat_relations"))
            continue
        entity_id = _entity_id(notes.get(args["Arg2"]))
        words = text[other[1]:other[2]]
        if parts[0] == "Holder":
            claim.update(holder_entity_id=entity_id, holder_text=words)
        elif other[0] == MEETING:
            claim.update(target_kind="text", target_text=words)
        else:
            claim.update(target_kind="entity" if entity_id else "text", target_ref=entity_id, target_text=words)
    return claims, proposed

def _entity_id(note: str | None) -> str | None:
    """Kaidan's AnnotatorNotes start with the entity id ('person:wang-yi 王毅')."""
    first = (note or "").split(" ", 1)[0]
    return first if ":" in first and not first.startswith(("meeting:", "holder:", "target:", "note:")) else None
