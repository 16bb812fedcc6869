"""Learning from the user: corrected articles retrain the library's tagger; decisions survive."""

import pytest

from core import learning
from core.analysis import analyze_library
from core.cli import main
from core.jobs import import_paths
from core.store import open_db
from core.store.mentions import add_user_mention, mentions_for, update_mention

# A made-up organisation no gazetteer or rule knows, in the pattern of a real news sentence.
TEACH = ("コルダニアは声明を出した。コルダニアの代表が会見した。コルダニアによると、協議は続く。\n"
         "専門家はコルダニアの動きを注視している。")
UNSEEN = "コルダニアは新たな提案を示した。"


@pytest.fixture
def small_base(monkeypatch):
    """The bundled training set cut to 300 texts: the same code path, a test-sized run."""
    full = learning.base_examples()[:300]
    monkeypatch.setattr(learning, "base_examples", lambda: full)


def _library(tmp_path):
    (tmp_path / "a.txt").write_text(TEACH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(UNSEEN + "\n" + "与野党は協議を続けた。", encoding="utf-8")
    db_path = tmp_path / "lib.db"
    import_paths([tmp_path / "a.txt", tmp_path / "b.txt"], db_path)
    return db_path


def test_no_corrections_no_model(tmp_path):
    db_path = _library(tmp_path)
    summary = learning.improve(db_path)
    assert summary.model is None and summary.articles == 0


def test_corrections_train_the_librarys_model_and_decisions_are_kept(tmp_path, small_base):
    db_path = _library(tmp_path)
    db = open_db(db_path)
    taught, other = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    body = db.execute("SELECT body FROM articles WHERE id = ?", [taught]).fetchone()[0]
    for start in [i for i in range(len(body)) if body.startswith("コルダニア", i)]:
        if not any(m.start == start and m.type == "ORG" for m in mentions_for(db, taught)):
            for m in mentions_for(db, taught):
                if m.start < start + 5 and start < m.end:
                    update_mention(db, m.id, state="rejected")
            add_user_mention(db, taught, start, start + 5, "ORG")
    user_spans = {(m.start, m.end) for m in mentions_for(db, taught) if m.origin == "user"}
    rejected = {(m.start, m.end) for m in mentions_for(db, taught, with_rejected=True) if m.state == "rejected"}
    db.close()

    steps = []
    summary = learning.improve(db_path, progress=lambda done, total, what: steps.append((done, total)))
    assert summary.articles == 1 and summary.model is not None and summary.model.exists()
    assert steps and steps[-1][0] <= steps[-1][1]

    analyze_library(db_path)
    db = open_db(db_path)
    assert learning.library_tagger(db).path == summary.model
    after = mentions_for(db, taught, with_rejected=True)
    assert user_spans <= {(m.start, m.end) for m in after if m.origin == "user"}
    assert rejected <= {(m.start, m.end) for m in after if m.state == "rejected"}
    # the name it was taught is found in an article no one corrected
    found = [(m.text, m.type) for m in mentions_for(db, other)]
    db.close()
    assert ("コルダニア", "ORG") in found


def test_cli_entities_improve_says_when_there_is_nothing_to_learn(tmp_path, capsys):
    db_path = _library(tmp_path)
    assert main(["entities", "improve", "--db", str(db_path), "-q"]) == 1
    assert "no corrected articles" in capsys.readouterr().out
