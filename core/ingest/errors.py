"""The one exception ingest raises for bad input."""

from __future__ import annotations


class IngestError(Exception):
    """A file (or some of its rows) could not be imported; the message says why."""
