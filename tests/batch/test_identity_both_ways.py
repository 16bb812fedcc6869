"""The window's import and the batch make the same meeting records of the same articles: the same people,
dates and status, the same tellings joined across articles and the same ones kept apart.

The articles are the identity gold's first part and its dev groups (tests/fixtures/wikinews_gold/identity.json:
meetings told by two outlets, and meetings of the same sides on other days that must stay apart), read from the
corpora as a user would drop them in, oldest first; two probes add the classes the batch once missed (a family
name alone, a summit told by its countries).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import dask
import pytest

from core.batch import TABLES
from core.batch.meeting_step import identify_meetings
from core.batch.pipeline import run_partition
from core.batch.records import default_detector
from core.batch.tables import read_table
from core.jobs import import_paths
from core.store import open_db
from tests.shared_data import LIVEDOOR, SHARED, require

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "wikinews_gold" / "identity.json"
WIKINEWS = SHARED / "corpus" / "wikinews" / "txt"


def _dev_keys() -> list[str]:
    """The first gold's articles (the German coalition talks of 2005) and the dev groups of every draw."""
    identity = json.loads(GOLD.read_text(encoding="utf-8"))
    first = [key for key, item in identity["articles"].items() if item.get("part", "identity") == "identity"]
    return first + identity["from_meetings_json"] + [
        key for group in identity["groups"] if group["part"] == "identity_dev" for key in group["articles"]]


def _source(key: str) -> Path:
    if key.startswith("wn-"):
        return require(WIKINEWS / f"{key}.txt")
    return require(LIVEDOOR / key.rsplit("-", 1)[0] / f"{key}.txt")


_DETECTOR = []


def _both_ways(folder: Path, files: list[str]) -> tuple[dict, dict]:
    """The records the batch and the window make of the files (imported in name order)."""
    if not _DETECTOR:
        _DETECTOR.append(default_detector())
    files = sorted(files)
    out = folder / "run"
    for table in TABLES:
        (out / table).mkdir(parents=True)
    run_partition("one", files, str(out), frozenset(), "2026-01-01T00:00:00", detector=_DETECTOR[0])
    with dask.config.set(scheduler="synchronous"):  # the batch's identity step, in this process
        identify_meetings(out)
    summary = import_paths(files, folder / "library.db")
    assert not summary.failed and not summary.duplicates, summary
    db = open_db(folder / "library.db")
    try:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(files)
        return _batch_records(out), _desktop_records(db)
    finally:
        db.close()


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    folder = tmp_path_factory.mktemp("both")
    files = []
    for key in _dev_keys():
        text = _source(key).read_text(encoding="utf-8")
        day = text.split("\n")[1].strip()[:10]  # the date line of both corpora
        path = folder / f"{day}-{key}.txt"  # oldest first, by name: the order both paths import in
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    return _both_ways(folder, files)


def _person(p: dict) -> tuple:
    return p.get("entity_id") or p["name"], p.get("role") or "participant"


def _batch_records(out: Path) -> dict:
    spans = defaultdict(set)
    for m in read_table(out, "meeting_mentions").to_pylist():
        spans[(m["article_id"], m["proposal"])].add((m["article_id"], m["start"], m["end"]))
    told = defaultdict(set)
    for row in read_table(out, "proposal_meetings").to_pylist():
        told[row["meeting_id"]] |= spans[(row["article_id"], row["proposal"])]
    records = {}
    for m in read_table(out, "meetings").to_pylist():
        people = frozenset(_person(p) for p in json.loads(m["participants"]))
        records[frozenset(told[m["id"]])] = (m["kind"], m["status"], m["start_date"], m["end_date"], m["precision"],
                                             people)
    return records


def _desktop_records(db) -> dict:
    told = defaultdict(set)
    for key, meeting, start, end in db.execute(
            "SELECT a.content_hash, m.meeting_id, m.start_char, m.end_char FROM meeting_mentions m "
            "JOIN articles a ON a.id = m.article_id"):
        told[meeting].add((key, start, end))
    records = {}
    for row in db.query("SELECT * FROM meetings"):
        if row["id"] not in told:
            continue
        people = frozenset(_person(p) for p in db.query(
            "SELECT entity_id, name, role FROM meeting_participants WHERE meeting_id = ?", [row["id"]]))
        records[frozenset(told[row["id"]])] = (row["kind"], row["status"], row["start_date"], row["end_date"],
                                               row["precision"], people)
    return records


