"""Cross-article meeting identity in a batch: proposals blocked by who takes part, merged by the desktop's rule.

Two proposals can only be one meeting when their participants, taken as
countries, are the same set (the desktop's same_people compares people or
their countries, so equal sets at the person level are equal at the country
level too; a meeting told by its countries, 日中首脳会談, falls in the block of
its people); a person no registry knows counts by the country of the known
people written with the stem of the name (岸田 and 岸田文雄), else by the stem
(谷川秀善, 谷川). Named summits are one meeting by name and date, whoever
attended, so they are blocked by their name. Inside a block the proposals are
merged in the order the desktop would import them, by the one rule both use
(core.meetings.known): which record a telling is, and what the record learns.

Months are not part of the block key: the desktop joins "2025-07" with
"2025-07-11" and with "2025", and an undated proposal with a dated meeting, so a
month key would split meetings the desktop keeps together. The month is a column
of the meeting, for the queries."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from core.meetings.known import tell_known
from core.meetings.known_learns import dates_learnt, people_learnt
from core.meetings.known_record import Known
from core.meetings.meeting_names import title_key
from core.meetings.same_sides import name_stem, participant_keys, same_people
from core.meetings.series import series_pair
from core.meetings.mention import Participant


@dataclass
class Candidate:
    """One per-article proposal as the merge reads it (the fields of core.meetings.proposal.Proposal)."""

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
    level: str | None = None  # the level its words tell (日中首脳会談: heads)
    levels: frozenset = frozenset()  # the levels its mentions' words name (core.meetings.known.levels_told)
    reported: str | None = None  # the day of its article's report (core.meetings.merge.plans_of_one_time)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "participants": self.participants, "start": self.start, "place": self.place,
                "title": self.title}


@dataclass
class Merged:
    """A meeting made of one or more proposals: its record as the merge rule reads it (known), grown as the
    desktop's record grows."""

    id: str
    first: Candidate
    known: Known
    members: list[Candidate] = field(default_factory=list)

    @property
    def participants(self) -> list[Participant]:
        return self.known.participants


def candidate(row: dict) -> Candidate:
    """A proposals row (the Parquet table) as a merge candidate."""
    people = [Participant(**p) for p in json.loads(row["participants"] or "[]")]
    return Candidate(row["article_id"], row["proposal"], (row.get("file") or "", row.get("position") or 0,
                                                          row["proposal"]),
                     row["kind"], row["status"], people, row["start_date"], row["end_date"], row["precision"],
                     row["date_text"], row["place_entity_id"], row["place_text"], row["title"],
                     row.get("level"), frozenset(row.get("levels") or ()), row.get("reported"))


def block_key(row: dict, country_of) -> str:
    """The block a proposals row falls in: its name for a named summit, else its participants as countries.

    Every telling the merge rule may join falls in one block: people and their countries (日中首脳会談 and 石破首相…
    習主席) by their countries; a found person by the country of the registry's people written with that name's
    stem (岸田 → 岸田文雄: Japan), else by the stem itself (谷川 / 谷川秀善), so a family name alone meets the known
    person another outlet named in full."""
    if row["title"]:
        return "title|" + (title_key(row["title"], country_of) or "")
    people = [Participant(**p) for p in json.loads(row["participants"] or "[]")]
    keys = sorted({_blocked_as(k, country_of) for k in participant_keys(people, country_of, "country")})
    if not keys:  # nobody named: the desktop never merges it, a block of its own
        return f"alone|{row['article_id']}|{row['proposal']}"
    return "people|" + "|".join(keys)


def _blocked_as(key: str, country_of) -> str:
    """A country-level key as its block reads it: a found person by the one country of the known people whose
    written names share the name's stem, else by the stem."""
    stem = str(name_stem(key))
    if stem == key and not str(key).startswith("found:PERSON:"):
        return str(key)
    registry = getattr(country_of, "registry", None)
    countries = _stem_countries(registry, country_of).get(stem, ()) if registry is not None else ()
    return next(iter(countries)) if len(countries) == 1 else stem


_STEMS: dict = {}


