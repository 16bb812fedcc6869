"""Ctrl+C during a long command: the first one stops the work where it can stop cleanly, the second at once.

A command's job takes a cancel callback: the first Ctrl+C asks it to stop after the file, article or
library in hand, so the command can say what it did (say_interrupted); a second Ctrl+C raises
KeyboardInterrupt as Python's default would.
"""

from __future__ import annotations

import signal
import sys
import threading
from contextlib import contextmanager
from typing import Callable, Iterator


@contextmanager
def first_interrupt_cancels() -> Iterator[Callable[[], bool]]:
    """A cancelled() callback that turns true at the first SIGINT; the handler before is restored on leaving."""
    asked = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield asked.is_set  # only the main thread may set a signal handler: Ctrl+C stays Python's
        return

    def on_interrupt(number, frame) -> None:
        if asked.is_set():
            raise KeyboardInterrupt
        asked.set()

    before = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield asked.is_set
    finally:
        signal.signal(signal.SIGINT, before)


def say_interrupted(done: str, again: str) -> int:
    """Say in one line on stderr what a run stopped by Ctrl+C did and what running it again does; 130."""
    print(f"kaidan: interrupted: {done}; {again}", file=sys.stderr)
    return 130