def test_the_window_and_the_batch_make_the_same_meeting_records(both):
    batch, desktop = both
    assert set(batch) == set(desktop)  # the same tellings joined, the same ones apart
    for told, record in desktop.items():
        assert batch[told] == record, sorted(told)[:1]  # the same kind, status, dates and people


def test_the_articles_hold_meetings_joined_across_outlets_and_meetings_of_one_pair_kept_apart(both):
    _, records = both
    across = [told for told in records if len({key for key, _, _ in told}) > 1]
    assert across, "no meeting told by two articles: the join across articles was not exercised"
    # hard negatives: records of the same people that the rule kept apart (another day, another level)
    by_people = defaultdict(list)
    for told, (kind, _, start, _, _, people) in records.items():
        by_people[frozenset(key for key, _ in people)].append(start)
    assert any(len(starts) > 1 for people, starts in by_people.items() if len(people) >= 2)


def _articles(folder: Path, texts: dict[str, tuple[str, str]]) -> list[str]:
    """Article files in the Wikinews layout (headline, date, body), named so that name order is texts' order."""
    files = []
    for number, (name, (day, body)) in enumerate(texts.items()):
        path = folder / f"{number:02d}-{name}.txt"
        path.write_text(f"{body.split('、')[0]}\n{day}\n\n{body}\n", encoding="utf-8")  # its opening as headline
        files.append(str(path))
    return files


def _grouped(records: dict, folder: Path, files: list[str]) -> list[list[int]]:
    """Each record as the numbers of the articles that tell it (in files' order; the library knows each article's
    file and its key)."""
    db = open_db(folder / "library.db")
    try:
        number = {key: files.index(source) for key, source in db.execute("SELECT content_hash, source FROM articles")}
    finally:
        db.close()
    return sorted(sorted({number[key] for key, _, _ in told}) for told in records)


def _grouped_both_ways(folder: Path, texts: dict[str, tuple[str, str]]) -> list[list[int]]:
    """The records both paths make of the texts, the same both ways, as the numbers of the articles telling each."""
    files = _articles(folder, texts)
    batch, desktop = _both_ways(folder, files)
    assert batch == desktop
    return _grouped(desktop, folder, files)


def test_a_family_name_alone_joins_the_known_leader_both_ways_another_family_name_does_not(tmp_path):
    assert _grouped_both_ways(tmp_path, {
        "full": ("2023-05-11", "岸田文雄首相は10日、ワシントンでバイデン米大統領と会談した。"),
        "short": ("2023-05-11", "岸田氏は10日、バイデン氏とホワイトハウスで会談した。"),
        "other": ("2023-05-11", "林氏は10日、ワシントンでバイデン氏と会談した。")}) == [[0, 1], [2]]


def test_a_summit_told_by_its_countries_joins_its_leaders_both_ways_not_the_other_summit_of_that_day(tmp_path):
    assert _grouped_both_ways(tmp_path, {
        "countries": ("2024-11-16", "日中首脳会談が15日、ペルーのリマで行われた。"),
        "leaders": ("2024-11-16", "石破茂首相は15日、リマで中国の習近平国家主席と会談した。"),
        "li": ("2024-11-16", "石破茂首相は15日、リマで中国の李強首相と会談した。"),
        "ministers": ("2024-11-17", "日中外相会談は15日、リマで行われ、戦略的互恵関係を確認した。")}) == [[0, 1], [2], [3]]


def test_talks_told_with_no_day_join_the_talks_of_a_day_in_the_week_before_their_report_both_ways(tmp_path):
    assert _grouped_both_ways(tmp_path, {
        "day": ("2025-07-11", "石破茂首相は10日、北京で中国の習近平国家主席と会談した。"),
        "no day": ("2025-07-13", "石破茂首相は中国の習近平国家主席と北京で会談し、経済協力の拡大で一致した。"),
        "weeks later": ("2025-07-31", "石破茂首相は中国の習近平国家主席と北京で会談し、経済協力の拡大で一致した。")}) == [[0, 1], [2]]


def test_a_body_told_with_and_without_its_legal_form_joins_both_ways_not_another_month(tmp_path):
    assert _grouped_both_ways(tmp_path, {
        "release": ("2010-06-29", "株式会社ネクシィーズは28日、東京ヴェルディとの交渉が決裂したと発表した。"),
        "report": ("2010-06-30", "ネクシィーズと東京ヴェルディの交渉は28日、決裂した。"),
        "later": ("2010-08-30", "ネクシィーズは28日、東京ヴェルディと再び交渉した。")}) == [[0, 1], [2]]
