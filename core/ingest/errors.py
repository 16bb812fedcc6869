"""The one exception ingest raises for bad input."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator


class IngestError(Exception):
    """A file (or some of its rows) could not be imported; the message says why."""


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
        raise IngestError(f"cannot read: {exc.strerror or exc}") from None
