"""Label Studio, doccano and brat come back in: the annotations each carries, and a message for the rest."""

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
from core.store.claims import claims_for  # noqa: E402
from core.store.mentions import mentions_for  # noqa: E402

needs_seeds = pytest.mark.usefixtures("_shared_data")


@pytest.fixture
def _shared_data():
    require(SEEDS)


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("source")
    return build_library(folder)


def spans(db, body_start: str):
    article_id = next(r[0] for r in db.execute("SELECT id, body FROM articles") if r[1].startswith(body_start))
    return article_id, {(m.start, m.end, m.type, m.entity_id) for m in mentions_for(db, article_id)}


@needs_seeds
@pytest.mark.parametrize("fmt, name", [("labelstudio", "tasks.json"), ("doccano", "dataset.jsonl"), ("brat", "")])
def test_our_own_export_comes_back_with_its_spans(source, tmp_path, fmt, name):
    db = open_db(source)
    export(db, fmt, tmp_path / fmt)
    path = tmp_path / fmt / name if name else tmp_path / fmt
    assert detect(path) == fmt
    summary = import_datasets([(path, fmt)], tmp_path / "new.db")
    assert not summary.failed and len(summary.imported) == 6
    new = open_db(tmp_path / "new.db")
    _, before = spans(db, "𠮷")
    yoshi, after = spans(new, "𠮷")
    assert before == after  # doccano's registry ids travel in the example's metadata
    [claim] = claims_for(new, yoshi)
    assert claim.text == "「対話を続ける」" and claim.stance == "favor"
    assert claim.holder_text == "𠮷田" and claim.holder_entity_id == "user:yoshida-test"


LABEL_STUDIO_EXPORT = [{
    "id": 7, "data": {"text": "𠮷田外相と王毅外相が会談した。"},
    "annotations": [
        {"id": 1, "was_cancelled": False, "created_at": "2025-01-01", "result": []},
        {"id": 2, "was_cancelled": False, "created_at": "2025-02-01", "result": [
            {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": 0, "end": 3, "text": "𠮷田", "labels": ["PERSON"]}},
            {"id": "b", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": 6, "end": 8, "text": "王毅", "labels": ["PERSON"]}},
            {"id": "n", "from_name": "comment", "to_name": "text", "type": "textarea",
             "value": {"text": ["check"]}},
        ]},
        {"id": 3, "was_cancelled": True, "result": []},
    ],
}]


def test_a_label_studio_export_converts_utf16_and_names_what_is_left(tmp_path, capsys):
    path = tmp_path / "project-1.json"
    path.write_text(json.dumps(LABEL_STUDIO_EXPORT, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(path), "--db", str(tmp_path / "lib.db")]) == 0
    out = capsys.readouterr().out
    assert "imported 1" in out and "entity mentions 2" in out
    assert "not carried over: Label Studio textarea results (1)" in out
    assert "the latest one is kept" in out
    db = open_db(tmp_path / "lib.db")
    mentions = mentions_for(db, 1)
    body = db.execute("SELECT body FROM articles").fetchone()[0]
    assert [(body[m.start:m.end], m.start) for m in mentions] == [("𠮷田", 0), ("王毅", 5)]


def test_doccano_sequence_labels_and_bad_lines(tmp_path, capsys):
    path = tmp_path / "admin.jsonl"
    rows = [{"text": "𠮷田外相と王毅外相が会談した。", "label": [[0, 2, "PERSON"], [5, 7, "PERSON"], [30, 40, "ORG"]]},
            {"text": "", "label": [[0, 1, "X"]]}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{broken\n", encoding="utf-8")
    assert detect(path) == "doccano"
    assert main(["import", str(path), "--db", str(tmp_path / "lib.db")]) == 1
    out = capsys.readouterr().out
    assert "imported 1" in out and "skipped: offsets outside the text (1)" in out
    assert "line 2: no text" in out and "line 3: not valid JSON" in out
    db = open_db(tmp_path / "lib.db")
    assert [m.text for m in mentions_for(db, 1)] == ["𠮷田", "王毅"]


def test_brat_folder_with_what_kaidan_cannot_take(tmp_path, capsys):
    folder = tmp_path / "brat"
    folder.mkdir()
    text = "𠮷田外相は\n「対話を続ける」と述べた。"
    (folder / "doc.txt").write_text(text, encoding="utf-8")
    (folder / "doc.ann").write_text(
        "T1\tPERSON 0 2\t𠮷田\n"
        "T2\tClaim 6 14\t「対話を続ける」\n"
        "A1\tStance T2 favor\n"
        "A2\tNegated T1\n"
        "R1\tHolder Arg1:T2 Arg2:T1\n"
        "T3\tORG 0 1;3 5\t𠮷 外相\n"
        "E1\tMeet:T1\n"
        "#1\tAnnotatorNotes T1\tuser:yoshida 𠮷田\n", encoding="utf-8")
    (folder / "orphan.ann").write_text("", encoding="utf-8")
    assert main(["import", "--format", "brat", str(folder), "--db", str(tmp_path / "lib.db")]) == 1
    out = capsys.readouterr().out
    assert "imported 1" in out and "brat events (1)" in out and "skipped: discontinuous spans (1)" in out
    assert "other than a claim's Stance" in out and "no orphan.txt next to it" in out
    db = open_db(tmp_path / "lib.db")
    [claim] = claims_for(db, 1)
    assert (claim.text, claim.stance, claim.holder_text, claim.holder_entity_id) == \
        ("「対話を続ける」", "favor", "𠮷田", "user:yoshida")
    assert [m.entity_id for m in mentions_for(db, 1)] == ["user:yoshida"]


def test_a_wrong_format_fails_that_path_only(tmp_path, capsys):
    path = tmp_path / "x.json"
    path.write_text('{"not": "tasks"}', encoding="utf-8")
    assert main(["import", "--format", "kaidan", str(path), "--db", str(tmp_path / "lib.db")]) == 1
    assert "not a Kaidan export" in capsys.readouterr().out
