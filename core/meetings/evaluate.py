"""Scoring Kaidan's meeting proposals against a hand-made list of meetings and links."""

from __future__ import annotations

import tempfile
from pathlib import Path

from core.jobs import import_paths
from core.meetings.merge import dates_agree
from core.meetings.propose import country_lookup
from core.store import open_db
from core.store.meetings import link_records, meeting_records
from core.store.registry import load_registry


def _keys(participants, country_of, level: str) -> frozenset:
    out = set()
    for p in participants:
        key = p.get("entity_id") or p.get("entity_hint") or p.get("name")
        if key and len(key) == 2 and key.isupper():
            key = f"country:{key}"
        if level == "country" and not str(key).startswith("country:"):
            key = country_of(key) or key
        out.add(key)
    return frozenset(out)


def evaluate_meetings(gold: dict, seed_dir: Path) -> dict:
    """Import the seeds into a scratch library, propose meetings, and compare with gold."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        import_paths([seed_dir], path)
        db = open_db(path)
        country_of = country_lookup(load_registry(db))
        names = {row[0]: Path(row[1]).name for row in db.execute("SELECT id, source FROM articles")}
        predicted = meeting_records(db)
        links = link_records(db)
        db.close()
    spans = {m["id"]: {(names[x["article_id"]], x["start"], x["end"]) for x in m["mentions"]} for m in predicted}

    def overlapping(gold_meeting) -> list[dict]:
        wanted = [(x["article"], x["start"], x["end"]) for x in gold_meeting["mentions"]]
        return [m for m in predicted if any(a == ga and s < ge and gs < e
                                            for a, s, e in spans[m["id"]] for ga, gs, ge in wanted)]

    found, matched, details = 0, {}, []
    for g in gold["meetings"]:
        level = "person" if any(not (p.get("entity_hint") or "").isupper() for p in g["participants"]) else "country"
        want = _keys(g["participants"], country_of, level)
        right = [m for m in overlapping(g)
                 if _keys(m["participants"], country_of, level) == want and dates_agree(m["start"], g.get("start"))]
        if right:
            found += 1
            matched[g["id"]] = right[0]["id"]
        else:
            got = [(sorted(_keys(m["participants"], country_of, level)), m["start"]) for m in overlapping(g)]
            details.append(f"missed {g['id']} {g['kind']} {sorted(want)} {g.get('start')}: Kaidan {got}")
    owners = {}
    for g in gold["meetings"]:
        for m in overlapping(g):
            owners.setdefault(m["id"], set()).add(g["id"])
    wrong_merges = [(mid, sorted(ids)) for mid, ids in owners.items() if len(ids) > 1]
    for mid, ids in wrong_merges:
        details.append(f"wrong merge: Kaidan meeting {mid} holds gold {ids}")
    kaidan_links = {(link["from"], link["to"], link["relation"]) for link in links}
    links_found = sum(
        (matched.get(link["from"]), matched.get(link["to"]), link["relation"]) in kaidan_links
        for link in gold["links"])
    return {
        "meetings in gold": len(gold["meetings"]),
        "found with the right participants and date": found,
        "Kaidan meetings": len(predicted),
        "wrong merges (Kaidan meetings holding several gold meetings)": len(wrong_merges),
        "gold links": len(gold["links"]),
        "links found": links_found,
        "Kaidan links": len(links),
        "details": details,
    }
