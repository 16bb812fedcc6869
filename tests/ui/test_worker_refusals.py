"""A job's expected refusal (a folder that will not take an export, a library that refuses a write) is said to
the user in words; stderr gets it in one line, and a traceback only for an error nobody expected."""

from __future__ import annotations

from core.export import Scope
from core.datasets.common import store_text
from core.store import open_db
from core.store.errors import WriteRefused
from ui.jobs.export_controller import ExportWorker
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
    assert len(errors) == 1 and errors[0].startswith("ExportFailed: Nothing was written to")
    assert logged == [errors[0]]  # the refusal's own line, no traceback
    assert afile.read_text(encoding="utf-8") == "x"


def test_a_refused_write_is_one_line_and_the_unexpected_keeps_its_traceback(qtbot, capfd):
    def refused():
        raise WriteRefused("the library is read-only:\nopen it elsewhere")

    def broken():
        raise KeyError("no such column")

    assert run_here(Worker(refused)) == ["WriteRefused: the library is read-only:\nopen it elsewhere"]
    assert capfd.readouterr().err.splitlines() == ["WriteRefused: the library is read-only: open it elsewhere"]
    assert run_here(Worker(broken)) == ["KeyError: 'no such column'"]
    logged = capfd.readouterr().err
    assert logged.startswith("Traceback (most recent call last):") and "in broken" in logged
