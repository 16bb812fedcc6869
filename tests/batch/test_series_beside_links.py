"""The batch drops a series link between two meetings an article links by a relation of its own, as the desktop
does (core.meetings.series): the German coalition talks' second round (Wikinews) precedes the third, which a later
report tells held."""

from __future__ import annotations

from pathlib import Path

from core.batch.pipeline import run_batch
from core.batch.tables import read_table

WIKINEWS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "wikinews" / "txt"
SECOND_ROUND = WIKINEWS / "wn-02172.txt"  # 2回目の連立交渉 held on the 28th; 3度目の会談 to be held on 5 October
SECOND_HELD = "独2大政党、2回目の連立交渉\n2005-09-29\n\nドイツのキリスト教民主同盟(CDU)と社会民主党(SPD)は28日、ベルリンで2回目の連立交渉を行った。\n"
THIRD_HELD = "独2大政党、3度目の会談\n2005-10-06\n\nドイツのキリスト教民主同盟(CDU)と社会民主党(SPD)は5日、ベルリンで連立政権の樹立に向けた3度目の会談を行った。\n"


def _relations(out: Path) -> list[tuple[str, str, str]]:
    """Each link as (relation, first meeting's day, second meeting's day)."""
    day = {m["id"]: m["start_date"] for m in read_table(out, "meetings").to_pylist()}
    return sorted((r["relation"], day[r["from_id"]], day[r["to_id"]]) for r in read_table(out, "links").to_pylist())


def test_two_contacts_an_article_links_by_precedes_take_no_series_beside_it(tmp_path, cluster_client):
    reports = []
    for name, text in (("second-held.txt", SECOND_HELD), ("third-held.txt", THIRD_HELD)):
        reports.append(tmp_path / name)
        reports[-1].write_text(text, encoding="utf-8")
    run_batch([str(f) for f in reports], tmp_path / "reports", client=cluster_client, partition_size=40)
    assert _relations(tmp_path / "reports") == [("series", "2005-09-28", "2005-10-05")]
    run_batch([str(f) for f in reports + [SECOND_ROUND]], tmp_path / "all", client=cluster_client,
              partition_size=40)
    assert _relations(tmp_path / "all") == [("precedes", "2005-09-28", "2005-10-05")]
