"""brat standoff: NAME.txt + NAME.ann per article and annotation.conf, for the brat annotation tool."""

from __future__ import annotations

from core.export.cells import brat_name
from core.export.context import ExportContext, Writer
from core.export.id_ranges import id_ranges
from core.export.records import VALUE_NOTE, claim_fields

CLAIM, MEETING = "Claim", "Meeting"
# A binary attribute on an entity, meeting or claim span the detector proposed and nobody decided on: brat
# has no state of its own, and without it a proposal came back from brat as the annotator's decision.
PROPOSED = "Proposed"


def fragments(body: str, start: int, end: int) -> str:
    """brat offsets "s e" (code points), split at newlines: a brat span cannot cross a line."""
    parts, position = [], start
    for piece in body[start:end].split("\n"):
        if piece:
            parts.append(f"{position} {position + len(piece)}")
        position += len(piece) + 1
    return ";".join(parts)


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def article_ann(item, registry) -> str:
    """The .ann lines of one article."""
    body, lines = item.body, []
    counters = {"T": 0, "A": 0, "R": 0, "#": 0}

    def new(kind: str) -> str:
        counters[kind] += 1
        return f"{kind}{counters[kind]}"

    def span(label: str, start: int, end: int) -> str | None:
        where = fragments(body, start, end)
        if not where:
            return None
        tid = new("T")
        lines.append(f"{tid}\t{brat_name(label)} {where}\t{' '.join(p for p in body[start:end].split(chr(10)) if p)}")
        return tid

    def note(target: str, text: str) -> None:
        lines.append(f"{new('#')}\tAnnotatorNotes {target}\t{one_line(text)}")

    def proposed(tid: str | None, state: str) -> None:
        if tid and state == "proposed":
            lines.append(f"{new('A')}\t{PROPOSED} {tid}")

    by_entity: dict[str, list[tuple[int, str]]] = {}
    for m in item.entities():
        tid = span(m.type, m.start, m.end)
        proposed(tid, m.state)
        if tid and m.entity_id:
            entity = registry.get(m.entity_id)
            note(tid, m.entity_id + (f" {entity.name}" if entity else ""))
            by_entity.setdefault(m.entity_id, []).append((m.start, tid))
        elif tid and m.value:
            note(tid, VALUE_NOTE + m.value)
    by_meeting: dict[int, list[tuple[int, str]]] = {}
    for m in item.meeting_mentions:
        if m.state == "rejected":
            continue
        tid = span(MEETING, m.start, m.end)
        proposed(tid, m.state)
        if tid and m.meeting_id is not None:
            note(tid, f"meeting:{m.meeting_id}")
            by_meeting.setdefault(m.meeting_id, []).append((m.start, tid))
    for c in [c for c in item.claims if c.state in ("accepted", "candidate")]:
        tid = span(CLAIM, c.start, c.end)
        if tid is None:
            continue
        if c.state == "candidate":  # a suggestion, as the detector's names are
            proposed(tid, "proposed")
        for name in ("stance", "attribution", "intensity"):
            if getattr(c, name):
                lines.append(f"{new('A')}\t{name.capitalize()} {tid} {brat_name(getattr(c, name))}")
        # the fields in the notes whole, relations or not: read back, a relation that agrees with them
        # leaves them as they are (core.datasets.common.pointed), one drawn anew in brat says it instead
        said = {k: v for k, v in claim_fields(c).items() if k not in ("attribution", "intensity")}
        holder = _nearest(by_entity.get(c.holder_entity_id or ""), c.start)
        if holder:
            lines.append(f"{new('R')}\tHolder Arg1:{tid} Arg2:{holder}")
        pool = by_meeting.get(int(c.target_ref)) if c.target_kind == "meeting" and (c.target_ref or "").isdigit() \
            else by_entity.get(c.target_ref or "") if c.target_kind == "entity" else None
        target = _nearest(pool, c.start)
        if target:
            lines.append(f"{new('R')}\tTarget Arg1:{tid} Arg2:{target}")
        if said:
            note(tid, claim_note(said))
    return "".join(line + "\n" for line in lines)


def claim_note(fields: dict) -> str:
    """A claim's fields no attribute says, as its AnnotatorNotes: 'holder_text: 記者 | note: …'
    (the note last: read back, everything after 'note: ' is the note)."""
    return " | ".join(f"{name}: {one_line(value)}" for name, value in fields.items())


def _nearest(candidates: list[tuple[int, str]] | None, position: int) -> str | None:
    """The mention closest to the claim (a holder is usually named just before the quote)."""
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs(c[0] - position))[1]


# brat refuses spans that share, contain or cross each other unless the [relations]
# section allows it with this special line (brat 1.3 onward); Kaidan's mentions,
# meetings and claims overlap by design (a claim quotes a country, a meeting is named
# by the same words as its event type).
OVERLAP_RULE = "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>"


def annotation_conf(labels: dict) -> str:
    """brat's project configuration for an export: every label, Kaidan's relations and attributes, overlaps allowed."""
    entity_types = _names(labels["entity_types"])
    args = "|".join(entity_types)
    stances = "|".join(_names(s["key"] for s in labels["stances"]))
    return "\n".join([
        "[entities]", *entity_types, CLAIM, MEETING, "",
        "[relations]", OVERLAP_RULE, f"Holder\tArg1:{CLAIM}, Arg2:{args}", f"Target\tArg1:{CLAIM}, Arg2:{args}|{MEETING}", "",
        "[events]", "",
        "[attributes]", f"Stance\tArg:{CLAIM}, Value:{stances}",
        f"Attribution\tArg:{CLAIM}, Value:{'|'.join(labels['claim_attributions'])}",
        f"Intensity\tArg:{CLAIM}, Value:{'|'.join(labels['claim_intensities'])}",
        f"{PROPOSED}\tArg:<ENTITY>", "",
    ])


# brat looks for visual.conf in the document's folder and then in each folder above it; its
# command-line verifier, run outside a brat installation, climbs to "/" and never stops when
# none is found. An export carries its own, so it reads the same anywhere.
VISUAL_CONF = "[labels]\n\n[drawing]\nSPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken\nARC_DEFAULT\tcolor:black\n"


def _names(labels) -> list[str]:
    """brat names of labels, each once (two labels that differ only in reserved characters meet)."""
    return list(dict.fromkeys(brat_name(label) for label in labels))


def doc_name(item) -> str:
    return f"article-{item.id:06d}"


class BratWriter(Writer):
    """Per-article files are written one by one as NAME.part; all appear with annotation.conf at the end."""

    def __init__(self, ctx: ExportContext) -> None:
        super().__init__(ctx)
        self.documents = 0
        self.ids: list[int] = []

    def add(self, item) -> None:
        self.ids.append(item.id)
        name = doc_name(item)
        self.files.write_whole(f"{name}.txt", item.body)
        self.files.write_whole(f"{name}.ann", article_ann(item, self.ctx.registry))
        self.files.count("*.txt + *.ann")

    def finish(self) -> dict[str, int]:
        self.files.open("annotation.conf").write(annotation_conf(self.ctx.labels))
        self.files.count("annotation.conf")
        self.files.open("visual.conf").write(VISUAL_CONF)
        self.files.count("visual.conf")
        return super().finish()

    def card_fields(self) -> dict:
        """The articles whose article-NNNNNN.txt and .ann this export wrote, as [first, last] runs of ids: a
        refresh takes only those as this export's files (core.export.target.earlier_export)."""
        return {"article_ids": id_ranges(self.ids)}
