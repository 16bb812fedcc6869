"""A folder given to import that holds no file Kaidan reads (PDFs, an empty folder) is reported with the reason,
instead of an import that ends with "0 imported" and nothing more."""

from __future__ import annotations

from core.ingest.paths import EMPTY_FOLDER, expand_paths
from main import main


def test_a_folder_without_readable_files_is_reported(tmp_path):
    (tmp_path / "pdfs").mkdir()
    (tmp_path / "pdfs" / "会談.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "empty").mkdir()
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("記事", encoding="utf-8")
    files, refused = expand_paths([tmp_path / "pdfs", tmp_path / "empty", tmp_path / "news"])
    assert files == [str(tmp_path / "news" / "a.txt")]
    assert refused == [(str(tmp_path / "pdfs"), EMPTY_FOLDER), (str(tmp_path / "empty"), EMPTY_FOLDER)]
    assert ".html" in EMPTY_FOLDER and ".pdf" not in EMPTY_FOLDER


def test_the_command_line_names_the_folder_and_fails(tmp_path, capsys):
    (tmp_path / "pdfs").mkdir()
    (tmp_path / "pdfs" / "a.pdf").write_bytes(b"%PDF-1.4")
    assert main(["import", str(tmp_path / "pdfs"), "--db", str(tmp_path / "lib.db")]) == 1
    out = capsys.readouterr()
    assert f"failed: {tmp_path / 'pdfs'}: no file Kaidan reads in this folder" in out.out + out.err
