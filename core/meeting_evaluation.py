"""Scoring Kaidan's meeting proposals against a hand-made list of meetings and links.

Two kinds of gold: the seeds (files imported as a user would) and article bodies
with their own meetings (e.g. Wikinews articles picked at random). Both are run
through the import path into a scratch library, then compared mention by mention.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core.analysis import analyze_article
from core.article import Article
from core.jobs import import_paths
from core.meeting_link_evaluation import score_links
from core.meetings.propose import country_lookup
from core.meetings.plan import plan_meetings
from core.meetings.suggest import propose_for_article
from core.store import open_db
from core.store.articles import detection_input, insert_article, sources
from core.store.meetings import link_records, meeting_records
from core.store.mentions import mentions_for
from core.store.registry import load_registry

_TITLES = re.compile(r"(氏|さん|長官|外相|首相|大統領|国家主席|主席|報道官|総理大臣|総理|市長|知事|教授|枢機卿)$")


def _hint(participant: dict) -> str | None:
    key = participant.get("entity_id") or participant.get("entity_hint")
    if key and len(key) == 2 and key.isupper():
        key = f"country:{key}"
    return key


def _names_agree(a: str | None, b: str | None, person: bool = False) -> bool:
    """The same name written shorter or longer (岩屋 / 岩屋毅, トランプ / ドナルド・トランプ).

    Kaidan's person (person=True: a is Kaidan's) agrees as the whole name, the surname that
    opens it, or one of its ・ parts, never as a name cut at its head (武健二 for 鬼武健二).
    """
    a, b = _TITLES.sub("", a or ""), _TITLES.sub("", b or "")
    if not a or not b:
        return False
    if a == b:
        return True
    if not person:
        return min(len(a), len(b)) >= 2 and (a in b or b in a)
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and (long.startswith(short) or short in re.split(r"[・=＝]", long))


def _same_person(p: dict, gold_name: str, registry) -> bool:
    """Kaidan's participant and the gold's name are one: by name, or by the name or an alias of its entity."""
    entity = registry.get(p["entity_id"]) if p.get("entity_id") else None
    person = (p.get("entity_id") or "").startswith(("person:", "found:PERSON:"))
    names = [p.get("name")] + ([entity.name, *entity.aliases] if entity is not None else [])
    return any(_names_agree(name, gold_name, person) for name in names if name)


def _country_level(gold_meeting: dict) -> bool:
    """A meeting the text tells by countries only (日中首脳会談): compare countries."""
    return all((_hint(p) or "").startswith("country:") for p in gold_meeting["participants"])


def participants_right(gold_meeting: dict, kaidan: list[dict], country_of, registry) -> bool:
    """Each gold participant is one of Kaidan's, and Kaidan names nobody else."""
    return participant_gaps(gold_meeting, kaidan, country_of, registry) == (0, 0)


def participant_gaps(gold_meeting: dict, kaidan: list[dict], country_of, registry) -> tuple[int, int]:
    """(gold participants Kaidan lacks, Kaidan participants the gold lacks)."""
    lacking, extra = unmatched_sides(gold_meeting, kaidan, country_of, registry)
    return len(lacking), len(extra)


def unmatched_sides(gold_meeting: dict, kaidan: list[dict], country_of, registry) -> tuple[list, list]:
    """(the gold's sides Kaidan lacks, Kaidan's sides the gold lacks); by country when the gold names countries only."""
    if _country_level(gold_meeting):
        want = {_hint(p) for p in gold_meeting["participants"]}
        got = {k if (k := p.get("entity_id") or "").startswith("country:") else country_of(k) or p["name"]
               for p in kaidan}
        return sorted(want - got), sorted(got - want)
    left, lacking = list(kaidan), []
    for g in gold_meeting["participants"]:
        hint = _hint(g)
        # the host of a visit may be named by its country (トランプ氏の中国訪問: 中国 for 習近平)
        host_country = country_of(hint) if hint and g.get("role") == "host" else None
        match = next((p for p in left if (hint and p.get("entity_id") == hint)
                      or _same_person(p, g["name"], registry)
                      or (host_country and p.get("entity_id") == host_country)), None)
        if match is None:
            lacking.append(g)
        else:
            left.remove(match)
    return lacking, left


MISS_REASONS = ("not proposed", "participant missing", "extra participant", "date missing",
                "date wrong or coarser", "split in two")


