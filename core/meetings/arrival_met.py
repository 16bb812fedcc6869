"""Talks told after an arrival (ロシアのプーチン大統領は10日、北京入りした。\\n胡錦濤国家主席との会談では…): the visit
an arrival opens is kept aside while the article is read (core.meetings.arrival.with_arrivals puts it among the
mentions at the end), so the readers that take a side of talks from the visit told before them (the traveller for a
partner met alone, the visitor for the host alone, the host for the visitor alone) read those talks again once the
arrival is among the mentions, as they read the talks after a word of a visit (訪中した, 中国を訪問した)."""

from __future__ import annotations

from core.meetings.mention import MeetingMention
from core.meetings.people import host_of_the_visit
from core.meetings.traveller_met import traveller_of_the_visit
from core.meetings.visit_partner import visitor_of_the_host

# how many mentions told before a talks mention are handed to the readers (they look at a few visits before)
_BEFORE = 32


def talks_after_arrivals(body: str, mentions: list[MeetingMention], arrivals: list[MeetingMention], people) -> None:
    """Read again each talks mention with one side that an arrival kept in mentions comes before, with the mentions
    before it, the arrival among them. people: the article's actors, a SpanIndex."""
    kept = {id(m) for m in arrivals}
    seen = False
    for i, mention in enumerate(mentions):
        if id(mention) in kept:
            seen = True
            continue
        if not seen or mention.kind != "talks" or len(mention.participants) != 1 or mention.title is not None \
                or mention.cited:
            continue
        earlier = mentions[max(0, i - _BEFORE) : i]
        if not any(id(m) in kept for m in earlier):
            continue
        # (the sentence's start as the clause's: a subject or a partner anywhere before the word keeps them out)
        s_start = mention.sentence[0]
        traveller_of_the_visit(body, mention, earlier, s_start, mention.start, people)  # 北京入りした。胡主席との会談では
        if len(mention.participants) == 1:
            visitor_of_the_host(body, mention, earlier, s_start, mention.start, s_start, people)
        if len(mention.participants) == 1:
            host_of_the_visit(mention, earlier, s_start)  # ワシントンに到着した。首脳会談に臨む
