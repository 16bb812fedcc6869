"""A job's expected refusal (a folder that will not take an export, a library that refuses a write) is said to
the user in words; stderr gets it in one line, and a traceback only for an error nobody expected."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from core.export import Scope
from core.datasets.common import store_text
from core.store import open_db
from core.store.errors import LibraryBusy, LibraryDamaged, LibraryGone, LibraryMissing
from tests.ui.i18n_walk import english_only, language
from ui.jobs.export_controller import ExportWorker, library_choices
from ui.jobs.workers import Worker


def run_here(worker) -> list[str]:
    """Run worker on this thread; the errors it signals."""
    errors = []
    worker.signals.error.connect(errors.append)
    worker.run()
    return errors


def test_an_export_into_a_file_says_its_refusal_in_one_line(qtbot, tmp_path, capfd):
    library = tmp_path / "lib.db"
    db = open_db(library)
    store_text(db, "test#1", "txt", "外務大臣は記者会見で日中関係について述べた。", {"title": "会見"})
    db.close()
    afile = tmp_path / "出力.txt"
    afile.write_text("x", encoding="utf-8")
    errors = run_here(ExportWorker(str(library), "jsonl", afile, Scope()))
    logged = capfd.readouterr().err.splitlines()
    assert len(errors) == 1 and errors[0].startswith("Nothing was written to")  # words, not the class's name
    assert logged == [f"ExportFailed: {errors[0]}"]  # the refusal's own line, no traceback
    assert afile.read_text(encoding="utf-8") == "x"


def test_a_refused_write_is_one_line_and_the_unexpected_keeps_its_traceback(qtbot, capfd):
    def refused():
        raise LibraryBusy("/lib/library.db is busy:\nanother program is writing to it")

    def broken():
        raise KeyError("no such column")

    assert run_here(Worker(refused)) == ["the library is busy: another program is writing to it"]
    assert capfd.readouterr().err.splitlines() == [
        "LibraryBusy: /lib/library.db is busy: another program is writing to it"]
    assert run_here(Worker(broken)) == ["KeyError: 'no such column'"]
    logged = capfd.readouterr().err
    assert logged.startswith("Traceback (most recent call last):") and "in broken" in logged


def test_a_library_gone_from_under_a_job_is_one_line_in_the_windows_language(qapp, qtbot, tmp_path, capfd):
    """A job opening a library that is no longer there (LibraryError, not a refused write) printed a traceback
    and told the user 'LibraryMissing: no library at …' in English."""
    gone = tmp_path / "library.db"
    with language(qapp, "ja"):
        worker = Worker(library_choices, str(gone))
        with qtbot.waitSignal(worker.signals.error, timeout=10000) as blocker:
            QThreadPool.globalInstance().start(worker)  # off the GUI thread, as the window runs it
        QThreadPool.globalInstance().waitForDone()
    said = blocker.args[0]
    assert "削除" in said and "\n" not in said and not english_only([said]) and "Library" not in said
    assert capfd.readouterr().err.splitlines() == [f"LibraryMissing: no library at {gone}"]


def test_every_library_error_is_worded_by_its_kind_never_by_its_class(qtbot, capfd):
    for exc in (LibraryMissing("no library at /x"), LibraryDamaged("/x is damaged (malformed)"),
                LibraryGone("/x was moved")):
        def fail(exc=exc):
            raise exc

        [said] = run_here(Worker(fail))
        assert said and type(exc).__name__ not in said and "/x" not in said
    assert "Traceback" not in capfd.readouterr().err


def test_a_library_error_of_no_narrower_kind_keeps_its_cause(qapp, qtbot, tmp_path, capfd):
    """A LibraryError of no kind of its own (another program's file, a folder where the file should be, a newer
    Kaidan's schema, an upgrade that failed) was told as 'replaced by another file, or made by a newer Kaidan'
    whatever its cause, and core's line, the only one naming it, was dropped."""
    (tmp_path / "other.db").write_bytes(b"not a database " * 64)
    with language(qapp, "ja"):
        [other] = run_here(Worker(open_db, tmp_path / "other.db"))
        [folder] = run_here(Worker(open_db, tmp_path))
    assert "not a Kaidan library" in other and "is a folder" in folder
    assert not english_only([other]) and "LibraryError" not in other + folder
    assert "newer Kaidan" not in other + folder and "\n" not in other + folder
    assert "Traceback" not in capfd.readouterr().err


def test_a_job_whose_librarys_folder_is_gone_says_the_library_is_missing(qapp, qtbot, tmp_path, capfd):
    """A job opening its library for writing (an import, a detection) after the library's folder was moved or
    deleted: it is the same missing library a read meets, not a file 'replaced by another or made by a newer
    Kaidan'."""
    gone = tmp_path / "moved" / "library.db"
    with language(qapp, "ja"):
        [said] = run_here(Worker(open_db, gone))
        [missing] = run_here(Worker(library_choices, str(gone)))
    assert said == missing and "削除" in said
    assert not gone.parent.exists()  # nothing made in its place
    assert capfd.readouterr().err.splitlines()[0].startswith("LibraryMissing: ")
