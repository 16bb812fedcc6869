"""Cross-article meeting identity in a batch: proposals blocked by who takes part, merged by the desktop rule.

Two proposals can only be one meeting when their participants, taken as
countries, are the same set (the desktop's same_people compares people or
their countries, so equal sets at the person level are equal at the country
level too); a person no registry knows counts by the stem of the name, so the
full name and the name cut short (谷川秀善, 谷川) fall in one block. Named summits are one meeting by name and date, whoever attended,
so they are blocked by their name. Inside a block the proposals are merged in
the order the desktop would import them, with core.meetings' own merge rule.

Months are not part of the block key: the desktop joins "2025-07" with
"2025-07-11" and with "2025", and an undated proposal with a dated meeting, so a
month key would split meetings the desktop keeps together. The month is a column
of the meeting, for the queries.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace

from core.meetings.merge import (
    dates_agree, day_after, kinds_fit, local_day_of, month_of_its_day, name_stem, named_alike, one_meeting, one_plan,
    one_side_told_fuller, own_date, participant_keys, places_fit, range_holds_day, range_of_words, round_of_its_month,
    round_under_way, same_keys, same_people, the_known, title_key,
)

_PLANS = ("scheduled", "proposed")
from core.meetings.mention import Participant


@dataclass
class Candidate:
    """One per-article proposal as the merge reads it."""

    article_id: str
    proposal: int
    order: tuple  # where the desktop would import it: (file, position in the file, proposal)
    kind: str
    status: str
    participants: list[Participant]
    start: str | None
    end: str | None
    precision: str | None
    date_text: str | None
    place: str | None
    place_text: str | None
    title: str | None

    def as_dict(self) -> dict:
        return {"kind": self.kind, "participants": self.participants, "start": self.start, "place": self.place,
                "title": self.title}


@dataclass
class Merged:
    """A meeting made of one or more proposals."""

    id: str
    first: Candidate
    participants: list[Participant]
    members: list[Candidate] = field(default_factory=list)


def candidate(row: dict) -> Candidate:
    """A proposals row (the Parquet table) as a merge candidate."""
    people = [Participant(**p) for p in json.loads(row["participants"] or "[]")]
    return Candidate(row["article_id"], row["proposal"], (row.get("file") or "", row.get("position") or 0,
                                                          row["proposal"]),
                     row["kind"], row["status"], people, row["start_date"], row["end_date"], row["precision"],
                     row["date_text"], row["place_entity_id"], row["place_text"], row["title"])


def block_key(row: dict, country_of) -> str:
    """The block a proposals row falls in: its name for a named summit, else its participants as countries."""
    if row["title"]:
        return "title|" + (title_key(row["title"], country_of) or "")
    people = [Participant(**p) for p in json.loads(row["participants"] or "[]")]
    # a found person by the stem of the name, so the full and the cut name fall in one block (谷川 / 谷川秀善)
    keys = sorted({str(name_stem(k)) for k in participant_keys(people, country_of, "country")})
    if not keys:  # nobody named: the desktop never merges it, a block of its own
        return f"alone|{row['article_id']}|{row['proposal']}"
    return "people|" + "|".join(keys)


def merge_block(key: str, rows: list[dict], country_of) -> tuple[list[Merged], list[dict]]:
    """The meetings of one block, merged in import order as the desktop merges them, and their series links."""
    seen_articles: dict[str, tuple] = {}
    for row in rows:  # an article imported twice (the same text) is stored once, where first met
        order = (row.get("file") or "", row.get("position") or 0)
        seen_articles[row["article_id"]] = min(order, seen_articles.get(row["article_id"], order))
    candidates = sorted((candidate(r) for r in rows if (r.get("file") or "", r.get("position") or 0)
                         == seen_articles[r["article_id"]]), key=lambda c: c.order)
    prefix = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    meetings: list[Merged] = []
    for c in candidates:
        known = _known(c, meetings, country_of)
        if known is not None and any(x.article_id == c.article_id and x.proposal != c.proposal for x in known.members):
            known = None  # another meeting of its article went there: the article told them apart (as the desktop)
        if known is None:
            known = Merged(f"{prefix}-{len(meetings)}", c, list(c.participants))
            meetings.append(known)
        else:
            if c.kind == "multilateral" or one_side_told_fuller(known.participants, c.participants, country_of):
                # more attendees, or more people of one side, as the desktop's add_participants
                have = {p.entity_id or p.name for p in known.participants}
                known.participants += [p for p in c.participants if (p.entity_id or p.name) not in have]
            # dated by a later telling, or a plan for part of a month by its day, as the desktop dates it
            if known.first.start is None and c.start or known.first.status in _PLANS and range_holds_day(
                    known.first.start, known.first.end, known.first.precision, known.first.date_text,
                    c.start, c.precision, c.date_text) or round_under_way(
                    known.first.kind, known.first.start, known.first.precision, known.first.date_text) \
                    and own_date(c.start, c.precision, c.date_text):  # a round under way, told again on its day
                known.first = replace(known.first, start=c.start, end=c.end or c.start, precision=c.precision,
                                      date_text=c.date_text, status=c.status)
            elif known.first.status in _PLANS and c.status == "held" and known.first.start == c.start \
                    and own_date(c.start, c.precision, c.date_text):  # the plan told again as held on its day
                known.first = replace(known.first, status="held")
        known.members.append(c)
    return meetings, _series(meetings, country_of)


def _known(c: Candidate, meetings: list[Merged], country_of) -> Merged | None:
    """The desktop's _known_meeting over the block's meetings so far (first created first)."""
    if c.title:
        return next((m for m in meetings if m.first.kind == "multilateral"
                     and named_alike(c.title, c.start, m.first.title, m.first.start, across=True,
                                     country_of=country_of)), None)
    keys = {p.entity_id for p in c.participants if p.entity_id}
    names = {p.name for p in c.participants if not p.entity_id}
    if not keys and not names:
        return None
    matches = []
    own = own_date(c.start, c.precision, c.date_text)
    in_words = range_of_words(c.start, c.end, c.precision, c.date_text)  # 今月中旬, 来月: part of a month
    for m in meetings:
        shares = any(p.entity_id in keys if p.entity_id else p.name in names for p in m.participants)
        f = m.first
        row_in_words = range_of_words(f.start, f.end, f.precision, f.date_text)
        # part of a month by its month, a week (来週) by no date: the day is compared below, as the desktop does
        told_start = (None if "W" in c.start else c.start[:7]) if in_words else c.start
        start = (None if "W" in f.start else f.start[:7]) if row_in_words else f.start
        by_round = round_of_its_month(c.kind, c.start, c.precision, c.date_text, f.kind, f.start, f.precision,
                                      f.date_text)
        if by_round:  # a round under way and a round on its own day: compared by their month
            told_start, start = c.start[:7], f.start[:7]
        date_ok = not told_start or not start or start.startswith(told_start) or told_start.startswith(start)
        known = {"kind": f.kind, "participants": m.participants, "start": start, "place": f.place}
        if not (shares and date_ok and one_meeting(dict(c.as_dict(), start=told_start), known, country_of)):
            if shares and _told_fuller(c, f, m.participants, country_of):
                matches.append((m, True))  # one side told with more of its people that day: the one such, or none
            continue
        if range_holds_day(c.start, c.end, c.precision, c.date_text, f.start, f.precision, f.date_text) \
                or f.status in _PLANS and range_holds_day(f.start, f.end, f.precision, f.date_text,
                                                          c.start, c.precision, c.date_text):
            matches.append((m, True))  # a plan for part of a month and its day: the one meeting there, or none
        elif one_plan(c.kind, c.status, c.participants, f.kind, f.status):
            matches.append((m, False))
        elif by_round:
            matches.append((m, True))  # the one round of those sides that month, or none
        elif bool(in_words) != bool(row_in_words):
            continue
        elif own and own_date(f.start, f.precision, f.date_text):
            matches.append((m, False))
        elif month_of_its_day(c.start, c.precision, c.date_text, f.start, f.precision, f.date_text):
            matches.append((m, True))
    found = the_known(matches, c.participants, lambda m: m[0].participants, country_of, lambda m: m[1])
    if found is None and own and not in_words:
        return _in_the_other_time(c, meetings, country_of)
    return found[0] if found else None


def _told_fuller(c: Candidate, f: Candidate, people: list[Participant], country_of) -> bool:
    """The desktop's _told_fuller: one day both give, one telling with more people of one of its sides."""
    return own_date(c.start, c.precision, c.date_text) and own_date(f.start, f.precision, f.date_text) \
        and c.start[:10] == f.start[:10] and kinds_fit(c.kind, f.kind) and places_fit(c.place, f.place, country_of) \
        and (one_side_told_fuller(c.participants, people, country_of)
             or one_side_told_fuller(people, c.participants, country_of))


