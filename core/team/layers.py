"""Export of each annotator's layer of a team library: one JSON Lines file per annotator, and the agreement."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path

import sqlite_utils

from core.team.agreement import agreement


def export_layers(db: sqlite_utils.Database, out_dir: str | Path) -> dict[str, int]:
    """Write annotators/NAME.jsonl (one line per article with that annotator's decisions) and agreement.json."""
    out_dir = Path(out_dir)
    (out_dir / "annotators").mkdir(parents=True, exist_ok=True)
    articles = {r[0]: (r[1], r[2]) for r in db.execute("SELECT id, content_hash, title FROM articles")}
    per: dict = defaultdict(lambda: defaultdict(list))
    for row in db.query("SELECT * FROM team_decisions ORDER BY article_id, start_char, end_char, layer"):
        per[row["annotator"]][row["article_id"]].append(
            {"layer": row["layer"], "start": row["start_char"], "end": row["end_char"], "text": row["text"],
             "label": row["label"], "holder": row["holder"], "target": row["target"],
             "detail": json.loads(row["detail"] or "{}")})
    written: dict[str, int] = {}
    for (name,) in db.execute("SELECT name FROM team_members ORDER BY name"):
        stem = _safe(name)
        while f"annotators/{stem}.jsonl" in written:  # two names that read alike as file names
            stem += "_"
        lines = [json.dumps({"article_id": a, "content_hash": articles[a][0], "title": articles[a][1],
                             "annotator": name, "decisions": decisions}, ensure_ascii=False)
                 for a, decisions in sorted(per[name].items())]
        _write(out_dir / "annotators" / f"{stem}.jsonl", "".join(line + "\n" for line in lines))
        written[f"annotators/{stem}.jsonl"] = len(lines)
    figures = agreement(db)
    _write(out_dir / "agreement.json", json.dumps(figures, ensure_ascii=False, indent=1) + "\n")
    written["agreement.json"] = 1
    return written


def _safe(name: str) -> str:
    """A file name from an annotator's name: no separators, no leading dot."""
    cleaned = "".join(c if c.isalnum() or c in "-_" else "_" for c in name).lstrip(".")
    return cleaned or "annotator"


def _write(path: Path, text: str) -> None:
    part = path.with_name(path.name + ".part")
    with open(part, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(part, path)
