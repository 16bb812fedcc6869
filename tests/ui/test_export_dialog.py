"""File → Export…: format, folder and scope; the export runs on the pool; cancel leaves no files."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from core.datasets.common import store_text
from core.store import open_db
from ui.jobs.export_controller import ExportWorker


@pytest.fixture
def seeds_window(qtbot, seeds, library_of, make_window):
    library_of(seeds)
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)
    return window


def export_through(qtbot, window, fmt, out_dir, scope="all"):
    """Open the dialog, choose, press Export; returns (dialog, ExportResult)."""
    dialog = window.show_export()
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.folder.setText(str(out_dir))
    dialog.articles.set_key(scope)
    with qtbot.waitSignal(dialog.controller.finished, timeout=60000) as blocker:
        dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.controller.is_running(), timeout=30000)
    return dialog, blocker.args[0]


def lines(path):
    return [line for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]


def records(path):
    """Rows of an exported file: JSON lines, or CSV rows read with the csv module (bodies span lines)."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle))
    return [json.loads(line) for line in lines(path)]


def test_the_summary_names_the_format_as_the_list_does(qtbot, seeds_window, seeds, tmp_path):
    """The user chose "Hugging Face" in the list; the summary never says the command line's key "hf"."""
    from tests.ui.i18n_walk import language
    with language(QApplication.instance(), "ja"):
        dialog, result = export_through(qtbot, seeds_window, "hf", tmp_path / "hf")
    assert dialog.format.currentText() == "Hugging Face"
    assert f"記事 {len(seeds)} 件を Hugging Face で書き出しました。" in dialog.summary_box.notes.text()


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_all_through_the_worker(qtbot, seeds_window, seeds, tmp_path, fmt):
    out = tmp_path / fmt
    dialog, result = export_through(qtbot, seeds_window, fmt, out)
    assert not result.cancelled and result.articles == len(seeds)
    name = "articles.jsonl" if fmt == "jsonl" else "articles.csv"
    assert result.files[name] == len(seeds)
    assert len(records(out / name)) == len(seeds)
    assert json.loads((out / "dataset.json").read_text(encoding="utf-8"))["format"] == fmt
    # The summary lists each file with its count and offers the folder.
    shown = {dialog.summary_box.files.item(r, 0).text(): dialog.summary_box.files.item(r, 1).text()
             for r in range(dialog.summary_box.files.rowCount())}
    assert shown[name] == str(len(seeds))
    assert f"{len(seeds)} articles exported as {fmt.upper()}" in dialog.summary_box.notes.text()  # as the list names it
    assert dialog.open_button.isVisibleTo(dialog)
    # Remembered for next time, read back with type=.
    assert QSettings().value("export/format", type=str) == fmt
    assert QSettings().value("export/folder", type=str) == str(out)
    assert seeds_window.show_export().fmt() == fmt


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_scope_done(qtbot, seeds_window, tmp_path, fmt):
    window = seeds_window
    window.select_row(1)
    window.statuses.set_status("done")
    done_id = window.model.article_id(1)
    out = tmp_path / fmt
    dialog, result = export_through(qtbot, window, fmt, out, scope="done")
    assert result.articles == 1
    name = "articles.jsonl" if fmt == "jsonl" else "articles.csv"
    assert result.files[name] == 1
    assert [int(r["id"]) for r in records(out / name)] == [done_id]
    assert dialog.articles.count.text() == "1 article to export"


def test_selected_scope_and_cut_spans_in_the_summary(qtbot, seeds_window, tmp_path):
    window = seeds_window
    window.list_view.selectAll()
    dialog, result = export_through(qtbot, window, "conll", tmp_path / "conll", scope="selected")
    assert result.articles == window.model.rowCount()
    if result.cuts:  # the seeds' 米/中 abbreviations cut fugashi tokens
        assert "cut_spans.tsv" in dialog.summary_box.notes.text()


def test_cancel_leaves_no_partial_files(qtbot, make_window, tmp_path, monkeypatch):
    db = open_db(tmp_path / "library.db")
    for n in range(250):  # more than one progress batch (progress comes every 100 articles)
        store_text(db, f"synthetic-{n}", "txt", f"記事{n}。日米外相が会談した。")
    db.close()
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 250, timeout=10000)
    original = ExportWorker._progress

    def cancel_after_first_batch(self, done, total, what):
        self.cancel()  # on the worker thread, before the next article: deterministic
        original(self, done, total, what)

    monkeypatch.setattr(ExportWorker, "_progress", cancel_after_first_batch)
    out = tmp_path / "out"
    dialog, result = export_through(qtbot, window, "jsonl", out)
    assert result.cancelled
    assert not out.exists()  # the folder the export made goes with its partial files
    assert "cancelled" in dialog.summary_box.notes.text()
    assert not dialog.open_button.isVisibleTo(dialog)


