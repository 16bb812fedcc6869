"""Who a quote came from when its sentence names it apart from the subject: a statement cited
(青瓦台の発表を引用し、「…」, トーレ監督の談話として「…」) or the one it came from (桜庭選手側から「…」と抗議).
"""

from __future__ import annotations

import re

from core.claims.clauses import ASKED
from core.claims.name_shape import SETTING
from core.text import last_match

# A statement cited as the source of what follows: 青瓦台(大統領官邸)の発表を引用し、「…」と述べ;
# トーレ監督の談話として「…」と見通しを示した (the paper passes on the manager's words)
_CITING = re.compile(r"(?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{2,20}?)(?:[(（][^()（）「」]{1,12}[)）])?"
                     r"の(?:発表|声明|談話|発言|言葉|報道|コメント)(?:を引用し(?:て)?、?|として、?(?=「))")


def cited_source(body: str, people: list, s_start: int, start: int) -> tuple | None:
    """(mention, text) of the body or person whose statement the sentence cites right before the claim at start."""
    found = last_match(_CITING, body, s_start, start + 1)  # the quote mark after として is looked at
    if found is None or body[found.end():start].strip("、") or body.endswith(("という", "との", "」"), 0, found.start()):
        return None  # 「…」というヒトラーの言葉を引用し: the words cited are the quote, said again by the one citing
    inside = [m for m in people if found.start("name") <= m.start and m.end <= found.end("name")]
    if inside:  # トーレ監督: the person, not the title
        return inside[-1], body[inside[-1].start:inside[-1].end]
    return None, found.group("name").split("・")[-1]


# The one a quote came from, as a から-phrase right before it: 桜庭選手側から「…」, 別のユーザーからは「…」
# (nor a ground or a standpoint it is said from: 規定の文言から「…」と指摘, 専門家の立場から「…」と述べた)
_NOT_FROM_A_SPEAKER = re.compile(r"(?:直後|直前|以降|以来|以外|当初|時代|時点|段階|冒頭|[日年月時頃前後中上内]|"
                                 r"文言|規定|条文|記録|資料|データ|立場|観点|視点|見地|経験|根拠|事実|結果)$")
# (also people named by a group and what they are: 役員会に出席した一部の人からは「…」, 野党の議員からも「…」)
_FROM_SPEAKER = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー・A-Za-z])(?P<name>[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z]{2,16}?"
                           r"(?:の(?:人|人々|議員|出席者|関係者|幹部|委員))?)"
                           r"(?:さん|氏|選手|側|陣営|ら|たち)*から(?:は|も)?、?「")


def came_from(body: str, people: list, s_start: int, start: int, named_at: int) -> tuple | None:
    """(mention, text) of the one a quote at start came from (Xから「…」), when the holder read so far is named
    nowhere (named_at < 0) or before the clause of the から-phrase; else None. One who asks (Xから「…」と訊かれると、
    「…」) gives the answer no holder."""
    said_from = _FROM_SPEAKER.search(body, max(s_start, start - 30), start + 1)
    name = said_from.group("name") if said_from is not None else ""
    if said_from is None or _NOT_FROM_A_SPEAKER.search(name) or SETTING.search(name) \
            or ASKED.match(body, body.rfind("から", said_from.start(), said_from.end())) \
            or named_at > body.rfind("、", s_start, said_from.start()):
        return None  # the holder is named in the clause of the から-phrase: 首相は野党から…
    holder = next((m for m in people if m.start == said_from.start("name") and m.end <= said_from.end("name")), None)
    return holder, body[holder.start:holder.end] if holder is not None else said_from.group("name")
