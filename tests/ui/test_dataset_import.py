"""Importing annotated datasets from the window: a Kaidan export folder comes back with its annotations."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from core.export import export
from core.store import open_db


def counts(db) -> dict:
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return {"articles": one("SELECT count(*) FROM articles"),
            "mentions": one("SELECT count(*) FROM mentions"),
            "claims": one("SELECT count(*) FROM claims"),
            "meetings": one("SELECT count(*) FROM meetings")}


def exported_seeds(seeds, library_of, tmp_path):
    """The seeds imported (so annotated by detection) and exported as Kaidan JSONL; returns (folder, counts)."""
    db_path = library_of(seeds, name="source.db")
    db = open_db(db_path)
    try:
        export(db, "jsonl", tmp_path / "export")
        return tmp_path / "export", counts(db)
    finally:
        db.close()


def test_a_kaidan_export_folder_brings_back_annotations(qtbot, seeds, library_of, tmp_path, make_window,
                                                       import_and_wait):
    folder, before = exported_seeds(seeds, library_of, tmp_path)
    assert before["mentions"] and before["claims"]
    window = make_window()
    summary = import_and_wait(window, [folder], expected_rows=len(seeds))  # auto: recognised as kaidan
    assert not summary.failed
    assert counts(window.db) == before
    assert summary.annotations["entity mentions"] > 0
    box = window.imports.summary_box
    assert box is not None and "Annotations: " in box.informativeText()
    assert "entity mentions" in box.informativeText()


def test_import_annotated_dataset_dialog_with_a_format(qtbot, seeds, library_of, tmp_path, make_window):
    folder, before = exported_seeds(seeds, library_of, tmp_path)
    window = make_window()
    dialog = window.choose_import_dataset()
    dialog.format.setCurrentIndex(dialog.format.findData("kaidan"))
    dialog.path.setText(str(folder / "articles.jsonl"))
    with qtbot.waitSignal(window.imports.finished, timeout=60000):
        dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert counts(window.db)["claims"] == before["claims"]
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)


def test_a_wrong_format_is_reported_not_raised(qtbot, seeds, make_window):
    window = make_window()
    with qtbot.waitSignal(window.imports.finished, timeout=60000) as blocker:
        window.import_paths([seeds[0]], "brat")
    assert [reason for _path, reason in blocker.args[0].failed]
    assert window.imports.summary_box.icon() == window.imports.summary_box.Icon.Warning
