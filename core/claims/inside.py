"""A reported claim's holder is never a name written only inside the claim's own words.

また、この教団が、…を出版する意図を知っていたと認めた: 教団 is what the claim is about, the one who admits
it is the subject carried from the sentence before (ブラッシュ党首は…を認めた). …、アフガニスタンで1人の死者が
あったと報じている: the dead are the report's matter, the outlet of the claim before reports it. When the
holder read is written in the claim's span and nowhere else in its sentence, the claim takes the holder
of the claim told just before it (in its sentence or the one before), else it keeps the one read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.sentences import sentence_spans


# A sentence that goes on from the one before: its subject is the one before's, unless it names another
_GOES_ON = re.compile(r"\s*(?:また|さらに|なお|同時に|加えて|そのうえで|その上で|このほか)、?\s*")


def _sentence_index(spans: list[tuple[int, int]], at: int) -> int:
    return next((i for i, (a, b) in enumerate(spans) if a <= at < b), -1)


def _only_inside(body: str, candidate, s_start: int, s_end: int) -> bool:
    name = candidate.holder_text
    return body.find(name, candidate.start, candidate.end) >= 0 and body.find(name, s_start, candidate.start) < 0 \
        and body.find(name, candidate.end, s_end) < 0


def holders_outside(body: str, found: list) -> list:
    """found with each reported claim whose holder is named only inside its own words held by the claim before."""
    spans = sentence_spans(body)
    out = []
    for candidate in found:
        at = _sentence_index(spans, candidate.start)
        if candidate.attribution != "direct" and candidate.holder_text and at >= 0 \
                and _GOES_ON.match(body, spans[at][0], candidate.start) \
                and _only_inside(body, candidate, spans[at][0], max(spans[at][1], candidate.end)):
            before = next((c for c in reversed(out) if c.end <= candidate.start and c.holder_text
                           and _sentence_index(spans, c.start) >= at - 1), None)
            if before is not None and not _only_inside(body, before, *spans[_sentence_index(spans, before.start)]):
                candidate = replace(candidate, holder_entity_id=before.holder_entity_id, holder_text=before.holder_text)
        out.append(candidate)
    return out