def _in_the_other_time(c: Candidate, meetings: list[Merged], country_of) -> Merged | None:
    """The desktop's _told_in_the_other_time: a day in Japan time (日本時間8日未明) and the local day before it
    (7日午前), for the one meeting of the same sides, kind and place."""
    local = local_day_of(c.start, c.date_text)
    other = local or day_after(c.start)
    if other is None:
        return None
    fits = [m for m in meetings if m.first.start == other and own_date(m.first.start, m.first.precision,
                                                                         m.first.date_text)
            and (local is not None or local_day_of(m.first.start, m.first.date_text) is not None)
            and one_meeting(dict(c.as_dict(), start=other), {"kind": m.first.kind, "participants": m.participants,
                                                             "start": other, "place": m.first.place}, country_of)
            and same_keys(c.participants, m.participants, country_of)]
    return fits[0] if len(fits) == 1 else None


def _series(meetings: list[Merged], country_of) -> list[dict]:
    """Meetings of the same people on different dates: a series, earlier → later (the desktop's series links)."""
    links = []
    dated = sorted((m for m in meetings if m.first.start and len(m.participants) >= 2), key=lambda m: m.first.start)
    for i, a in enumerate(dated):
        keys = {p.entity_id for p in a.participants if p.entity_id}
        for b in dated[i + 1:]:
            others = {p.entity_id for p in b.participants if p.entity_id}
            if not keys or not others or not (keys <= others or others <= keys) or not kinds_fit(a.first.kind, b.first.kind) \
                    or dates_agree(a.first.start, b.first.start):
                continue
            if same_people(a.participants, b.participants, country_of):
                links.append({"from_id": a.id, "to_id": b.id, "relation": "series", "evidence": None,
                              "article_id": None})
    return links


def meeting_row(m: Merged, country_of) -> dict:
    """A merged meeting as a row of the meetings table."""
    f = m.first
    return {"id": m.id, "kind": f.kind, "status": f.status, "start_date": f.start, "end_date": f.end or f.start,
            "month": f.start[:7] if f.start and len(f.start) >= 7 and "W" not in f.start else None,
            "precision": f.precision, "date_text": f.date_text, "place_entity_id": f.place,
            "place_text": f.place_text, "title": f.title,
            "participants": json.dumps([vars(p) for p in m.participants], ensure_ascii=False),
            "countries": sorted({country_of(p.entity_id) for p in m.participants if p.entity_id} - {None}),
            "articles": len({c.article_id for c in m.members})}


def member_rows(m: Merged) -> list[dict]:
    """Which article's proposal each meeting is made of."""
    return [{"article_id": c.article_id, "proposal": c.proposal, "meeting_id": m.id} for c in m.members]
