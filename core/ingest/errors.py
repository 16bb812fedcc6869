"""The one exception ingest raises for bad input."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from core.errors import Reason

__all__ = ["IngestError", "Reason", "cannot_read", "reading_file"]


class IngestError(Exception):
    """A file (or some of its rows) could not be imported; the message says why."""

    @property
    def reason(self) -> str:
        """The message as raised: a Reason, with its code and details, when core gave one."""
        return self.args[0] if self.args and isinstance(self.args[0], str) else str(self)


@contextmanager
def reading_file() -> Iterator[None]:
    """Turn the OS's errors while reading a file into an IngestError saying why, in a few words."""
    try:
        yield
    except FileNotFoundError:
        raise IngestError("no such file") from None
    except IsADirectoryError:
        raise IngestError("is a folder, not a file") from None
    except PermissionError:
        raise IngestError("permission denied") from None
    except OSError as exc:
        raise IngestError(cannot_read(exc)) from None


def cannot_read(exc: OSError, name: str = "") -> Reason:
    """Why the OS would not give a file's bytes (a disk error, a link loop…): its words, and its error
    number for a reader that words the common ones itself."""
    error = exc.strerror or str(exc)
    text = f"cannot read {name}: {error}" if name else f"cannot read: {error}"
    return Reason(text, "cannot_read", error=error, errno=exc.errno or 0)
