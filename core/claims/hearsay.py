"""What a person told, written as hearsay (…によると、…という): the source holds it."""

from __future__ import annotations

import re

from core.claims.holders import NOT_A_HOLDER, SPEAKER_END, title_after
from core.claims.reports import OUTLET_NAME, SHORT_OUTLET
from core.claims.sources import VIA
from core.scan import skipping


# …と判断したという: the source tells that someone (the subject carried over) judged it; the source holds nothing
HEARSAY_OF = re.compile(r"(?:など)?と[^、。「」]{0,12}?(?:た|ている|ていた)(?:のだ|そうだ)?という[。、]")
_HEARSAY_END = re.compile(r"(?:のだ|だ)?(?:という|と言う)。?$")
_HEARSAY_END = skipping(_HEARSAY_END)  # core.scan's skipping twin: the same matches


def hearsay(body: str, people: list, s_start: int, s_end: int) -> list[tuple]:
    """What a person told, written as hearsay: ハッダド教育相によると、…を行うという。 (an outlet's …という is its report)."""
    end = s_end - 1 if body[s_end - 1] == "。" else s_end
    tail = _HEARSAY_END.search(body, s_start, s_end)
    if tail is None:
        return []
    for mention in people:
        title = title_after(body, mention.end) if mention.type == "PERSON" else None
        via = VIA.match(body, title.end() if title else mention.end)
        if mention.type == "PERSON" and via and via.group(0) and tail.start() - via.end() >= 6:
            return [(via.end(), min(tail.start(), end), "という", "indirect", None)]
    # a body or people named as the source (人権団体によれば、…たという, 関係者によると、…予定だという): the source's claim
    for via in VIA.finditer(body, s_start, tail.start()):
        if not via.group(0) or tail.start() - via.end() < 6 or "によると" not in via.group(0) and "によれば" not in via.group(0):
            continue
        begin = max(s_start, body.rfind("、", s_start, via.start()) + 1)
        source = _SOURCE.fullmatch(body, begin, via.start())
        if source is None or body.count("「", s_start, via.start()) != body.count("」", s_start, via.start()):
            continue
        name = source.group("name")
        if OUTLET_NAME.search(name) or SHORT_OUTLET.match(name):
            continue  # 時事通信によると、…死亡したという: an outlet's hearsay tells an event, nobody's claim
        if not SPEAKER_END.search(name) or NOT_A_HOLDER.search(name) or name.startswith("同") \
                or any(m.start < via.start() and source.start("name") < m.end for m in people):
            continue  # JR西日本によると、…置かれていたという: a body named tells the event, as an outlet does
        return [(via.end(), min(tail.start(), end), "という", "indirect", source.span("name"))]
    return []


# The source a hearsay sentence names, right before によると: 人権団体, 同新聞, ロイター通信 (after a comma or the start)
_SOURCE = re.compile(r"(?:また|さらに)?(?P<name>[^、。「」はがをにでと\n]{2,16})")
