"""The timeline and the claims panel can hide proposals Kaidan is not sure of."""

from __future__ import annotations

from core.model import Claim
from core.store import open_db
from core.store.meetings import create_meeting
from tests.ui.meeting_helpers import RUBIO, TRUMP, WANG, XI, build_meetings, open_meetings
from ui.claims.panel import ClaimsPanel


def test_the_timeline_hides_unsure_proposals(qtbot, seeds, library_of, make_window):
    db_path = library_of(seeds)
    ids = build_meetings(db_path)
    db = open_db(str(db_path))
    unsure = create_meeting(db, "talks", "held", [RUBIO, XI], origin="proposed", start_date="2025-07-12",
                            precision="day", confidence=0.3)
    sure = create_meeting(db, "talks", "held", [TRUMP, WANG], origin="proposed", start_date="2025-07-13",
                          precision="day", confidence=0.9)
    db.close()
    window = make_window()
    view = open_meetings(qtbot, window, len(seeds))
    shown = lambda: {item["id"] for item in view.shown()}  # noqa: E731
    assert {unsure, sure, ids["kl"]} <= shown()
    combo = view.filters.confidence
    combo.setCurrentIndex(combo.findData(0.5))
    combo.activated.emit(combo.currentIndex())
    assert unsure not in shown() and {sure, ids["kl"], ids["visit"]} <= shown()  # confirmed and unscored stay
    assert unsure not in view.timeline.glyphs and sure in view.timeline.glyphs
    combo.setCurrentIndex(combo.findData(0.75))
    combo.activated.emit(combo.currentIndex())
    assert sure in shown()
    combo.setCurrentIndex(combo.findData(0.0))
    combo.activated.emit(combo.currentIndex())
    assert unsure in shown()


def _claim(claim_id, state, confidence, text):
    return Claim(claim_id, 1, 0, len(text), text, state=state, confidence=confidence, cue="述べた",
                 origin="suggested" if state == "candidate" else "user")


def test_the_claims_panel_hides_unsure_candidates(qtbot):
    panel = ClaimsPanel()
    qtbot.addWidget(panel)
    claims = [_claim(1, "candidate", 0.9, "「建設的な会談だった」"), _claim(2, "candidate", 0.35, "キュング教授の著作"),
              _claim(3, "accepted", None, "協力を続ける"), _claim(4, "candidate", None, "古い候補")]
    panel.set_claims(claims, {1: ("ルビオ", ""), 2: ("?", ""), 3: ("王毅", "米国")}, {})
    assert panel.tree.topLevelItemCount() == 4
    assert "90% sure" in panel.tree.topLevelItem(0).toolTip(0)
    panel.hide_unsure.setChecked(True)
    assert [panel.tree.topLevelItem(i).data(0, 256) for i in range(panel.tree.topLevelItemCount())] == [1, 3, 4]
    assert "1 unsure hidden" in panel.summary.text()
    panel.hide_unsure.setChecked(False)
    assert panel.tree.topLevelItemCount() == 4


def test_hiding_unsure_proposals_holds_after_a_restart(qtbot, seeds, library_of, make_window, select_seed):
    from PySide6.QtCore import QPoint, Qt

    library_of(seeds)
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)
    select_seed(window, "000_")
    box = window.claims.panel.hide_unsure
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))  # on its check mark
    qtbot.waitUntil(box.isChecked, timeout=30000)
    view = window.meetings.show_meetings()
    qtbot.addWidget(view)
    combo = view.filters.confidence
    combo.setCurrentIndex(combo.findData(0.75))
    combo.activated.emit(combo.currentIndex())
    view.close()
    window.close()

    again = make_window()  # the next start, on the same library
    qtbot.waitUntil(lambda: again.reader.article_id is not None, timeout=10000)
    assert again.claims.panel.hide_unsure.isChecked()
    view = again.meetings.show_meetings()
    qtbot.addWidget(view)
    assert view.filters.confidence.currentData() == 0.75
    assert all(item["state"] != "proposed" or (item.get("confidence") or 1) >= 0.75 for item in view.shown())


def test_hiding_unsure_candidates_hides_them_in_the_text_too(qtbot, seeds, library_of, make_window, select_seed):
    from PySide6.QtCore import QPoint, Qt

    from tests.ui.claim_helpers import caret_off_names, put_caret, stored_claims
    from ui.claims.panel import unsure

    library_of(seeds)
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)
    for name in ("000_", "001_", "002_", "003_", "004_"):
        select_seed(window, name)
        doubtful = [c for c in stored_claims(window, ("candidate",)) if unsure(c)]
        if doubtful:
            break
    assert doubtful, "no seed has a candidate Kaidan is unsure of"
    layer = window.claims.layer
    assert {c.id for c in doubtful} <= {c.id for c in layer.claims}
    box = window.claims.panel.hide_unsure
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not {c.id for c in doubtful} & {c.id for c in layer.claims}  # no dashed underline left for them
    put_caret(window, caret_off_names(window, doubtful[0]))
    assert layer.at_caret() is None or layer.at_caret().id != doubtful[0].id  # Enter there accepts nothing hidden
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))
    assert {c.id for c in doubtful} <= {c.id for c in layer.claims}
