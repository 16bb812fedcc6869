"""The import's writer stores meetings only where an article proposes some, and still drops the unmentioned."""

import core.meetings.store_plan
from core.jobs import import_paths
from core.store import open_db
from core.store.meetings import create_meeting

MEETING = "茂木外相は10日、ワシントンでブリンケン米国務長官と会談した。両氏は日米同盟の強化で一致した。\n"
PLAIN = "東京の桜が{n}日、満開になった。気象台が発表した。\n"


def _import_counting_drops(tmp_path, monkeypatch, texts: list[str], before=None):
    """Import texts (in one transaction) and count the passes over the meetings to drop the unmentioned."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"a{i:02d}.txt").write_text(text, encoding="utf-8")
    library = tmp_path / "lib.db"
    db = open_db(library, make_folder=True)
    if before is not None:
        before(db)
    db.close()
    drops = []
    real_drop = core.meetings.store_plan.drop_unmentioned_proposals
    monkeypatch.setattr(core.meetings.store_plan, "drop_unmentioned_proposals",
                        lambda db: drops.append(1) or real_drop(db))
    summary = import_paths([folder], library)
    assert len(summary.imported) == len(texts)
    return len(drops), open_db(library, readonly=True)


def test_articles_that_propose_no_meeting_read_the_meetings_once_per_batch(tmp_path, monkeypatch):
    count, db = _import_counting_drops(tmp_path, monkeypatch, [PLAIN.format(n=n) for n in range(1, 11)])
    assert count == 1  # ten articles in one transaction: the first drops, the others have nothing to drop
    assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0


def test_a_proposed_meeting_no_article_speaks_of_is_dropped_and_proposals_are_stored(tmp_path, monkeypatch):
    def orphan(db):
        create_meeting(db, "talks", origin="proposed", title="誰も語らない会談")

    texts = [PLAIN.format(n=1), MEETING, PLAIN.format(n=2), PLAIN.format(n=3)]
    count, db = _import_counting_drops(tmp_path, monkeypatch, texts, orphan)
    assert count == 2  # the first article's, and the one proposing a meeting
    titles = [r[0] for r in db.execute("SELECT title FROM meetings")]
    assert "誰も語らない会談" not in titles and titles  # the orphan gone, the proposal stored
    assert db.execute("SELECT count(*) FROM meeting_mentions").fetchone()[0] >= 1
