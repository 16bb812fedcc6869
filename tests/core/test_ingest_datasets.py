"""Dataset files (JSON Lines, CSV, TSV, JSON): one article per row, bad rows named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.ingest import IngestError, read_path

BODY_1 = "岸田首相は10日、訪日中のフランス大統領と首相官邸で会談した。\n両首脳は防衛協力の強化で一致した。"
BODY_2 = "外務省は11日、北京で日中の局長級協議を開いたと発表した。"


def read_all(path: Path) -> tuple[list, str | None]:
    """The articles yielded before any error, and the error message (or None)."""
    articles = []
    try:
        for article in read_path(path):
            articles.append(article)
    except IngestError as exc:
        return articles, str(exc)
    return articles, None


def write_jsonl(path: Path, rows: list) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_with_japanese_column_names(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [
        {"見出し": "日仏首脳が会談", "本文": BODY_1, "日付": "2024年1月10日", "媒体": "架空新聞",
         "記者": "山田太郎、鈴木花子", "URL": "https://example.jp/1"},
        {"見出し": "日中局長級協議", "本文": BODY_2, "日付": "2024-01-11T15:30:00"},
    ])
    (first, second), error = read_all(path)
    assert error is None
    assert first.source == f"{path}#1" and second.source == f"{path}#2"
    assert first.source_format == "jsonl"
    assert first.raw == BODY_1
    assert first.title == "日仏首脳が会談"
    assert (first.published, first.published_precision) == ("2024-01-10", "day")
    assert first.outlet == "架空新聞"
    assert first.authors == ["山田太郎", "鈴木花子"]
    assert first.url == "https://example.jp/1"
    assert first.paragraphs == BODY_1.split("\n")
    assert "本文→body" in first.import_note and "見出し→title" in first.import_note
    assert "日付→published" in first.import_note
    assert second.published == "2024-01-11T15:30:00+09:00"
    assert second.published_precision == "minute"


def test_jsonl_bad_rows_are_skipped_and_named_after_the_good_ones(tmp_path):
    path = write_jsonl(tmp_path / "mixed.jsonl", [
        {"text": BODY_1},
        {"text": BODY_2},
        '{"text": "閉じていない',
        {"text": "三本目の記事。外相が談話を発表した。"},
        {"text": "   "},
        "[1, 2]",
    ])
    articles, error = read_all(path)
    assert [a.source for a in articles] == [f"{path}#1", f"{path}#2", f"{path}#4"]
    assert error == ("3 rows skipped: line 3 not valid JSON, line 5 empty text, "
                     "line 6 not a JSON object")


def test_jsonl_that_is_not_json_at_all(tmp_path):
    path = tmp_path / "notes.jsonl"
    path.write_text("これはJSONではない\nただのメモ\n", encoding="utf-8")
    articles, error = read_all(path)
    assert articles == []
    assert error == "not valid JSON on line 1 (1 more bad rows)"


def test_hugging_face_style_export(tmp_path):
    path = write_jsonl(tmp_path / "hf.jsonl", [
        {"id": 1, "headline": "会談", "content": BODY_2, "published_at": 1704960000,
         "authors": ["A. Writer", "B. Reporter"], "source": "Example Wire"},
    ])
    (article,), error = read_all(path)
    assert error is None
    assert article.title == "会談"
    assert article.authors == ["A. Writer", "B. Reporter"]
    assert article.outlet == "Example Wire"
    assert article.published == "2024-01-11T17:00:00+09:00"


def test_csv_with_bom_crlf_and_multiline_quoted_field(tmp_path):
    body = "一段落目。首相が演説した。\r\n二段落目。野党が反発した。"
    text = ("\ufeff本文,見出し,日付\r\n"
            f'"{body}","演説をめぐり論戦",2024/02/01\r\n'
            f'"{BODY_2}","局長級協議",2024-02-02 09:00\r\n')
    path = tmp_path / "news.csv"
    path.write_bytes(text.encode("utf-8"))
    (first, second), error = read_all(path)
    assert error is None
    assert first.source == f"{path}#1" and second.source == f"{path}#2"
    assert first.source_format == "csv"
    assert first.raw == body.replace("\r\n", "\n")
    assert first.paragraphs == ["一段落目。首相が演説した。", "二段落目。野党が反発した。"]
    assert first.title == "演説をめぐり論戦"
    assert first.published == "2024-02-01"
    assert second.published == "2024-02-02T09:00:00+09:00"
    assert first.import_note == "columns: 本文→body, 見出し→title, 日付→published"


def test_csv_in_cp932_as_excel_writes_it(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(f"タイトル,テキスト\r\n日中協議,{BODY_2}\r\n".encode("cp932"))
    (article,), error = read_all(path)
    assert error is None
    assert (article.title, article.raw) == ("日中協議", BODY_2)


def test_csv_with_a_huge_field(tmp_path):
    body = ("長い記事の一文です。" * 20_000 + "\n") * 5  # about 1 MB in one cell
    path = tmp_path / "big.csv"
    path.write_text('title,text\n"長い記事","' + body + '"\n', encoding="utf-8")
    (article,), error = read_all(path)
    assert error is None
    assert article.raw == body


def test_csv_bad_row_is_reported(tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_text(f"title,body\n一本目,{BODY_2}\n二本目,\n三本目,{BODY_1.splitlines()[0]}\n",
                    encoding="utf-8")
    articles, error = read_all(path)
    assert [a.title for a in articles] == ["一本目", "三本目"]
    assert articles[1].source == f"{path}#3"
    assert error == "1 row skipped: row 2 empty text"


def test_no_text_column(tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text("id,label\n1,positive\n2,negative\n", encoding="utf-8")
    with pytest.raises(IngestError, match="no text column: columns are id, label"):
        list(read_path(path))


def test_text_column_guessed_by_length_and_said_so(tmp_path):
    path = write_jsonl(tmp_path / "odd.jsonl", [
        {"doc_id": "a1", "sentence_ja": BODY_1, "lang": "ja"},
        {"doc_id": "a2", "sentence_ja": BODY_2, "lang": "ja"},
    ])
    articles, error = read_all(path)
    assert error is None
    assert [a.raw for a in articles] == [BODY_1, BODY_2]
    assert articles[0].import_note.startswith("columns: sentence_ja→body")
    assert "longest text column" in articles[0].import_note


def test_header_only_csv(tmp_path):
    path = tmp_path / "header.csv"
    path.write_text("title,text\n", encoding="utf-8")
    with pytest.raises(IngestError, match="no rows"):
        list(read_path(path))


def test_tsv_and_json_array(tmp_path):
    tsv = tmp_path / "news.tsv"
    tsv.write_text(f"headline\tarticle\n会談\t{BODY_2}\n", encoding="utf-8")
    (article,), error = read_all(tsv)
    assert error is None and article.title == "会談" and article.source_format == "tsv"

    data = tmp_path / "news.json"
    data.write_text(json.dumps({"articles": [{"title": "会談", "body": BODY_2}]},
                               ensure_ascii=False), encoding="utf-8")
    (article,), error = read_all(data)
    assert error is None and article.raw == BODY_2 and article.source == f"{data}#1"


def test_invalid_json_document(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[\n{"text": "a"},\n{"text": \n', encoding="utf-8")
    with pytest.raises(IngestError, match="not valid JSON on line 4"):
        list(read_path(path))


def test_characters_outside_the_bmp_survive_in_rows(tmp_path):
    path = write_jsonl(tmp_path / "kichi.jsonl", [{"text": "𠮷野家の店主が外相と面会した。"}])
    (article,), _ = read_all(path)
    assert article.body == "𠮷野家の店主が外相と面会した。"


def test_unparsed_date_is_kept_as_written(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [{"text": BODY_2, "date": "先週の火曜"}])
    (article,), _ = read_all(path)
    assert article.published is None
    assert article.published_text == "先週の火曜"
    assert "date not understood" in article.import_note
