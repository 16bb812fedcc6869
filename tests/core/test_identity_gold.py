"""The cross-article meetings gold: its parts hold the articles its groups name, and every mention is the
text at its offsets in the body Kaidan reads."""

import json
from pathlib import Path

from core.identity_evaluation import identity_gold

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "wikinews_gold"
IDENTITY = json.loads((GOLD / "identity.json").read_text(encoding="utf-8"))
WIKINEWS = json.loads((GOLD / "meetings.json").read_text(encoding="utf-8"))


def test_each_part_holds_its_groups_articles_and_meetings_only():
    for part in ("identity_dev", "identity_held"):
        gold = identity_gold(IDENTITY, WIKINEWS, part)
        wanted = {a for g in IDENTITY["groups"] if g["part"] == part for a in g["articles"]}
        assert set(gold["articles"]) == wanted
        assert gold["meetings"] and all(m["part"] == part for m in gold["meetings"])
        assert {x["article"] for m in gold["meetings"] for x in m["mentions"]} <= wanted
    first = identity_gold(IDENTITY, WIKINEWS)
    assert set(first["articles"]) == {"wn-00050", "wn-01127", "wn-02172", "wn-00726"}
    assert all("part" not in m for m in first["meetings"])


def test_the_parts_share_no_article_and_are_imported_oldest_first():
    dev = identity_gold(IDENTITY, WIKINEWS, "identity_dev")["articles"]
    held = identity_gold(IDENTITY, WIKINEWS, "identity_held")["articles"]
    assert not set(dev) & set(held)
    days = [a["reference_date"] for a in held.values()]
    assert days == sorted(days)


def test_every_mention_is_the_text_at_its_offsets():
    for part in ("identity", "identity_dev", "identity_held"):
        gold = identity_gold(IDENTITY, WIKINEWS, part)
        for meeting in gold["meetings"]:
            for mention in meeting["mentions"]:
                body = gold["articles"][mention["article"]]["body"]
                assert body[mention["start"]:mention["end"]] == mention["text"], (meeting["id"], mention)


def test_the_held_groups_tell_the_coalition_talks_twice():
    held = identity_gold(IDENTITY, WIKINEWS, "identity_held")
    told_twice = [m["id"] for m in held["meetings"] if len({x["article"] for x in m["mentions"]}) > 1]
    assert sorted(told_twice) == ["coalition-header", "emperor-korea-visit-proposed", "leaders-10-10-header",
                                  "noda-lee-seoul-2011-10-19", "pis-po-coalition-2005"]


def test_the_third_draw_gives_development_a_meeting_told_twice_and_hard_negatives():
    dev = identity_gold(IDENTITY, WIKINEWS, "identity_dev")
    told_twice = [m["id"] for m in dev["meetings"] if len({x["article"] for x in m["mentions"]}) > 1]
    assert told_twice == ["darfur-abuja-round6-2005-10", "fujimoto-pyongyang-2012-07"]
    signings = [m for m in dev["meetings"] if m["id"].startswith("kbo-centennial")]
    assert len({m["start"] for m in signings}) == 2 and len({str(m["participants"]) for m in signings}) == 1


def test_the_fourth_draw_is_its_own_part_and_keeps_the_livedoor_bodies_it_was_annotated_on():
    dev4 = identity_gold(IDENTITY, WIKINEWS, "identity_dev4")
    assert {m["id"] for m in dev4["meetings"]} == {"fujimoto-pyongyang-2012-07", "fujimoto-pyongyang-2012-09",
                                                   "japan-dprk-summit-2002", "japan-dprk-talks-2012-08-29"}
    assert set(dev4["articles"]) < set(identity_gold(IDENTITY, WIKINEWS, "identity_dev")["articles"])
    assert all(IDENTITY["articles"][key]["draw"] == 4 for key in dev4["articles"])
    visits = [m for m in dev4["meetings"] if m["id"].startswith("fujimoto")]
    assert {m["status"] for m in visits} == {"held", "scheduled"}  # the next month's visit is a hard negative
    assert identity_gold(IDENTITY, WIKINEWS, "identity_held4")["meetings"]
