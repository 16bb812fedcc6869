"""Kaidan: with no command, open the window; with a command, run it on the command line."""

from __future__ import annotations

import sys

from core.cli import build_parser, library_path, run_command


def main(argv: list[str] | None = None) -> int:
    """Open the window when no command is given, else run the command without one."""
    args = build_parser().parse_args(argv)
    db_path = library_path(args)
    if args.command is not None:
        return run_command(args, db_path)
    from core.store.errors import LibraryError
    from ui.window.app import run  # Qt is loaded only for the window, never for a command

    try:
        return run(db_path)
    except LibraryError as exc:
        print(f"kaidan: {exc}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
