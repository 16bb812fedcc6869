"""The window's menus and actions, with shortcuts from ui.common.shortcuts."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from ui.common.shortcuts import key_sequences


def make_action(window: QMainWindow, text: str, slot, shortcut: str | None = None,
                checkable: bool = False) -> QAction:
    """An action owned by window, with its shortcut(s) and tooltip."""
    action = QAction(text, window)
    if shortcut:
        action.setShortcuts(key_sequences(shortcut))
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


def menu_named(bar: QMenuBar, text: str) -> QMenu | None:
    """The menu of the bar titled text (with its & mark), if there is one."""
    return next((act.menu() for act in bar.actions() if act.text() == text), None)


def tools_menu(bar: QMenuBar) -> QMenu:
    """The Tools menu, made before the last menu (Help) by the first feature that asks."""
    tools = menu_named(bar, "&Tools")
    if tools is None:
        tools = QMenu("&Tools", bar)
        bar.insertMenu(bar.actions()[-1], tools)
    return tools


def build_menus(window) -> dict[str, QAction]:
    """File, Edit, View and Help menus of the main window; returns the actions by name."""
    a = {}
    bar = window.menuBar()

    file = bar.addMenu("&File")
    a["import"] = make_action(window, "&Import Files…", window.choose_import_files, "import")
    a["import_folder"] = make_action(window, "Import &Folder…", window.choose_import_folder,
                                     "import_folder")
    a["import_dataset"] = make_action(window, "Import Annotated &Dataset…", window.choose_import_dataset,
                                      "import_dataset")
    a["samples"] = make_action(window, "Open &Sample Library", window.open_sample_library)
    a["export"] = make_action(window, "&Export…", window.show_export, "export")
    a["annotator"] = make_action(window, "Set &Annotator…", window.ask_annotator)
    a["quit"] = make_action(window, "&Quit", window.close, "quit")
    for name in ("import", "import_folder", "import_dataset", "samples"):
        file.addAction(a[name])
    file.addSeparator()
    file.addAction(a["export"])
    file.addSeparator()
    file.addAction(a["annotator"])
    file.addSeparator()
    file.addAction(a["quit"])

    edit = bar.addMenu("&Edit")
    a["undo"] = window.undo_stack.createUndoAction(window, "&Undo")
    a["undo"].setShortcuts(key_sequences("undo"))
    a["redo"] = window.undo_stack.createRedoAction(window, "&Redo")
    a["redo"].setShortcuts(key_sequences("redo"))
    a["find"] = make_action(window, "&Find…", window.focus_search, "find")
    edit.addAction(a["undo"])
    edit.addAction(a["redo"])
    edit.addSeparator()
    edit.addAction(a["find"])

    view = bar.addMenu("&View")
    a["raw"] = make_action(window, "Show &Raw Text", window.set_raw_mode, "raw", checkable=True)
    a["zoom_in"] = make_action(window, "Zoom &In", window.zoom_in, "zoom_in")
    a["zoom_out"] = make_action(window, "Zoom &Out", window.zoom_out, "zoom_out")
    a["zoom_reset"] = make_action(window, "&Actual Size", window.zoom_reset, "zoom_reset")
    a["next_article"] = make_action(window, "&Next Article", lambda: window.step_article(1),
                                    "next_article")
    a["previous_article"] = make_action(window, "&Previous Article",
                                        lambda: window.step_article(-1), "previous_article")
    view.addAction(a["raw"])
    view.addSeparator()
    for name in ("zoom_in", "zoom_out", "zoom_reset"):
        view.addAction(a[name])
    view.addSeparator()
    view.addAction(a["next_article"])
    view.addAction(a["previous_article"])

    help_menu = bar.addMenu("&Help")
    a["shortcuts"] = make_action(window, "&Keyboard Shortcuts", window.show_shortcuts, "shortcuts")
    a["about"] = make_action(window, "&About Kaidan", window.show_about)
    help_menu.addAction(a["shortcuts"])
    help_menu.addAction(a["about"])
    return a
