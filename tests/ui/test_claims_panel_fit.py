"""The claims panel at an everyday window size: its columns fit its width and it gets a fair share of the height."""

from __future__ import annotations

import pytest

from tests.ui.waits import WAIT_MS


@pytest.mark.parametrize("size", [(1400, 850), (1920, 1080)])
def test_claims_fit_their_panel_and_share_the_height(qtbot, seeds, library_of, make_window, select_seed, size):
    library_of(seeds)
    window = make_window()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.docks_placed and window.reader.article_id is not None, timeout=WAIT_MS)
    select_seed(window, "000_")
    panel = window.claims.panel
    tree = panel.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 5, timeout=WAIT_MS)
    qtbot.wait(50)
    # no sideways scrolling: both columns are in view, the long claim elided with its whole text on hover
    assert not tree.horizontalScrollBar().isVisible()
    header = tree.header()
    assert header.sectionSize(0) + header.sectionSize(1) <= tree.viewport().width()
    assert header.sectionSize(1) >= tree.viewport().width() * 0.4
    item = tree.topLevelItem(0)
    assert item.text(1).rstrip("…")[:10] in item.toolTip(1) and len(item.toolTip(1)) > len(item.text(1))
    # a first start stacks the panels with an even share of the height, not the claims squeezed at the bottom
    entities, claims = window.entities.dock, window.claims.dock
    assert claims.height() >= 0.8 * entities.height(), (claims.height(), entities.height())
