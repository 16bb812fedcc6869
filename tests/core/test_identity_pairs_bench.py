"""The identity pairs bench (bench/sample_identity_pairs.py): records of different articles sharing a side (Japan
alone not counted) on times within some days, a record's time its own dates or, undated or dated by a year only,
its reports' days."""

from datetime import date

from bench.sample_identity_pairs import pairs_kept_apart, span

REPORTED = {1: date(2024, 3, 11), 2: date(2024, 3, 18), 3: date(2024, 5, 2)}


def record(id_, article, start, *sides, end=None):
    return {"id": id_, "start": start, "end": end, "mentions": [{"article_id": article, "start": 0, "end": 2}],
            "participants": [{"name": name, "entity_id": key} for name, key in sides]}


KISHIDA = ("岸田文雄", "person:fumio-kishida")
YOON = ("尹錫悦", "person:yoon-suk-yeol")
JAPAN = ("日本", "country:JP")
CHINA = ("中国", "country:CN")


def test_a_day_a_month_a_week_and_an_undated_record_read_as_days():
    assert span(record(1, 1, "2024-03-10"), REPORTED) == (date(2024, 3, 10), date(2024, 3, 10))
    assert span(record(1, 1, "2024-02"), REPORTED) == (date(2024, 2, 1), date(2024, 2, 29))
    assert span(record(1, 1, "2024-W11"), REPORTED) == (date(2024, 3, 10), date(2024, 3, 17))
    assert span(record(1, 1, None), REPORTED) == (date(2024, 3, 11), date(2024, 3, 11))
    assert span(record(1, 1, "2024"), REPORTED) == (date(2024, 3, 11), date(2024, 3, 11))  # a year: its report
    assert span(record(1, 9, None), REPORTED) is None  # no report day known


def test_pairs_of_other_articles_sharing_a_side_within_the_days():
    near = record(1, 1, "2024-03-10", KISHIDA, YOON)
    undated = record(2, 2, None, ("尹", "found:PERSON:尹"), KISHIDA)  # reported eight days after the first
    later = record(3, 3, "2024-04-30", KISHIDA, YOON)  # seven weeks later
    same_article = record(4, 1, "2024-03-10", KISHIDA)  # no pair with the first: one article told both
    pairs = pairs_kept_apart([near, undated, later, same_article], REPORTED, 10)
    assert [(a["id"], b["id"]) for a, b in pairs] == [(1, 2), (2, 4)]
    assert [(a["id"], b["id"]) for a, b in pairs_kept_apart([near, later], REPORTED, 60)] == [(1, 3)]


def test_japan_alone_in_common_is_no_pair():
    a = record(1, 1, "2024-03-10", JAPAN, CHINA)
    b = record(2, 2, "2024-03-12", JAPAN, ("韓国", "country:KR"))
    assert pairs_kept_apart([a, b], REPORTED, 10) == []
    assert len(pairs_kept_apart([a, record(3, 2, "2024-03-12", JAPAN, CHINA)], REPORTED, 10)) == 1
