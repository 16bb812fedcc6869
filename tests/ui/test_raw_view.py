"""The raw view: raw lines with the cleaner's marks; corrections with undo and redo."""

from PySide6.QtCore import Qt


def _line_with(window, text):
    lines = window.reader.raw.toPlainText().split("\n")
    return next(n for n, line in enumerate(lines, start=1) if text in line)


def test_raw_toggle_shows_raw_lines_with_marks(qtbot, seeded_window, select_seed, seed_sentence):
    article = select_seed(seeded_window)
    seeded_window.actions_by_name["raw"].trigger()
    area = seeded_window.reader
    assert area.currentWidget() is area.raw_page
    raw = area.raw
    assert raw.toPlainText() == article.raw
    line = _line_with(seeded_window, seed_sentence)
    assert raw.label_of(line) == "body"
    assert raw.extraSelections()  # body lines tinted, others dimmed
    assert raw.blockCount() == len(article.raw.split("\n"))
    seeded_window.actions_by_name["raw"].trigger()
    assert area.currentWidget() is area.reader


def test_line_correction_with_undo_and_redo(qtbot, seeded_window, select_seed, seed_sentence):
    select_seed(seeded_window)
    seeded_window.set_raw_mode(True)
    raw = seeded_window.reader.raw
    body = seeded_window.reader.reader.body_text
    original = body()
    line = _line_with(seeded_window, seed_sentence)

    raw.go_to_line(line)
    qtbot.keyClick(raw, Qt.Key_D)  # mark as boilerplate
    assert seed_sentence not in body()
    assert raw.label_of(line) == "drop"
    assert raw.overrides == {line: "drop"}
    assert "Boilerplate" in seeded_window.actions_by_name["undo"].text()

    seeded_window.actions_by_name["undo"].trigger()
    assert body() == original
    assert raw.overrides == {}
    seeded_window.actions_by_name["redo"].trigger()
    assert seed_sentence not in body()

    raw.go_to_line(line)
    qtbot.keyClick(raw, Qt.Key_B)  # back to body, by the user's choice
    assert seed_sentence in body()
    assert raw.overrides == {line: "body"}
    qtbot.keyClick(raw, Qt.Key_U)  # and back to the cleaner's own decision
    assert body() == original
    assert raw.overrides == {}

    for _ in range(3):
        seeded_window.undo_stack.undo()
    assert body() == original
    assert not seeded_window.undo_stack.canUndo()


def test_context_menu_offers_the_three_choices(qtbot, seeded_window, select_seed):
    select_seed(seeded_window)
    seeded_window.set_raw_mode(True)
    raw = seeded_window.reader.raw
    raw.go_to_line(1)
    actions = raw.menu_actions(raw)
    assert [a.text().split("\t")[0] for a in actions] == [
        "Mark as Body", "Mark as Boilerplate", "Let the Cleaner Decide"]
    assert actions[2].isChecked()
    with qtbot.waitSignal(raw.label_requested) as blocker:
        actions[1].trigger()
    assert blocker.args == [1, "drop"]


def test_the_raw_view_is_filled_when_shown_with_the_article_shown_then(qtbot, seeded_window, select_seed):
    """The clean reader opens an article without laying out its raw page; the raw view, when switched
    on, shows the raw page of the article shown then, each time another article was opened in between."""
    first = select_seed(seeded_window, "000_")
    raw = seeded_window.reader.raw
    assert raw.toPlainText() == ""  # not laid out for nobody
    second = select_seed(seeded_window, "001_")
    assert second.raw != first.raw
    seeded_window.set_raw_mode(True)
    assert raw.toPlainText() == second.raw and raw.extraSelections()
    seeded_window.set_raw_mode(False)
    select_seed(seeded_window, "000_")
    assert raw.toPlainText() == second.raw  # left as it was while the clean text is read
    seeded_window.set_raw_mode(True)
    assert raw.toPlainText() == first.raw
    select_seed(seeded_window, "001_")  # in raw mode, an opening fills the raw view at once
    assert raw.toPlainText() == second.raw
