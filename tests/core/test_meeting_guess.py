"""A new meeting's first guess (kind, participants, date) from the sentence of a mention, on bundled samples."""

from __future__ import annotations

import pytest

from core.jobs import import_paths
from core.meetings.guess import fit_score, guess_kind, guess_meeting, sentence_bounds
from core.paths import resource
from core.store import open_db
from core.store.mentions import mentions_for
from core.store.registry import registry_entities


@pytest.fixture(scope="module")
def call_article(tmp_path_factory):
    """The bundled sample of a phone call between two presidents, imported and detected."""
    db_path = tmp_path_factory.mktemp("guess") / "library.db"
    import_paths([resource("samples") / "02_beikan_denwa_kaidan.txt"], str(db_path))
    db = open_db(str(db_path))
    (article_id,) = db.execute("SELECT id FROM articles").fetchone()
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    names = {e.id: e.name for e in registry_entities(db)}
    yield body, mentions_for(db, article_id), names
    db.close()


def test_a_call_takes_the_people_and_the_day_of_its_sentence(call_article):
    body, mentions, names = call_article
    start = body.index("電話で会談")
    guess = guess_meeting(body, start, start + len("電話で会談"), mentions, names)
    assert guess["kind"] == "phone_call"
    people = [p["name"] for p in guess["participants"]]
    assert len(people) == 2 and any("ウェラー" in p for p in people) and any("朴" in p for p in people)
    assert all(p["entity_id"].startswith(("person:", "found:PERSON:")) for p in guess["participants"])
    assert guess["fields"]["date_text"] == "18日夜"
    assert guess["fields"]["start_date"].endswith("-05-18") and guess["fields"]["precision"] == "day"


def test_a_sentence_without_people_takes_its_countries_once_each(call_article):
    body, mentions, names = call_article
    start = body.index("3カ国首脳会談") + len("3カ国")
    guess = guess_meeting(body, start, start + len("首脳会談"), mentions, names)
    ids = [p["entity_id"] for p in guess["participants"]]
    assert ids == sorted(set(ids), key=ids.index) and {"country:JP", "country:US", "country:KR"} <= set(ids)
    assert guess["kind"] == "talks"
    assert guess["fields"]["precision"] == "year"  # 年内: the year the article speaks of, no finer


def test_a_mention_alone_in_its_sentence_guesses_nothing_more(call_article):
    body, _mentions, names = call_article
    start = body.index("会談")
    guess = guess_meeting(body, start, start + 2, [], names)
    assert guess == {"kind": "talks", "participants": [], "fields": {}}


def test_sentence_bounds_stop_at_the_full_stop_and_line_breaks():
    body = "前文。米中首脳は北京で会談した。次の文\n見出し"
    left, right = sentence_bounds(body, body.index("会談"), body.index("会談") + 2)
    assert body[left:right] == "米中首脳は北京で会談した。"
    left, right = sentence_bounds(body, body.index("見出し"), len(body))
    assert body[left:right] == "見出し"


def test_kind_words():
    assert [guess_kind(w) for w in ("電話会談", "オンライン会談", "訪中", "調印式", "会談")] == [
        "phone_call", "video_call", "visit", "signing", "talks"]


def test_a_meeting_fits_better_when_its_people_and_month_are_the_sentence_s():
    rubio_wang = {"participants": [{"name": "ルビオ"}, {"name": "王毅"}], "start": "2025-07-11"}
    other = {"participants": [{"name": "ラブロフ"}], "start": "2024-01-02"}
    sentence = "ルビオ国務長官は王毅外相と会談した。"
    assert fit_score(rubio_wang, sentence, "2025-07-12") == 5
    assert fit_score(other, sentence, "2025-07-12") == 0
    assert fit_score({"participants": [{"name": ""}], "start": None}, sentence, None) == 0
