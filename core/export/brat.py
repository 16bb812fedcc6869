"""brat standoff: NAME.txt + NAME.ann per article and annotation.conf, for the brat annotation tool."""

from __future__ import annotations

from core.export.cells import brat_name
from core.export.context import ExportContext, Writer

CLAIM, MEETING = "Claim", "Meeting"
# A binary attribute on an entity or meeting span the detector proposed and nobody decided on: brat has
# no state of its own, and without it a proposal came back from brat as the annotator's decision.
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
    """The .ann lines of one article: its entities, meeting mentions, then its claims tied to them."""
    ann = _Ann(item.body)
    by_entity = ann.entities(item.entities(), registry)
    by_meeting = ann.meeting_mentions(item.meeting_mentions)
    for claim in item.accepted_claims():
        ann.claim(claim, by_entity, by_meeting)
    return "".join(line + "\n" for line in ann.lines)


class _Ann:
    """One article's .ann lines as they are written, numbering each kind of annotation (T, A, R, #) in turn."""

    def __init__(self, body: str) -> None:
        self.body, self.lines = body, []
        self.counters = {"T": 0, "A": 0, "R": 0, "#": 0}

    def new(self, kind: str) -> str:
        self.counters[kind] += 1
        return f"{kind}{self.counters[kind]}"

    def span(self, label: str, start: int, end: int) -> str | None:
        where = fragments(self.body, start, end)
        if not where:
            return None
        tid = self.new("T")
        text = " ".join(p for p in self.body[start:end].split(chr(10)) if p)
        self.lines.append(f"{tid}\t{brat_name(label)} {where}\t{text}")
        return tid

    def note(self, target: str, text: str) -> None:
        self.lines.append(f"{self.new('#')}\tAnnotatorNotes {target}\t{one_line(text)}")

    def proposed(self, tid: str | None, state: str) -> None:
        if tid and state == "proposed":
            self.lines.append(f"{self.new('A')}\t{PROPOSED} {tid}")

    def entities(self, mentions, registry) -> dict[str, list[tuple[int, str]]]:
        """Each mention a T line (proposals marked), its registry id in a note; returns entity id → (start, T)."""
        by_entity: dict[str, list[tuple[int, str]]] = {}
        for m in mentions:
            tid = self.span(m.type, m.start, m.end)
            self.proposed(tid, m.state)
            if tid and m.entity_id:
                entity = registry.get(m.entity_id)
                self.note(tid, m.entity_id + (f" {entity.name}" if entity else ""))
                by_entity.setdefault(m.entity_id, []).append((m.start, tid))
        return by_entity

    def meeting_mentions(self, mentions) -> dict[int, list[tuple[int, str]]]:
        """Each meeting mention not rejected a T line, its meeting in a note; returns meeting id → (start, T)."""
        by_meeting: dict[int, list[tuple[int, str]]] = {}
        for m in mentions:
            if m.state == "rejected":
                continue
            tid = self.span(MEETING, m.start, m.end)
            self.proposed(tid, m.state)
            if tid and m.meeting_id is not None:
                self.note(tid, f"meeting:{m.meeting_id}")
                by_meeting.setdefault(m.meeting_id, []).append((m.start, tid))
        return by_meeting

    def claim(self, c, by_entity: dict, by_meeting: dict) -> None:
        """A claim's span with its attributes; its holder and target as relations to the nearest span of theirs,
        else written in a note (with the claim's own note)."""
        tid = self.span(CLAIM, c.start, c.end)
        if tid is None:
            return
        for name in ("stance", "attribution", "intensity"):
            if getattr(c, name):
                self.lines.append(f"{self.new('A')}\t{name.capitalize()} {tid} {brat_name(getattr(c, name))}")
        notes = []
        holder = _nearest(by_entity.get(c.holder_entity_id or ""), c.start)
        if holder:
            self.lines.append(f"{self.new('R')}\tHolder Arg1:{tid} Arg2:{holder}")
        elif c.holder_entity_id or c.holder_text:
            notes.append(f"holder: {c.holder_text or ''} {c.holder_entity_id or ''}".strip())
        pool = by_meeting.get(int(c.target_ref)) if c.target_kind == "meeting" and (c.target_ref or "").isdigit() \
            else by_entity.get(c.target_ref or "") if c.target_kind == "entity" else None
        target = _nearest(pool, c.start)
        if target:
            self.lines.append(f"{self.new('R')}\tTarget Arg1:{tid} Arg2:{target}")
        elif c.target_ref or c.target_text:
            notes.append(f"target: {c.target_kind or ''}:{c.target_ref or ''} {c.target_text or ''}".strip())
        if c.note:
            notes.append(f"note: {c.note}")
        if notes:
            self.note(tid, " | ".join(notes))


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

    def add(self, item) -> None:
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
