"""Kaidan: with no command, open the window; with a command, run it on the command line."""

import sys

from core.cli import main

if __name__ == "__main__":
    sys.exit(main())
