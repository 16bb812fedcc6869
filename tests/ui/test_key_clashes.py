"""No key does two things: every shortcut of every window (QAction and QShortcut) belongs to one action, no menu
has two items on one mnemonic, in English and in Japanese; a button's key is shown in its tooltip."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QMenu, QWidget

from tests.ui.i18n_walk import language
from ui.common.shortcuts import READER_KEYS
from ui.window.help_dialog import ShortcutsDialog


def _windows_of(action: QAction) -> set[QWidget]:
    return {obj.window() for obj in action.associatedObjects() if isinstance(obj, QWidget)}


def keys_by_window(windows: list[QWidget]) -> dict[tuple[QWidget, str], set[str]]:
    """Each window's key sequences with what answers them there (actions by identity, shortcuts by parent)."""
    owners: dict[tuple[QWidget, str], set[str]] = defaultdict(set)
    actions = {a for w in windows for a in (*w.actions(), *w.findChildren(QAction))}
    for action in actions:
        if action.shortcutContext() == Qt.WidgetShortcut:
            continue  # answers only while its own widget has the focus
        for window in _windows_of(action):
            for key in action.shortcuts():
                owners[(window, key.toString())].add(f"action {action.text()!r} #{id(action)}")
    for window in windows:
        for shortcut in window.findChildren(QShortcut):
            if shortcut.context() != Qt.WidgetShortcut:
                for key in shortcut.keys():
                    owners[(shortcut.parent().window(), key.toString())].add(f"shortcut #{id(shortcut)}")
    return owners


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonic_clashes(menu, where: str) -> list[str]:
    """Items of menu (and its submenus) that share a mnemonic with another item of the same menu."""
    if isinstance(menu, QMenu):
        menu.aboutToShow.emit()  # menus filled as they open
    by_letter: dict[str, list[str]] = defaultdict(list)
    clashes = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if mnemonic(action.text()):
            by_letter[mnemonic(action.text())].append(action.text())
        if action.menu() is not None:
            clashes += mnemonic_clashes(action.menu(), f"{where} > {action.text()}")
    return clashes + [f"{where}: {texts}" for texts in by_letter.values() if len(texts) > 1]


def open_windows(window, qtbot) -> list[QWidget]:
    views = [window, window.entities.show_registry(), window.claims.show_browser(),
             window.meetings.show_meetings(), window.show_export(), ShortcutsDialog(window)]
    for view in views[1:]:
        view.show()
        qtbot.waitExposed(view)
    return views


@pytest.mark.parametrize("code", ["en", "ja"])
def test_no_key_and_no_mnemonic_does_two_things(qapp, qtbot, make_window, seeds, import_and_wait, select_seed,
                                                code):
    with language(qapp, code):
        window = make_window(f"{code}.db")
        import_and_wait(window, seeds, expected_rows=len(seeds))
        select_seed(window, "000_")
        windows = open_windows(window, qtbot)
        owners = keys_by_window(windows)
        assert len([key for (w, key) in owners if w is window]) > 25  # the walk sees the main window's keys
        clashes = [f"{type(w).__name__} {key}: {sorted(who)}" for (w, key), who in owners.items() if len(who) > 1]
        assert clashes == [], "\n".join(clashes)
        # A window-wide key never takes one the reader answers at the caret (1 … 7, L, N, C, G, Delete, Enter).
        reader_keys = {QKeySequence(k).toString() for keys, _ in READER_KEYS.values()
                       for k in re.split(r"\s*…\s*|,\s*", keys)} | {str(n) for n in range(1, 8)}
        taken = sorted(key for (w, key) in owners if w is window and key in reader_keys)
        assert taken == []
        assert mnemonic_clashes(window.menuBar(), "menu bar") == []


def test_a_buttons_key_is_in_its_tooltip(qtbot, make_window):
    window = make_window()
    windows = [window, window.entities.show_registry(), window.claims.show_browser(), window.meetings.show_meetings()]
    missing = []
    for view in windows:
        for button in view.findChildren(QAbstractButton):
            key = button.shortcut().toString(QKeySequence.NativeText)
            if button.shortcut() == QKeySequence(f"Alt+{mnemonic(button.text())}"):
                continue  # its underlined letter shows the key
            if key and key not in button.toolTip():
                missing.append(f"{type(view).__name__}: {button.text()!r} ({key}) tooltip {button.toolTip()!r}")
    assert missing == []
