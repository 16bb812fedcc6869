"""What the command line prints of an article's, a dataset's or a file name's text never drives the terminal.

A title, an outlet or a file name may hold control characters (a dataset row's "\\x1b[2J", a bell, a C1 CSI,
a carriage return that overwrites the line before it, a newline in a file name). Printed raw, they clear or
retitle the terminal, write to its clipboard, or split one summary line into two that a script misreads.
They are printed as \\uXXXX instead: readable, and inside --json output the same character again.
"""

from __future__ import annotations

import re
import sys
from contextlib import contextmanager
from typing import Iterator, TextIO

# C0 controls but tab and line feed (and, on stderr, the progress line's carriage return), DEL and C1; and the
# bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): a title's right-to-left
# override, printed raw, turns the rest of its line round in a terminal that lays out both directions, so a
# file name or a count after it reads reversed (the trick of "Trojan Source").
_BIDI = "\u202a-\u202e\u2066-\u2069"
_STDOUT_CONTROLS = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_STDERR_CONTROLS = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}]")
# Within one line (a file name in a summary line, the progress line): every line break too.
_LINE_CONTROLS = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI}]")


def _escaped(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"


def one_line(text: str) -> str:
    """text with every control character and line break written \\uXXXX: it prints as one line."""
    return _LINE_CONTROLS.sub(_escaped, text)


class _Escaping:
    """A text stream that writes control characters (but those its own output needs) as \\uXXXX."""

    def __init__(self, stream: TextIO, controls: re.Pattern) -> None:
        self._stream, self._controls = stream, controls

    def write(self, text: str) -> int:
        self._stream.write(self._controls.sub(_escaped, text))
        return len(text)

    def __getattr__(self, name: str):  # flush, fileno, isatty, encoding...: the stream's own
        return getattr(self._stream, name)


@contextmanager
def escaped_output() -> Iterator[None]:
    """stdout and stderr escape control characters for as long as the command runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Escaping(out, _STDOUT_CONTROLS), _Escaping(err, _STDERR_CONTROLS)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
