"""A hostile export in a Japanese window: a folder that is a file, a path through a file, a folder that refuses
writing, a folder holding another export, spaCy missing. The dialog says each in Japanese (the OS's error
worded, not "File exists"); the command line keeps core's English words."""

from __future__ import annotations

import errno
import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.export import export, failure_message
from core.store import open_db
from tests.reliability.helpers import folder_refuses_parts
from tests.reliability.test_export_safety import snapshot
from tests.ui.i18n_walk import english_only, language, visible_texts


@pytest.fixture
def export_dialog(qtbot, seeded_window):
    def make(folder: Path, fmt: str = "jsonl"):
        dialog = seeded_window.show_export()
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.folder.setText(str(folder))
        return dialog

    return make


def answer_replace(button, asked: list[str]) -> None:
    """Note the replace question's words and press button, once it is open."""
    def press():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, press)
    QTimer.singleShot(0, press)


def _export(qtbot, dialog, signal: str):
    with qtbot.waitSignal(getattr(dialog.controller, signal), timeout=60000) as blocker:
        dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.controller.is_running(), timeout=10000)
    return blocker.args[0]


def test_a_folder_that_is_a_file_or_behind_one_is_said_in_japanese(qtbot, export_dialog, tmp_path):
    afile = tmp_path / "記事 一覧.txt"
    afile.write_text("x", encoding="utf-8")
    with language(QApplication.instance(), "ja"):
        dialog = export_dialog(afile)
        _export(qtbot, dialog, "failed")
        on_file = dialog.summary_box.notes.text()
        assert english_only(visible_texts(dialog)) == []
        dialog.folder.setText(str(afile / "出力"))
        _export(qtbot, dialog, "failed")
        behind_file = dialog.summary_box.notes.text()
    assert on_file == f"{afile} には何も書き込まれていません: 同じ名前のファイルがあります（フォルダーではありません）。"
    assert behind_file == f"何も書き込まれず、{afile / '出力'} にフォルダーは残っていません: パスの途中がフォルダーではなくファイルです。"
    assert afile.read_text(encoding="utf-8") == "x"
    # The command line keeps core's English words.
    refused = FileExistsError(errno.EEXIST, "File exists", str(afile))
    assert failure_message(refused, afile) == f"export failed, nothing was written to {afile}: File exists"


def test_a_refusing_folder_is_said_in_japanese(qtbot, export_dialog, tmp_path, monkeypatch):
    out = tmp_path / "出力 先"
    folder_refuses_parts(monkeypatch)
    with language(QApplication.instance(), "ja"):
        dialog = export_dialog(out)
        message = _export(qtbot, dialog, "failed")
    assert message == dialog.summary_box.notes.text() == \
        f"何も書き込まれず、{out} にフォルダーは残っていません: そこに書き込む権限がありません。"
    assert not out.exists()  # the folder the export made went with its refused files


def test_the_replace_question_is_asked_in_japanese(qtbot, export_dialog, seeded_window, tmp_path):
    out = tmp_path / "out"
    export(open_db(seeded_window.db_path), "csv", out)
    before = snapshot(out)
    asked: list[str] = []
    with language(QApplication.instance(), "ja"):
        dialog = export_dialog(out)
        answer_replace(QMessageBox.No, asked)
        dialog.export_button.click()
    assert asked == [f"{out} には ライブラリ全体 の CSV の書き出しがあります。\n\nこの JSONL の書き出しで置き換えますか？"]
    assert not dialog.controller.is_running() and snapshot(out) == before


def test_a_refresh_the_disk_refused_says_in_japanese_that_the_earlier_export_was_kept(qtbot, export_dialog,
                                                                                      seeded_window, tmp_path,
                                                                                      monkeypatch):
    out = tmp_path / "出力"
    export(open_db(seeded_window.db_path), "jsonl", out)
    before = snapshot(out)
    folder_refuses_parts(monkeypatch)
    with language(QApplication.instance(), "ja"):
        message = _export(qtbot, export_dialog(out), "failed")
    assert message == f"何も書き込まれず、{out} の前回の書き出しはそのまま残しました: そこに書き込む権限がありません。"
    assert snapshot(out) == before


def test_an_export_into_a_folder_another_export_is_writing_is_refused_in_japanese(qtbot, export_dialog,
                                                                                   seeded_window, tmp_path):
    from core.export.folder_lock import export_lock

    out = tmp_path / "出力"
    export(open_db(seeded_window.db_path), "jsonl", out)
    before = snapshot(out)
    with language(QApplication.instance(), "ja"), export_lock(out):  # as another window's export holds it
        message = _export(qtbot, export_dialog(out), "failed")
    assert message == (f"書き出していません: 別の書き出しがいま {out} に書き込んでいます。"
                       "それが終わってから、もう一度お試しください。")
    assert snapshot(out) == before


