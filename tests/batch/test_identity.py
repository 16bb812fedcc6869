"""Meeting identity across articles, merged on a two-worker cluster, groups the mentions as the desktop does."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from core.batch.identity import block_key, merge_block
from core.batch.pipeline import run_batch
from core.batch.tables import read_table
from core.jobs import import_paths
from core.meetings.country_of import country_lookup
from core.store import open_db
from core.store.registry import load_registry

WIKINEWS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "wikinews" / "txt"
# articles that speak of meetings (a word any meeting report uses), the first 300 in name order
FILES = [f for f in sorted(WIKINEWS.glob("wn-*.txt"))
         if any(word in f.read_text(encoding="utf-8") for word in ("会談", "会議", "首脳", "外相"))][:300]


def _retold(folder: Path, count: int = 12) -> list[Path]:
    """The first articles told again under another headline (as a second outlet would): the same
    meetings in two articles, so the merge across articles has something to join."""
    copies = []
    for source in FILES[:count]:
        headline, rest = source.read_text(encoding="utf-8").split("\n", 1)
        copy = folder / f"retold-{source.name}"
        copy.write_text(f"続報：{headline}\n{rest}", encoding="utf-8")
        copies.append(copy)
    return copies


@pytest.fixture(scope="module")
def both(tmp_path_factory, cluster_client):
    folder = tmp_path_factory.mktemp("identity")
    files = FILES + _retold(folder)
    summary = run_batch([str(f) for f in files], folder / "run", client=cluster_client, partition_size=40)
    assert summary.articles == len(files) and summary.meetings > 0
    import_paths(files, folder / "library.db")
    return folder / "run", open_db(folder / "library.db")


def _batch_groups(out: Path) -> tuple[dict, list]:
    spans = defaultdict(set)
    for m in read_table(out, "meeting_mentions").to_pylist():
        spans[(m["article_id"], m["proposal"])].add((m["article_id"], m["start"], m["end"]))
    groups = defaultdict(set)
    for row in read_table(out, "proposal_meetings").to_pylist():
        groups[row["meeting_id"]] |= spans[(row["article_id"], row["proposal"])]
    groups = {k: frozenset(v) for k, v in groups.items()}
    links = [(groups[r["from_id"]], groups[r["to_id"]], r["relation"]) for r in read_table(out, "links").to_pylist()]
    return groups, links


def _desktop_groups(db) -> tuple[dict, list]:
    groups = defaultdict(set)
    for key, meeting, start, end in db.execute(
            "SELECT a.content_hash, m.meeting_id, m.start_char, m.end_char FROM meeting_mentions m "
            "JOIN articles a ON a.id = m.article_id"):
        groups[meeting].add((key, start, end))
    groups = {k: frozenset(v) for k, v in groups.items()}
    links = [(groups[a], groups[b], relation) for a, b, relation in db.execute(
        "SELECT from_id, to_id, relation FROM meeting_links") if a in groups and b in groups]
    return groups, links


def test_meetings_group_mentions_as_the_desktop(both):
    out, db = both
    batch, batch_links = _batch_groups(out)
    desk, desk_links = _desktop_groups(db)
    assert set(batch.values()) == set(desk.values())
    across = [g for g in desk.values() if len({key for key, _, _ in g}) > 1]
    assert across, "no meeting told by two articles: the merge was not exercised"
    # links compared as sorted spans: two equal frozensets built in another order may print in another order
    as_rows = lambda links: sorted((sorted(a), sorted(b), relation) for a, b, relation in links)  # noqa: E731
    assert as_rows(batch_links) == as_rows(desk_links)


def test_meeting_rows_count_their_articles(both):
    out, _ = both
    members = defaultdict(set)
    for row in read_table(out, "proposal_meetings").to_pylist():
        members[row["meeting_id"]].add(row["article_id"])
    meetings = read_table(out, "meetings").to_pylist()
    assert {m["id"] for m in meetings} == set(members)
    for m in meetings:
        assert m["articles"] == len(members[m["id"]])
        assert m["month"] is None or m["start_date"].startswith(m["month"])


def _row(article: str, start: str | None, people: list[tuple[str, str]], kind: str = "talks", title=None) -> dict:
    return {"article_id": article, "proposal": 0, "file": article, "position": 0, "kind": kind, "status": "held",
            "participants": json.dumps([{"name": n, "entity_id": e} for n, e in people]), "start_date": start,
            "end_date": start, "precision": None, "date_text": None, "place_entity_id": None, "place_text": None,
            "title": title}


def test_one_day_told_twice_is_one_meeting_a_month_or_no_date_stays_apart_a_later_day_a_series():
    db = open_db(":memory:")
    country_of = country_lookup(load_registry(db))
    japan, china = ("日本", "country:JP"), ("中国", "country:CN")
    rows = [_row("a", "2025-07-11", [japan, china]), _row("b", "2025-07-11", [japan, china]),
            _row("c", "2025-09-02", [japan, china]), _row("d", None, [japan, china]),
            _row("e", "2025-07", [japan, china])]
    keys = {block_key(r, country_of) for r in rows}
    assert len(keys) == 1
    meetings, series = merge_block(keys.pop(), rows, country_of)
    # "d" (no date) and "e" (July only) cannot say which of the pair's meetings they are: apart, as on the desktop
    assert [[c.article_id for c in m.members] for m in meetings] == [["a", "b"], ["c"], ["d"], ["e"]]
    assert sorted((s["from_id"], s["to_id"]) for s in series) == sorted(
        [(meetings[0].id, meetings[1].id), (meetings[3].id, meetings[1].id)])

def test_a_month_the_text_gives_joins_the_one_meeting_of_that_month_as_on_the_desktop():
    db = open_db(":memory:")
    country_of = country_lookup(load_registry(db))
    kishida, xi = ("岸田文雄", "person:fumio-kishida"), ("習近平", "person:xi-jinping")
    july = dict(_row("m", "2025-07", [kishida, xi]), precision="month", date_text="7月")
    dated = [dict(_row(a, day, [kishida, xi]), precision="day", date_text="11日") for a, day in
             (("a", "2025-07-11"), ("b", "2025-07-25"))]
    key = block_key(july, country_of)
    meetings, _ = merge_block(key, [dated[0], july], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["a", "m"]]
    # the pair met twice that July: the month cannot say which
    meetings, _ = merge_block(key, [*dated, july], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["a"], ["b"], ["m"]]


def test_a_country_told_for_its_leader_joins_the_leaders_meeting_only_when_it_is_the_only_one():
    db = open_db(":memory:")
    country_of = country_lookup(load_registry(db))
    kishida, xi, li = ("岸田文雄", "person:fumio-kishida"), ("習近平", "person:xi-jinping"), ("李強", "person:li-qiang")
    day = {"precision": "day", "date_text": "16日"}
    with_xi = dict(_row("a", "2023-11-16", [kishida, xi]), **day)
    with_li = dict(_row("b", "2023-11-16", [kishida, li]), **day)
    with_china = dict(_row("c", "2023-11-16", [kishida, ("中国", "country:CN")]), **day)
    assert block_key(with_xi, country_of) == block_key(with_china, country_of)
    meetings, _ = merge_block("k", [with_xi, with_china], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["a", "c"]]
    meetings, _ = merge_block("k", [with_xi, with_li, with_china], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["a"], ["b"], ["c"]]


def test_a_name_cut_short_falls_in_the_block_of_the_full_name_and_joins_it():
    db = open_db(":memory:")
    country_of = country_lookup(load_registry(db))
    day = {"precision": "day", "date_text": "12日"}
    full = dict(_row("a", "2005-10-12", [("谷川秀善", "found:PERSON:谷川秀善"), ("アジーズ", "found:PERSON:アジーズ")]), **day)
    cut = dict(_row("b", "2005-10-12", [("谷川", "found:PERSON:谷川"), ("アジーズ", "found:PERSON:アジーズ")]), **day)
    other = dict(_row("c", "2005-10-12", [("谷川", "found:PERSON:谷川"), ("ムシャラフ", "found:PERSON:ムシャラフ")]), **day)
    assert block_key(full, country_of) == block_key(cut, country_of) != block_key(other, country_of)
    meetings, _ = merge_block("k", [full, cut], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["a", "b"]]


def test_a_plan_for_part_of_a_month_takes_the_day_it_was_held_as_on_the_desktop():
    db = open_db(":memory:")
    country_of = country_lookup(load_registry(db))
    ishiba, modi = ("石破茂", "person:shigeru-ishiba"), ("モディ", "person:narendra-modi")
    plan = dict(_row("a-plan", "2025-07-11", [ishiba, modi]), status="scheduled", end_date="2025-07-20",
                precision="days", date_text="今月中旬")
    held, again, late = (dict(_row(a, day, [ishiba, modi]), precision="day", date_text=text)
                         for a, day, text in (("b-held", "2025-07-12", "12日"), ("c-again", "2025-07-18", "18日"),
                                              ("d-late", "2025-07-25", "25日")))
    key = block_key(plan, country_of)
    meetings, _ = merge_block(key, [plan, held, again], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["a-plan", "b-held"], ["c-again"]]
    assert (meetings[0].known.start, meetings[0].known.status) == ("2025-07-12", "held")
    meetings, _ = merge_block(key, [plan, late], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["a-plan"], ["d-late"]]
    # told after two days of that part, the plan cannot say which: apart
    meetings, _ = merge_block(key, [dict(plan, article_id="e-plan", file="e-plan"), held, again], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["b-held"], ["c-again"], ["e-plan"]]


def test_a_planned_visit_told_again_within_a_year_is_one_plan_years_later_another_as_on_the_desktop():
    db = open_db(":memory:")
    country_of = country_lookup(load_registry(db))
    hu, japan = ("胡錦濤", "person:hu-jintao"), ("日本", "country:JP")
    people = json.dumps([{"name": hu[0], "entity_id": hu[1], "role": "visitor"},
                         {"name": japan[0], "entity_id": japan[1], "role": "host"}])
    invited, planned, renewed = (dict(_row(a, None, [hu, japan], kind="visit"), status="proposed",
                                      participants=people, reported=day)
                                 for a, day in (("a-invited", "2005-03-10"), ("b-planned", "2005-09-10"),
                                                ("c-renewed", "2009-04-10")))
    key = block_key(invited, country_of)
    meetings, _ = merge_block(key, [invited, planned], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["a-invited", "b-planned"]]
    meetings, _ = merge_block(key, [invited, renewed], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["a-invited"], ["c-renewed"]]


def test_a_planned_visit_told_again_with_its_own_month_a_year_later_is_the_same_plan_as_on_the_desktop():
    db = open_db(":memory:")
    country_of = country_lookup(load_registry(db))
    hu, japan = ("胡錦濤", "person:hu-jintao"), ("日本", "country:JP")
    people = json.dumps([{"name": hu[0], "entity_id": hu[1], "role": "visitor"},
                         {"name": japan[0], "entity_id": japan[1], "role": "host"}])
    ahead, again, invited = (dict(_row(a, start, [hu, japan], kind="visit"), status="scheduled",
                                  participants=people, reported=day)
                             for a, start, day in (("a-next-year", "2006-04", "2005-03-10"),
                                                   ("b-next-month", "2006-04", "2006-03-20"),
                                                   ("c-invited", None, "2006-09-20")))
    key = block_key(ahead, country_of)
    meetings, _ = merge_block(key, [ahead, again], country_of)  # 来年4月, then 来月: the month says it
    assert [[c.article_id for c in m.members] for m in meetings] == [["a-next-year", "b-next-month"]]
    meetings, _ = merge_block(key, [ahead, invited], country_of)  # no time, told after April: another
    assert [[c.article_id for c in m.members] for m in meetings] == [["a-next-year"], ["c-invited"]]


def test_a_name_spelt_two_ways_falls_in_one_block_and_joins_as_on_the_desktop():
    db = open_db(":memory:")
    country_of = country_lookup(load_registry(db))
    day = {"precision": "day", "date_text": "6日"}
    merkel = ("メルケル", "person:angela-merkel")
    a = dict(_row("a", "2005-10-06", [merkel, ("ミュンテフェーリング", "found:PERSON:ミュンテフェーリング")]), **day)
    b = dict(_row("b", "2005-10-06", [merkel, ("ミュンテフェリング", "found:PERSON:ミュンテフェリング")]), **day)
    assert block_key(a, country_of) == block_key(b, country_of)
    meetings, _ = merge_block("k", [a, b], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["a", "b"]]


def test_a_week_plan_and_a_day_told_in_japan_time_join_as_on_the_desktop():
    db = open_db(":memory:")
    country_of = country_lookup(load_registry(db))
    ishiba, trump = ("石破茂", "person:shigeru-ishiba"), ("トランプ", "person:donald-trump")
    plan = dict(_row("a-plan", "2025-W22", [ishiba, trump]), status="scheduled", precision="week", date_text="来週")
    held = dict(_row("b-held", "2025-05-28", [ishiba, trump]), precision="day", date_text="28日")
    outside = dict(_row("c-out", "2025-06-04", [ishiba, trump]), precision="day", date_text="4日")
    key = block_key(plan, country_of)
    meetings, _ = merge_block(key, [plan, held, outside], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["a-plan", "b-held"], ["c-out"]]
    assert (meetings[0].known.start, meetings[0].known.status) == ("2025-05-28", "held")
    local = dict(_row("d-local", "2025-02-07", [ishiba, trump]), precision="part_of_day", date_text="7日午前")
    japan = dict(_row("e-japan", "2025-02-08", [ishiba, trump]), precision="part_of_day", date_text="日本時間8日未明")
    next_day = dict(_row("f-next", "2025-02-08", [ishiba, trump]), precision="day", date_text="8日")
    meetings, _ = merge_block(key, [local, japan], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["d-local", "e-japan"]]
    meetings, _ = merge_block(key, [local, next_day], country_of)
    assert len(meetings) == 2


def test_two_meetings_one_article_told_apart_stay_apart_as_on_the_desktop():
    db = open_db(":memory:")
    country_of = country_lookup(load_registry(db))
    japan, china = ("日本", "country:JP"), ("中国", "country:CN")
    day = {"precision": "day", "date_text": "11日"}
    talks = dict(_row("a", "2025-07-11", [japan, china]), **day)
    summit = dict(_row("a", "2025-07-11", [japan, china]), proposal=1, **day)
    retold = dict(_row("b", "2025-07-11", [japan, china]), **day)
    meetings, _ = merge_block("k", [talks, summit, retold], country_of)
    # the article's second meeting is not its first; another article's telling joins the first
    assert [[(c.article_id, c.proposal) for c in m.members] for m in meetings] == [[("a", 0), ("b", 0)], [("a", 1)]]


def test_a_round_under_way_at_its_report_and_the_round_ended_on_its_day_join_as_on_the_desktop():
    db = open_db(":memory:")
    country_of = country_lookup(load_registry(db))
    sudan = [("スーダン", "country:SD"), ("正義と平等運動", None)]
    under_way = dict(_row("a-begun", "2005-10-10", sudan), kind="negotiation_round", end_date="2005-10-10",
                     precision="days", date_text=None)
    ended, resumed = (dict(_row(a, day, sudan), kind="negotiation_round", precision="day", date_text=text)
                      for a, day, text in (("b-ended", "2005-10-20", "20日"), ("c-resumed", "2005-11-20", "20日")))
    key = block_key(under_way, country_of)
    meetings, _ = merge_block(key, [under_way, ended, resumed], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["a-begun", "b-ended"], ["c-resumed"]]
    assert meetings[0].known.start == "2005-10-20"  # the day the text gives, not the report's days
    # talks of a pair that meets often never join this way
    talks = [dict(r, kind="talks") for r in (under_way, ended)]
    meetings, _ = merge_block(key, talks, country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["a-begun"], ["b-ended"]]


def test_a_summit_told_with_a_minister_who_sat_in_joins_the_summit_as_on_the_desktop():
    db = open_db(":memory:")
    country_of = country_lookup(load_registry(db))
    kishida, biden = ("岸田文雄", "person:fumio-kishida"), ("バイデン", "person:joe-biden")
    day = {"precision": "day", "date_text": "10日"}
    short = dict(_row("a", "2023-05-10", [kishida, biden]), **day)
    fuller = dict(_row("b", "2023-05-10", [kishida, biden, ("林芳正", "person:yoshimasa-hayashi")]), **day)
    trilateral = dict(_row("c", "2023-05-10", [kishida, biden, ("尹錫悦", "person:yoon-suk-yeol")]), **day)
    for rows in ([short, fuller], [fuller, short]):
        assert block_key(short, country_of) == block_key(fuller, country_of)
        meetings, _ = merge_block("k", rows, country_of)
        assert [sorted(c.article_id for c in m.members) for m in meetings] == [["a", "b"]]
        assert len(meetings[0].participants) == 3  # the record learns who sat in
    meetings, _ = merge_block("k", [short, trilateral], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["a"], ["c"]]


def test_a_summit_named_two_ways_falls_in_one_block_and_joins_as_on_the_desktop():
    db = open_db(":memory:")
    country_of = country_lookup(load_registry(db))
    day = {"precision": "day", "date_text": "27日"}
    a = dict(_row("a", "2024-05-27", [], kind="multilateral", title="日中韓首脳会議"), **day)
    b = dict(_row("b", "2024-05-27", [], kind="multilateral", title="日中韓サミット"), **day)
    assert block_key(a, country_of) == block_key(b, country_of)
    meetings, _ = merge_block(block_key(a, country_of), [a, b], country_of)
    assert [[c.article_id for c in m.members] for m in meetings] == [["a", "b"]]


def test_a_visit_invited_with_no_time_joins_the_visit_held_within_the_year_after_it_as_on_the_desktop():
    db = open_db(":memory:")
    country_of = country_lookup(load_registry(db))
    hu, japan = ("胡錦濤", "person:hu-jintao"), ("日本", "country:JP")
    people = json.dumps([{"name": hu[0], "entity_id": hu[1], "role": "visitor"},
                         {"name": japan[0], "entity_id": japan[1], "role": "host"}])
    invited, late = (dict(_row(a, None, [hu, japan], kind="visit"), status="proposed", participants=people,
                          reported=day) for a, day in (("a-invited", "2005-03-10"), ("d-invited", "2005-11-20")))
    came, december = (dict(_row(a, day, [hu, japan], kind="visit"), participants=people, precision="day",
                           date_text=text, reported=day)
                      for a, day, text in (("b-came", "2005-10-10", "10日"), ("c-december", "2005-12-05", "5日")))
    key = block_key(invited, country_of)
    for rows in ([invited, came], [dict(came, file="0"), invited]):  # either told first
        meetings, _ = merge_block(key, rows, country_of)
        assert [sorted(c.article_id for c in m.members) for m in meetings] == [["a-invited", "b-came"]]
        assert (meetings[0].known.start, meetings[0].known.status) == ("2005-10-10", "held")
    meetings, _ = merge_block(key, [came, late], country_of)  # told after the visit: a next one
    assert [[c.article_id for c in m.members] for m in meetings] == [["b-came"], ["d-invited"]]
    meetings, _ = merge_block(key, [came, december, dict(invited, file="e")], country_of)  # two visits after it: neither
    assert [[c.article_id for c in m.members] for m in meetings] == [["b-came"], ["c-december"], ["a-invited"]]
