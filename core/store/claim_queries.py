from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.model import Claim
from core.registry import Registry
from core.store.claims import claim_of
from core.store.holders import follow_holders

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils


@dataclass
class ClaimFilter:
    holder: str | None = None  # entity id, or words in the holder's name
    target: str | None = None  # entity id / topic / meeting id, or words in the target
    stance: str | None = None
    outlet: str | None = None
    date_from: str | None = None  # ISO, compared with the article's publication date
    date_to: str | None = None
    annotator: str | None = None
    text: str | None = None
    states: tuple[str, ...] = ("accepted",)


def holder_name(claim: Claim, registry: Registry) -> str:
    """Who holds the claim: the registry's name of its entity, else the holder as written."""
    entity = registry.get(claim.holder_entity_id)
    return entity.name if entity else (claim.holder_text or "")


def target_name(claim: Claim, registry: Registry) -> str:
    """What the claim is about: the registry's name of its entity, else the target as written."""
    if claim.target_kind == "entity":
        entity = registry.get(claim.target_ref)
        if entity:
            return entity.name
    return claim.target_text or claim.target_ref or ""


def claim_rows(db: sqlite_utils.Database, registry: Registry, f: ClaimFilter | None = None) -> list[dict]:
    """Every claim matching the filter, with its article's title, outlet and date, newest first."""
    f = f or ClaimFilter()
    conditions = [f"c.state IN ({','.join('?' * len(f.states))})", "c.detached = 0"]
    params: list = list(f.states)
    for column, value, op in (("c.stance", f.stance, "="), ("a.outlet", f.outlet, "="),
                              ("c.annotator", f.annotator, "="), ("a.published", f.date_from, ">="),
                              ("substr(a.published, 1, 10)", f.date_to, "<=")):
        if value:
            conditions.append(f"{column} {op} ?")
            params.append(value)
    if f.text:
        conditions.append("(c.text LIKE ? OR c.note LIKE ?)")
        params += [f"%{f.text}%"] * 2
    sql = (
        "SELECT c.*, a.title AS article_title, a.outlet, a.published FROM claims c "
        "JOIN articles a ON a.id = c.article_id WHERE " + " AND ".join(conditions) +
        " ORDER BY a.published IS NULL, a.published DESC, c.article_id, c.start_char"
    )
    rows = list(db.query(sql, params))
    out = []
    for row, claim in zip(rows, follow_holders(db, [claim_of(r) for r in rows])):
        holder, target = holder_name(claim, registry), target_name(claim, registry)
        if _matches(f.holder, claim.holder_entity_id, holder) and _matches(f.target, claim.target_ref, target):
            out.append({**claim.to_dict(), "article_title": row["article_title"], "outlet": row["outlet"],
                        "published": row["published"], "holder": holder, "target": target})
    return out


def _matches(wanted: str | None, ref: str | None, name: str) -> bool:
    if not wanted:
        return True
    return wanted == ref or wanted.lower() in (name or "").lower()


def stance_summary(rows: list[dict]) -> list[dict]:
    """Counts per stance for each holder × target pair, the most discussed first."""
    pairs: dict[tuple[str, str], Counter] = {}
    for row in rows:
        pairs.setdefault((row["holder"] or "?", row["target"] or "?"), Counter())[row["stance"] or "unset"] += 1
    ordered = sorted(pairs.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    return [{"holder": h, "target": t, "total": sum(c.values()), "stances": dict(c)} for (h, t), c in ordered]


def summary_csv(summary: list[dict], stance_keys: list[str]) -> str:
    """The summary as CSV (UTF-8 with BOM when written, so spreadsheets read Japanese)."""
    keys = list(stance_keys) + sorted({k for s in summary for k in s["stances"]} - set(stance_keys))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["holder", "target", "total", *keys])
    for row in summary:
        writer.writerow([_safe(row["holder"]), _safe(row["target"]), row["total"],
                         *(row["stances"].get(k, 0) for k in keys)])
    return out.getvalue()


def _safe(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell
