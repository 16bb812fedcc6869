"""The claims browser: table under qtmodeltester, filters, summary, CSV, opening a claim."""

import pytest
from PySide6.QtCore import Qt

from core.store import open_db
from core.store.claims import update_claim
from tests.ui.conftest import ANNOTATOR
from tests.ui.waits import timers_due


@pytest.fixture
def browser_window(qtbot, seeds, library_of, make_window):
    """A window over the seeds with every candidate accepted: Xi and Trump favor, the rest against."""
    db_path = library_of(seeds)
    db = open_db(db_path)
    for row in list(db.query("SELECT id, holder_entity_id FROM claims WHERE state = 'candidate'")):
        stance = "favor" if row["holder_entity_id"] in ("person:xi-jinping", "person:donald-trump") else "against"
        update_claim(db, row["id"], "seed-annotator", state="accepted", stance=stance)
    # One claim whose holder starts like a formula, for the CSV.
    first = db.execute("SELECT id FROM claims ORDER BY id LIMIT 1").fetchone()[0]
    update_claim(db, first, ANNOTATOR, holder_entity_id=None, holder_text="=HYPERLINK(1)",
                 target_kind="topic", target_ref="関税", target_text="関税")
    db.close()
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)
    return window


def test_models_pass_the_model_tester(qtmodeltester, browser_window):
    browser = browser_window.claims.show_browser()
    assert browser.claims.rowCount() > 30
    qtmodeltester.check(browser.claims)
    qtmodeltester.check(browser.summary)


def test_filters_by_holder_stance_and_annotator(qtbot, browser_window):
    browser = browser_window.claims.show_browser()
    total = browser.claims.rowCount()
    browser.holder.setText("習近平")
    browser.reload()  # the debounce timer would do it 250 ms later
    rows = browser.claims.rows
    # four: the three quotes and, since positions taken with 強調 are read, 適切に相違点に対応する必要性を強調
    assert len(rows) == 4 and {r["holder"] for r in rows} == {"習近平"}
    browser.holder.clear()
    browser.stance.setCurrentIndex(browser.stance.findData("favor"))
    with qtbot.waitSignal(browser.claims.modelReset, timeout=30000):
        pass  # the debounced reload
    assert {r["stance"] for r in browser.claims.rows} == {"favor"}
    assert {r["holder"] for r in browser.claims.rows} == {"習近平", "トランプ"}
    browser.stance.setCurrentIndex(0)
    browser.annotator.setCurrentIndex(browser.annotator.findData(ANNOTATOR))
    browser.reload()
    assert [r["holder"] for r in browser.claims.rows] == ["=HYPERLINK(1)"]
    browser.annotator.setCurrentIndex(0)
    browser.reload()
    assert browser.claims.rowCount() == total


def test_summary_counts_and_csv(tmp_path, browser_window):
    browser = browser_window.claims.show_browser()
    browser.holder.setText("習近平")
    browser.reload()
    summary = browser.summary
    assert sum(r["total"] for r in summary.summary) == 4  # three quotes and a position taken with 強調
    assert all(set(r["stances"]) == {"favor"} for r in summary.summary)
    favor = summary.columns.index("favor")
    assert summary.index(0, favor).data() == str(summary.summary[0]["stances"]["favor"])
    assert summary.index(0, favor).data(Qt.BackgroundRole) is not None

    browser.holder.clear()
    browser.reload()
    path = tmp_path / "summary.csv"
    browser.export_summary(path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0] == "holder,target,total,favor,against,neutral,mixed"
    assert "習近平" in text and "ルビオ" in text
    assert "'=HYPERLINK(1),関税,1" in text  # formula-safe


def test_activating_a_row_opens_the_article_at_the_claim(qtbot, browser_window):
    window = browser_window
    browser = window.claims.show_browser()
    browser.holder.setText("習近平")
    browser.reload()
    row = browser.claims.rows[0]
    browser.table.setFocus()
    browser.table.setCurrentIndex(browser.claims.index(0, 0))
    qtbot.keyClick(browser.table, Qt.Key_Return)
    assert window.reader.article_id == row["article_id"]
    cursor = window.entities.layer.body.textCursor()
    spans = window.entities.layer.spans
    assert (spans.to_body(cursor.selectionStart()), spans.to_body(cursor.selectionEnd())) == (row["start"], row["end"])
    # Edits in the window reach the browser.
    window.claims.remove(row["id"])
    with qtbot.waitSignal(browser.claims.modelReset, timeout=30000):
        pass
    assert row["id"] not in {r["id"] for r in browser.claims.rows}


def test_a_reload_queued_when_the_window_closes_never_reads_the_closed_library(qtbot, browser_window):
    from ui.claims.browser import FILTER_DELAY_MS

    browser = browser_window.claims.show_browser()
    browser.schedule_reload()  # as an undo in the main window does
    assert browser._timer.isActive()
    browser_window.close()
    assert not browser._timer.isActive()
    browser.schedule_reload()  # a late signal after the library closed starts nothing
    assert not browser._timer.isActive()
    timers_due(qtbot, FILTER_DELAY_MS * 2)  # a reload started anyway would have read the closed library by now
    assert not browser._timer.isActive()


def test_an_empty_browser_says_what_fills_it(qtbot, seeds, library_of, make_window, select_seed):
    from tests.ui.claim_helpers import caret_off_names, put_caret, stored_claims

    library_of(seeds)  # candidates only: nothing the user accepted yet
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(seeds), timeout=10000)
    browser = window.claims.show_browser()
    qtbot.addWidget(browser)
    assert browser.claims.rowCount() == 0
    assert browser.count.text().startswith("0 claims · 0 holder–target pairs — none yet: Kaidan's candidates")
    select_seed(window, "000_")
    candidate = stored_claims(window, ("candidate",))[0]
    put_caret(window, caret_off_names(window, candidate))
    qtbot.keyClick(window.entities.layer.body, Qt.Key_Return)  # accepted: the browser fills
    qtbot.keyClick(window.claims.editor.stance, Qt.Key_Escape)
    qtbot.waitUntil(lambda: browser.claims.rowCount() == 1, timeout=30000)
    assert browser.count.text() == "1 claim · 1 holder–target pair"
    qtbot.keyClicks(browser.holder, "nobody")
    qtbot.waitUntil(lambda: browser.claims.rowCount() == 0, timeout=30000)
    assert browser.count.text().endswith(" — none matches the filters")
