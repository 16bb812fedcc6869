"""Meetings told by a nickname built from the leaders' names (sentences written for these tests)."""

from datetime import date

from core.meetings.detect import detect_meetings
from core.meetings.nicknames import _fits, nickname_mentions
from core.meetings.country_of import country_lookup
from core.meetings.propose import group_mentions
from core.nlp.entities import detect
from core.registry import bundled_registry

REGISTRY = bundled_registry()


def proposals_of(text, reference=date(2025, 10, 1)):
    proposals = group_mentions(detect_meetings(text, detect(text, REGISTRY, reference), reference),
                               country_lookup(REGISTRY))
    nickname_mentions(text, proposals)
    return proposals


def test_initials_are_read_from_the_participants_names():
    assert _fits("習安", ["安倍晋三", "習近平"])
    assert _fits("川習", ["トランプ", "習近平"])  # one name in kana only stands for the other character
    assert not _fits("委員", ["トランプ", "習近平"])
    assert not _fits("川普", ["トランプ", "バイデン"])  # nothing read from a name: never
    assert not _fits("習", ["トランプ", "習近平"])


def test_a_nickname_joins_the_meeting_of_its_pair():
    text = ("トランプ大統領と習近平国家主席は30日、釜山で会談した。\n"
            "市場は今回の川習会の成果に注目している。\n委員会は来週開かれる。")
    [talks] = [p for p in proposals_of(text) if p.kind == "talks"]
    assert "川習会" in [m.text for m in talks.mentions]
    assert "委員会" not in [m.text for p in proposals_of(text) for m in p.mentions]


def test_a_nickname_of_nobody_here_is_left_alone():
    text = "トランプ大統領と習近平国家主席は30日、釜山で会談した。\n与野党は安石会の開催を求めた。"
    assert all(m.text != "安石会" for p in proposals_of(text) for m in p.mentions)



def test_a_nickname_no_meeting_here_takes_is_kept_with_the_one_day_its_sentence_gives():
    from core.meetings.mention import Participant
    from core.meetings.nicknames import told_elsewhere, untied_nicknames

    text = "注目の川習会は30日、韓国・釜山で開かれた。文金会は日程が決まっていない。"
    mentions = detect(text, REGISTRY, date(2025, 10, 31))
    [telling] = untied_nicknames(text, proposals_of(text, date(2025, 10, 31)), mentions)
    assert (telling.text, telling.initials, telling.day) == ("川習会", "川習", "2025-10-30")
    trump_xi = [Participant("トランプ", "person:donald-trump"), Participant("習近平", "person:xi-jinping")]
    xi_li = [Participant("李強", "person:li-qiang"), Participant("習近平", "person:xi-jinping")]
    assert told_elsewhere(telling, [(1, "multilateral", trump_xi), (2, "talks", trump_xi), (3, "talks", xi_li)]) == 2
    assert told_elsewhere(telling, [(2, "talks", trump_xi), (4, "phone_call", trump_xi)]) is None  # which one?
    # a nickname its article's meeting took is not kept again
    text = "トランプ米大統領は30日、釜山で習近平国家主席と会談した。川習会は約1時間半に及んだ。"
    assert untied_nicknames(text, proposals_of(text, date(2025, 10, 31)), detect(text, REGISTRY, date(2025, 10, 31))) == []


def test_a_nickname_taken_for_a_person_is_never_a_side():
    from core.meetings.plan import plan_meetings

    text = ("米中首脳が韓国での会談を控える中、両国の貿易交渉はマレーシアで大きく前進した。"
            "アメリカのスコット・ベッセント財務長官は26日、「川習会(=トランプ・習近平会談)に向け、非常に前向きな"
            "枠組みが整った」と明らかにした。")
    mentions = detect(text, REGISTRY, date(2025, 10, 26))
    assert "found:PERSON:川習会" in {m.entity_id for m in mentions}  # the entity detector's reading
    plan = plan_meetings(text, mentions, "2025-10-26", None, REGISTRY)
    sides = {p.entity_id for proposal in plan.proposals for p in proposal.participants}
    assert "person:xi-jinping" in sides and "found:PERSON:川習会" not in sides


def test_a_nickname_with_a_week_or_a_month_is_the_one_meeting_of_its_people_dated_in_it():
    import tempfile
    from pathlib import Path

    from core.meeting_gold_library import library_from_texts
    from core.store.meetings import meeting_records
    from core.meetings.nicknames import months_of, untied_nicknames
    from core.store import open_db

    text = "今週後半に開かれた川習会では、関税問題が焦点となった。"
    [telling] = untied_nicknames(text, proposals_of(text, date(2025, 11, 1)), detect(text, REGISTRY, date(2025, 11, 1)))
    assert telling.day == "2025-W44"
    assert months_of("2025-W44") == ["2025-10", "2025-11"] and months_of("2025-W40") == ["2025-09", "2025-10"]
    held = {"reference_date": "2025-10-31", "body": "トランプ米大統領と中国の習近平国家主席は30日、韓国・釜山で会談した。"}
    call = {"reference_date": "2025-10-12", "body": "トランプ米大統領と中国の習近平国家主席は11日、電話で会談した。"}
    month = {"reference_date": "2025-11-05", "body": "先月の川習会では、関税問題が焦点となった。"}

    def records(articles):
        across: dict = {}
        with tempfile.TemporaryDirectory() as scratch:
            names = library_from_texts(articles, Path(scratch) / "lib.db", across)
            db = open_db(Path(scratch) / "lib.db")
            told = sorted(sorted({names[x["article_id"]] for x in m["mentions"]}) for m in meeting_records(db))
            db.close()
        return told, sorted(why for whys in across.values() for why in whys)

    assert records({"held": held, "week": {"reference_date": "2025-11-01", "body": text}}) == (
        [["held", "week"]], ["week: the nickname 川習会 spells its people; the one such meeting of 2025-W44"])
    assert records({"held": held, "month": month})[0] == [["held", "month"]]
    # the pair met twice that month (a call on the 11th): the month cannot say which
    assert records({"call": call, "held": held, "month": month})[0] == [["call"], ["held"]]


def test_nicknames_are_searched_near_the_letter_every_one_holds_and_found_as_a_whole_scan_finds_them():
    """The nickname pattern opens with a look-behind and any kanji: searched whole, re tries it at every letter of
    every article; core.scan searches only near a 会, with the same matches (real Wikinews articles)."""
    from pathlib import Path

    import core.scan
    from core.meetings.nicknames import NICKNAME, untied_nicknames

    folder = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "wikinews" / "txt"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:300]]
    texts += ["川習会は1日に開かれた。", "国会は閉会した。", "安倍首相とトランプ大統領の安ト会が3日にあった。"]
    for text in texts:
        assert [m.span() for m in core.scan.finditer(NICKNAME, text)] == [m.span() for m in NICKNAME.finditer(text)]
    core.scan._twins.pop(NICKNAME, None)
    untied_nicknames("川習会は1日に開かれた。", [], [])
    assert NICKNAME in core.scan._twins  # searched by core.scan
