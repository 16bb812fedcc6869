"""Kaidan's own export is lossless: export → import into an empty library → export gives the same files."""

import json
import sys
from pathlib import Path

import pytest

from tests.shared_data import require

sys.path.insert(0, str(Path(__file__).parent))
from export_library import SEEDS, build_library  # noqa: E402

from core.cli import main  # noqa: E402
from core.datasets import detect, import_datasets  # noqa: E402
from core.export import export  # noqa: E402
from core.store import open_db  # noqa: E402

@pytest.fixture(autouse=True)
def _shared_data():
    require(SEEDS)
FILES = ("articles.jsonl", "entities.jsonl", "meetings.jsonl", "meeting_links.jsonl")


def read(folder: Path) -> dict:
    return {name: [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines()]
            for name in FILES}


def without_ids(files: dict) -> dict:
    """Article and meeting ids replaced by their position, the one thing an import may change."""
    articles = {a["id"]: i for i, a in enumerate(files["articles.jsonl"])}
    meetings = {m["id"]: i for i, m in enumerate(files["meetings.jsonl"])}
    out = json.loads(json.dumps(files))
    for a in out["articles.jsonl"]:
        a["id"] = articles[a["id"]]
        for m in a["meeting_mentions"]:
            m["meeting_id"] = meetings.get(m["meeting_id"])
    for m in out["meetings.jsonl"]:
        m["id"], m["parent"] = meetings[m["id"]], meetings.get(m["parent"])
        for mention in m["mentions"]:
            mention["article_id"] = articles[mention["article_id"]]
    for link in out["meeting_links.jsonl"]:
        link["from"], link["to"] = meetings[link["from"]], meetings[link["to"]]
        link["article_id"] = articles.get(link["article_id"])
    return out


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    return build_library(tmp_path_factory.mktemp("library"))


def test_round_trip_gives_the_same_files(library, tmp_path):
    first = tmp_path / "first"
    db = open_db(library)
    export(db, "jsonl", first)
    db.close()
    assert detect(first) == "kaidan" and detect(first / "articles.jsonl") == "kaidan"
    summary = import_datasets([(first, "kaidan")], tmp_path / "empty.db")
    assert not summary.failed and not summary.not_carried
    again = tmp_path / "again"
    db = open_db(tmp_path / "empty.db")
    export(db, "jsonl", again)
    before, after = read(first), read(again)
    assert without_ids(before) == without_ids(after)
    card_before, card_after = (json.loads((f / "dataset.json").read_text(encoding="utf-8")) for f in (first, again))
    for card in (card_before, card_after):
        del card["exported_at"]
    assert card_before == card_after
    # what the round trip is about is really there
    articles = before["articles.jsonl"]
    assert len(articles) == 6
    assert any(a["rejected_entities"] for a in articles)
    assert {c["state"] for a in articles for c in a["claim_candidates"]} >= {"candidate", "dismissed"}
    assert {c["origin"] for a in articles for c in a["claims"]} == {"user", "suggested"}
    assert any(m["meeting_id"] is not None for a in articles for m in a["meeting_mentions"])
    assert any(m["participants"] and m["parent"] is None for m in before["meetings.jsonl"])
    assert any(m["parent"] is not None for m in before["meetings.jsonl"])
    assert any(link["relation"] == "follow_up" for link in before["meeting_links.jsonl"])
    entities = {e["id"]: e for e in before["entities.jsonl"]}
    assert entities["user:yoshida-test"]["origin"] == "user"
    assert entities["user:yoshida-dup"]["merged_into"] == "user:yoshida-test"
    # the same raw content: importing the original files again finds duplicates
    hashes = lambda d: sorted(r[0] for r in d.execute("SELECT content_hash FROM articles"))  # noqa: E731
    assert hashes(db) == hashes(open_db(library))
    assert db.execute("SELECT count(*) FROM cleaning_overrides").fetchone()[0] == \
        open_db(library).execute("SELECT count(*) FROM cleaning_overrides").fetchone()[0]


def test_import_command_recognises_an_export_folder(library, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["export", "--format", "jsonl", "--out", str(out), "--db", str(library), "-q"]) == 0
    assert main(["import", str(out), "--db", str(tmp_path / "new.db"), "-q"]) == 0
    printed = capsys.readouterr().out
    assert "imported 6, duplicates 0, failed 0" in printed
    assert "meetings" in printed and "claims" in printed
    # again: every article is there already, and the output says their annotations were not merged
    assert main(["import", str(out / "articles.jsonl"), "--db", str(tmp_path / "new.db"), "-q"]) == 0
    printed = capsys.readouterr().out
    assert "imported 0, duplicates 6" in printed and "not merged" in printed


def test_plain_dataset_jsonl_is_still_read_as_articles(tmp_path, capsys):
    rows = tmp_path / "news.jsonl"
    rows.write_text(json.dumps({"text": "日米首脳が会談した。両首脳は協力を確認した。", "label": "diplomacy"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    assert detect(rows) is None
    assert main(["import", str(rows), "--db", str(tmp_path / "lib.db")]) == 0
    assert "imported 1, duplicates 0, failed 0" in capsys.readouterr().out
