"""The command line: import, analyze, export, review, list, show, stats and the rest, without the window."""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from pathlib import Path

# Only what every command and the help need is imported here: the parser knows the commands by
# name and help text, and each command's module (with the library, the tokenizer, detection, the
# writers...) is imported when that command runs, so that `kaidan --help` and `kaidan list` start
# in a fraction of a second.
from core.cli.parser import build_parser
from core.cli.safe_output import escaped_output
from core.paths import default_db_path


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
    from core.store.migrate import report_upgrades
    from core.store.lock import configure as configure_lock

    configure_lock(label=f"kaidan {args.command}", notice=lambda text: print(f"kaidan: {text}", file=sys.stderr))
    report_upgrades(UpgradeProgress())  # an old library's long upgrade says what it does, on stderr
    with escaped_output():  # no text of an article or a file name drives the terminal
        return _run_guarded(args, db_path)


def _run_guarded(args: argparse.Namespace, db_path: Path) -> int:
    """Run the command; a refusal, a damaged library, Ctrl+C or a closed pipe end it in one line."""
    from core.store.errors import LibraryError, damaged

    try:
        return command(args.command)(args, db_path)
    except LibraryError as exc:  # one line, no traceback: busy, read-only, disk full, not a library
        print(f"kaidan: {exc}", file=sys.stderr)
        return exc.exit_code
    except sqlite3.DatabaseError as exc:  # a library damaged past its first page fails at the first read of it
        refusal = damaged(exc, db_path)
        if refusal is None:
            raise
        print(f"kaidan: {refusal}", file=sys.stderr)
        return refusal.exit_code
    except KeyboardInterrupt:
        print("kaidan: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into head and friends: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def command(name: str):
    """The function that runs a command: cmd_NAME of the command's module, imported now."""
    return getattr(importlib.import_module(COMMANDS[name]), f"cmd_{name}")


# Each command's module, imported only when the command runs (see command).
COMMANDS = {
    **dict.fromkeys(("analyze", "entities", "claims", "meetings", "evaluate"), "core.cli.analysis_commands"),
    "import": "core.cli.import_command",
    **dict.fromkeys(("export", "review", "list", "show"), "core.cli.library_commands"),
    "stats": "core.cli.stats_command",
    "merge": "core.cli.merge_command", "agreement": "core.team.commands",
    "batch": "core.batch.commands", "query": "core.batch.commands",
}
