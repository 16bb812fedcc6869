"""A brat export's card says which articles' files it wrote (article_ids, as [first, last] runs): a refresh takes
only those as the earlier export's. A user's own file named like one (article-000123.txt, written by hand or by
another tool into the export folder) is neither removed as a file the refresh no longer writes nor written over
unasked: the refresh asks first, as for any file not from an export. Before, the card's pattern took it for the
export's own, and a refresh deleted it."""

import json

import pytest

from core.cli import main
from core.export import other_export
from core.export.id_ranges import id_ranges
from core.export.scope import ALL
from tests.reliability.helpers import export_library


@pytest.fixture
def library(tmp_path):
    return export_library(tmp_path / "lib.db")


def brat(library, out, *extra):
    return main(["export", "--db", str(library), "--format", "brat", "--out", str(out), "--quiet", *extra])


def test_the_card_names_the_articles_whose_files_it_wrote(library, tmp_path):
    out = tmp_path / "brat"
    assert brat(library, out, "--ids", "1,2,3,5") == 0
    assert json.loads((out / "dataset.json").read_text(encoding="utf-8"))["article_ids"] == [[1, 3], [5, 5]]
    assert id_ranges([9, 7, 8, 1, 7]) == [[1, 1], [7, 9]]


def test_a_refresh_keeps_the_users_own_article_file(library, tmp_path):
    out = tmp_path / "brat"
    assert brat(library, out) == 0
    (out / "article-000123.txt").write_text("the user's own notes on an article", encoding="utf-8")
    (out / "article-000123.ann").write_text("T1\tPERSON 0 3\tthe\n", encoding="utf-8")
    reason = other_export(out, "brat", ALL)
    assert reason.code == "export_clashes" and reason.details["names"] == ["article-000123.ann",
                                                                          "article-000123.txt"]
    assert brat(library, out) == 1  # the command line asks for --force, as for any file not the export's
    assert brat(library, out, "--force") == 0  # replacing was chosen: still, a file it does not write is left
    assert (out / "article-000123.txt").read_text(encoding="utf-8") == "the user's own notes on an article"
    assert (out / "article-000123.ann").is_file()


def test_the_earlier_exports_own_files_of_an_article_left_out_still_go(library, tmp_path):
    out = tmp_path / "brat"
    assert brat(library, out) == 0
    assert brat(library, out, "--ids", "1,2,3,4", "--force") == 0
    assert not (out / "article-000005.txt").exists() and (out / "article-000004.txt").is_file()
    assert other_export(out, "brat", ALL) is not None  # a different scope now: not a refresh