def miss_reasons(gold_meeting: dict, overlapping: list[dict], country_of, registry) -> list[str]:
    """Why a gold meeting was not found: not proposed at all, or what is wrong with the closest of the
    proposals touching its mentions (fewest faults), and "split in two" when several proposals share them."""
    if not overlapping:
        return ["not proposed"]
    faults = []
    for m in overlapping:
        missing, extra = participant_gaps(gold_meeting, named_sides(m), country_of, registry)
        found = [MISS_REASONS[1]] * bool(missing) + [MISS_REASONS[2]] * bool(extra)
        if not date_right(m["start"], gold_meeting):
            found.append(MISS_REASONS[3] if not m["start"] else MISS_REASONS[4])
        faults.append(found)
    reasons = min(faults, key=len)
    return reasons + ["split in two"] * (len(overlapping) > 1)


_FINER_THAN_MONTH = ("day", "part_of_day", "days", "week")


def date_right(kaidan_start: str | None, gold_meeting: dict) -> bool:
    """Kaidan's date falls in the gold's range and is no coarser than the text (any date when it gives none)."""
    start, precision = gold_meeting.get("start"), gold_meeting.get("precision") or "day"
    if not start:
        return True
    if not kaidan_start:
        return False
    end = gold_meeting.get("end") or start
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", kaidan_start):
        return start[:10] <= kaidan_start <= end[:10] if len(start) >= 10 else kaidan_start.startswith(start)
    if precision in _FINER_THAN_MONTH:
        return False  # the text names the day, Kaidan only a month or a year
    if re.fullmatch(r"\d{4}-\d{2}", kaidan_start):
        return precision != "year" and start[:7] <= kaidan_start <= end[:7]
    return kaidan_start == start[: len(kaidan_start)] and precision == "year"


def library_from_seeds(seed_dir: Path, path: Path) -> dict[int, str]:
    import_paths([seed_dir], path)
    db = open_db(path)
    names = {article_id: Path(source).name for article_id, source in sources(db).items()}
    db.close()
    return names


def library_from_texts(articles: dict[str, dict], path: Path, across: dict | None = None) -> dict[int, str]:
    """Store each gold body as it is, then detect entities, claims and meetings as an import does; across, when
    given, takes each record's reasons for the tellings joined to it from later articles (record id → reasons)."""
    db = open_db(path)
    registry = load_registry(db)
    names = {}
    for key, item in articles.items():
        body = item["body"]
        article = Article(source=key, source_format="text", raw=body, title=item.get("title"),
                          published=item.get("reference_date"), paragraphs=body.split("\n"))
        article_id, _ = insert_article(db, article)
        analyze_article(db, article_id, registry)
        summary = propose_for_article(db, article_id, registry)
        for meeting_id, why in summary.joins if across is not None else ():
            across.setdefault(meeting_id, []).append(f"{key}: {why}")
        names[article_id] = key
    db.close()
    return names


def gold_library(gold: dict, seed_dir: Path | None, path: Path, across: dict | None = None) -> dict[int, str]:
    """The library a gold is scored on: its seed pages imported, or else its own articles stored (article id → name)."""
    return library_from_seeds(seed_dir, path) if seed_dir else library_from_texts(gold["articles"], path, across)


@contextmanager
def scratch_gold_library(gold: dict, seed_dir: Path | None = None,
                         across: dict | None = None) -> Iterator[tuple[dict[int, str], object]]:
    """The gold's library (gold_library) in a scratch folder, open: (article id → name, the library); closed and
    removed on leaving."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "lib.db"
        names = gold_library(gold, seed_dir, path, across)
        db = open_db(path)
        try:
            yield names, db
        finally:
            db.close()


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
            want = [_hint(p) or p["name"] for p in g["participants"]]
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


def named_sides(meeting: dict) -> list[dict]:
    """Kaidan's participants; a named meeting with nobody named (主要国首脳会議) stands as its own body."""
    if meeting["participants"] or not meeting.get("title"):
        return meeting["participants"]
    return [{"name": meeting["title"], "entity_id": None}]


def gold_part(gold: dict, part: str, draw: int | range | None = None) -> dict:
    """The articles, meetings and links of one part of an article gold (dev or held), of one draw, a range of
    draws, or all."""
    draws = range(draw, draw + 1) if isinstance(draw, int) else draw
    articles = {k: v for k, v in gold["articles"].items()
                if v.get("part") == part and (draws is None or v.get("draw", 1) in draws)}
    meetings = [dict(m, mentions=[x for x in m["mentions"] if x["article"] in articles]) for m in gold["meetings"]]
    meetings = [m for m in meetings if m["mentions"]]  # a meeting told in two parts counts in each
    ids = {m["id"] for m in meetings}
    return {"articles": articles, "meetings": meetings,
            "links": [link for link in gold["links"] if link["from"] in ids and link["to"] in ids]}
