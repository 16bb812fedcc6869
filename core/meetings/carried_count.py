"""The countries a count of countries stands for, listed in another sentence: 6か国協議が北京で再開された。協議には
日本、米国、中国、韓国、ロシア、北朝鮮の代表が出席した — the talks of six are held by the six countries the article lists
together, as many as counted (in the sentences after the word, else before it)."""

from __future__ import annotations

import re

from core.meetings.counted import count_value
from core.meetings.mention import MeetingMention, Participant

# 6か国協議, 6カ国外相会合, 3ヵ国首脳会談: a count of countries glued before the meeting word (a level between), in
# the word as read or right before it
_COUNTED = re.compile(r"(?<![0-9０-９])(?P<n>[2-9２-９二三四五六七八九])(?:か国|カ国|ヵ国|ヶ国)[\u4e00-\u9fff]{0,4}")
_GLUE = re.compile(r"(?:、|・|と|及び|および)")
_SENTENCES_AFTER = 3  # how many sentences after the word's a list may be told in
_REACH = 1500  # characters before the word a list may be told in


def countries_listed(body: str, mention: MeetingMention, countries, spans: list[tuple[int, int]]) -> None:
    """A meeting its word counts the countries of (6か国協議) with fewer sides read, none of them a person or a
    body: the list of exactly as many countries the article writes together (A、B、Cと D), the first in the word's
    sentence or the few after it, else the last before it. countries: the article's GPE mentions, a SpanIndex."""
    found = _COUNTED.search(body, max(mention.sentence[0], mention.start - 8), mention.end)
    found = found if found is not None and found.end() >= mention.end - 4 else None
    n = count_value(found["n"]) if found is not None else None
    if n is None or len(mention.participants) >= n \
            or any(not (p.entity_id or "").startswith("country:") for p in mention.participants):
        return
    s_start = mention.sentence[0]
    after = [span for span in spans if span[0] >= s_start][:_SENTENCES_AFTER + 1]
    lists = _lists(body, countries.within(s_start, after[-1][1]) if after else [], n)
    lists = [x for x in lists if x[0].start > mention.end or x[-1].end <= found.start()]
    if not lists:
        lists = _lists(body, countries.within(max(0, s_start - _REACH), s_start), n)[-1:]
    if lists:
        mention.participants = [Participant(body[m.start : m.end], m.entity_id) for m in lists[0]]


def _lists(body: str, places: list, n: int) -> list[list]:
    """The runs of exactly n distinct countries written one after another, joined by 、・と, in order."""
    runs, run = [], []
    for m in places:
        if not (m.entity_id or "").startswith("country:"):
            continue
        if run and _GLUE.fullmatch(body, run[-1].end, m.start):
            run.append(m)
            continue
        runs.append(run)
        run = [m]
    runs.append(run)
    return [r for r in runs if len(r) == n and len({m.entity_id for m in r}) == n]