def _stem_countries(registry, country_of) -> dict[str, set[str]]:
    """The stems of the known people's written names (name_stem of each as a found person) → their countries."""
    index = _STEMS.get(id(registry))
    if index is None or index[0] is not registry:
        stems: dict[str, set[str]] = {}
        for entity in registry.entities.values():
            country = country_of(entity.id) if entity.type == "PERSON" else None
            if not country:
                continue
            for surface in {entity.name, entity.attributes.get("full") or "", *entity.aliases}:
                if surface:
                    stems.setdefault(str(name_stem("found:PERSON:" + surface)), set()).add(country)
        index = _STEMS[id(registry)] = (registry, stems)
    return index[1]


def merge_block(key: str, rows: list[dict], country_of) -> tuple[list[Merged], list[dict]]:
    """The meetings of one block, merged in import order by the desktop's rule (core.meetings.known), and their
    series links."""
    seen_articles: dict[str, tuple] = {}
    for row in rows:  # an article imported twice (the same text) is stored once, where first met
        order = (row.get("file") or "", row.get("position") or 0)
        seen_articles[row["article_id"]] = min(order, seen_articles.get(row["article_id"], order))
    candidates = sorted((candidate(r) for r in rows if (r.get("file") or "", r.get("position") or 0)
                         == seen_articles[r["article_id"]]), key=lambda c: c.order)
    prefix = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    meetings: list[Merged] = []
    for c in candidates:
        # a record another meeting of its article went to is not this one: the article told them apart
        taken = {n for n, m in enumerate(meetings)
                 if any(x.article_id == c.article_id and x.proposal != c.proposal for x in m.members)}
        known, by_countries = tell_known(c, [m.known for m in meetings], country_of, taken)
        if known is None:
            made = Known(len(meetings), c.kind, c.status, list(c.participants), c.start, c.end or c.start,
                         c.precision, c.date_text, c.place, c.title, set(c.levels), c.reported)
            merged = Merged(f"{prefix}-{len(meetings)}", c, made)
            meetings.append(merged)
        else:
            merged = meetings[known.id]
            known.participants += people_learnt(known, c, by_countries, country_of)
            for name, value in dates_learnt(known, c).items():
                setattr(known, name, value)
            known.levels |= c.levels
            known.reported = max(filter(None, (known.reported, c.reported)), default=None)
        merged.members.append(c)
    return meetings, _series(meetings, country_of)


def _series(meetings: list[Merged], country_of) -> list[dict]:
    """Meetings of the same people on different dates: a series, earlier → later (the desktop's series links)."""
    links = []
    dated = sorted((m for m in meetings if m.known.start and len(m.participants) >= 2), key=lambda m: m.known.start)
    for i, a in enumerate(dated):
        keys = {p.entity_id for p in a.participants if p.entity_id}
        for b in dated[i + 1:]:
            others = {p.entity_id for p in b.participants if p.entity_id}
            if not keys or not others or not (keys <= others or others <= keys) \
                    or not series_pair(a.known.kind, a.known.status, a.known.start,
                                       b.known.kind, b.known.status, b.known.start):
                continue
            if same_people(a.participants, b.participants, country_of):
                links.append({"from_id": a.id, "to_id": b.id, "relation": "series", "evidence": None,
                              "article_id": None})
    return links


def meeting_row(m: Merged, country_of) -> dict:
    """A merged meeting as a row of the meetings table."""
    f = m.known
    return {"id": m.id, "kind": f.kind, "status": f.status, "start_date": f.start, "end_date": f.end or f.start,
            "month": f.start[:7] if f.start and len(f.start) >= 7 and "W" not in f.start else None,
            "precision": f.precision, "date_text": f.date_text, "place_entity_id": f.place,
            "place_text": m.first.place_text, "title": f.title,
            "participants": json.dumps([vars(p) for p in m.participants], ensure_ascii=False),
            "countries": sorted({country_of(p.entity_id) for p in m.participants if p.entity_id} - {None}),
            "articles": len({c.article_id for c in m.members})}


def member_rows(m: Merged) -> list[dict]:
    """Which article's proposal each meeting is made of."""
    return [{"article_id": c.article_id, "proposal": c.proposal, "meeting_id": m.id} for c in m.members]
