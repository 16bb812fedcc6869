"""Ctrl+C during an export lands as often as not just as a partial file was made, before the export noted it
(brat makes two an article): the export still takes back every file of its own and the folder it made."""

import pytest

import core.export.files as export_files
from core.export import export
from core.export.scope import ALL
from core.store import open_db
from tests.reliability.helpers import export_library


@pytest.mark.parametrize("fmt, after", [("brat", 1), ("brat", 4), ("jsonl", 2)])
def test_an_interrupt_just_after_a_partial_file_is_made_leaves_nothing(tmp_path, monkeypatch, fmt, after):
    library = export_library(tmp_path / "lib.db")
    real_init, made = export_files.ExportFile.__init__, []

    def init_then_interrupt(self, *args, **kwargs):
        real_init(self, *args, **kwargs)  # the file is there; the signal arrives before anyone notes it
        made.append(self.partial)
        if len(made) == after:
            raise KeyboardInterrupt

    monkeypatch.setattr(export_files.ExportFile, "__init__", init_then_interrupt)
    out = tmp_path / "out" / "export"
    db = open_db(library)
    try:
        with pytest.raises(KeyboardInterrupt):
            export(db, fmt, out, ALL)
    finally:
        db.close()
    assert made and not any(path.exists() for path in made)
    assert not (tmp_path / "out").exists()
