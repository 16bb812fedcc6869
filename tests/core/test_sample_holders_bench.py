"""The holder sample (bench/sample_holders.py): which proposals of a bench/diff_claims.py --out file it reads as quoted
statements, for Wikinews and livedoor (--livedoor) files alike."""

from __future__ import annotations

import json
import re

from bench.pick_claims_draw import livedoor_body
from bench.sample_holders import statements
from tests.shared_data import LIVEDOOR, require

SAID = re.compile(r"「[^「」\n]{4,60}」と述べ")


def test_a_livedoor_out_file_s_quoted_statements_are_read(tmp_path):
    # diff_claims --livedoor writes livedoor articles by their file name (topic-news-…): their quotes are sampled too
    files = sorted(require(LIVEDOOR / "topic-news").glob("topic-news-*.txt"))
    key, at = next((path.stem, said.start()) for path in files
                   for said in [SAID.search(livedoor_body(path.read_text(encoding="utf-8").split("\n")))] if said)
    row = {"start": at, "end": at + 5, "attribution": "direct", "holder": "X"}
    out = tmp_path / "A.jsonl"
    out.write_text(json.dumps({"article": key, "proposals": [row, dict(row, attribution="indirect")]},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    assert [(k, r["start"]) for k, r in statements(out)] == [(key, at)]
