"""The team commands: kaidan merge and kaidan agreement (their arguments are in core.cli.parser)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from core.store import open_db
from core.team.agreement import agreement
from core.team.layers import export_layers
from core.team.merge import merge_libraries
from core.team.report import is_team, table_lines


def cmd_merge(args, db_path: Path) -> int:
    """Merge the libraries; print what each annotator brought and lacks."""
    names = [n.strip() for n in args.names.split(",")] if args.names else None
    report = merge_libraries(args.libraries, args.out, names)
    print("\n".join(report.lines()))
    for name, hashes in report.missing.items():
        for content_hash in hashes[:20]:
            print(f"  {name} lacks {content_hash}")
        if len(hashes) > 20:
            print(f"  {name} lacks {len(hashes) - 20} more")
    return 1 if report.failed else 0


def cmd_agreement(args, db_path: Path) -> int:
    """Print the team's agreement as a table or JSON."""
    if not args.team.exists():
        print(f"kaidan: {args.team}: no such library", file=sys.stderr)
        return 2
    db = open_db(args.team)
    try:
        if not is_team(db):
            print(f"kaidan: {args.team}: no annotators merged into this library (see kaidan merge)", file=sys.stderr)
            return 2
        figures = agreement(db)
        if args.layers:
            for name, n in export_layers(db, args.layers).items():
                print(f"wrote {name} ({n})", file=sys.stderr)
    finally:
        db.close()
    print(json.dumps(figures, ensure_ascii=False, indent=1) if args.json else "\n".join(table_lines(figures)))
    return 0
