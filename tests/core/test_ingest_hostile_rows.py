"""Dataset rows a hostile file holds: each bad one skipped and named with its reason, the rest imported."""

from __future__ import annotations

import pytest

from core.ingest.rows import MAX_DEPTH
from tests.core.test_ingest_datasets import read_all, write_jsonl

BODY = "岸田首相は10日、訪日中のフランス大統領と首相官邸で会談した。両首脳は防衛協力の強化で一致した。"


def _nested(depth: int) -> str:
    return "[" * depth + "1" + "]" * depth


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 200_000])
def test_a_row_nested_too_deep_is_skipped_and_named(tmp_path, depth):
    # 200,000 levels made json raise RecursionError, which failed the whole file; 101 levels parse but
    # would exhaust the stack of whatever walks them next.
    path = write_jsonl(tmp_path / "deep.jsonl", [{"text": BODY}, '{"text": ' + _nested(depth) + "}",
                                                  {"text": BODY + "二"}])
    articles, error = read_all(path)
    assert [a.body for a in articles] == [BODY, BODY + "二"]
    assert error == f"1 row skipped: line 2 nested deeper than {MAX_DEPTH} levels"


def test_a_json_document_nested_too_deep_is_refused_in_words(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('[{"text": "' + BODY + '", "tags": ' + _nested(100_000) + "}]", encoding="utf-8")
    articles, error = read_all(path)
    assert articles == [] and error == f"nested deeper than {MAX_DEPTH} levels"


def test_nesting_datasets_really_use_is_read(tmp_path):
    path = write_jsonl(tmp_path / "tasks.jsonl", [{"text": BODY, "meta": {"a": [[{"b": [1]}]]}}])
    articles, error = read_all(path)
    assert len(articles) == 1 and error is None


def test_a_text_that_is_an_object_or_true_is_skipped_not_spelt_as_python(tmp_path):
    path = write_jsonl(tmp_path / "odd.jsonl", [
        {"title": "object", "text": {"ja": BODY}}, {"title": "true", "text": True},
        {"title": "list of objects", "text": [{"p": BODY}]},
        {"title": "paragraphs", "text": [BODY, "二段落目です。"]}, {"title": "number", "text": 2024},
    ])
    articles, error = read_all(path)
    assert [a.title for a in articles] == ["paragraphs", "number"]
    assert articles[0].body == BODY + "\n二段落目です。"
    why = "its text is a JSON object or true/false, not text"
    assert error == f"3 rows skipped: line 1 {why}, line 2 {why}, line 3 {why}"


def test_a_date_that_is_an_object_is_not_kept_as_python_text(tmp_path):
    path = write_jsonl(tmp_path / "date.jsonl", [{"text": BODY, "date": {"year": 2024}}])
    (article,), error = read_all(path)
    assert error is None
    assert article.published is None and not article.published_text


def _csv(tmp_path, lines: list[str]):
    path = tmp_path / "rows.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return path


def test_a_csv_row_with_more_filled_cells_than_columns_is_skipped(tmp_path):
    # An unquoted comma in a title shifted every cell after it: the text column held "first" half a title.
    path = _csv(tmp_path, ["id,title,text", f"1,日米,{BODY}", f"2,日仏,首脳会談,{BODY}", f"3,,{BODY}二,,"])
    articles, error = read_all(path)
    assert [a.title for a in articles] == ["日米", None]
    assert error == "1 row skipped: row 2 4 cells where the header has 3 columns"


def test_a_quote_never_closed_is_named_not_read_as_one_long_row(tmp_path):
    path = _csv(tmp_path, ["title,text", f"一,{BODY}", f'"二,{BODY}', f"三,{BODY}三"])
    articles, error = read_all(path)
    assert [a.title for a in articles] == ["一"]
    assert error == ("1 row skipped: row 2 a quote opened in this row is never closed: "
                     "the rest of the file was read into it")


def test_a_last_row_without_a_line_end_is_read_whole(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(f'title,text\r\n一,"{BODY}"', encoding="utf-8")
    (article,), error = read_all(path)
    assert error is None and article.body == BODY


def test_a_json_row_that_is_a_list_is_named(tmp_path):
    path = write_jsonl(tmp_path / "list.jsonl", [[BODY, "x"], {"text": BODY}])
    articles, error = read_all(path)
    assert len(articles) == 1 and error == "1 row skipped: line 1 not a JSON object"

