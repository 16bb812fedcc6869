"""At which step a gold meeting is lost: its meeting word not found, found but dropped by detection (a gate),
detected with no side or one side read, dropped when mentions are grouped, dropped by the article's plan, or
proposed with a side missing, a side named at the wrong level (a country for its person, a person for their
country), an extra side, the sides right but the date missing, coarser than the text or on another day, or found
right. Counts per part: bench/eval_meetings.py --why (any part; counts only) and --steps (development parts and the
seeds, with a line per meeting under --details).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from bench.side_reasons import unread_reasons
from core.dates import reference_date
from core.meeting_agreement import date_right, unmatched_sides
from core.meeting_gold_library import scratch_gold_library
from core.meetings import gate, word, word_kept, word_title
from core.meetings.country_of import country_lookup
from core.meetings.detect import detect_meetings
from core.meetings.propose import group_mentions
from core.meetings.plan import plan_meetings
from core.meetings.triggers import TRIGGER
from core.store.articles import detection_input
from core.store.mentions import mentions_for
from core.store.registry import load_registry
from core.text import fold

STEPS = ("no meeting word", "word found, dropped in detection", "detected, no side read", "detected, one side read",
         "dropped in grouping", "dropped by the plan", "proposed, a side missing", "proposed, a side of the wrong kind",
         "proposed, an extra side", "proposed, sides right, date missing", "proposed, sides right, date coarser",
         "proposed, sides right, date on another day", "found right")
_PROPOSED = STEPS.index("proposed, a side missing")
_DROPPED = STEPS.index("word found, dropped in detection")

# the functions whose return tells why a meeting word was dropped, and what return means "dropped"
_GATES = {
    gate.word_not_a_meeting.__code__: lambda v: v is True,
    word.meeting_word.__code__: lambda v: v is None,
    word_title.a_sitting_of_its_own.__code__: lambda v: bool(v),
    word_kept.left_unkept.__code__: lambda v: v is not None,
}


def traced_detection(body, mentions, reference, registry) -> tuple[list, dict[int, list[str]]]:
    """detect_meetings, with each meeting word's drop: word start → ["function:line", ...]."""
    drops: dict[int, list[str]] = {}

    def local(frame, event, arg):
        if event == "return" and _GATES[frame.f_code](arg):
            match = frame.f_locals.get("match")
            if match is None and "w" in frame.f_locals:
                match = frame.f_locals["w"].match
            if match is None and "word" in frame.f_locals:
                match = frame.f_locals["word"].match
            if match is not None and not (frame.f_code is word.meeting_word.__code__ and drops.get(match.start())):
                # (meeting_word returns None after the gate inside it that dropped the word: that gate is named)
                drops.setdefault(match.start(), []).append(f"{frame.f_code.co_name}:{frame.f_lineno}")
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code in _GATES else None

    sys.settrace(tracer)
    try:
        detected = detect_meetings(body, mentions, reference, registry)
    finally:
        sys.settrace(None)
    return detected, drops


