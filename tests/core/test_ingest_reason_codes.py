"""A reason core gives with details of its own keeps core's words (what the command line prints) and
carries a code and the details, also across a worker process (pickled), so the window can word it."""

from __future__ import annotations

import pickle

import pytest

from core.ingest.errors import IngestError, Reason
from core.ingest.limits import too_large
from core.ingest.rows import json_rows


def test_a_json_error_keeps_its_words_and_carries_its_line():
    with pytest.raises(IngestError) as caught:
        list(json_rows('[{"text": "外相会談"},\n{"text": '))
    reason = caught.value.reason
    assert reason == str(caught.value) == "not valid JSON on line 2"
    assert (reason.code, reason.details) == ("json_line", {"line": 2})


def test_a_reason_survives_pickling_with_its_code(tmp_path):
    reason = too_large(tmp_path / "huge.html", 40 * 1024 * 1024)
    again = pickle.loads(pickle.dumps(reason))
    assert again == reason == "huge.html is too large to import (40.0 MB); Kaidan reads page files up to 32 MB"
    assert isinstance(again, Reason) and again.code == "too_large_page"
    assert again.details == {"name": "huge.html", "size_mb": "40.0", "limit_mb": 32}
