"""Every window and dialog Kaidan opens from the main window's menus, made for a test to walk."""

from __future__ import annotations

from ui.entities.chooser import EntityChooser
from ui.entities.new_entity_dialog import NewEntityDialog
from ui.window.help_dialog import ShortcutsDialog


def menu_windows(window) -> dict:
    """Each window the main window opens, by name (the main window among them), not yet shown."""
    return {"main": window, "meetings": window.meetings.show_meetings(), "claims": window.claims.show_browser(),
            "registry": window.entities.show_registry(), "export": window.show_export(),
            "dataset import": window.choose_import_dataset(), "batch import": window.choose_import_batch(),
            "annotator": window.ask_annotator(), "help": ShortcutsDialog(window),
            "new entity": NewEntityDialog("王毅", None, window),
            "entity chooser": EntityChooser(list(window.entities.entities().values()), "王毅", allow_unlink=True,
                                            allow_new=True, parent=window)}
