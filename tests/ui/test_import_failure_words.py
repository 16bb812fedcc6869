"""Why a file was not imported, said in the interface language in the import summary's details."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.i18n_walk import language
from ui.jobs.failure_reasons import failure_reason


def test_the_summary_names_each_failed_file_with_its_reason_in_japanese(window, tmp_path, import_and_wait):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with language(QApplication.instance(), "ja"):
        summary = import_and_wait(window, [tmp_path / "empty.txt", tmp_path / "photo.txt"])
        details = window.imports.summary_box.detailedText()
    assert len(summary.failed) == 2
    assert details.splitlines() == ["empty.txt: ファイルが空です",
                                    "photo.txt: テキストではありません（画像・圧縮ファイルなどのバイナリファイル）"]


def test_a_reason_with_details_of_its_own_is_kept_as_core_gives_it():
    with language(QApplication.instance(), "ja"):
        assert failure_reason("unsupported file type .pdf") == "Kaidan は .pdf ファイルを読み込めません"
        assert failure_reason("not valid JSON on line 7") == "not valid JSON on line 7"


def test_a_reason_core_gives_with_its_details_is_worded_in_japanese(window, tmp_path, import_and_wait):
    (tmp_path / "broken.json").write_text('[{"text": "外相会談"},\n{"text": ', encoding="utf-8")
    (tmp_path / "numbers.csv").write_text("id,count\n1,2\n3,4\n", encoding="utf-8")
    with language(QApplication.instance(), "ja"):
        summary = import_and_wait(window, [tmp_path / "broken.json", tmp_path / "numbers.csv"])
        details = window.imports.summary_box.detailedText()
    assert sorted(reason for _, reason in summary.failed) == ["no text column: columns are id, count",
                                                              "not valid JSON on line 2"]  # the CLI's words, kept
    assert details.splitlines() == ["broken.json: 2 行目が正しい JSON ではありません",
                                    "numbers.csv: 記事本文の列がありません（列: id, count）"]


def test_a_library_dropped_on_the_window_is_named_as_one_with_what_to_do(window, tmp_path, import_and_wait):
    import shutil

    shutil.copy(window.db_path, tmp_path / "同僚のライブラリ.sqlite")  # a colleague's library, any extension
    with language(QApplication.instance(), "ja"):
        summary = import_and_wait(window, [window.db_path, tmp_path / "同僚のライブラリ.sqlite"])
        details = window.imports.summary_box.detailedText().splitlines()
    assert [reason for _, reason in summary.failed] == [
        "a Kaidan library (an SQLite database), not articles: merge it into this one (kaidan merge) or open it "
        "(kaidan --db PATH)"] * 2  # the command line's words
    assert len(details) == 2 and all("ライブラリを統合" in line and "ファイルを読み込めません" not in line
                                     for line in details)
