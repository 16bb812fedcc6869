"""The person a cleft or a presenting sentence closes on (監督を務めるのは、…スタントン。)."""

from __future__ import annotations

import re

from core.claims.holders import title_after
from core.model import Mention


def cleft_focus(body: str, people: list, s_start: int, s_end: int) -> Mention | None:
    """The person a sentence ends on, its subject, whom 彼 next is and who speaks next with no subject: a cleft
    (監督を務めるのは、…アンドリュー・スタントン。) or a sentence that only presents them (まずは…を取り入れた楽天・
    三木谷浩史社長。, …日本代表を率いた岡田武史監督だ。), their title after the name."""
    close = s_end - 1 if body[s_end - 1] in "。\n" else s_end
    cleft = body.find("のは、", s_start, s_end) >= 0
    if not cleft and not body.endswith(("長", "氏", "督", "手", "さん", "授", "士", "領", "相", "者"), s_start,
                                       close - body.endswith("だ", s_start, close)) \
            and not (people and people[-1].end == close and people[-1].type == "PERSON"
                     and (len(people[-1].text) >= 3 or getattr(people[-1], "full_name", None)
                          or _written_longer_before(body, people[-1]))):
        # most sentences: a predicate ends them, no title nor name (two tests in C, no copy); a name alone closing it is
        # a full name or the surname of one named in full before (…出演した石井。), not two letters no one was named with
        return None
    for ending in ("である", "だ", ""):
        if body.endswith(ending, s_start, close):
            close -= len(ending)
            break
    last = next((m for m in reversed(people) if m.end <= close), None)
    if last is None or last.type != "PERSON":
        return None
    if last.end == close:
        return last if cleft or _presents(body, s_start, last.start) else None
    title = title_after(body, last.end)
    if title is None or title.end() != close or not (cleft or _presents(body, s_start, last.start)):
        return None
    return last


def _written_longer_before(body: str, mention) -> bool:
    """Whether a short name was written before as the start of a longer one (長友 after 長友佑都), not alone (荻野
    after 萩野公介: a slip of the pen, not a person the article introduced)."""
    return re.search(re.escape(mention.text) + r"[\u4e00-\u9fff\u30a1-\u30fa]", body[: mention.start]) is not None


def focus_in(body: str, people: list, start: int, end: int) -> Mention | None:
    """The person a cleft's focus [start, end) closes on, their title after them (ビクタースタジオ長の高田英男氏), or None."""
    last = next((m for m in reversed(people) if start <= m.start and m.end <= end), None)
    if last is None or last.type != "PERSON":
        return None
    title = title_after(body, last.end) if last.end < end else None
    return last if last.end == end or title is not None and title.end() == end or body[last.end:end] in ("氏", "さん") else None


def _presents(body: str, s_start: int, name_start: int) -> bool:
    """Whether the words before a name that closes its sentence describe them (…を率いた, 楽天・), with no
    subject of their own nor a quote left open: the sentence only presents the person."""
    before = body[s_start:name_start]
    return bool(before) and not _PRESENTED_NOT.search(before) and before.count("「") == before.count("」")


# A sentence closing on a name that does not present them: a topic or subject before (受賞者は田中社長, 司会は…),
# a list (AとB), a caption's left-to-right, a reading (読みは…)
_PRESENTED_NOT = re.compile(r"(?:は|が|も|と|、|：|:|左から|右から)$|(?:は|が)、")
