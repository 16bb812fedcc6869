"""brat standoff folders (NAME.txt + NAME.ann): entities, Claim spans with attributes, Holder/Target relations."""

from __future__ import annotations

import re
from pathlib import Path

import sqlite_utils

from core.datasets.common import (
    DatasetSummary, claim_in_scheme, committed_row, guarded, noted_value, pointed, span_ok,
)
from core.datasets.merge import BodyIndex, spans_for
from core.datasets.reading import read_text
from core.datasets.words import at, said
from core.export.brat import CLAIM, MEETING, PROPOSED
from core.export.records import CLAIM_FIELDS
from core.ingest.errors import IngestError
from core.progress import Cancelled, Progress, run_each

DOC_PREFIX = "article-"
# Between a claim's fields in its notes: " | " before a field's name (a note's own " | " stays inside it)
_FIELD_SEPARATOR = re.compile(r" \| (?=(?:" + "|".join(CLAIM_FIELDS) + r"): )")
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
    # Kaidan names each document after its article (article-000042): the id, checked against the text
    number = txt.stem.removeprefix(DOC_PREFIX)
    kaidan_id = int(number) if txt.stem.startswith(DOC_PREFIX) and number.isdigit() else None
    sink = spans_for(db, summary, index, str(txt), str(ann), "brat", text, kaidan_id=kaidan_id)
    if sink is None:
        return
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
    claims = {t: claim_note_fields(notes.get(t)) for t, (label, *_rest) in spans.items() if label == CLAIM}
    proposed = set()  # spans Kaidan exported as the detector's proposals (claim candidates among them)
    for parts in attributes:
        if not parts:
            continue
        name, target, value = (parts + [None, None])[:3]
        if name == PROPOSED and target in spans:
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
        words = text[other[1]:other[2]]
        if other[0] == MEETING:
            if claim.get("target_kind") != "meeting" or claim.get("target_text") != words:
                claim.update(target_kind="text", target_ref=None, target_text=words)
        else:
            pointed(claim, parts[0].lower(), words, _entity_id(notes.get(args["Arg2"])))
    for t, (label, start, end, where) in spans.items():
        with guarded(summary, where, said("spans")):
            if t in claims:
                sink.claim(start, end, claim_in_scheme(db, summary, where, claims[t]), proposed=t in proposed)
            elif label == MEETING:
                if (notes.get(t) or "").startswith("meeting:"):
                    summary.skip(said("brat_meeting_ties"))
                sink.meeting_mention(start, end, proposed=t in proposed)
            else:
                entity_id, note = _entity_id(notes.get(t)), notes.get(t) or ""
                sink.mention(start, end, label, entity_id, proposed=t in proposed,
                             name=note.partition(" ")[2] if entity_id else None, value=noted_value(note))


def claim_note_fields(note: str | None) -> dict:
    """A claim's fields from its AnnotatorNotes (core.export.brat.claim_note: 'holder_text: 記者 | note: …');
    a note in no such form (another tool's, an older Kaidan's) is the claim's note as it is."""
    if not note:
        return {}
    fields = {}
    for part in _FIELD_SEPARATOR.split(note.strip()):
        name, _, value = part.partition(": ")
        if "note" in fields:  # the note is last: all after its name is its own, " | note: " included
            fields["note"] += f" | {part}"
        elif name not in CLAIM_FIELDS or not value:
            return {"note": note}
        else:
            fields[name] = value
    return fields


def _entity_id(note: str | None) -> str | None:
    """Kaidan's AnnotatorNotes start with the entity id ('person:wang-yi 王毅')."""
    first = (note or "").split(" ", 1)[0]
    return first if ":" in first and not first.startswith(("meeting:", "holder:", "target:", "note:", "value:")) \
        else None
