"""Waits that hold on a busy machine: they end on what the window did, never on a guess of how long it takes.

A fixed `qtbot.wait(N)` runs the event loop until N ms have passed; on a machine that stalls, those N ms can
go by before the work queued in the loop (a layout request, a zero-delay timer, a queued signal) has had its
turn, and an assertion made then fails although the window is right.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer

WAIT_MS = 30_000  # a bound against a hang only: every wait below ends as soon as its event comes


def timers_due(qtbot, ms: int = 0) -> None:
    """Return once a timer of ms started now has fired: every timer due before it (a debounce, a fallback, a
    step queued for the next turn of the loop) has fired by then, however long the machine stalled."""
    with qtbot.waitCallback(timeout=WAIT_MS + ms) as done:
        QTimer.singleShot(ms, done)


def settle(qtbot, rounds: int = 5) -> None:
    """Let the loop run out the work queued in it: posted events (layout requests) and zero-delay timers,
    each able to queue the next, up to rounds deep."""
    for _ in range(rounds):
        QCoreApplication.sendPostedEvents()
        timers_due(qtbot, 0)
