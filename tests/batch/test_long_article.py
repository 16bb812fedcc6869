"""A batch run reads a long text as the desktop's import does: analysed in its head, stored whole."""

from __future__ import annotations

import json

import core.analysis_limit
from core.analysis_limit import analysed_part
from core.batch.records import default_detector, file_rows
from tests.core.test_analysis_limit import LIMIT, wikinews_text


def test_a_long_row_is_analysed_in_the_head_the_desktop_analyses(tmp_path, monkeypatch):
    monkeypatch.setattr(core.analysis_limit, "ANALYSIS_LIMIT", LIMIT)
    text = wikinews_text(LIMIT * 3)
    rows = tmp_path / "dump.jsonl"
    rows.write_text(json.dumps({"title": "長い記事", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = file_rows(str(rows), default_detector())
    assert not out.tables["errors"]
    [article] = out.tables["articles"]
    body = article["body"]
    analysed = len(analysed_part(body))
    assert len(body) > LIMIT * 2 and analysed <= LIMIT  # stored whole, analysed in part
    ends = [m["end"] for m in out.tables["mentions"]]
    assert ends and max(ends) <= analysed
    assert all(c["start"] < analysed for c in out.tables["claims"])
