"""An export folder dropped on the import: read back as the dataset it is, or left out and named; its card
and its tables (a mention, a claim per row) never become articles."""

from __future__ import annotations

import shutil
from fnmatch import fnmatch

from core.export_names import FILES, FORMATS
from core.importer import import_any
from core.ingest.export_cards import READ_BACK, card_format, is_card
from core.store import open_db


def _stored(path) -> list[str]:
    db = open_db(path, readonly=True)
    try:
        return sorted(body for (body,) in db.execute("SELECT body FROM articles"))
    finally:
        db.close()


def _spans(path) -> set[tuple]:
    db = open_db(path, readonly=True)
    try:
        return set(db.execute("SELECT a.body, m.start_char, m.end_char, m.text, m.type FROM mentions m "
                              "JOIN articles a ON a.id = m.article_id WHERE m.state != 'rejected'").fetchall())
    finally:
        db.close()


def test_label_studio_and_doccano_folders_are_read_back_with_their_spans_where_they_were(exports, library, tmp_path):
    for fmt in ("labelstudio", "doccano"):
        folder, _ = exports(fmt)
        fresh = tmp_path / f"{fmt}.db"
        summary = import_any([folder], str(fresh))
        assert not summary.failed and not summary.skipped
        assert _stored(fresh) == _stored(library)  # the card is no article; the tasks are
        assert _spans(fresh) == _spans(library)  # offsets unshifted by 𠮷 and the rest


def test_a_folder_of_tables_kaidan_does_not_read_back_is_left_out_and_named(exports, tmp_path):
    for fmt in ("csv", "hf", "conll", "spacy", "w3c"):
        folder, _ = exports(fmt)
        fresh = tmp_path / f"{fmt}.db"
        summary = import_any([folder], str(fresh))
        assert not summary.imported and not summary.failed
        assert [(source, reason.code) for source, reason in summary.skipped] == [(str(folder), "export_not_read_back")]
        assert str(summary.skipped[0][1]).startswith(f"a Kaidan {fmt} export, which Kaidan does not read back")


def test_exports_inside_a_folder_and_a_card_named_alone_are_named(exports, tmp_path):
    parent = tmp_path / "exports"
    for fmt in ("csv", "labelstudio"):
        shutil.copytree(exports(fmt)[0], parent / fmt)
    card = parent / "csv" / "dataset.json"
    summary = import_any([parent, card], str(tmp_path / "lib.db"))
    assert not summary.imported
    assert [(source, reason.code) for source, reason in summary.skipped] == [
        (str(parent / "csv"), "export_not_read_back"), (str(parent / "labelstudio"), "export_inside")]
    assert [(source, reason.code) for source, reason in summary.failed] == [(str(card), "export_card")]


def test_a_brat_export_brings_the_detectors_proposals_back_as_proposals(exports, library, tmp_path):
    folder, _ = exports("brat")
    fresh = tmp_path / "brat.db"
    summary = import_any([folder], str(fresh))
    assert not summary.failed

    def states(path) -> set[tuple]:
        db = open_db(path, readonly=True)
        try:
            return set(db.execute("SELECT a.body, m.start_char, m.end_char, m.state FROM mentions m "
                                  "JOIN articles a ON a.id = m.article_id WHERE m.state != 'rejected'").fetchall())
        finally:
            db.close()

    source = states(library)
    assert {state for *_, state in source} == {"proposed", "accepted"}  # both kinds went out
    assert states(fresh) == source  # a proposal came back as the annotator's decision


def test_each_export_writes_the_card_and_the_files_the_import_knows_it_by(exports):
    """The names an export writes and those an import looks for are one list (core.export_names): the card of every
    format is known as such, and the file a read-back importer opens is one the export wrote."""
    for fmt in FORMATS:
        folder, _ = exports(fmt)
        names = sorted(path.name for path in folder.iterdir())
        assert card_format(folder) == fmt and [name for name in names if is_card(folder / name)] == ["dataset.json"]
        # (what it may write, which an export checks a folder for before replacing it: train.spacy with spaCy only)
        assert all(any(fnmatch(name, pattern) for pattern in FILES[fmt]) for name in names if name != "dataset.json")
        if fmt in READ_BACK and READ_BACK[fmt][1]:
            assert READ_BACK[fmt][1] in names
