"""A meeting told only in a cited source's headline (『国交相、…橋下知事と会談』。朝日新聞社、…) is, most often,
the meeting the article's own text tells: another outlet's telling of it. Joined to that meeting when it is the
one of a fitting kind and status that shares the most sides with the headline, so the record holds both outlets'
tellings and no second record of the same talks is proposed.

The headline's own reading is not trusted over the article's: a side misread in its few words (羽田 of 羽田の
国際ハブ空港化 taken for a person), a body written another way (東京V for ヴェルディ), a date the line before it
lends, stay out of the meeting; only its mentions join. Kept apart: a headline dated by its own words on another
day, a plan beside a held meeting, a headline naming a side the registry knows that the meeting lacks (『道とロシア側、
洋上会談』 beside the Russian minister's talks), and a headline sharing as many sides with two of the article's
meetings (前原大臣 met 橋下知事 and 森田知事: 『前原国交相が知事らと相次ぎ会談』 is either).
"""

from __future__ import annotations

from core.meetings.body_names import one_body
from core.meetings.merge import kinds_fit
from core.meetings.proposal import Proposal
from core.meetings.same_dates import dates_agree
from core.meetings.same_sides import cut_short, spelt_alike

JOINED_WHY = "a cited headline retelling the article's meeting"


def join_cited_headlines(body: str, proposals: list[Proposal]) -> list[Proposal]:
    """The proposals with each one told only in cited headlines joined to the article's meeting it retells
    (the one of a fitting kind and status sharing the most sides with it, a date of the headline's own words
    agreeing); the others as they were."""
    told = [p for p in proposals if not _cited_only(p)]
    out = [p for p in proposals]
    for cited in (p for p in proposals if _cited_only(p)):
        target = _retold(body, cited, told)
        if target is None:
            continue
        for mention in cited.mentions:
            mention.joined_by = JOINED_WHY
        target.mentions.extend(cited.mentions)
        out.remove(cited)
    return out


def _cited_only(proposal: Proposal) -> bool:
    return bool(proposal.mentions) and all(m.cited for m in proposal.mentions) and not proposal.title


def _retold(body: str, cited: Proposal, told: list[Proposal]) -> Proposal | None:
    """The one meeting of the article's text the headline tells again, or None."""
    own_day = _headline_date(body, cited)
    scored = []
    for p in told:
        if p.mentions[0].start > cited.mentions[0].start or not kinds_fit(p.kind, cited.kind) \
                or p.status != cited.status or own_day and not dates_agree(own_day, p.start):
            continue
        shared = _shared_sides(cited, p)
        if shared and not _known_side_apart(cited, p):
            scored.append((shared, p))
    if not scored:
        return None
    best = max(n for n, _ in scored)
    found = [p for n, p in scored if n == best]
    return found[0] if len(found) == 1 else None


def _headline_date(body: str, cited: Proposal) -> str | None:
    """The date the headline's own words give (『…12日に会談』), None when its date is lent from outside its
    brackets (a date of the citation before it) or there is none."""
    for mention in cited.mentions:
        date = mention.date
        if date is None:
            continue
        opened = body.rfind("『", 0, mention.start)
        closed = body.find("』", mention.end)
        if opened >= 0 and closed >= 0 and opened < date.start and date.end <= closed:
            return date.value
    return None


def _shared_sides(cited: Proposal, told: Proposal) -> int:
    """How many of the headline's sides are the meeting's: the same entity, a body with and without its legal
    form, a name cut short or spelt another way (a country is not taken for its person here: 『道とロシア側、洋上
    会談』 is not the talks of the Russian minister the article tells)."""
    keys = [p.entity_id or p.name for p in told.participants]
    return sum(1 for p in cited.participants if any(_alike(p.entity_id or p.name, k) for k in keys))


def _known_side_apart(cited: Proposal, told: Proposal) -> bool:
    """Whether the headline names a side the registry knows (a country, a region, a known person or body) that
    the meeting lacks: another meeting. A name only found in the text may be misread in a headline's few words
    or written another way (羽田 of 羽田の国際ハブ空港化, 東京V for ヴェルディ), so it does not part them."""
    keys = [p.entity_id or p.name for p in told.participants]
    return any(p.entity_id and not str(p.entity_id).startswith("found:")
               and not any(_alike(p.entity_id, k) for k in keys) for p in cited.participants)


def _alike(a: str, b: str) -> bool:
    return a == b or one_body(a, b) or cut_short(a, b) or spelt_alike(a, b)
