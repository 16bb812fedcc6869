"""The command line: import, analyze, export, review, list, show, stats and the rest, without the window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# Only what every command and the help need is imported here: each command's module is imported when
# it runs (and imports the heavy modules it needs, such as the tokenizer, detection, datasets and HTML
# reading, itself), so that `kaidan --help`, `kaidan list` and the window start in a fraction of a second.
from core.cli.parser import build_parser
from core.paths import default_db_path
from core.store.db import LibraryError


def library_path(args: argparse.Namespace) -> Path:
    """The library a command or the window works on: --db, else the one in the user's data directory."""
    db_path = args.db or default_db_path()
    if args.db is None:  # the data directory is Kaidan's own: make it on first use
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # opening the library says what is wrong
    return db_path


def main(argv: list[str] | None = None) -> int:
    """Run one command on the command line (main.py opens the window when none is given)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_usage(sys.stderr)
        print("kaidan: name a command (main.py with none opens the window)", file=sys.stderr)
        return 2
    return run_command(args, library_path(args))


def run_command(args: argparse.Namespace, db_path: Path) -> int:
    """Run the parsed command on the library at db_path; returns the exit code."""
    from core.cli.progress import UpgradeProgress
    from core.store.db import report_upgrades
    from core.store.lock import configure as configure_lock

    configure_lock(label=f"kaidan {args.command}", notice=lambda text: print(f"kaidan: {text}", file=sys.stderr))
    report_upgrades(UpgradeProgress())  # an old library's long upgrade says what it does, on stderr
    try:
        return commands()[args.command](args, db_path)
    except LibraryError as exc:  # one line, no traceback: busy, read-only, disk full, not a library
        print(f"kaidan: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kaidan: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into head and friends: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def commands() -> dict:
    """Each command's function by its name; their modules are imported here, when a command runs."""
    from core.batch import commands as batch_commands
    from core.cli.analysis_commands import cmd_analyze, cmd_claims, cmd_entities, cmd_evaluate, cmd_meetings
    from core.cli.import_command import cmd_import
    from core.cli.library_commands import cmd_export, cmd_list, cmd_review, cmd_show
    from core.cli.stats_command import cmd_stats
    from core.team import commands as team_commands

    return {
        "entities": cmd_entities,
        "import": cmd_import, "analyze": cmd_analyze, "claims": cmd_claims, "meetings": cmd_meetings,
        "evaluate": cmd_evaluate,
        "export": cmd_export, "review": cmd_review, "list": cmd_list, "show": cmd_show, "stats": cmd_stats,
        **team_commands.COMMANDS,
        **batch_commands.COMMANDS,
    }
