"""Storing an article's meetings reads only the known meetings that could be the same one, so a library
told the same talks by many articles is not read whole for each new article."""

from __future__ import annotations

from pathlib import Path

import core.meetings.in_library as in_library
from core.jobs import import_paths
from core.store import open_db
from core.store.meeting_lookup import meetings_sharing, named_summits
from core.store.meetings import create_meeting

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_55f3fb43f71b764a.txt"
RUBIO = {"name": "ルビオ", "entity_id": "person:marco-rubio"}
WANG = {"name": "王毅", "entity_id": "person:wang-yi"}


def test_only_meetings_that_can_be_the_same_are_read(tmp_path):
    db = open_db(tmp_path / "lib.db")
    own = create_meeting(db, "talks", participants=[RUBIO, WANG], origin="proposed", start_date="2025-07-11",
                         precision="day", date_text="11日")
    round_ = create_meeting(db, "negotiation_round", participants=[RUBIO, WANG], origin="proposed",
                            start_date="2025-07-11", precision="day", date_text="11日")
    create_meeting(db, "talks", participants=[RUBIO, WANG], origin="proposed", start_date="2025-07-11",
                   end_date="2025-07-11", precision="days")  # dated only by its report
    create_meeting(db, "phone_call", participants=[RUBIO, WANG], origin="proposed", start_date="2025-07-11",
                   precision="day", date_text="11日")
    visit = create_meeting(db, "visit", "proposed", participants=[RUBIO], origin="proposed")
    every = meetings_sharing(db, ["person:wang-yi", "person:marco-rubio"], [], "2025-07-11")
    assert len(every) == 5
    talks = ("talks", "negotiation_round")
    assert [r["id"] for r in meetings_sharing(db, ["person:wang-yi"], [], "2025-07-11", talks, own_dated=True)] \
        == [own, round_]
    assert [r["id"] for r in meetings_sharing(db, ["person:marco-rubio"], [], None, ("visit",), own_dated=True,
                                              planned_visits=True)] == [visit]
    assert meetings_sharing(db, ["person:marco-rubio"], [], None, ("visit",), own_dated=True) == []
    asean = create_meeting(db, "multilateral", participants=[RUBIO], origin="proposed", start_date="2025-07-10",
                           title="ASEAN外相会議")
    create_meeting(db, "multilateral", participants=[RUBIO], origin="proposed", start_date="2024-07-26",
                   title="ASEAN外相会議")
    assert [r["id"] for r in named_summits(db, "2025-07")] == [asean]
    assert len(named_summits(db)) == 2
    db.close()


def test_a_talk_told_by_many_articles_is_looked_up_in_bounded_reads(tmp_path, monkeypatch):
    """Twenty tellings of one day's talks (and of talks dated only by their reports): the rows read for the
    last article are no more than for the third, though the library holds ever more meetings."""
    seed = SEED.read_text(encoding="utf-8")
    reads: list[int] = []
    lookup = in_library.meetings_sharing

    def counted(*args, **kwargs):
        rows = lookup(*args, **kwargs)
        reads[-1] += len(rows)
        return rows

    monkeypatch.setattr(in_library, "meetings_sharing", counted)
    db_path = tmp_path / "lib.db"
    meetings, told_by_day = [], []
    for i in range(20):
        page = tmp_path / f"page{i:02}.txt"
        page.write_text(seed.replace("約1時間", f"約{i}時間"), encoding="utf-8")
        reads.append(0)
        assert len(import_paths([page], db_path).imported) == 1
        db = open_db(db_path)
        meetings.append(db.execute("SELECT count(*) FROM meetings").fetchone()[0])
        talks = db.execute("SELECT count(DISTINCT meeting_id) FROM meeting_mentions mm JOIN meetings m "
                           "ON m.id = mm.meeting_id WHERE m.kind = 'talks' AND m.date_text = '11日'").fetchone()[0]
        db.close()
        told_by_day.append(talks)
    assert told_by_day == [told_by_day[0]] * 20  # the talks of the 11th, told by every article, are not told again
    assert meetings[-1] > meetings[2] + 20  # tellings with no day of their own stay apart
    assert reads[2] > 0 and reads[-1] <= reads[2]
