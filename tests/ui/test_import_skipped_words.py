"""A folder imported in the window: the files left out as a dataset's furniture (a livedoor category's
LICENSE.txt, a README) are counted in the status line and named in the summary box, and every reason
the window shows is worded in the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.shared_data import livedoor_category
from tests.ui.i18n_walk import language
from ui.jobs.failure_reasons import failure_reason

def _category(tmp_path):
    """A copy of a livedoor category folder (its LICENSE.txt and two articles), a README and an empty file."""
    folder = livedoor_category(tmp_path / "peachy")
    (folder / "README.md.txt").write_text("このフォルダについて", encoding="utf-8")
    (folder / "zz-empty.txt").write_bytes(b"")
    return folder


def _import(window, folder, import_and_wait):
    summary = import_and_wait(window, [folder])
    return summary, window.statusBar().currentMessage(), window.imports.summary_box.informativeText()


def test_the_japanese_window_counts_and_names_the_skipped_files_in_japanese(window, tmp_path, import_and_wait):
    folder = _category(tmp_path)
    with language(QApplication.instance(), "ja"):
        summary, status, box = _import(window, folder, import_and_wait)
        details = window.imports.summary_box.detailedText()
    assert len(summary.imported) == 2 and len(summary.skipped) == 2 and len(summary.failed) == 1
    assert status == "取り込みが終わりました: 2 件を取り込み、データセットの付属ファイル 2 件を除外、1 件は失敗"
    assert box.splitlines()[:2] == [f"除外: {folder / 'LICENSE.txt'} — ライセンスのファイルで、記事ではありません",
                                    f"除外: {folder / 'README.md.txt'} — 説明書き（README）のファイルで、記事ではありません"]
    assert "not an article" not in box and "skipped" not in box
    assert details == "zz-empty.txt: ファイルが空です"


def test_the_english_window_counts_the_skipped_files_in_its_status_line(window, tmp_path, import_and_wait):
    folder = _category(tmp_path)
    summary, status, box = _import(window, folder, import_and_wait)
    assert status == "Import finished: 2 imported, 2 skipped as dataset files, 1 failed"
    assert box.splitlines()[0] == f"skipped: {folder / 'LICENSE.txt'} — a licence file, not an article"
    assert sum("LICENSE.txt" in line for line in box.splitlines()) == 1  # said once, not again in core's words


def test_a_folder_with_nothing_to_read_and_a_path_gone_are_said_in_japanese(tmp_path):
    from core.ingest.paths import EMPTY_FOLDER, NO_SUCH_PATH

    with language(QApplication.instance(), "ja"):
        assert failure_reason(EMPTY_FOLDER) == ("このフォルダーには Kaidan が読み込めるファイルがありません"
                                                "（読み込めるのは .txt, .html, .htm, .jsonl, .json, .csv, .tsv）")
        assert failure_reason(NO_SUCH_PATH) == "ファイルまたはフォルダーが見つかりません"
