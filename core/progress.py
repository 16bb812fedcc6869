"""The callbacks long work takes: progress(done, total, what) and cancelled()."""

from typing import Callable

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
