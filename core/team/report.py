"""Agreement for people: a compact summary (for dataset cards) and a plain-text table (for the command line)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core import store  # open_db, loaded when a team library is opened: an export's card reads without it
from core.team.agreement import agreement

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

# (layer, figure, what it is) in the order the table and the card give them
HEADLINE = (
    ("entities", "f1_exact", "entity spans and types, exact match F1 between annotators"),
    ("entities", "f1_overlap", "entity spans overlapping with the same type, F1"),
    ("entities", "f1_span_only", "entity spans alone (type ignored), exact F1"),
    ("entities", "u_alpha", "entity units and their types, Krippendorff's unitizing alpha over the text all hold"),
    ("entities", "type_kappa_mean", "entity types on spans both marked, Cohen's kappa (mean over pairs)"),
    ("entities", "type_fleiss", "entity types on spans every annotator marked, Fleiss' kappa"),
    ("entities", "type_alpha", "entity types on spans two or more marked, Krippendorff's alpha (nominal)"),
    ("claims", "f1_overlap", "claims marked (overlapping spans), F1"),
    ("claims", "u_alpha", "claim spans, Krippendorff's unitizing alpha over the text all hold"),
    ("claims", "stance_kappa_mean", "stance on the same claim, Cohen's kappa (mean over pairs)"),
    ("claims", "stance_fleiss", "stance on claims every annotator marked, Fleiss' kappa"),
    ("claims", "stance_alpha", "stance on the same claim, Krippendorff's alpha (nominal)"),
    ("claims", "holder_alpha", "claim holder, Krippendorff's alpha (nominal)"),
    ("claims", "target_alpha", "claim target, Krippendorff's alpha (nominal)"),
    ("ties", "kappa_mean", "two meeting mentions of an article tied to the same meeting or not, Cohen's kappa"),
    ("ties", "alpha", "the same, Krippendorff's alpha (nominal)"),
    ("links", "f1", "links between the same two meetings, F1"),
    ("links", "relation_alpha", "the relation of a link, Krippendorff's alpha (nominal)"),
)


def is_team(db: sqlite_utils.Database) -> bool:
    """Whether the library holds merged annotators."""
    return "team_members" in db.table_names() and bool(db.execute("SELECT 1 FROM team_members").fetchone())


def card_section(db: sqlite_utils.Database) -> dict:
    """The agreement figures and adjudication state a dataset card carries (empty for a one-person library)."""
    if not is_team(db):
        return {}
    figures = agreement(db)
    return {"agreement": {
        "annotators": figures["annotators"],
        "articles_by_state": figures["states"],
        "figures": [{"layer": layer, "figure": key, "value": _round(figures[layer]["overall"].get(key)),
                     "about": about} for layer, key, about in HEADLINE],
        "pairs": {layer: {pair: {k: _round(v) for k, v in row.items()} for pair, row in figures[layer]["pairs"].items()}
                  for layer in ("entities", "claims", "ties", "links")},
        "gold": "the library's own entity mentions, claims, meeting mentions tied to meetings and meeting "
                "links are the adjudicated gold layer",
    }}


def table_lines(figures: dict) -> list[str]:
    """The overall figures and each pair's, as aligned plain text."""
    out = [f"annotators: {', '.join(figures['annotators'])}; articles {figures['articles']} "
           + " ".join(f"{state} {n}" for state, n in sorted(figures["states"].items()))]
    for layer, key, about in HEADLINE:
        out.append(f"{layer:9} {key:18} {_fmt(figures[layer]['overall'].get(key)):>6}  {about}")
    by_label = figures["entities"]["overall"].get("u_alpha_by_label") or {}
    if by_label:
        out.append("entities  u_alpha by type: " + "  ".join(f"{t} {_fmt(v)}" for t, v in by_label.items()))
    for layer in ("entities", "claims", "ties", "links"):
        for pair, row in figures[layer]["pairs"].items():
            out.append(f"{layer:9} {pair:24} " + "  ".join(f"{k} {_fmt(v)}" for k, v in row.items()))
        worst = figures[layer].get("confusion", {}).get("most_confused", [])
        if worst:
            out.append(f"{layer:9} most confused: " + "; ".join(
                f"{w['first']} / {w['second']} ×{w['count']}" for w in worst))
    differing = sorted((a for a in figures["per_article"] if a["differing"]), key=lambda a: -a["differing"])[:10]
    for a in differing:
        title = " ".join((a["title"] or "").split())[:40]  # one line, whatever the title holds
        out.append(f"article {a['article_id']:>6} {a['state'] or '':12} differing {a['differing']:>4}  "
                   f"entity F1 {_fmt(a['entity_f1'])}  {title}")
    return out


def _round(value):
    return round(value, 4) if isinstance(value, float) else value


def _fmt(value) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def agreement_at(path) -> dict:
    """Open the library at path on this thread and compute its agreement (for a background worker)."""
    db = store.open_db(path)
    try:
        return agreement(db)
    finally:
        db.close()
