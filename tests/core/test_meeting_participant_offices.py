"""A meeting's participant carries the office the text writes with their name, held then: a later telling's title
fills a side told first bare, a person written without one takes the office the registry holds them in on the
meeting's day, a former or future holder (前外相, 元首相, 次期大統領) is given none, and a record stored bare learns
the office a later article writes."""

from datetime import date

from core.jobs import import_paths
from core.meetings.mention import Participant
from core.meetings.offices_then import offices_then
from core.meetings.plan import plan_meetings
from core.meetings.proposal import Proposal
from core.nlp.entities import detect
from core.store import open_db
from core.store.meetings import create_meeting, fill_offices, participants_of, set_participants
from tests.core.meeting_helpers import REGISTRY, proposals_in


def offices(text, day):
    return [{p.name: p.office for p in proposal.participants} for proposal in proposals_in(text, day)]


def test_a_side_told_first_bare_takes_the_title_a_later_telling_writes():
    text = "岩屋毅、米国と会談\n岩屋毅外相は5日、米国と会談した。"
    assert offices(text, date(2025, 2, 6)) == [{"岩屋毅": "外相", "米国": None}]


def test_the_title_written_with_the_name_is_the_office():
    text = "岩屋毅外務大臣は5日、ワシントンでルビオ米国務長官と会談した。"
    assert offices(text, date(2025, 2, 6)) == [{"岩屋毅": "外務大臣", "ルビオ": "国務長官"}]


def test_a_former_holder_shows_no_office():
    for text in ("岩屋毅前外相は5日、ワシントンでルビオ国務長官と会談した。",
                 "岩屋毅元外相は5日、ワシントンでルビオ国務長官と会談した。"):
        assert offices(text, date(2025, 12, 6)) == [{"岩屋毅": None, "ルビオ": "国務長官"}]


def test_a_person_with_no_title_written_shows_none():
    text = "岩屋毅氏は5日、ワシントンでルビオ国務長官と会談した。"
    assert offices(text, date(2025, 12, 6)) == [{"岩屋毅": None, "ルビオ": "国務長官"}]


def planned(text: str, published: str) -> list[dict]:
    plan = plan_meetings(text, detect(text, REGISTRY), published, None, REGISTRY)
    return [{p.name: p.office for p in proposal.participants} for proposal in plan.proposals]


def test_a_person_written_without_a_title_shows_the_office_the_registry_holds_on_the_day():
    text = "岩屋毅氏は5日、ワシントンでルビオ国務長官と会談した。"
    assert planned(text, "2025-02-06") == [{"岩屋毅": "外相", "ルビオ": "国務長官"}]


def test_the_registry_gives_no_office_outside_the_term_nor_to_a_former_holder_in_it():
    text = "岩屋毅氏は5日、ワシントンでルビオ国務長官と会談した。"
    assert planned(text, "2025-12-06") == [{"岩屋毅": None, "ルビオ": "国務長官"}]
    assert planned(text.replace("岩屋毅氏", "岩屋毅前外相"), "2025-02-06") == [{"岩屋毅": None, "ルビオ": "国務長官"}]


def test_a_person_the_registry_does_not_hold_shows_no_office():
    text = "山田太郎氏は5日、ワシントンでルビオ国務長官と会談した。"
    assert planned(text, "2025-02-06") == [{"山田太郎": None, "ルビオ": "国務長官"}]


def test_a_record_told_first_without_an_office_learns_the_one_a_later_article_writes(tmp_path):
    library = tmp_path / "lib.db"
    open_db(library, make_folder=True).close()
    for i, text in enumerate(("山田太郎氏は2025年2月5日、ワシントンでルビオ国務長官と会談した。\n",
                              "山田太郎首相補佐官は2025年2月5日、ワシントンでルビオ国務長官と会談した。\n")):
        folder = tmp_path / f"in{i}"
        folder.mkdir()
        (folder / "a.txt").write_text(text, encoding="utf-8")
        import_paths([folder], library)
    db = open_db(library, readonly=True)
    (meeting,) = [row[0] for row in db.execute("SELECT id FROM meetings")]
    assert {p["name"]: p["office"] for p in participants_of(db, meeting)} == {"山田太郎": "補佐官", "ルビオ": "国務長官"}


def test_a_month_or_year_shows_the_office_only_when_the_term_holds_all_of_it():
    def office(start, end=None):
        proposal = Proposal("talks", "held", [Participant("岩屋毅", "person:takeshi-iwaya")], start=start, end=end)
        offices_then("岩屋毅氏は米国と会談した。", [proposal], REGISTRY)
        return proposal.participants[0].office

    assert [office("2025-02"), office("2025-10"), office("2025"), office("2024-11", "2025-03")] \
        == ["外相", None, None, "外相"]  # October 2025 and the year 2025 saw his successor take the office
    assert [office("2024-10-01"), office("2025-10-21"), office("2025-10-22"), office(None)] == ["外相", "外相", None, None]


