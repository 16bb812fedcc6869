"""An annotated library for the export tests: the seeds plus user claims, decisions, meetings, links and 𠮷."""

from __future__ import annotations

from pathlib import Path

from core.jobs import import_paths
from core.registry import Entity
from core.store import open_db
from core.store.claims import add_claim, claims_for, update_claim
from core.store.meetings import add_link, add_meeting_mention, create_meeting
from core.store.mentions import add_user_mention, mentions_for, update_mention
from core.store.registry import merge_entities, save_entity

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
# 𠮷 is outside the BMP: one code point, two UTF-16 units; every later offset differs by one.
YOSHI_TEXT = ("𠮷田外相は12日、東京で中国の王毅外相と会談した。\n"
              "𠮷田氏は「対話を続ける」と述べた。=SUM(A1) と書いた紙も配られた。\n")


def build_library(folder: Path) -> Path:
    """Import the seeds and a 𠮷 article, then annotate them the way a user does."""
    path = folder / "lib.db"
    yoshi = folder / "yoshi.txt"
    yoshi.write_text(YOSHI_TEXT, encoding="utf-8")
    summary = import_paths([SEEDS, yoshi], path)
    assert not summary.failed
    db = open_db(path)
    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    first, second, yoshi_id = ids[0], ids[1], ids[-1]
    body = lambda i: db.execute("SELECT body FROM articles WHERE id = ?", [i]).fetchone()[0]  # noqa: E731

    # decisions on detected mentions
    mentions = mentions_for(db, first)
    update_mention(db, mentions[0].id, state="accepted", annotator="tester")
    update_mention(db, mentions[1].id, state="rejected", annotator="tester")
    # a user entity, its mention, and a merged duplicate
    yoshida = Entity("user:yoshida-test", "PERSON", "𠮷田", en="Yoshida", aliases=["𠮷田外相"], origin="user")
    save_entity(db, yoshida, annotator="tester")
    save_entity(db, Entity("user:yoshida-dup", "PERSON", "𠮷田氏", origin="user"), annotator="tester")
    merge_entities(db, "user:yoshida-test", "user:yoshida-dup", annotator="tester")
    text = body(yoshi_id)
    add_user_mention(db, yoshi_id, 0, 2, "PERSON", entity_id="user:yoshida-test", annotator="tester")
    quote_start = text.index("「")
    add_claim(db, yoshi_id, quote_start, text.index("」") + 1, annotator="tester",
              holder_entity_id="user:yoshida-test", holder_text="𠮷田", target_kind="entity",
              target_ref="country:CN", target_text="中国", stance="favor", attribution="direct",
              note="=HYPERLINK(\"x\")")
    # claims on a seed: accept one candidate, dismiss another, add one of the user's own
    candidates = claims_for(db, first, states=("candidate",))
    update_claim(db, candidates[0].id, state="accepted", stance="against", annotator="tester")
    if len(candidates) > 1:
        update_claim(db, candidates[1].id, state="dismissed", annotator="tester")
    seed_body = body(second)
    add_claim(db, second, 0, min(30, len(seed_body)), annotator="tester", stance="neutral", holder_text="記者",
              target_kind="topic", target_ref="関税", intensity="low", attribution="unattributed")
    # meetings with participants, a parent, mentions tied to them and links
    talks = create_meeting(db, "talks", participants=[
        {"entity_id": "user:yoshida-test", "name": "𠮷田", "role": "host"},
        {"entity_id": "person:wang-yi", "name": "王毅", "role": "visitor", "office": "外相"}],
        annotator="tester", start_date="2025-07-12", precision="day", place_text="東京", title="日中外相会談")
    call = create_meeting(db, "phone_call", status="scheduled", annotator="tester", start_date="2025-08-01",
                          precision="month", parent_id=talks)
    add_meeting_mention(db, yoshi_id, text.index("会談"), text.index("会談") + 2, meeting_id=talks,
                        trigger="会談", annotator="tester")
    add_link(db, talks, call, "follow_up", evidence="test", article_id=yoshi_id, annotator="tester")
    db["articles"].update(first, {"status": "done", "notes": "-checked"})
    db.close()
    return path
