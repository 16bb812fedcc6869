"""Views raised by those the text names, with no verb of their own (委員各国から…異論もあった)."""

from __future__ import annotations

import re

from core.claims.raised_stances import stance_voices
from core.claims.reports import Told


# Views raised by those the text names, with no verb of their own: 委員各国から除外についての異論もあった,
# 20か国の委員から…疑問を呈する意見や富士山を称賛する声も高まった, 野党の間では…を懸念する声が根強い
_RAISED = re.compile(r"(?P<who>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・]{2,16}?)(?:から(?:は|も)?|の間(?:で|から)(?:は|も)?|の中(?:で|から)(?:は|も)?)、?"
                     r"(?P<what>[^。「」、]{0,60}?(?P<noun>声|意見|異論|反発|懸念|不満|疑問|反対論|慎重論|批判))(?:が|も)"
                     r"(?P<cue>上が|あが|出て|出た|出さ|相次|高ま|寄せられ|根強|あっ|ある)")
_RAISED_END = re.compile(r"(?:声|意見|異論|反発|懸念|不満|疑問|反対論|慎重論|批判)(?:が|も)(?:上が|あが|出|相次|高ま|寄せられ|根強|あっ|ある)")
_COUNTED = re.compile(r"(?:約|およそ)?[0-9０-９一二三四五六七八九十百千万数,，]+(?:件|人|通)")  # 約600件の意見: how many, not what
_NOISE = re.compile(r"歓声|悲鳴|どよめき|笑い声|叫び|ため息")  # 黄色い歓声, どよめきの声: a crowd's noise says nothing
_NOT_RAISED_BY = re.compile(r"(?:日|年|月|時|頃|後|前|中|今回|当初|以前|一部)$")


# Some of those the text names who hold a view: 中東専門家のなかには…と示唆する者もいる, スンニー派の政治指導者には…を疑う
# ものがいる (the verb describes them, so no other rule reads it)
_SOME_HOLD = re.compile(r"(?P<who>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・]{2,16}?)(?:の(?:なか|中|間)には|には)、?"
                        r"(?P<what>[^。「」]{4,80}?)(?P<cue>(?:と|を)(?:示唆|主張|指摘|批判|懸念|非難|疑問視|問題視|疑う|疑っている|考え|見る|みる)"
                        r"(?:する|している)?(?:者|もの|人|向き)(?:も|が)(?:いる|いた|多い|少なくない|ある))")


_SOME_END = re.compile(r"(?:者|もの|人|向き)(?:も|が)(?:いる|いた|多い|少なくない|ある)")


def some_hold(body: str, s_start: int, s_end: int, found: list[tuple]) -> list[tuple]:
    """Views held by some of those named (…のなかには…と示唆する者もいる), outside the claims already read."""
    if body.find("には", s_start, s_end) < 0 or _SOME_END.search(body, s_start, s_end) is None:
        return []
    out = []
    for match in _SOME_HOLD.finditer(body, s_start, s_end):
        start, end = match.span("what")
        if not any(a < end and start < b for a, b, *_ in found) and not _NOT_RAISED_BY.search(match.group("who")):
            out.append((start, end, match.group("cue"), "indirect", None, Told(None, match.span("who"))))
    return out


def raised_views(body: str, s_start: int, s_end: int, found: list[tuple]) -> list[tuple]:
    """Views the sentence says were raised by those it names (…から…異論もあった), outside the claims already read:
    (start, end, cue, "indirect", None, Told(None, who)). A view with no content of its own (歓声, 不満の声, 約600件の
    意見) is none."""
    out = []
    some = _RAISED_END.search(body, s_start, s_end) is not None and (body.find("から", s_start, s_end) >= 0 or body.find(
        "の間", s_start, s_end) >= 0 or body.find("の中", s_start, s_end) >= 0)  # most sentences: neither, read in C
    for match in _RAISED.finditer(body, s_start, s_end) if some else ():
        start, end = match.span("what")
        if match.start("noun") - start < 5 or _COUNTED.match(body, start) or _NOISE.search(match.group("what")) \
                or _NOT_RAISED_BY.search(match.group("who")) or any(a < end and start < b for a, b, *_ in found) \
                or body.count("「", s_start, start) > body.count("」", s_start, start):
            continue
        out.append((start, end, match.group("noun") + "が" + match.group("cue"), "indirect", None,
                    Told(None, match.span("who"))))
    out = out + some_hold(body, s_start, s_end, found + out)
    return out + stance_voices(body, s_start, s_end, found + out)  # 政界では、反対の声もあがっている: the stance alone