def test_an_office_the_user_left_empty_is_not_filled_by_a_later_article(tmp_path):
    library = tmp_path / "lib.db"
    open_db(library, make_folder=True).close()

    def imported(i, text):
        folder = tmp_path / f"in{i}"
        folder.mkdir()
        (folder / "a.txt").write_text(text, encoding="utf-8")
        import_paths([folder], library)

    imported(0, "山田太郎氏は2025年2月5日、ワシントンでルビオ国務長官と会談した。\n")
    db = open_db(library)
    (meeting,) = [row[0] for row in db.execute("SELECT id FROM meetings")]
    people = participants_of(db, meeting)
    set_participants(db, meeting, [{**p, "office": None} for p in people], "ann")  # the user: no office held then
    db.close()
    imported(1, "山田太郎首相補佐官は2025年2月5日、ワシントンでルビオ国務長官と会談した。\n")
    db = open_db(library, readonly=True)
    assert {p["name"]: p["office"] for p in participants_of(db, meeting)} == {"山田太郎": None, "ルビオ": None}


def test_an_office_filled_from_a_later_article_is_logged(tmp_path):
    db = open_db(tmp_path / "lib.db", make_folder=True)
    meeting = create_meeting(db, "talks", "held", [{"entity_id": None, "name": "山田太郎", "role": "participant"}])
    assert fill_offices(db, meeting, [{"entity_id": None, "name": "山田太郎", "office": "補佐官"}]) == 1
    assert [row[0] for row in db.execute("SELECT action FROM changes WHERE target_id = ?", [str(meeting)])][-1] \
        == "learn_offices"


def test_a_name_in_many_meetings_is_looked_for_as_a_former_holder_once(monkeypatch):
    import core.meetings.offices_then as module

    reads = []
    monkeypatch.setattr(module, "_written_former", lambda body, name: reads.append(name) or False)
    body = "岩屋毅氏は5日、米国と会談した。" * 200
    proposals = [Proposal("talks", "held", [Participant("岩屋毅", "person:takeshi-iwaya")], start="2025-02-05")
                 for _ in range(200)]
    offices_then(body, proposals, REGISTRY)
    assert [p.participants[0].office for p in proposals] == ["外相"] * 200
    assert reads == ["岩屋毅"]  # the article is read once for him, not once per meeting: linear in its length


def test_a_week_shows_the_office_only_when_the_term_holds_all_of_it():
    def office(person, start):
        proposal = Proposal("talks", "held", [Participant("x", person)], start=start, precision="week")
        offices_then("x氏は米国と会談した。", [proposal], REGISTRY)
        return proposal.participants[0].office

    # 2025-W42 is 13 to 19 October 2025, 岩屋's last week as 外相; 茂木 took the office on the 21st
    assert [office("person:takeshi-iwaya", "2025-W42"), office("person:takeshi-iwaya", "2025-W43")] == ["外相", None]
    assert [office(p, w) for p in ("person:toshimitsu-motegi",) for w in ("2025-W06", "2025-W42", "2025-W44")] \
        == [None, None, "外相"]


def test_a_date_of_no_form_known_shows_no_office():
    for start in ("", "2025-2", "二〇二五", "2025-02-05x", "9" * 100000):
        proposal = Proposal("talks", "held", [Participant("x", "person:takeshi-iwaya")], start=start)
        offices_then("x氏は米国と会談した。", [proposal], REGISTRY)
        assert proposal.participants[0].office is None


def test_the_history_is_not_read_when_no_office_is_to_be_filled(tmp_path, monkeypatch):
    import core.store.meetings as module

    reads = []
    monkeypatch.setattr(module, "_participants_set_by_user", lambda db, meeting_id: reads.append(meeting_id) or False)
    db = open_db(tmp_path / "lib.db", make_folder=True)
    meeting = create_meeting(db, "talks", "held", [{"entity_id": None, "name": "山田太郎", "office": "補佐官"}])
    assert fill_offices(db, meeting, [{"entity_id": None, "name": "山田太郎", "office": "首相補佐官"}]) == 0
    assert fill_offices(db, meeting, [{"entity_id": None, "name": "ルビオ", "office": "国務長官"}]) == 0
    assert reads == []  # every import joining a meeting would otherwise scan the whole change history
    assert [p["office"] for p in participants_of(db, meeting)] == ["補佐官"]