@pytest.mark.skipif(importlib.util.find_spec("spacy") is not None, reason="spaCy installed: no note to word")
def test_the_note_that_spacy_is_missing_is_said_in_japanese(qtbot, export_dialog, tmp_path):
    with language(QApplication.instance(), "ja"):
        dialog = export_dialog(tmp_path / "spacy", "spacy")
        _export(qtbot, dialog, "finished")
        lines = dialog.summary_box.notes.text().splitlines()
    assert lines[-1] == "spaCy がインストールされていません: train.json だけを書き出しました（`python -m spacy convert train.json .`）"
    assert english_only(lines) == []


def test_an_interrupted_export_put_back_is_said_in_japanese(tmp_path):
    """The summary's line on an export a crash left half-done, finished or undone before this one wrote."""
    from core.export.recover import recover_folder
    from ui.jobs.export_summary import summary_lines

    out = tmp_path / "csv"
    out.mkdir()
    (out / "articles.csv").write_text("new\n")
    (out / "articles.csv.earlier").write_text("earlier\n")
    (out / "dataset.json").write_text('{"format": "csv", "files": {"articles.csv": 1}}')
    (out / "dataset.json.part").write_text('{"format": "csv", "files": {"articles.csv": 2}}')

    class Result:
        cancelled, articles, undated, cuts, notes = False, 1, 0, [], []
        recovered = recover_folder(out)

    with language(QApplication.instance(), "ja"):
        lines = summary_lines(Result, "csv")
    assert lines[1] == f"中断された書き出しが {out} を置き換えの途中で残していました。前回の書き出しを元に戻しました（ファイル 1 件）。"
    assert (out / "articles.csv").read_text() == "earlier\n" and not (out / "dataset.json.part").exists()


def test_an_interrupted_first_export_taken_back_is_said_in_japanese(tmp_path):
    """A killed export that had only added files (no earlier export there): its journal says which they were."""
    from core.export.journal import Entry, identity, write_journal
    from core.export.recover import recover_folder
    from ui.jobs.export_summary import summary_lines

    out = tmp_path / "brat"
    out.mkdir()
    (out / "article-000001.txt").write_text("renamed into place before the kill")
    (out / "annotation.conf.part").write_text("not yet")
    (out / "dataset.json.part").write_text("{}")
    write_journal(out, [Entry("article-000001.txt", None, identity(out / "article-000001.txt")),
                        Entry("annotation.conf", None, identity(out / "annotation.conf.part")),
                        Entry("dataset.json", None, identity(out / "dataset.json.part"))])

    class Result:
        cancelled, articles, undated, cuts, notes = False, 1, 0, [], []
        recovered = recover_folder(out)

    with language(QApplication.instance(), "ja"):
        lines = summary_lines(Result, "brat")
    assert lines[1] == f"中断された書き出しが {out} にファイルを 1 件残していました。それを削除しました。"
    assert list(out.iterdir()) == []


def test_an_unread_journal_and_partial_files_cleared_are_said_in_japanese(tmp_path):
    """An export killed while it wrote (its partial files listed as made, never renamed), beside a journal of the
    first journaling version: both said in the summary in Japanese."""
    from core.export.files import FileSet
    from core.export.recover import recover_folder
    from ui.jobs.export_summary import summary_lines

    out = tmp_path / "brat"
    files = FileSet(out)  # as a killed export leaves them: written, listed, neither published nor aborted
    files.write_whole("article-000001.txt", "本文")
    files.write_whole("article-000001.ann", "")
    files.parts.close()
    (out / "dataset.json.journal").write_text('{"name": "Kaidan export", "files": [["article-000001.txt", false]]}')

    class Result:
        cancelled, articles, undated, cuts, notes = False, 1, 0, [], []
        recovered = recover_folder(out)

    with language(QApplication.instance(), "ja"):
        lines = summary_lines(Result, "brat")
    assert lines[1:] == [
        f"中断された書き出しが {out} に以前の版の Kaidan の作業記録を残していました。この版では読めないため、"
        "書き出しの説明書きからフォルダを元に戻し、作業記録を削除しました。",
        f"中断された書き出しが {out} に書きかけのファイルを 2 件残していました。それらを削除しました。"]
    assert list(out.iterdir()) == []
