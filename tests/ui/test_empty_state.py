"""First run: the empty state explains importing; the sample library opens."""

from ui.jobs.import_controller import sample_paths


def test_empty_library_shows_how_to_import(window):
    area = window.reader
    assert window.model.rowCount() == 0
    assert area.currentWidget() is area.empty
    hint = area.empty.hint.text()
    assert "Drag" in hint and "Import" in hint and "Sample Library" in hint
    assert window.count_label.text() == "0 articles"


def test_the_side_panels_say_no_article_is_shown(qtbot, entity_window):
    """With no article, the panels spoke of "this article" (its entities, its claims, and C to add one)."""
    window = entity_window
    assert window.entities.panel.summary.text() != "No article shown."  # seed 000 is shown
    window.search.setText("この検索に合う記事はない")
    qtbot.waitUntil(lambda: window.reader.article_id is None, timeout=10000)
    assert window.entities.panel.summary.text() == "No article shown."
    assert window.claims.panel.summary.text() == "No article shown."


def test_sample_library_opens(qtbot, window):
    samples = sample_paths()
    assert 4 <= len(samples) <= 6
    with qtbot.waitSignal(window.imports.finished, timeout=60000) as blocker:
        window.reader.empty.samples_button.click()
    assert len(blocker.args[0].imported) == len(samples)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(samples), timeout=10000)
    qtbot.waitUntil(lambda: window.reader.currentWidget() is window.reader.reader, timeout=30000)
    assert "。" in window.reader.reader.body_text()


def test_samples_are_page_dumps_with_boilerplate():
    for path in sample_paths():
        text = path.read_text(encoding="utf-8")
        assert "関連記事" in text
        assert "年" in text.split("\n")[2] and "分" in text.split("\n")[2]
        assert text.count("。") >= 4
