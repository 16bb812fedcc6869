"""A folder of a dataset imported whole (a livedoor category) leaves out the dataset's furniture (its
LICENSE.txt, a README, a change log) and says so; the same file named on its own is imported as asked."""

from __future__ import annotations

from core.ingest.paths import expand_paths, furniture_reason
from main import main
from tests.shared_data import CATEGORY_ARTICLES as ARTICLES
from tests.shared_data import livedoor_category


def _category(tmp_path):
    return livedoor_category(tmp_path / "peachy")


def test_a_folder_lists_its_articles_and_names_the_licence_it_skipped(tmp_path):
    folder = _category(tmp_path)
    (folder / "readme").write_text("このフォルダについて", encoding="utf-8")  # no extension: not read anyway
    (folder / "ChangeLog.txt").write_text("2012-09 公開", encoding="utf-8")
    skipped: list = []
    files, refused = expand_paths([folder], skipped)
    assert files == [str(folder / name) for name in ARTICLES]
    assert refused == []
    assert skipped == [(str(folder / "ChangeLog.txt"), "a change log, not an article"),
                       (str(folder / "LICENSE.txt"), "a licence file, not an article")]


def test_names_are_furniture_only_whole():
    assert furniture_reason("license") == furniture_reason("LICENSE-CC.txt") == "a licence file, not an article"
    assert furniture_reason("README_ja.txt") == "a read-me file, not an article"
    assert furniture_reason("changes-in-policy.txt") is None
    assert furniture_reason("licensed-deal.txt") is None
    assert furniture_reason("news.txt") is None


def test_the_command_line_says_what_it_skipped_and_succeeds(tmp_path, capsys):
    folder = _category(tmp_path)
    assert main(["import", str(folder), "--db", str(tmp_path / "lib.db")]) == 0
    out = capsys.readouterr().out
    assert "imported 2, duplicates 0, failed 0" in out
    assert f"skipped: {folder / 'LICENSE.txt'} — a licence file, not an article" in out


def test_a_licence_named_on_its_own_is_imported_as_asked(tmp_path, capsys):
    folder = _category(tmp_path)
    assert main(["import", str(folder / "LICENSE.txt"), "--db", str(tmp_path / "lib.db")]) == 0
    out = capsys.readouterr().out
    assert "imported 1, duplicates 0, failed 0" in out and "skipped" not in out
