"""The sides of meetings and the holders of claims the entity layer leaves unnamed, on the development parts of
the Wikinews meetings and claims golds only (a held part is never read here). Read through
`bench/eval_entities.py --sides`.

Each gold side (a meeting participant's name, a claim's holder as written) is looked up where the article writes it:
named (a mention spans it exactly), cut (a mention covers only part of it), swallowed (inside a longer mention),
missed (no mention touches it), or not written as such (a canonical name the article spells otherwise: 安保理 for
国際連合安全保障理事会, a title for the person). A side not written as such is linked when a mention of the article
takes it for its entity (the registry entity's name, full name or an alias is the side's, or the gold's entity).
Counts by outcome and by the name's shape (a local government,
a company, a party, a school, a union or association, a ministry or agency, Latin letters, katakana, other).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

from core.nlp.entities import detect
from core.registry import bundled_registry
from core.text import fold

GOLD = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "wikinews_gold"
OUTCOMES = ("named", "cut", "swallowed", "missed", "not written as such")
SHAPES = (
    ("local government", r"(?<![政報水])(?:都|道|府|県|市|区|町|村)(?:庁|議会|長|知事)?$"),
    ("company", r"(?:社|ホールディングス|グループ|銀行|証券|電力|自動車|工業|電機|商事|製薬|航空|鉄道|新聞|通信|放送|テレビ)$"),
    ("party", r"(?:党|会派)$"),
    ("university or school", r"(?:大学|高校|学園|学院|研究所|研究院)$"),
    ("union or association", r"(?:組合|連合|協会|連盟|団体|会議所|委員会|協議会|機構|同盟|財団|基金)$"),
    ("ministry, agency, government", r"(?:省|庁|府|局|政府|当局|軍|警察|裁判所|議会|国会)$"),
    ("Latin letters", r"^[A-Za-z0-9&.\-]+$"),
    ("katakana", r"^[\u30a1-\u30faー・]+$"),
)


def shape(name: str) -> str:
    return next((label for label, pattern in SHAPES if re.search(pattern, name)), "other")


def outcome(body: str, mentions, surface: str) -> str:
    """The best of what the entity layer does at each place the article writes surface."""
    wanted = fold(surface)
    places = [m.start() for m in re.finditer(re.escape(wanted), body)] if wanted else []
    if not places:
        return OUTCOMES[4]
    best = 3
    for start in places:
        end = start + len(wanted)
        for m in mentions:
            if m.end <= start or m.start >= end:
                continue
            found = 0 if (m.start, m.end) == (start, end) else 2 if m.start <= start and m.end >= end else 1
            best = min(best, found)
    return OUTCOMES[best]


def linked(mentions, name: str, hint: str | None, registry) -> bool:
    """Whether a mention's entity is the side: the gold's entity, or an entity named so in the registry or found so."""
    wanted = fold(name)
    if hint and len(hint) == 2 and hint.isupper():
        hint = f"country:{hint}"
    for m in mentions:
        if not m.entity_id:
            continue
        if m.entity_id == hint or m.entity_id.endswith(f":{wanted}"):
            return True
        entity = registry.get(m.entity_id)
        if entity is not None and wanted in {fold(n) for n in (entity.name, entity.attributes.get("full") or "",
                                                                 *entity.aliases) if n}:
            return True
    return False


def entity_sides(show) -> None:
    """Print, for meetings' sides and claims' holders on the dev parts, counts by outcome and shape."""
    registry = bundled_registry()
    found: dict[str, tuple] = {}

    def mentions(key: str, item: dict):
        if key not in found:
            reference = date.fromisoformat(item["reference_date"]) if item.get("reference_date") else None
            found[key] = (fold(item["body"]), detect(item["body"], registry, reference))
        return found[key]

    meetings = json.loads((GOLD / "meetings.json").read_text(encoding="utf-8"))
    sides = []
    for meeting in meetings["meetings"]:
        article = meetings["articles"].get(meeting["mentions"][0]["article"]) if meeting["mentions"] else None
        if article is None or article.get("part") != "dev":
            continue
        body, found_here = mentions(meeting["mentions"][0]["article"], article)
        sides += [(outcome(body, found_here, p["name"]), shape(p["name"]), p["name"],
                   linked(found_here, p["name"], p.get("entity_id") or p.get("entity_hint"), registry))
                  for p in meeting["participants"]]
    holders = []
    for line in (GOLD / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item.get("part") != "dev":
            continue
        body, found_here = mentions(item["id"], item)
        for claim in item["claims"]:
            if claim.get("holder"):  # the holder's own name where the article writes it, else as the claim writes it
                name = claim["holder"] if fold(claim["holder"]) in body else claim.get("holder_text") or claim["holder"]
                holders.append((outcome(body, found_here, name), shape(name), name,
                                linked(found_here, claim["holder"], None, registry)))
    for label, rows in (("meeting sides (dev)", sides), ("claim holders (dev)", holders)):
        counts = Counter(row[0] for row in rows)
        show(f"  {label:<37} {len(rows)}: " + ", ".join(f"{o} {counts[o]}" for o in OUTCOMES))
        other = [row for row in rows if row[0] == OUTCOMES[4]]
        if other:
            unlinked = sorted({row[2] for row in other if not row[3]})
            show(f"    {OUTCOMES[4]}: linked to the side's entity {sum(row[3] for row in other)}, "
                 f"unlinked {len(other) - sum(row[3] for row in other)}  {'、'.join(unlinked)}")
        by_shape = Counter((row[0], row[1]) for row in rows if row[0] != "named")
        for (result, kind), n in sorted(by_shape.items(), key=lambda item: (-item[1], item[0])):
            names = sorted({row[2] for row in rows if row[:2] == (result, kind)})
            show(f"    {result:<20} {kind:<30} {n:>3}  {'、'.join(names[:6])}{'…' if len(names) > 6 else ''}")
