"""At which step a gold meeting is lost: its meeting word not found, found but dropped by detection, detected
with no side or one side read, dropped when mentions are grouped, dropped by the article's plan, or proposed
(with its sides right or not). Counts only, per part; read through bench/eval_meetings.py --steps.

Only development parts and the seeds are meant to be traced: a held part is read as its summary lines alone.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from core.dates import reference_date
from core.meeting_evaluation import gold_library, participant_gaps
from core.meetings.detect import detect_meetings
from core.meetings.propose import country_lookup, group_mentions
from core.meetings.suggest import plan_meetings
from core.meetings.triggers import TRIGGER
from core.store import open_db
from core.store.articles import detection_input
from core.store.mentions import mentions_for
from core.store.registry import load_registry

STEPS = ("no meeting word", "word found, dropped in detection", "detected, no side read", "detected, one side read",
         "dropped in grouping", "dropped by the plan", "proposed, a side missing", "proposed, an extra side",
         "proposed, sides right")


def _touches(spans, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _sides(proposal) -> list[dict]:
    """The proposal's sides as the evaluation reads them: a named meeting with nobody named stands as itself."""
    if not proposal.participants and proposal.title:
        return [{"name": proposal.title, "entity_id": None}]
    return [{"name": p.name, "entity_id": p.entity_id, "role": p.role} for p in proposal.participants]


def meeting_steps(gold: dict, seed_dir: Path | None = None, details: list | None = None) -> dict[str, int]:
    """How many gold meetings stop at each step (the furthest step any of its mentions reaches); details, when
    given, takes a line per meeting not proposed right (for development parts only)."""
    counts = dict.fromkeys(STEPS, 0)
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        names = gold_library(gold, seed_dir, path)
        db = open_db(path)
        registry = load_registry(db)
        country_of = country_lookup(registry)
        traced = {}
        for article_id, name in names.items():
            body, published, dateline = detection_input(db, article_id)
            mentions = mentions_for(db, article_id)
            reference = reference_date(published, dateline)
            detected = detect_meetings(body, mentions, reference, registry)
            grouped = group_mentions(detect_meetings(body, mentions, reference, registry), country_of, body)
            plan = plan_meetings(body, mentions, published, dateline, registry)
            traced[name] = (body, detected, grouped, plan.proposals)
        db.close()
    for g in gold["meetings"]:
        step, got = 0, []
        for x in g["mentions"]:
            if x["article"] not in traced:
                continue
            body, detected, grouped, proposals = traced[x["article"]]
            span = [(x["start"], x["end"])]
            reached = 0
            if any(_touches(span, m.start(), m.end()) for m in TRIGGER.finditer(body)):
                reached = 1
            near = [m for m in detected if _touches(span, m.start, m.end)]
            if near:
                most = max(len(m.participants) for m in near)
                reached = 2 if most == 0 else 3 if most == 1 else 4
            if any(_touches(span, m.start, m.end) for p in grouped for m in p.mentions):
                reached = max(reached, 5)
            kept = [p for p in proposals if any(_touches(span, m.start, m.end) for m in p.mentions)]
            if kept:
                gaps = [participant_gaps(g, _sides(p), country_of, registry) for p in kept]
                reached = 8 if (0, 0) in gaps else 6 if all(missing for missing, _ in gaps) else 7
                got += [[p.name for p in k.participants] for k in kept]
            elif near:
                got += [[p.name for p in m.participants] for m in near]
            step = max(step, reached)
        counts[STEPS[step]] += 1
        if details is not None and step < 8:
            want = [p["name"] for p in g["participants"]]
            details.append(f"{STEPS[step]}: {g['id']} {g['kind']} {want} {(g['mentions'] or [{}])[0].get('text')}: Kaidan {got}")
    return counts
