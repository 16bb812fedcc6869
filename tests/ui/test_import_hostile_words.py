"""Hostile files imported in a Japanese window: a JSON Lines dataset with bad rows, a file the OS cannot read,
a folder holding what its walk cannot read, an import the disk stopped. Every line of the summary (the status bar, the box and its details) is Japanese;
the command line keeps core's English words."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.reliability.helpers import disk_full_after, entries_a_walk_cannot_read
from tests.shared_data import LIVEDOOR, require
from tests.ui.i18n_walk import english_only, language
from ui.jobs.failure_reasons import failure_reason

# A file whose every read fails in the OS (an input/output error), on Linux: a real disk error, made at will.
UNREADABLE = Path("/proc/self/mem")


def _summary_lines(window) -> list[str]:
    box = window.imports.summary_box
    lines = [window.statusBar().currentMessage(), box.text(), *box.informativeText().splitlines()]
    return lines + box.detailedText().splitlines()


def _datasets(folder: Path) -> list[Path]:
    rows = folder / "rows.jsonl"
    rows.write_text('{"text": "日米外相会談が開かれた。"}\n{"text": 外相\n{"text": ""}\n[1, 2]\n', encoding="utf-8")
    broken = folder / "broken.jsonl"
    broken.write_text("{外相\n{会談\n", encoding="utf-8")
    header = folder / "header.csv"
    header.write_text("title,text\n", encoding="utf-8")
    return [rows, broken, header]


def test_bad_rows_are_listed_in_japanese(window, tmp_path, import_and_wait):
    with language(QApplication.instance(), "ja"):
        summary = import_and_wait(window, _datasets(tmp_path))
        lines = _summary_lines(window)
    assert len(summary.imported) == 1 and len(summary.failed) == 3
    assert dict(summary.failed)[str(tmp_path / "rows.jsonl")] == (  # the command line's words, as they were
        "3 rows skipped: line 2 not valid JSON, line 3 empty text, line 4 not a JSON object")
    assert lines[-3:] == [
        "rows.jsonl: 3 行を飛ばしました: 2 行目は正しい JSON ではありません、3 行目は本文が空です、"
        "4 行目はJSON のオブジェクトではありません",
        "broken.jsonl: 1 行目が正しい JSON ではありません（ほかに不正な行が 1 行）",
        "header.csv: 行がありません（見出しの行だけです）"]
    assert english_only(lines) == []


@pytest.mark.skipif(not UNREADABLE.exists(), reason="needs Linux's /proc to make a file the OS cannot read")
def test_a_file_the_os_cannot_read_is_said_in_japanese(window, tmp_path, import_and_wait):
    (tmp_path / "disk.txt").symlink_to(UNREADABLE)
    with language(QApplication.instance(), "ja"):
        summary = import_and_wait(window, [tmp_path / "disk.txt"])
        lines = _summary_lines(window)
    assert summary.failed[0][1] == "cannot read: Input/output error"
    assert lines[-1] == "disk.txt: ファイルを読み込めません: ディスクを読み取れませんでした（入出力エラー）"
    assert english_only(lines) == []


def test_what_a_folder_walk_cannot_read_is_named_in_japanese(window, tmp_path, import_and_wait, monkeypatch):
    folder = tmp_path / "saved"
    entries_a_walk_cannot_read(folder, monkeypatch)
    (folder / "news").mkdir()
    shutil.copy(sorted(require(LIVEDOOR / "peachy").glob("peachy-*.txt"))[0], folder / "news" / "article.txt")
    os.symlink(tmp_path / "elsewhere", folder / "old")
    (tmp_path / "elsewhere").mkdir()
    with language(QApplication.instance(), "ja"):
        summary = import_and_wait(window, [folder])
        lines = _summary_lines(window)
    assert len(summary.imported) == 1 and len(summary.failed) == 4
    assert lines[-4:] == [
        "broken.txt: リンク先のファイルがありません",
        "old: 取り込むフォルダーの外を指すリンクです。Kaidan はフォルダーへのリンクをたどりません: "
        "リンク先のフォルダーそのものを取り込んでください",
        "pipe.txt: 通常のファイルではありません（デバイス、パイプ、ソケットなど）",
        "shut: フォルダーを開けません: 読み取る権限がありません"]
    assert english_only(lines) == []


def test_an_import_the_disk_stopped_says_so_in_japanese(window, tmp_path, qtbot, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(require(LIVEDOOR / "peachy").glob("peachy-*.txt"))[:30]:
        shutil.copy(path, folder / path.name)
    pages = window.db.execute("PRAGMA page_count").fetchone()[0]
    disk_full_after(monkeypatch, pages)
    with language(QApplication.instance(), "ja"):
        with qtbot.waitSignal(window.imports.finished, timeout=120000) as finished:
            window.import_paths([folder])
        lines = _summary_lines(window)
    summary = finished.args[0]
    stored = window.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert summary.stopped.startswith("disk full") and 0 < stored < 30
    assert lines[0].startswith("取り込みを中断しました: ディスクがいっぱいで、ライブラリに書き込めませんでした。")
    assert f"記事 {stored} 件を取り込みました" in lines[0] and lines[0].endswith("残りは取り込んでいません")
    assert english_only(lines) == []


def test_a_row_too_long_or_not_csv_is_worded_in_japanese():
    from core.ingest.datasets import skipped_message
    from core.ingest.rows import place
    from core.ingest.stream import too_long
    from core.ingest.errors import Reason

    bad = [(place("row", 2), Reason("not valid CSV (x)", "not_csv", error="x")), (place("item", 3), too_long())]
    bad += [(place("line", n), too_long()) for n in range(4, 9)]
    reason = skipped_message(bad, 0)
    assert reason.startswith("no rows imported, 7 rows skipped: row 2 not valid CSV (x), item 3 longer than")
    with language(QApplication.instance(), "ja"):
        words = failure_reason(reason)
    assert words == ("取り込めた行はありません。7 行を飛ばしました: データの 2 行目は正しい CSV ではありません（x）、"
                     "3 番目の項目は1 行の上限 16M 文字を超えています、4 行目は1 行の上限 16M 文字を超えています、"
                     "5 行目は1 行の上限 16M 文字を超えています、6 行目は1 行の上限 16M 文字を超えています、ほか 2 行")


def test_hostile_rows_are_worded_in_japanese(tmp_path):
    from core.ingest import IngestError, read_path

    body = "岸田首相は10日、訪日中のフランス大統領と首相官邸で会談した。"
    rows = tmp_path / "rows.csv"
    rows.write_text(f"title,text\n一,{body}\n二,日仏,{body}\n三,{body},\n" + f'"四,{body}\n', encoding="utf-8")
    deep = tmp_path / "deep.jsonl"
    deep.write_text(f'{{"text": "{body}"}}\n{{"text": {{"ja": "{body}"}}}}\n{{"text": {"[" * 500}{"]" * 500}}}\n',
                    encoding="utf-8")
    reasons = []
    for path in (rows, deep):
        with pytest.raises(IngestError) as raised:
            list(read_path(path))
        reasons.append(raised.value.reason)
    with language(QApplication.instance(), "ja"):
        words = [failure_reason(reason) for reason in reasons]
    assert words == [
        "2 行を飛ばしました: データの 2 行目は見出しの列 2 個に対してセルが 3 個あります、"
        "データの 4 行目はこの行で開いた引用符が閉じていません（ファイルの残りがすべてこの行に読み込まれました）",
        "2 行を飛ばしました: 2 行目は本文が JSON のオブジェクトか true/false で、テキストではありません、"
        "3 行目は入れ子が 100 段より深くなっています"]


def test_export_folders_met_by_an_import_are_worded_in_japanese():
    from core.ingest.export_cards import card_reason, export_reason
    from ui.jobs.failure_reasons import skip_reason

    with language(QApplication.instance(), "ja"):
        words = [skip_reason(export_reason("csv")), skip_reason(export_reason("doccano")),
                 failure_reason(card_reason("hf"))]
    assert words == [
        "Kaidan の csv 形式の書き出しです。この形式は読み戻せません（表は記事ではありません）。jsonl 形式の書き出しを取り込んでください",
        "フォルダー内にある Kaidan の doccano 形式の書き出しです（読み戻すには、このフォルダーだけを取り込んでください）",
        "Kaidan の hf 形式の書き出しの説明ファイルです（書き出しの内容を説明するもので、記事は入っていません）"]


def test_a_row_of_bytes_its_encoding_cannot_read_is_worded_in_japanese():
    from core.ingest.datasets import skipped_message
    from core.ingest.rows import place
    from core.ingest.stream import undecodable

    reason = skipped_message([(place("line", 1900), undecodable("utf-8"))], 5)
    assert reason == "1 row skipped: line 1900 holds bytes that are not valid utf-8"
    with language(QApplication.instance(), "ja"):
        assert failure_reason(reason) == "1 行を飛ばしました: 1900 行目はutf-8 として読めないバイトが含まれています"
