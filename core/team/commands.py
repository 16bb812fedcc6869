"""The team command kaidan agreement (its arguments are in core.cli.parser; merge is core.cli.merge_command)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from core.store import open_db
from core.team.agreement import agreement
from core.team.layers import export_layers
from core.team.report import is_team, table_lines


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
