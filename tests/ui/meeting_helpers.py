"""A library of seed articles with hand-made meetings, mentions and links for the meetings view tests."""

from __future__ import annotations

from core.store import open_db
from core.store.articles import get_article
from core.store.meetings import (
    add_link, add_meeting_mention, attach_mention, create_meeting, delete_meeting, meeting_mentions_for,
    meeting_records,
)

RUBIO = {"entity_id": "person:marco-rubio", "name": "ルビオ", "role": "visitor", "office": "国務長官"}
WANG = {"entity_id": "person:wang-yi", "name": "王毅", "role": "host", "office": "外相"}
LAVROV = {"entity_id": "person:sergey-lavrov", "name": "ラブロフ", "role": "participant", "office": "外相"}
TRUMP = {"entity_id": "person:donald-trump", "name": "トランプ", "role": "participant", "office": "大統領"}
XI = {"entity_id": "person:xi-jinping", "name": "習近平", "role": "participant", "office": "国家主席"}


def seed_article(db, name: str):
    """The seed article whose source contains name."""
    for (article_id,) in db.execute("SELECT id FROM articles ORDER BY id"):
        article = get_article(db, article_id)
        if name in (article.source or ""):
            return article
    raise AssertionError(f"{name} not imported")


def open_meetings(qtbot, window, rows: int):
    """The meetings window of a main window, once its article list shows its rows."""
    qtbot.waitUntil(lambda: window.model.rowCount() == rows, timeout=10000)
    view = window.meetings.show_meetings()
    qtbot.addWidget(view)
    return view


def meetings_shown(qtbot, seeds, library_of, make_window):
    """(main window, meetings window, ids) over a library of the seeds with the known meetings."""
    ids = build_meetings(library_of(seeds))
    window = make_window()
    view = open_meetings(qtbot, window, len(seeds))
    return window, view, ids


def build_meetings(db_path) -> dict[str, int]:
    """Known meetings (detected ones removed, so counts are exact); returns ids by name."""
    db = open_db(str(db_path))
    try:
        for record in meeting_records(db):
            delete_meeting(db, record["id"])
        ids = {
            "kl": create_meeting(db, "talks", "held", [RUBIO, WANG], start_date="2025-07-11",
                                 precision="day", date_text="11日", place_text="クアラルンプール"),
            "wang_lavrov": create_meeting(db, "talks", "held", [WANG, LAVROV], start_date="2025-07-10",
                                          precision="day", place_text="クアラルンプール"),
            "june_call": create_meeting(db, "phone_call", "held",
                                        [{"entity_id": "country:CN", "name": "中国", "role": "participant"},
                                         {"entity_id": "country:RU", "name": "ロシア", "role": "participant"}],
                                        start_date="2025-06", precision="month", date_text="今年6月"),
            "call": create_meeting(db, "phone_call", "held", [TRUMP, XI], start_date="2026-02-04",
                                   precision="day"),
            "visit": create_meeting(db, "visit", "scheduled", [TRUMP, XI], origin="proposed",
                                    start_date="2026-04", precision="month", place_text="北京"),
        }
        article = seed_article(db, "000_")
        body = article.body
        start = body.index("会談", body.index("王毅外相は11日"))
        detected = [m for m in meeting_mentions_for(db, article.id) if (m.start, m.end) == (start, start + 2)]
        if detected:
            ids["mention"] = detected[0].id
            attach_mention(db, detected[0].id, ids["kl"])
        else:
            ids["mention"] = add_meeting_mention(db, article.id, start, start + 2, ids["kl"], trigger="会談")
        ids["article"] = article.id
        ids["mention_start"] = start
        ids["link"] = add_link(db, ids["call"], ids["visit"], "prepares", origin="proposed",
                               evidence="習氏の訪中に向けて電話会談した")
        ids["link2"] = add_link(db, ids["wang_lavrov"], ids["kl"], "precedes")
        return ids
    finally:
        db.close()
