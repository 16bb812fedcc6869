"""The window's menus and actions, with shortcuts from ui.common.shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QMessageBox

from ui.common.i18n import LANGUAGES, RESTART_NOTE, chosen_language, remember_language
from ui.common.shortcuts import key_sequences

translate = QCoreApplication.translate


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


def add_library_keys(window, undo_stack) -> None:
    """Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) on the library's undo stack, and F5 (reload), in a window of its own (the
    entity registry, the meetings): the main window's menus answer only while the main window is active, and an
    undo refused there sends the user to F5."""
    undo = undo_stack.createUndoAction(window, translate("Menus", "&Undo"))
    undo.setShortcuts(key_sequences("undo"))
    redo = undo_stack.createRedoAction(window, translate("Menus", "&Redo"))
    redo.setShortcuts(key_sequences("redo"))
    window.addActions([undo, redo])
    add_reload_key(window, undo_stack.session.reload_requested)


def add_reload_key(window, reload_requested) -> None:
    """F5 (reload) in a window of its own: the main window reads the library again into every view."""
    reload = QAction(translate("Menus", "Re&load"), window)
    reload.setShortcuts(key_sequences("reload"))
    reload.triggered.connect(reload_requested)
    window.addAction(reload)


def menu_named(bar: QMenuBar, text: str) -> QMenu | None:
    """The menu of the bar titled text (with its & mark), if there is one."""
    return next((act.menu() for act in bar.actions() if act.text() == text), None)


def view_menu_action(bar: QMenuBar) -> QAction:
    """The menu bar's entry of the View menu (features add to the menu or insert menus after it)."""
    title = translate("Menus", "&View")
    return next(act for act in bar.actions() if act.text() == title)


def tools_menu(bar: QMenuBar) -> QMenu:
    """The Tools menu, made before the last menu (Help) by the first feature that asks."""
    title = translate("Menus", "&Tools")
    tools = menu_named(bar, title)
    if tools is None:
        tools = QMenu(title, bar)
        bar.insertMenu(bar.actions()[-1], tools)
    return tools


def build_menus(window) -> dict[str, QAction]:
    """File, Edit, View and Help menus of the main window; returns the actions by name."""
    a = {}
    bar = window.menuBar()

    file = bar.addMenu(translate("Menus", "&File"))
    a["import"] = make_action(window, translate("Menus", "&Import Files…"), window.choose_import_files, "import")
    a["import_folder"] = make_action(window, translate("Menus", "Import &Folder…"), window.choose_import_folder,
                                     "import_folder")
    a["import_dataset"] = make_action(window, translate("Menus", "Import Annotated &Dataset…"), window.choose_import_dataset,
                                      "import_dataset")
    a["import_batch"] = make_action(window, translate("Menus", "Import from &Batch…"), window.choose_import_batch)
    a["samples"] = make_action(window, translate("Menus", "Open &Sample Library"), window.open_sample_library)
    a["export"] = make_action(window, translate("Menus", "&Export…"), window.show_export, "export")
    a["annotator"] = make_action(window, translate("Menus", "Set &Annotator…"), window.ask_annotator)
    a["quit"] = make_action(window, translate("Menus", "&Quit"), window.close, "quit")
    for name in ("import", "import_folder", "import_dataset", "import_batch", "samples"):
        file.addAction(a[name])
    file.addSeparator()
    file.addAction(a["export"])
    file.addSeparator()
    file.addAction(a["annotator"])
    file.addSeparator()
    file.addAction(a["quit"])

    edit = bar.addMenu(translate("Menus", "&Edit"))
    a["undo"] = window.undo_stack.createUndoAction(window, translate("Menus", "&Undo"))
    a["undo"].setShortcuts(key_sequences("undo"))
    a["redo"] = window.undo_stack.createRedoAction(window, translate("Menus", "&Redo"))
    a["redo"].setShortcuts(key_sequences("redo"))
    a["find"] = make_action(window, translate("Menus", "&Find…"), window.focus_search, "find")
    edit.addAction(a["undo"])
    edit.addAction(a["redo"])
    edit.addSeparator()
    edit.addAction(a["find"])

    view = bar.addMenu(translate("Menus", "&View"))
    a["reload"] = make_action(window, translate("Menus", "Re&load"), window.reload_library, "reload")
    view.addAction(a["reload"])
    view.addSeparator()
    a["raw"] = make_action(window, translate("Menus", "Show &Raw Text"), window.set_raw_mode, "raw", checkable=True)
    a["zoom_in"] = make_action(window, translate("Menus", "Zoom &In"), window.zoom_in, "zoom_in")
    a["zoom_out"] = make_action(window, translate("Menus", "Zoom &Out"), window.zoom_out, "zoom_out")
    a["zoom_reset"] = make_action(window, translate("Menus", "&Actual Size"), window.zoom_reset, "zoom_reset")
    a["next_article"] = make_action(window, translate("Menus", "&Next Article"), lambda: window.step_article(1),
                                    "next_article")
    a["previous_article"] = make_action(window, translate("Menus", "&Previous Article"),
                                        lambda: window.step_article(-1), "previous_article")
    view.addAction(a["raw"])
    view.addSeparator()
    for name in ("zoom_in", "zoom_out", "zoom_reset"):
        view.addAction(a[name])
    view.addSeparator()
    view.addAction(a["next_article"])
    view.addAction(a["previous_article"])
    view.addSeparator()
    view.addMenu(language_menu(window))

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    a["shortcuts"] = make_action(window, translate("Menus", "&Keyboard Shortcuts"), window.show_shortcuts, "shortcuts")
    a["about"] = make_action(window, translate("Menus", "&About Kaidan"), window.show_about)
    help_menu.addAction(a["shortcuts"])
    help_menu.addAction(a["about"])
    return a


def language_menu(window) -> QMenu:
    """View → Language: each language by its own name; the choice is kept and applies at the next start."""
    menu = QMenu(translate("Menus", "Lan&guage"), window)
    group = QActionGroup(menu)
    current = chosen_language()
    for code, name in LANGUAGES.items():
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        action.triggered.connect(lambda _=False, c=code: choose_language(window, c))
    window.language_menu = menu
    return menu


def choose_language(window, language: str) -> QMessageBox | None:
    """Keep language for the next start and say so (nothing to say when it is already the one)."""
    if language == chosen_language():
        return None
    remember_language(language)
    box = QMessageBox(QMessageBox.Information, "Kaidan",
                      translate("Menus", "The language changes when Kaidan is started again. "
                                         "Close Kaidan and open it to see it.")
                      + "\n\n" + RESTART_NOTE[language],
                      QMessageBox.Ok, window)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    window.language_box = box
    return box
