"""Export scope (ids, status, dates, outlet), progress and cancel: what the export dialog relies on."""

import json
import sys
from pathlib import Path

import pytest

from tests.shared_data import require

sys.path.insert(0, str(Path(__file__).parent))
from export_library import SEEDS, build_library  # noqa: E402

from core.cli import main  # noqa: E402
from core.export import Scope, export  # noqa: E402
from core.store import open_db  # noqa: E402

@pytest.fixture(autouse=True)
def _shared_data():
    require(SEEDS)


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    return build_library(tmp_path_factory.mktemp("scope"))


def ids_in(folder: Path) -> list[int]:
    lines = (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["id"] for line in lines]


def test_scope_filters(library, tmp_path):
    db = open_db(library)
    rows = list(db.query("SELECT id, status, coalesce(published, published_inferred) AS day, outlet FROM articles "
                         "ORDER BY id"))
    cases = {
        "ids": (Scope(ids=(rows[1]["id"], rows[3]["id"])), [rows[1]["id"], rows[3]["id"]]),
        "done": (Scope(statuses=("done",)), [r["id"] for r in rows if r["status"] == "done"]),
        "outlet": (Scope(outlets=(rows[0]["outlet"],)), [r["id"] for r in rows if r["outlet"] == rows[0]["outlet"]]),
        "dates": (Scope(date_from="2025-07-12", date_to="2025-12-31"),
                  [r["id"] for r in rows if "2025-07-12" <= (r["day"] or "")[:10] <= "2025-12-31"]),
    }
    for name, (scope, expected) in cases.items():
        result = export(db, "jsonl", tmp_path / name, scope)
        assert ids_in(tmp_path / name) == expected and expected, name
        card = json.loads((tmp_path / name / "dataset.json").read_text(encoding="utf-8"))
        assert card["counts"]["articles"] == len(expected) == result.articles
        assert card["scope"] != {"all": True}


def test_progress_and_cancel(library, tmp_path):
    db = open_db(library)
    seen = []
    export(db, "csv", tmp_path / "all", progress=lambda done, total, what: seen.append((done, total)), batch=2)
    assert seen[-1] == (6, 6)
    calls = iter(range(100))
    result = export(db, "conll", tmp_path / "stopped", cancelled=lambda: next(calls) >= 3, batch=2)
    assert result.cancelled
    assert not (tmp_path / "stopped").exists()  # nothing half-written is left behind, not even its folder


def test_export_command_flags(library, tmp_path, capsys):
    out = tmp_path / "out"
    kept = tmp_path / "kept"
    assert main(["export", "--format", "conll", "--out", str(kept), "--status", "done", "--keep-tokens",
                 "--db", str(library)]) == 0
    printed = capsys.readouterr().out
    assert "exported 1 article as conll" in printed and "cut a token" in printed
    # by default tokens are cut at entity boundaries, so no span is lost to a token
    assert main(["export", "--format", "conll", "--out", str(out), "--status", "done", "--db", str(library)]) == 0
    assert "cut a token" not in capsys.readouterr().out
    assert "cuts a token" not in (out / "cut_spans.tsv").read_text(encoding="utf-8")
    assert main(["export", "--format", "hf", "--out", str(tmp_path / "hf"), "--from", "2030-01-01",
                 "--db", str(library)]) == 0
    assert "exported 0 articles" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["export", "--format", "jsonl", "--out", str(out), "--from", "July", "--db", str(library)])
    out = tmp_path / "jsonl"
    assert main(["export", "--format", "jsonl", "--out", str(out), "--ids", "1,2", "--db", str(library)]) == 0
    assert ids_in(out) == [1, 2]


def test_a_date_range_takes_the_day_read_from_the_text(library_of_seeds_and_undated, tmp_path, capsys):
    """Three seeds have no page date; the list shows the day their text gives (≈). A range takes that day, as
    the list sorts by it; an article with no day at all stays out, and the export says how many did."""
    path, undated_id = library_of_seeds_and_undated
    db = open_db(path)
    rows = {r["id"]: r for r in db.query("SELECT id, published, published_inferred FROM articles")}
    page_dated = [i for i, r in rows.items() if r["published"]]
    inferred = [i for i, r in rows.items() if not r["published"] and r["published_inferred"]]
    assert len(inferred) >= 3 and rows[undated_id]["published_inferred"] is None
    day = lambda r: (r["published"] or r["published_inferred"])[:10]  # noqa: E731
    july = rows[[i for i in inferred if day(rows[i]).startswith("2025-07")][0]]
    scope = Scope(date_from="2025-07-01", date_to="2025-07-31")
    result = export(db, "jsonl", tmp_path / "july", scope)
    expected = sorted(i for i, r in rows.items() if r is not rows[undated_id] and "2025-07" == day(r)[:7])
    assert july["id"] in ids_in(tmp_path / "july") == expected
    assert any(i in expected for i in page_dated)  # the page's own date still decides where it has one
    assert result.undated == 1
    assert export(db, "jsonl", tmp_path / "all").undated == 0  # no range: nothing is left out
    assert main(["export", "--format", "jsonl", "--out", str(tmp_path / "cli"), "--from", "2025-01-01",
                 "--db", str(path)]) == 0
    printed = capsys.readouterr().out
    assert f"exported {len(rows) - 1} articles" in printed
    assert "1 article with no date" in printed and "left out of the date range" in printed


@pytest.fixture
def library_of_seeds_and_undated(tmp_path):
    """The seeds and a page whose text names no day: (library path, the undated article's id)."""
    from core.jobs import import_paths

    plain = tmp_path / "undated.txt"
    plain.write_text("外相は記者団に対し、対話を続ける考えを示した。\n", encoding="utf-8")
    path = tmp_path / "lib.db"
    assert not import_paths([SEEDS, plain], path).failed
    db = open_db(path)
    undated = db.execute("SELECT id FROM articles WHERE source LIKE '%undated.txt'").fetchone()[0]
    # a file's time gives an imported page a day; a text pasted or read from a dataset may have none
    db["articles"].update(undated, {"published_inferred": None, "published_inferred_precision": None})
    db.close()
    return path, undated


def test_an_article_dated_by_its_month_is_in_a_range_holding_one_of_its_days(tmp_path):
    """A dataset's column may give a month (2019-03): the article is in March's range, and in the range the
    export dialog offers (the library's first day, 2019-03-01, onwards); before, 2019-03 sorted before every
    day of March and fell out."""
    from core.article import Article
    from core.export.scope import count_in_scope
    from core.store.article_list import library_days
    from core.store.articles import insert_article

    db = open_db(tmp_path / "months.db")
    for n, day in enumerate(("2019-03", "2019-04-02T09:30+09:00", "2020")):
        insert_article(db, Article(source=f"{n}.txt", source_format="txt", raw=f"記事{n}。", published=day,
                                   paragraphs=[f"記事{n}。"], body_lines=[1]))
    first, last = library_days(db)
    assert count_in_scope(db, Scope(date_from=first, date_to=last)) == 3
    assert count_in_scope(db, Scope(date_from="2019-03-10", date_to="2019-03-31")) == 1
    assert count_in_scope(db, Scope(date_from="2019-04-01", date_to="2019-04-30")) == 1
    assert count_in_scope(db, Scope(date_from="2019-04-03", date_to="2019-12-31")) == 0
    assert count_in_scope(db, Scope(date_to="2019-02-28")) == 0
    db.close()
