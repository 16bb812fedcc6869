"""Meetings told in several articles: one record across them, none holding two (the identity measures of
bench/eval_meetings.py), and why not, counted by class (core.identity_why)."""

from __future__ import annotations

from pathlib import Path

from core.identity_why import (
    crossing_joins, gold_differences, identity_merge_evidence, identity_miss_reasons, identity_why,
)
from core.meeting_evaluation import holds_two, join_reasons
from core.meeting_gold_library import scratch_gold_library
from core.meetings.country_of import country_lookup
from core.store.meetings import meeting_records
from core.store.registry import load_registry


def identity_gold(identity: dict, wikinews: dict, part: str = "identity") -> dict:
    """The cross-article gold of one part with the bodies it borrows from the Wikinews gold, oldest report
    first (the order a user would import them in). "identity" is the first gold (the German coalition
    talks); identity_dev and identity_held are the groups a rule picked (bench/pick_identity_groups.py), and
    a trailing digit keeps one draw's groups (identity_dev4)."""
    name = part.rstrip("0123456789")
    draw = int(part[len(name):]) if part != name else None  # identity_dev4: the groups of the fourth draw only
    if part == "identity":
        articles = {key: item for key, item in identity["articles"].items() if item.get("part", part) == part}
        keys = list(identity["from_meetings_json"])
    else:
        articles = {}
        keys = [key for group in identity.get("groups", []) if group["part"] == name
                and draw in (None, group.get("draw", 1)) for key in group["articles"]]
        articles = {key: identity["articles"][key] for key in keys if key in identity["articles"]}
        keys = [key for key in keys if key not in articles]
    articles.update({key: wikinews["articles"][key] for key in keys})
    ordered = dict(sorted(articles.items(), key=lambda item: item[1].get("reference_date") or ""))
    meetings = [m for m in identity["meetings"] if m.get("part", "identity") == name
                and draw in (None, m.get("draw", 1))]
    return {"articles": ordered, "meetings": meetings, "links": []}


def evaluate_identity(gold: dict, seed_dir: Path | None = None) -> dict:
    """Import the articles (or the seeds) one after another, then ask of each meeting told in several
    articles whether it became one record, and of each record whether it holds two meetings."""
    across: dict = {}
    with scratch_gold_library(gold, seed_dir, across) as (names, db):
        predicted = meeting_records(db)
        registry = load_registry(db)
        country_of = country_lookup(registry)
        joins = join_reasons(db, names, registry)
    return identity_score(gold, predicted, names, across, country_of, joins)


def identity_score(gold: dict, predicted: list[dict], names: dict[int, str], across: dict | None = None,
                   country_of=None, joins: dict | None = None) -> dict:
    """Meetings told in two or more articles that are one record across them; records holding two meetings;
    with across (record id → "article: why"), why each record joined the tellings of later articles; with
    country_of, "why": the misses and wrong merges counted by class (core.identity_why), a merge within one
    article by the rule that joined its mentions (joins: (article, start, end) → reason,
    core.meeting_evaluation.join_reasons)."""
    spans = {m["id"]: {(names[x["article_id"]], x["start"], x["end"]) for x in m["mentions"]} for m in predicted}

    def records_in(article: str, gold_meeting: dict) -> set:
        wanted = [(x["start"], x["end"]) for x in gold_meeting["mentions"] if x["article"] == article]
        return {mid for mid, got in spans.items()
                if any(a == article and s < ge and gs < e for a, s, e in got for gs, ge in wanted)}

    told_apart, one_record, details, misses = 0, 0, [], []
    for g in gold["meetings"]:
        articles = sorted({x["article"] for x in g["mentions"]})
        if len(articles) < 2:
            continue
        told_apart += 1
        per_article = [records_in(a, g) for a in articles]
        shared = set.intersection(*per_article)
        if shared:
            one_record += 1
        else:
            details.append(f"not one record: {g['id']} told in {articles}: Kaidan records {per_article}")
            misses.append(per_article)
    gold_spans = {g["id"]: {(x["article"], x["start"], x["end"]) for x in g["mentions"]} for g in gold["meetings"]}
    merged = []
    for mid, got in spans.items():
        ids = sorted(g["id"] for g in gold["meetings"] if any(
            a == ga and s < ge and gs < e for a, s, e in got for ga, gs, ge in gold_spans[g["id"]]))
        if len(ids) > 1 and holds_two(got, [gold_spans[i] for i in ids]):
            merged.append((mid, ids))
            details.append(f"wrong merge: Kaidan meeting {mid} holds {ids}")
    for mid, reasons in sorted((across or {}).items()):
        if mid in spans:
            details.append(f"joined across articles: Kaidan meeting {mid} took " + "; ".join(reasons))
    records = {m["id"]: m for m in predicted}
    golds = {g["id"]: g for g in gold["meetings"]}
    why = identity_why([identity_miss_reasons(found, records, country_of) for found in misses],
                       [identity_merge_evidence(mid, across, crossing_joins(spans[mid], gold_spans, joins or {}))
                        + gold_differences([golds[i] for i in ids])
                        for mid, ids in merged]) if country_of else None
    return {"meetings told in two or more articles": told_apart, "one record across the articles": one_record,
            "wrong merges (Kaidan meetings holding several gold meetings)": len(merged), "details": details,
            "why": why}