def test_cancel_button_asks_the_worker_to_stop(qtbot, seeds_window, tmp_path):
    dialog = seeds_window.show_export()
    dialog.folder.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(dialog.controller.finished, timeout=60000):
        dialog.export_button.click()
        assert dialog.cancel_button.isVisibleTo(dialog) and not dialog.export_button.isEnabled()
        dialog.cancel_button.click()
        assert dialog.controller.worker.is_cancelled()
    qtbot.waitUntil(lambda: not dialog.controller.is_running(), timeout=30000)
    assert dialog.close_button.isVisibleTo(dialog)


def test_a_date_range_keeps_the_pages_dated_from_their_text(qtbot, seeds, library_of, make_window, tmp_path):
    """Three seeds have no page date, only the day their text gives (≈ in the list). The dialog's range takes
    that day, its tooltip says so in the window's language, and the summary counts the article with no day."""
    from PySide6.QtCore import QDate

    from tests.ui.i18n_walk import language

    plain = tmp_path / "undated.txt"
    plain.write_text("外相は記者団に対し、対話を続ける考えを示した。\n", encoding="utf-8")
    db = open_db(library_of([*seeds, plain]))
    rows = list(db.query("SELECT id, published, published_inferred, source FROM articles ORDER BY id"))
    undated = next(r["id"] for r in rows if r["source"].endswith("undated.txt"))
    # a file's time gives an imported page a day; a text pasted or read from a dataset may have none
    db["articles"].update(undated, {"published_inferred": None, "published_inferred_precision": None})
    db.close()
    in_july = [r["id"] for r in rows if (r["published"] or r["published_inferred"] or "")[:7] == "2025-07"]
    assert any(not r["published"] for r in rows if r["id"] in in_july)  # one of them is dated from its text
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(rows), timeout=10000)
    with language(QApplication.instance(), "ja"):
        dialog = window.show_export()
        dialog.format.setCurrentIndex(dialog.format.findData("jsonl"))
        dialog.folder.setText(str(tmp_path / "july"))
        dialog.articles.set_key("dates")
        dialog.articles.date_from.setDate(QDate(2025, 7, 1))
        dialog.articles.date_to.setDate(QDate(2025, 7, 31))
        assert "本文から読み取った日付" in dialog.articles.radio["dates"].toolTip()
        assert dialog.in_scope == len(in_july)
        with qtbot.waitSignal(dialog.controller.finished, timeout=60000) as blocker:
            dialog.export_button.click()
        qtbot.waitUntil(lambda: not dialog.controller.is_running(), timeout=30000)
        assert [r["id"] for r in records(tmp_path / "july" / "articles.jsonl")] == in_july
        assert blocker.args[0].undated == 1
        assert "日付のない記事 1 件" in dialog.summary_box.notes.text()


def test_the_date_range_offered_is_the_librarys_own(qtbot, seeds_window):
    """An archive's articles are years old: the range offered spans them (before: the past year, which held
    none of an older archive's articles)."""
    from PySide6.QtCore import QDate, Qt

    from core.store.article_list import library_days

    first, last = library_days(seeds_window.db)
    dialog = seeds_window.show_export()
    qtbot.waitUntil(lambda: dialog.articles.date_from.date() == QDate.fromString(first, Qt.ISODate), timeout=10000)
    assert dialog.articles.date_to.date() == QDate.fromString(last, Qt.ISODate)
    dialog.articles.set_key("dates")
    assert dialog.in_scope == seeds_window.model.rowCount()  # every seed has a day


def test_a_day_no_field_can_show_leaves_the_range_offered_whole(qtbot):
    """Both ends of the range come from the library or neither: one end set alone (the other a day a date field
    cannot show) made a range of the past year's start to an archive's last day."""
    from PySide6.QtCore import QDate

    from ui.jobs.export_scope import ExportScope

    scope = ExportScope([])
    qtbot.addWidget(scope)
    before = scope.date_from.date(), scope.date_to.date()
    scope.offer_days("2019-03", "2019-03-20")
    assert (scope.date_from.date(), scope.date_to.date()) == before
    scope.offer_days("2019-03-01", "2019-03-20")
    assert (scope.date_from.date(), scope.date_to.date()) == (QDate(2019, 3, 1), QDate(2019, 3, 20))