def touches(spans, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _sides(proposal) -> list[dict]:
    """The proposal's sides as the evaluation reads them: a named meeting with nobody named stands as itself."""
    if not proposal.participants and proposal.title:
        return [{"name": proposal.title, "entity_id": None}]
    return [{"name": p.name, "entity_id": p.entity_id, "role": p.role} for p in proposal.participants]


def meeting_steps(gold: dict, seed_dir: Path | None = None, details: list | None = None,
                  sides: Counter | None = None, gates: Counter | None = None,
                  reasons: Counter | None = None) -> dict[str, int]:
    """How many gold meetings stop at each step (the furthest step any of its mentions reaches); details, when
    given, takes a line per meeting not proposed right (for development parts only); sides, when given, counts
    the sides missing from the meetings proposed with a side missing or detected with none, by where_missing;
    gates, when given, counts the meetings whose word was dropped in detection by the gate that dropped it
    (function:line, "after reading" when none of the traced gates did); reasons, when given (with sides), counts
    the classes of those missing sides that an entity mention covers (bench/side_reasons.py)."""
    counts = dict.fromkeys(STEPS, 0)
    with scratch_gold_library(gold, seed_dir) as (names, db):
        registry = load_registry(db)
        country_of = country_lookup(registry)
        traced = {}
        for article_id, name in names.items():
            body, published, dateline = detection_input(db, article_id)
            mentions = mentions_for(db, article_id)
            reference = reference_date(published, dateline)
            if gates is None:
                detected, drops = detect_meetings(body, mentions, reference, registry), {}
            else:
                detected, drops = traced_detection(body, mentions, reference, registry)
            # grouping marks what it reads on the mentions (day written, joined by), never their spans or sides
            grouped = group_mentions(detected, country_of, body)
            plan = plan_meetings(body, mentions, published, dateline, registry)
            traced[name] = (body, detected, grouped, plan.proposals, mentions, drops)
    for g in gold["meetings"]:
        step, got, lacking_at, dropped_by = 0, [], None, set()
        for x in g["mentions"]:
            if x["article"] not in traced:
                continue
            body, detected, grouped, proposals, mentions, drops = traced[x["article"]]
            span = [(x["start"], x["end"])]
            reached = 0
            words = [m for m in TRIGGER.finditer(body) if touches(span, m.start(), m.end())]
            if words:
                reached = 1
                dropped_by.update(d for m in words for d in drops.get(m.start(), []))
            near = [m for m in detected if touches(span, m.start, m.end)]
            if near:
                most = max(len(m.participants) for m in near)
                reached = 2 if most == 0 else 3 if most == 1 else 4
                if reached == 2 and sides is not None and lacking_at is None:
                    lacking_at = (g["participants"], body, x, mentions, [])
            if any(touches(span, m.start, m.end) for p in grouped for m in p.mentions):
                reached = max(reached, 5)
            kept = [p for p in proposals if any(touches(span, m.start, m.end) for m in p.mentions)]
            if kept:
                reached = max(_proposed_step(g, p, country_of, registry) for p in kept)
                best = min(kept, key=lambda p: len(unmatched_sides(g, _sides(p), country_of, registry)[0]))
                if reached == _PROPOSED and sides is not None:
                    lacking_at = (unmatched_sides(g, _sides(best), country_of, registry)[0], body, x, mentions,
                                  _sides(best))
                got += [[p.name for p in k.participants] for k in kept]
            elif near:
                got += [[p.name for p in m.participants] for m in near]
            step = max(step, reached)
        counts[STEPS[step]] += 1
        if gates is not None and step == _DROPPED:
            gates.update(sorted(dropped_by) or ["after reading"])
        if sides is not None and step in (2, _PROPOSED) and lacking_at:
            lacking, body, x, mentions, theirs = lacking_at
            by_hint = {_hint_key(p): p for p in g["participants"]}
            lacking = [by_hint.get(side, {"entity_hint": side}) if isinstance(side, str) else side for side in lacking]
            sides.update(STEPS[step] + ": " + where_missing(side, body, x["start"], mentions) for side in lacking)
            if reasons is not None:
                reasons.update(r for side in lacking for r in unread_reasons(
                    side, body, x["start"], mentions, theirs, lambda s: _country(s, country_of, registry)))
        if details is not None and step < len(STEPS) - 1:
            want = [p["name"] for p in g["participants"]]
            details.append(f"{STEPS[step]}: {g['id']} {g['kind']} {want} {(g['mentions'] or [{}])[0].get('text')}: Kaidan {got}")
    return counts


SIDE_PLACES = ("name written in the mention's sentence", "name written elsewhere in the article",
               "name not written as the gold writes it")


def where_missing(side: dict, body: str, at: int, mentions) -> str:
    """A missing side described without showing it: where its name is written (the mention's sentence,
    elsewhere, nowhere as written), and the type of Kaidan's entity mention covering it there, if any."""
    name = side.get("name") or ""
    sentence_start = max(body.rfind("。", 0, at), body.rfind("\n", 0, at)) + 1
    ends = [i for i in (body.find("。", at), body.find("\n", at)) if i >= 0]
    sentence_end = min(ends) if ends else len(body)
    spots = [m.start() for m in re.finditer(re.escape(name), body)] if name else []
    if not spots:
        return SIDE_PLACES[2]
    near = [s for s in spots if sentence_start <= s < sentence_end]
    covering = [m.type for s in (near or spots) for m in mentions
                if m.type != "DATE" and (m.start <= s < m.end or s <= m.start < s + len(name))]
    mention = f"a {covering[0]} mention there" if covering else "no entity mention there"
    return f"{SIDE_PLACES[0] if near else SIDE_PLACES[1]}, {mention}"


def _hint_key(side: dict) -> str | None:
    key = side.get("entity_hint") or side.get("entity_id")
    return f"country:{key}" if key and len(key) == 2 and key.isupper() else key


def _country(side, country_of, registry) -> str | None:
    """The country a side is or belongs to: a gold side by its hint or its name in the registry, Kaidan's by its entity."""
    if isinstance(side, str):
        return side if side.startswith("country:") else None
    key = side.get("entity_id") or side.get("entity_hint")
    if key and len(key) == 2 and key.isupper():
        return f"country:{key}"
    if not key:
        key = next(iter(registry.named(fold(side.get("name") or "")) or []), None)
    return country_of(key) if key else None


def _proposed_step(gold_meeting: dict, proposal, country_of, registry) -> int:
    """How far a proposal touching the gold meeting's mentions gets: its sides, then its date."""
    lacking, extra = unmatched_sides(gold_meeting, _sides(proposal), country_of, registry)
    if lacking:
        theirs = {_country(k, country_of, registry) for k in extra} - {None}
        wrong_level = any(_country(g, country_of, registry) in theirs for g in lacking)
        return _PROPOSED + (1 if wrong_level else 0)
    if extra:
        return _PROPOSED + 2
    if date_right(proposal.start, gold_meeting):
        return len(STEPS) - 1
    if not proposal.start:
        return _PROPOSED + 3
    start, precision = gold_meeting["start"], gold_meeting.get("precision") or "day"
    coarser = len(proposal.start) < min(len(start), 10) or (len(proposal.start) < 10 and precision in
                                                           ("day", "part_of_day", "days", "week"))
    inside = start.startswith(proposal.start) or proposal.start.startswith(start[:len(proposal.start)])
    return _PROPOSED + (4 if coarser and inside else 5)
