"""Agreement of three made-up annotators on the seed articles: what they decided alike and apart."""

import pytest

from core.store import open_db
from core.team.agreement import agreement
from core.team.metrics import cohen_kappa, fleiss_kappa, counts_table


@pytest.fixture(scope="module")
def figures(team_db_path):
    db = open_db(team_db_path)
    try:
        yield agreement(db), db.execute(
            "SELECT annotator, label FROM team_decisions WHERE layer = 'entity' ORDER BY start_char, annotator"
        ).fetchall()
    finally:
        db.close()


def test_entity_spans_f1(figures):
    result, _ = figures
    pairs = result["entities"]["pairs"]
    # baba retyped one of the four spans aoki and chiba accepted as detected
    assert pairs["aoki | chiba"]["f1_exact"] == 1.0
    assert pairs["aoki | baba"]["f1_exact"] == pytest.approx(0.75)
    assert pairs["aoki | baba"]["f1_span_only"] == 1.0
    assert result["entities"]["overall"]["f1_exact"] == pytest.approx((0.75 + 1 + 0.75) / 3)


def test_entity_types_kappa_follows_the_labels(figures):
    result, rows = figures
    labels = {}
    for name, label in rows:
        labels.setdefault(name, []).append(label)
    assert result["entities"]["pairs"]["aoki | baba"]["type_kappa"] == pytest.approx(
        cohen_kappa(labels["aoki"], labels["baba"]))
    units = [list(unit) for unit in zip(labels["aoki"], labels["baba"], labels["chiba"])]
    assert result["entities"]["overall"]["type_fleiss"] == pytest.approx(fleiss_kappa(counts_table(units)))
    assert result["entities"]["pairs"]["aoki | chiba"]["type_kappa"] == 1.0
    confused = result["entities"]["confusion"]["most_confused"]
    assert confused and confused[0]["count"] == 1


def test_claim_stance_holder_target(figures):
    result, _ = figures
    claims = result["claims"]
    # one claim (baba's span starts later but overlaps): favor, against, favor
    assert claims["overall"]["claims"] == 1
    assert claims["pairs"]["aoki | baba"]["stance_kappa"] == 0.0
    assert claims["pairs"]["aoki | chiba"]["stance_kappa"] == 1.0
    # nominal alpha of one unit valued favor, against, favor: Do/De = 1
    assert claims["overall"]["stance_alpha"] == pytest.approx(0.0)
    assert claims["overall"]["holder_alpha"] == 1.0
    assert claims["pairs"]["aoki | baba"]["f1_overlap"] == 1.0


def test_meeting_ties_and_links(figures):
    result, _ = figures
    ties, links = result["ties"], result["links"]
    # aoki and chiba tie both mentions to one meeting, baba to two
    assert ties["pairs"]["aoki | chiba"]["agreement"] == 1.0
    assert ties["pairs"]["aoki | baba"]["agreement"] == 0.0
    assert links["pairs"]["aoki | baba"]["f1"] == 1.0
    assert links["pairs"]["aoki | baba"]["relation_kappa"] == 1.0
    assert links["pairs"]["aoki | chiba"]["relation_kappa"] == 0.0


def test_per_article_states(figures):
    result, _ = figures
    disagreeing = [a for a in result["per_article"] if a["state"] == "disagreeing"]
    assert len(disagreeing) == 2
    assert all(a["differing"] > 0 for a in disagreeing)
    assert result["states"]["disagreeing"] == 2


def test_unitizing_alpha_on_the_text_both_hold(figures, team_db_path):
    result, _ = figures
    pairs = result["entities"]["pairs"]
    assert pairs["aoki | chiba"]["u_alpha"] == 1.0  # same units, same types
    assert pairs["aoki | baba"]["u_alpha"] < 1.0  # one unit typed otherwise
    assert result["claims"]["pairs"]["aoki | chiba"]["u_alpha"] == 1.0
    assert result["claims"]["pairs"]["aoki | baba"]["u_alpha"] < 1.0  # baba's claim starts five characters later
    overall = result["entities"]["overall"]
    assert -1.0 <= overall["u_alpha"] < 1.0 and overall["u_alpha_by_label"]
    db = open_db(team_db_path)
    try:
        held = dict(db.execute("SELECT annotator, count(*) FROM team_holdings GROUP BY annotator").fetchall())
        lengths = [n for (n,) in db.execute("SELECT length(body) FROM articles")]
        missing = db.execute("SELECT sum(length(body)) FROM articles WHERE id NOT IN "
                             "(SELECT article_id FROM team_holdings WHERE annotator = 'chiba')").fetchone()[0]
    finally:
        db.close()
    # chiba never received one article: the team is compared on the text all three hold
    assert held["aoki"] == held["baba"] == len(lengths) and held["chiba"] == len(lengths) - 1
    assert overall["u_alpha_chars"] == sum(lengths) - missing > 0


def test_holdings_follow_a_merge_again(tmp_path):
    from core.team.merge import merge_libraries
    from tests.core.team.team_libraries import base_library, copy_library

    base = base_library(tmp_path)
    a, b = copy_library(base, tmp_path / "a.db"), copy_library(base, tmp_path / "b.db")
    merge_libraries([a, b], tmp_path / "team.db")
    db = open_db(b)
    db.execute("DELETE FROM articles WHERE id = (SELECT min(id) FROM articles)")
    db.conn.commit()
    db.close()
    merge_libraries([b], tmp_path / "team.db", names=["b"])
    team = open_db(tmp_path / "team.db")
    try:
        held = dict(team.execute("SELECT annotator, count(*) FROM team_holdings GROUP BY annotator").fetchall())
        total = team.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        team.close()
    assert held == {"a": total, "b": total - 1}
