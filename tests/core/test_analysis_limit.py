"""A text too long to analyse whole (a site dumped in one row): stored whole and searchable, analysed in its
head, and the import says so by name; never an import that runs for an hour."""

from __future__ import annotations

import json

import pytest

import core.analysis_limit
from core.analysis import analyze_library
from core.analysis_limit import ANALYSIS_LIMIT, analysed_part, too_long_note
from core.importer import import_any
from core.store import open_db
from core.store.article_list import article_ids
from core.store.articles import get_article
from tests.shared_data import SHARED, require

LIMIT = 20_000  # the tests' limit: the mechanism, without analysing 200,000 characters on a shared machine


def wikinews_text(chars: int) -> str:
    """Real news paragraphs, one article after another, until chars characters."""
    texts, size = [], 0
    for path in sorted(require(SHARED / "corpus" / "wikinews" / "txt").glob("*.txt")):
        body = "\n".join(path.read_text(encoding="utf-8").splitlines()[2:]).strip()
        texts.append(body)
        size += len(body) + 1
        if size > chars:
            break
    return "\n".join(texts)


def test_the_analysed_part_is_the_whole_text_or_a_head_ending_a_paragraph_or_sentence():
    short = "茂木外相は10日、会談した。\n両氏は一致した。"
    assert analysed_part(short) == short and too_long_note(short) is None
    paragraphs = ("外相は会談した。" * 40 + "\n") * (ANALYSIS_LIMIT // 300)
    head = analysed_part(paragraphs)
    assert ANALYSIS_LIMIT // 2 < len(head) <= ANALYSIS_LIMIT and head.endswith("\n") and paragraphs.startswith(head)
    one_line = "外相は会談した" + "。外相は会談した" * (ANALYSIS_LIMIT // 7)
    head = analysed_part(one_line)
    assert len(head) <= ANALYSIS_LIMIT and head.endswith("。") and one_line.startswith(head)
    no_stop = "あ" * (ANALYSIS_LIMIT * 3)
    assert analysed_part(no_stop) == "あ" * ANALYSIS_LIMIT
    note = too_long_note(no_stop)
    assert f"{len(no_stop):,} characters" in note and f"first {ANALYSIS_LIMIT:,}" in note


@pytest.mark.parametrize("one_line", [False, True])
def test_a_long_row_is_stored_whole_analysed_in_its_head_and_named(tmp_path, monkeypatch, one_line):
    monkeypatch.setattr(core.analysis_limit, "ANALYSIS_LIMIT", LIMIT)
    text = wikinews_text(LIMIT * 3)
    if one_line:
        text = text.replace("\n", "")
    tail_word = next(w for w in (text[i : i + 6] for i in range(len(text) - 6, LIMIT * 2, -37))
                     if w.isalnum() and w not in text[: LIMIT * 2])  # words the head does not hold
    rows = tmp_path / "dump.jsonl"
    rows.write_text(json.dumps({"title": "長い記事", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    library = tmp_path / "library.db"
    summary = import_any([rows], str(library))
    assert len(summary.imported) == 1 and not summary.failed
    messages = summary.messages()
    assert any(m.startswith("analysed in part:") and "dump.jsonl" in m and "too long to analyse whole" in m
               for m in messages), messages
    db = open_db(library)
    article_id = summary.imported[0][1]
    body = get_article(db, article_id).body
    assert len(body) > LIMIT * 2  # the whole text is stored
    analysed = len(analysed_part(body))
    assert analysed <= LIMIT
    ends = [row["stop"] for row in db.execute_returning_dicts(
        "select end_char as stop from mentions where article_id = ?", [article_id])]
    assert ends and max(ends) <= analysed  # found in the head, none past it
    starts = [row["start_char"] for row in db.execute_returning_dicts(
        "select start_char from claims where article_id = ?", [article_id])]
    assert all(start < analysed for start in starts)
    assert article_id in article_ids(db, tail_word)  # the tail is searchable
    # analysing the library again keeps to the same head
    again = analyze_library(library)
    assert again.articles == 1
    ends = [row["stop"] for row in db.execute_returning_dicts(
        "select end_char as stop from mentions where article_id = ?", [article_id])]
    assert ends and max(ends) <= analysed
