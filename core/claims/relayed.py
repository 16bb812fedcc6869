"""An outlet's report relayed by another outlet: the first tells it, the second passes it on.

日本経済新聞は共同通信電として、…被害が出たと伝えた; 読売新聞は、AFP通信からの情報として、…「…」と報じた;
産経新聞は韓国メディアの報道として、…と報じた: the report is the outlet named before として (共同通信, AFP通信), the
one that tells it is `via`, and the words before として are no part of the claim. A person's remark so relayed
(…運輸相の発言として、…と伝えた), or a body's information (国防省からの情報として), stays the telling outlet's claim
with that person or body `via`, as what an outlet learnt from a source named (the claims gold's ninth draw); a place
the report came from (マニラからの報道として) changes no holder.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.claims.reports import outlet_verb
from core.claims.report_tellers import is_outlet
from core.sentences import LONGEST
from core.text import stop_start

# The relayed source and the way it came: 共同通信電, AFP通信からの情報, ファクト紙の報道, 運輸相の発言
_RELAYED = re.compile(r"(?P<name>[\u30a1-\u30faー・A-Za-z0-9\u4e00-\u9fff]{2,24}?)(?:など)?"
                      r"(?P<way>電|からの情報|からの報道|の報道|の記事|のニュース|の発言)として、?")
_REMARK = "の発言"
_OUTLET_END = re.compile(r"(?:紙|通信|テレビ|放送|新聞|電)$")


def _source(mentions: list, start: int, end: int):
    """The mention that ends where the relayed source's name ends, or None."""
    return next((m for m in mentions if m.end == end and m.start >= start - 24 and m.start < end), None)


def relayed(body: str, mentions: list, found: list, registry=None) -> list:
    """found with each outlet's report relayed from another source held and spanned as that source's."""
    out = []
    for candidate in found:
        if not outlet_verb(candidate.cue):
            out.append(candidate)
            continue
        s_start = stop_start(body, candidate.start, LONGEST)
        match = None
        for match in _RELAYED.finditer(body, s_start, min(candidate.end, candidate.start + 40)):
            pass  # the last source relayed before the claim's words, or opening them
        inside = match is not None and candidate.start <= match.start()
        if match is None or not inside and match.end() > candidate.start:
            out.append(candidate)
            continue
        start = match.end() if inside else candidate.start
        if start >= candidate.end - 1:
            out.append(candidate)
            continue
        teller = {"entity_id": candidate.holder_entity_id, "text": candidate.holder_text or ""}
        source = _source(mentions, match.start("name"), match.end("name"))
        name = source.text if source is not None else match.group("name")
        entity = registry.get(source.entity_id) if registry is not None and source is not None else None
        kind = entity.attributes.get("kind") if entity is not None else None
        outlet = is_outlet(name, kind) or _OUTLET_END.search(name) is not None
        if match.group("way") == _REMARK or not outlet:
            named = match.group("way") == _REMARK or source is not None and source.type in ("ORG", "PERSON")
            via = candidate.via + [{"entity_id": source.entity_id if source is not None else None, "text": name}] \
                if named else candidate.via
            candidate = replace(candidate, start=start, text=body[start : candidate.end], via=via)
            told = candidate.via[0] if candidate.via else None
            if told is not None and told["text"] != name and (candidate.holder_text == name or source is not None
                                                              and candidate.holder_entity_id == source.entity_id):
                # イタリアの報道機関は、ムスリム関係者の発言として「…」という評を伝えている: the outlet's, the remark's
                # speaker via, though the quote was read as the speaker's with the outlet passing it on
                candidate = replace(candidate, holder_entity_id=told["entity_id"], holder_text=told["text"],
                                    via=[v for v in candidate.via if v is not told])
        elif candidate.holder_text or candidate.holder_entity_id:
            candidate = replace(candidate, start=start, text=body[start : candidate.end],
                                holder_entity_id=source.entity_id if source is not None else None, holder_text=name,
                                via=[teller] + candidate.via)
        out.append(candidate)
    return out
