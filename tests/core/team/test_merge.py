"""Merging annotators' libraries: decisions kept apart, missing articles reported, merging again is idempotent."""

import pytest

from core.store import open_db
from core.store.mentions import mentions_for, update_mention
from core.team.merge import merge_libraries
from tests.core.team.team_libraries import NAMES, article_ids, team_of_three


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    folder = tmp_path_factory.mktemp("team")
    paths = team_of_three(folder)
    report = merge_libraries(paths, folder / "team.db")
    return folder, paths, report


def _counts(path):
    db = open_db(path)
    try:
        return {r[0]: r[1] for r in db.execute("SELECT annotator || '/' || layer, count(*) FROM team_decisions "
                                               "GROUP BY annotator, layer")}
    finally:
        db.close()


def test_merge_keeps_each_annotator_apart(team):
    folder, _paths, report = team
    counts = _counts(folder / "team.db")
    for name in NAMES:
        assert counts[f"{name}/entity"] == 4
        assert counts[f"{name}/claim"] == 1
        assert counts[f"{name}/tie"] == 3
        assert counts[f"{name}/link"] == 1
    db = open_db(folder / "team.db")
    seeds = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    # the gold layer starts empty: nothing of an annotator lands in the team's own mentions
    assert db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
    db.close()
    assert report.articles_added == seeds
    assert set(report.added) == set(NAMES)


def test_merge_reports_the_article_an_annotator_lacks(team):
    _folder, _paths, report = team
    assert len(report.missing["chiba"]) == 1
    assert report.missing["aoki"] == report.missing["baba"] == []
    assert any("chiba" in line and "lacks 1" in line for line in report.lines())


def test_merging_again_is_idempotent_and_brings_new_work(team):
    folder, paths, _ = team
    before = _counts(folder / "team.db")
    again = merge_libraries(paths, folder / "team.db")
    assert again.articles_added == 0
    assert sum(again.added.values()) == sum(again.updated.values()) == sum(again.removed.values()) == 0
    assert _counts(folder / "team.db") == before
    # aoki works on: one more accepted mention, one accepted one rejected
    db = open_db(paths[0])
    first = article_ids(db)[0]
    mentions = mentions_for(db, first, with_rejected=True)
    accepted = [m for m in mentions if m.state == "accepted"]
    proposed = [m for m in mentions if m.state == "proposed"]
    update_mention(db, proposed[0].id, state="accepted", annotator="aoki")
    update_mention(db, accepted[0].id, state="rejected", annotator="aoki")
    update_mention(db, accepted[1].id, type="LAW", annotator="aoki")
    db.close()
    third = merge_libraries(paths[:1], folder / "team.db")
    assert (third.added["aoki"], third.updated["aoki"], third.removed["aoki"]) == (1, 1, 1)
    team = open_db(folder / "team.db")
    assert team.execute("SELECT count(*) FROM team_decisions WHERE annotator = 'aoki' AND label = 'LAW'"
                        ).fetchone()[0] == 1
    team.close()
    assert _counts(folder / "team.db")["aoki/entity"] == 4


def test_a_bad_library_is_named_and_the_others_merge(tmp_path, team):
    _folder, paths, _ = team
    bad = tmp_path / "broken.db"
    bad.write_bytes(b"not a database at all" * 100)
    report = merge_libraries([bad, paths[1]], tmp_path / "team.db")
    assert [source for source, _ in report.failed] == [str(bad)]
    assert report.added["baba"] == 9


def test_the_team_library_is_never_merged_into_itself(team):
    folder, _paths, _ = team
    report = merge_libraries([folder / "team.db"], folder / "team.db")
    assert report.failed and "team library itself" in report.failed[0][1]
    assert report.added == {}


def test_an_article_cleaned_otherwise_keeps_its_decisions_where_their_text_is(tmp_path):
    from core.store.mentions import add_user_mention
    from tests.core.team.team_libraries import base_library, copy_library

    base = base_library(tmp_path)
    first, second = copy_library(base, tmp_path / "first.db"), copy_library(base, tmp_path / "second.db")
    db = open_db(second)
    article = article_ids(db)[0]
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article]).fetchone()[0]
    paragraphs = body.split("\n")
    # the second annotator dropped the first paragraph as boilerplate, then marked a span of the second
    shorter = "\n".join(paragraphs[1:])
    db.execute("UPDATE articles SET body = ? WHERE id = ?", [shorter, article])
    add_user_mention(db, article, 0, 3, "ORG", annotator="second")
    gone_text = paragraphs[0]
    db.close()
    db = open_db(first)
    add_user_mention(db, article, 0, len(gone_text), "EVENT", annotator="first")  # the paragraph the other dropped
    db.close()
    report = merge_libraries([first, second], tmp_path / "team.db")
    team = open_db(tmp_path / "team.db")
    row = team.execute("SELECT start_char, end_char, text FROM team_decisions WHERE annotator = 'second' "
                       "AND layer = 'entity'").fetchone()
    team_body = team.execute("SELECT body FROM articles WHERE content_hash = (SELECT content_hash FROM articles "
                             "WHERE id = ?)", [article]).fetchone()[0]
    assert team_body == body and row[2] == shorter[:3]
    assert team_body[row[0]:row[1]] == row[2] and row[0] == len(paragraphs[0]) + 1
    assert report.unplaced["second"] == 0
    assert team.execute("SELECT count(*) FROM changes WHERE action = 'merge_library'").fetchone()[0] == 2
    team.close()
    # the other way round the team holds the shorter body: the first's span in the dropped paragraph has no place
    other = merge_libraries([second, first], tmp_path / "other.db")
    assert other.unplaced["first"] == 1
    assert any("1 decision(s) whose text the team's article lacks" in line for line in other.lines())
    team = open_db(tmp_path / "other.db")
    assert gone_text not in [r[0] for r in team.execute("SELECT text FROM team_decisions WHERE annotator = 'first'")]
    team.close()


def test_damaged_offsets_are_skipped_and_counted(tmp_path):
    from tests.core.team.team_libraries import annotate, base_library, copy_library

    path = copy_library(base_library(tmp_path), tmp_path / "aoki.db")
    annotate(path, "aoki")
    db = open_db(path)
    db.execute("UPDATE mentions SET start_char = 99999, end_char = 100002 WHERE id = "
               "(SELECT min(id) FROM mentions WHERE state = 'accepted')")
    db.execute("UPDATE claims SET end_char = start_char + 1 WHERE state = 'accepted'")
    db.close()
    report = merge_libraries([path], tmp_path / "team.db")
    assert report.unplaced["aoki"] == 2
    assert report.added["aoki"] == 9 - 2


def test_a_cancelled_merge_keeps_the_libraries_merged_whole_and_says_so(team, tmp_path):
    _folder, paths, _report = team
    merged = []
    report = merge_libraries(paths, tmp_path / "partial.db",
                             progress=lambda done, total, what: merged.append(what) if what else None,
                             cancelled=lambda: len(merged) >= 2)
    assert report.cancelled and len(report.added) == 2  # the third library was never opened
    assert report.lines()[-1].startswith("cancelled")
    counts = _counts(tmp_path / "partial.db")
    assert {key.split("/")[0] for key in counts} == set(report.added)
