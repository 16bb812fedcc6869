"""Positions taken on an object (…を批判した), outside the quotes and clauses already read."""

from __future__ import annotations

import re

from core.claims.clauses import object_claims
from core.claims.reports import Told


def positions(body: str, s_start: int, s_end: int, found: list[tuple]) -> list[tuple]:
    """Positions taken on an object (…を批判した) outside the quotes and clauses already found."""
    taken = [(f[0], f[1]) for f in found]
    out = []
    for start, end, cue, cue_start, gap in object_claims(body, s_start, s_end):
        if any(a < end and start < b for a, b in taken) or any(a <= cue_start < b for a, b in taken) \
                or any(start - 4 <= b <= start and "、" not in body[b:start].replace("と、", "と") for _, b in taken):
            # …との見方を示した, 「…」と、謝罪の意を示した: read already with what was said
            continue
        inner = _REPORTED_SAYING.search(body, max(s_start, start - 40), end) if _OUTLET_TOLD.match(cue) else None
        if inner is not None and inner.end() == end and not any(a < inner.start() < b for a, b in taken):
            # AFP通信が死者は35人としたことを伝えた: AFP said it, the outlet named before told it
            out.append((inner.start("said"), inner.end("said"), inner.group("verb"), "indirect", None,
                        Told(None, inner.span("name"))))
            taken.append((inner.start("said"), end))
            continue
        out.append((start, end, cue, "position", gap))
        taken.append((start, end))
    return out


# The object of an outlet's report that is itself someone's saying: …AFP通信が死者は35人としたことを伝えた
_OUTLET_TOLD = re.compile(r"を(?:伝え|報じ)")
_REPORTED_SAYING = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z・])(?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{2,16})(?:など)?が、?"
                              r"(?P<said>[^、。「」]{2,60}?)と(?P<verb>した|している|していた|述べた|語った|発表した|明らかにした)$")
