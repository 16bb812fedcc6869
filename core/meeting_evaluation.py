"""Scoring Kaidan's meeting proposals against a hand-made list of meetings and links.

The gold's library is built in a scratch folder (core.meeting_gold_library), each proposal is compared with the gold
mention by mention (core.meeting_agreement), and this module counts: meetings found right, proposals real,
wrong merges with the evidence that joined them, links.
"""

from __future__ import annotations

from pathlib import Path

from core.meeting_agreement import (MISS_REASONS, date_right, miss_reasons, named_sides, participant_key,
                                    participants_right)
from core.meeting_gold_library import scratch_gold_library
from core.meeting_link_evaluation import score_links
from core.meetings.country_of import country_lookup
from core.meetings.plan import plan_meetings
from core.store.articles import detection_input
from core.store.meetings import link_records, meeting_records
from core.store.mentions import mentions_for
from core.store.registry import load_registry


def evaluate_meetings(gold: dict, seed_dir: Path | None = None) -> dict:
    """Import the seeds (or the gold's own articles) into a scratch library, propose, and compare."""
    across: dict = {}
    with scratch_gold_library(gold, seed_dir, across) as (names, db):
        registry = load_registry(db)
        country_of = country_lookup(registry)
        predicted = meeting_records(db)
        links = link_records(db)
        joins = join_reasons(db, names, registry)
    return score(gold, predicted, links, names, country_of, registry, joins, across)


def join_reasons(db, names: dict[int, str], registry) -> dict[tuple, str]:
    """(article, start, end) → why that meeting mention joined one told before in its article, planned
    again as the import planned it (the library keeps the meetings, not why their mentions are one)."""
    out = {}
    for article_id, name in names.items():
        body, published, dateline = detection_input(db, article_id)
        plan = plan_meetings(body, mentions_for(db, article_id), published, dateline, registry)
        out.update({(name, m.start, m.end): m.joined_by for p in plan.proposals for m in p.mentions if m.joined_by})
    return out


def merge_evidence(kaidan_spans: set, joins: dict[tuple, str], across: list[str] | None = None) -> list[str]:
    """What joined a Kaidan meeting's mentions into one: the reason of each mention that joined one
    told before in its article, and "across articles" when it holds mentions of several, with the reason each
    later article's telling gave (across: "article: why", core.meetings.known.tell_known_why)."""
    reasons = sorted({joins[span] for span in kaidan_spans if span in joins})
    if len({article for article, _, _ in kaidan_spans}) > 1:
        whys = sorted({line.split(": ", 1)[-1] for line in across or ()})
        reasons += [f"across articles by {why}" for why in whys] or ["across articles"]
    return reasons or ["one mention"]


def score(gold: dict, predicted: list[dict], links: list[dict], names: dict[int, str], country_of, registry,
          joins: dict[tuple, str] | None = None, across: dict | None = None) -> dict:
    """The issue's measures: found right, proposals real, wrong merges (with the evidence that joined each),
    links."""
    joins, across = joins or {}, across or {}
    spans = {m["id"]: {(names[x["article_id"]], x["start"], x["end"]) for x in m["mentions"]} for m in predicted}

    def overlapping(gold_meeting) -> list[dict]:
        wanted = [(x["article"], x["start"], x["end"]) for x in gold_meeting["mentions"]]
        return [m for m in predicted if any(a == ga and s < ge and gs < e
                                            for a, s, e in spans[m["id"]] for ga, gs, ge in wanted)]

    found, matched, details, reasons = 0, {}, [], dict.fromkeys(MISS_REASONS, 0)
    for g in gold["meetings"]:
        right = [m for m in overlapping(g) if participants_right(g, named_sides(m), country_of, registry)
                 and date_right(m["start"], g)]
        if right:
            found += 1
            matched[g["id"]] = right[0]["id"]
        else:
            got = [([p.get("entity_id") or p["name"] for p in m["participants"]], m["start"]) for m in overlapping(g)]
            want = [participant_key(p) or p["name"] for p in g["participants"]]
            why = miss_reasons(g, overlapping(g), country_of, registry)
            for reason in why:
                reasons[reason] += 1
            details.append(f"missed {g['id']} {g['kind']} {want} {g.get('start')} ({', '.join(why)}): Kaidan {got}")
    owners: dict[int, set] = {}
    for g in gold["meetings"]:
        for m in overlapping(g):
            owners.setdefault(m["id"], set()).add(g["id"])
    gold_spans = {g["id"]: {(x["article"], x["start"], x["end"]) for x in g["mentions"]} for g in gold["meetings"]}
    wrong_merges = [(mid, sorted(ids)) for mid, ids in owners.items()
                    if holds_two(spans[mid], [gold_spans[i] for i in sorted(ids)])]
    evidence: dict[str, int] = {}
    for mid, ids in wrong_merges:
        why = merge_evidence(spans[mid], joins, across.get(mid))
        for reason in why:
            evidence[reason] = evidence.get(reason, 0) + 1
        told = "; ".join(f"{a} {s}-{e} {joins.get((a, s, e), 'first')}" for a, s, e in sorted(spans[mid]))
        details.append(f"wrong merge: Kaidan meeting {mid} holds gold {ids}, joined by {', '.join(why)}: {told}")
    for m in predicted:  # every meeting of several mentions, and what joined them
        if len(spans[m["id"]]) > 1 and not any(mid == m["id"] for mid, _ in wrong_merges):
            details.append(f"merged: {m['kind']} {[p['name'] for p in m['participants']]} {m['start']} "
                           f"({len(spans[m['id']])} mentions) joined by {', '.join(merge_evidence(spans[m['id']], joins, across.get(m['id'])))}")
    for m in predicted:
        if m["id"] not in owners:
            details.append(f"not a meeting: {m['kind']} {[p['name'] for p in m['participants']]} {m['start']} "
                           f"in {sorted({a for a, _, _ in spans[m['id']]})}")
    by_id = {g["id"]: g for g in gold["meetings"]}
    link_report = score_links(gold["links"], matched, lambda gold_id: {m["id"] for m in overlapping(by_id[gold_id])}
                              if gold_id in by_id else set(), links, details)
    return {
        "meetings in gold": len(gold["meetings"]),
        "found with the right participants and date": found,
        "misses by reason": reasons,
        "Kaidan meetings": len(predicted),
        "Kaidan meetings that are a real meeting": len(owners),
        "wrong merges (Kaidan meetings holding several gold meetings)": len(wrong_merges),
        "wrong merges by evidence": evidence,
        **link_report,
        "details": details,
    }


def holds_two(kaidan_spans: set, golds: list[set]) -> bool:
    """Whether one Kaidan meeting holds two gold meetings: it touches each at a span the other lacks.

    Two meetings told by one word (AはB、Cとそれぞれ会談, 両外相は…を訪れた) share that span;
    touching it shows no merge, so each of Kaidan's two records may hold it.
    """
    def touched(gold: set) -> set:
        return {(a, s, e) for a, s, e in gold for ka, ks, ke in kaidan_spans if a == ka and s < ke and ks < e}
    return any(not touched(one) <= other and not touched(other) <= one
               for i, one in enumerate(golds) for other in golds[i + 1:])
