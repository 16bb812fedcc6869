"""W3C Web Annotation (JSON-LD): each annotation targets its text by quote and by position.

TextPositionSelector counts code points, as the Web Annotation model specifies,
so the offsets are Kaidan's own; TextQuoteSelector lets tools re-anchor on changed text.
The texts themselves travel in sources.jsonld (one Text resource per article, its
body in `value`), so the selectors can be applied without the library.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from core.export.context import ExportContext, Writer
from core.model import Article

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# The compact IRI expands to oa:assessing whatever copy of the anno context a reader holds (one
# that lacked the bare "assessing" term read it as a relative IRI).
ASSESSING = "oa:assessing"
AFFIX = 32  # characters of prefix and suffix kept for re-anchoring


def source_iri(row: Article) -> str:
    """The article's IRI: its web address when it has an absolute one, else a Kaidan URN of its content."""
    url = (row.url or "").strip()
    if url.startswith(("http://", "https://")) and not any(c.isspace() for c in url):
        return url
    return f"urn:kaidan:article:{row.content_hash}"


def source_resource(row: Article) -> dict:
    """The article as a Text resource carrying its body, which every selector on it counts into."""
    return {"id": source_iri(row), "type": "Text", "format": "text/plain", "language": "ja", "value": row.body}


def agent(name: str | None, origin: str | None) -> dict:
    """The creator as an Agent object with an absolute IRI (a bare string would expand to a relative one)."""
    if name:
        return {"id": f"urn:kaidan:annotator:{quote(name, safe='')}", "type": "Person", "nickname": name}
    who = origin or "kaidan"
    return {"id": f"urn:kaidan:software:{quote(who, safe='')}", "type": "Software", "name": f"Kaidan {who}"}


def target(row: Article, start: int, end: int) -> dict:
    body = row.body
    return {"source": source_iri(row), "selector": [
        {"type": "TextQuoteSelector", "exact": body[start:end], "prefix": body[max(0, start - AFFIX):start],
         "suffix": body[end:end + AFFIX]},
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]}


def tag(value: str, purpose: str = "tagging") -> dict:
    return {"type": "TextualBody", "value": value, "purpose": purpose}


def annotations(item, registry) -> list[dict]:
    row, out = item.row, []
    for m in item.entities():
        bodies = [tag(m.type, "classifying")]
        if m.entity_id:
            entity = registry.get(m.entity_id)
            bodies.append(tag(entity.name if entity else m.entity_id, "identifying")
                          | {"id": f"urn:kaidan:entity:{m.entity_id}"})
        out.append({"id": f"urn:kaidan:mention:{row.content_hash[:16]}:{m.start}-{m.end}",
                    "type": "Annotation", "motivation": "classifying", "body": bodies,
                    "target": target(row, m.start, m.end), "creator": agent(m.annotator, m.origin)})
    for c in item.accepted_claims():
        bodies = [tag("claim", "classifying")]
        if c.stance:
            bodies.append(tag(f"stance:{c.stance}"))
        if c.holder_entity_id or c.holder_text:
            bodies.append(tag(f"holder:{c.holder_entity_id or c.holder_text}"))
        if c.target_ref or c.target_text:
            bodies.append(tag(f"target:{c.target_kind or 'text'}:{c.target_ref or c.target_text}"))
        if c.note:
            bodies.append(tag(c.note, "commenting"))
        out.append({"id": f"urn:kaidan:claim:{row.content_hash[:16]}:{c.start}-{c.end}",
                    "type": "Annotation", "motivation": ASSESSING, "body": bodies,
                    "target": target(row, c.start, c.end), "creator": agent(c.annotator, c.origin),
                    "created": c.created})
    for m in item.meeting_mentions:
        if m.state != "rejected" and m.meeting_id is not None:
            out.append({"id": f"urn:kaidan:meeting-mention:{row.content_hash[:16]}:{m.start}-{m.end}",
                        "type": "Annotation", "motivation": "linking",
                        "body": {"id": f"urn:kaidan:meeting:{m.meeting_id}"},
                        "target": target(row, m.start, m.end)})
    return out


class W3cWriter(Writer):
    """annotations.jsonld: one AnnotationCollection whose page lists every annotation (streamed); sources.jsonld the texts."""

    def __init__(self, ctx: ExportContext) -> None:
        super().__init__(ctx)
        self.sources = self.files.open("sources.jsonld")
        self.sources.write(f'{{"@context": "{CONTEXT}", "@graph": [\n')
        self.first_source = True
        self.out = self.files.open("annotations.jsonld")
        head = {"@context": CONTEXT, "id": "urn:kaidan:export", "type": "AnnotationCollection",
                "label": "Kaidan annotations"}
        self.out.write(json.dumps(head, ensure_ascii=False)[:-1] + ',\n"first": {"type": "AnnotationPage", "items": [\n')
        self.first = True

    def add(self, item) -> None:
        self.sources.write(("" if self.first_source else ",\n") + json.dumps(source_resource(item.row), ensure_ascii=False))
        self.first_source = False
        self.files.count("sources.jsonld")
        for annotation in annotations(item, self.ctx.registry):
            self.out.write(("" if self.first else ",\n") + json.dumps(annotation, ensure_ascii=False))
            self.first = False
            self.files.count("annotations.jsonld")

    def finish(self) -> dict[str, int]:
        self.out.write("\n]}}\n")
        self.sources.write("\n]}\n")
        return super().finish()
