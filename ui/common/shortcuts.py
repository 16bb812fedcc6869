"""Every keyboard shortcut of the window, named once (menus and the help dialog read it)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

# The descriptions are marked for translation here and translated where they are shown
# (context "Shortcuts"); the keys stay as Qt writes them.

# name: (key sequences, what it does). The first sequence is shown in menus.
SHORTCUTS: dict[str, tuple[tuple[str, ...], str]] = {
    "import": (("Ctrl+O",), QT_TRANSLATE_NOOP("Shortcuts", "Import files")),
    "import_folder": (("Ctrl+Shift+O",), QT_TRANSLATE_NOOP("Shortcuts", "Import a folder")),
    "import_pasted": (("Ctrl+Shift+V",), QT_TRANSLATE_NOOP("Shortcuts", "Import the text on the clipboard as an article")),
    "quit": (("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    "undo": (("Ctrl+Z",), QT_TRANSLATE_NOOP("Shortcuts", "Undo the last correction")),
    "redo": (("Ctrl+Shift+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
    "find": (("Ctrl+F",), QT_TRANSLATE_NOOP("Shortcuts", "Search titles and bodies")),
    "next_hit": (("F3",), QT_TRANSLATE_NOOP("Shortcuts", "Next search hit in the article (hits are painted yellow)")),
    "previous_hit": (("Shift+F3",), QT_TRANSLATE_NOOP("Shortcuts", "Previous search hit in the article")),
    "raw": (("Ctrl+R",), QT_TRANSLATE_NOOP("Shortcuts", "Show the raw text the article came from")),
    "zoom_in": (("Ctrl+=", "Ctrl++"), QT_TRANSLATE_NOOP("Shortcuts", "Larger reader text")),
    "zoom_out": (("Ctrl+-",), QT_TRANSLATE_NOOP("Shortcuts", "Smaller reader text")),
    "zoom_reset": (("Ctrl+0",), QT_TRANSLATE_NOOP("Shortcuts", "Reset reader text size")),
    "next_article": (("Alt+Down",), QT_TRANSLATE_NOOP("Shortcuts", "Next article")),
    "previous_article": (("Alt+Up",), QT_TRANSLATE_NOOP("Shortcuts", "Previous article")),
    "status_new": (("Ctrl+1",), QT_TRANSLATE_NOOP("Shortcuts", "Mark the selected articles as new")),
    "status_in_progress": (("Ctrl+2",), QT_TRANSLATE_NOOP("Shortcuts", "Mark the selected articles as in progress")),
    "status_done": (("Ctrl+3",), QT_TRANSLATE_NOOP("Shortcuts", "Mark the selected articles as done")),
    "export": (("Ctrl+Shift+S",), QT_TRANSLATE_NOOP("Shortcuts", "Export the library or a part of it (format, folder, scope)")),
    "import_dataset": (("Ctrl+Shift+I",), QT_TRANSLATE_NOOP("Shortcuts", "Import an annotated dataset (Kaidan export, Label Studio, "
                                           "doccano, brat)")),
    "registry": (("Ctrl+E",), QT_TRANSLATE_NOOP("Shortcuts", "Open the entity registry")),
    "entities_panel": (("Ctrl+Shift+E",), QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the entities panel")),
    "reload": (("F5",), QT_TRANSLATE_NOOP("Shortcuts", "Reload: show what another window or process changed in the library")),
    "rerun_article": (("Ctrl+F5",), QT_TRANSLATE_NOOP("Shortcuts", "Re-run entity detection on the article shown")),
    "claims_panel": (("Ctrl+Shift+K",), QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the claims panel")),
    "claims_browser": (("Ctrl+Shift+C",), QT_TRANSLATE_NOOP("Shortcuts", "Open the claims browser (every claim in the library)")),
    "suggest_claims": (("Shift+F5",), QT_TRANSLATE_NOOP("Shortcuts", "Suggest claim candidates again in the article shown")),
    "meetings": (("Ctrl+M",), QT_TRANSLATE_NOOP("Shortcuts", "Open the meetings timeline (+/- zoom, ←/→ previous/next meeting, Home fit, "
                                                            "Ctrl+L link the meeting to another)")),
    "shortcuts": (("F1",), QT_TRANSLATE_NOOP("Shortcuts", "Show this list")),
}

# Keys that only work inside the raw view, on the line with the cursor.
RAW_VIEW_KEYS: dict[str, tuple[str, str]] = {
    "body": ("B", QT_TRANSLATE_NOOP("Shortcuts", "Mark the line as body")),
    "drop": ("D", QT_TRANSLATE_NOOP("Shortcuts", "Mark the line as boilerplate")),
    "auto": ("U", QT_TRANSLATE_NOOP("Shortcuts", "Let the cleaner decide the line")),
}


# Keys that only work in the reader, on the selection or the highlighted name at the caret.
READER_KEYS: dict[str, tuple[str, str]] = {
    "types": ("1 … 7", QT_TRANSLATE_NOOP("Shortcuts", "Mark as Person, Country, Place, Organisation, Law, Event, Date "
                       "(or re-type the name at the caret)")),
    "reject": ("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Reject the highlighted name at the caret (the detector will not propose "
                         "it again); off any name, in a claim candidate: dismiss it (it will not "
                         "come back); in a claim: delete it")),
    "next_name": ("]", QT_TRANSLATE_NOOP("Shortcuts", "Select the next highlighted name (1 … 7, Delete, L then act "
                                                      "on it)")),
    "previous_name": ("[", QT_TRANSLATE_NOOP("Shortcuts", "Select the previous highlighted name")),
    "link": ("L", QT_TRANSLATE_NOOP("Shortcuts", "Link the name to a registry entity…")),
    "new_entity": ("N", QT_TRANSLATE_NOOP("Shortcuts", "New registry entity from the selection…")),
    "claim": ("C", QT_TRANSLATE_NOOP("Shortcuts", "Make a claim from the selection (opens the claim editor; on a claim: edit it)")),
    "accept_claim": ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "In a dashed claim candidate: accept it, then set its stance; "
                              "in a claim: edit it")),
    "attach_meeting": ("G", QT_TRANSLATE_NOOP("Shortcuts", "Attach the meeting mention at the caret (dotted overline) or the selection "
                            "to a meeting, or make a new meeting from it…")),
}

# What each entity type's key (ui.common.entity_types: 1 Person … 7 Date) does in the reader; the help lists one
# row per key, so the key of each type can be read there (READER_KEYS["types"] names them together).
TYPE_KEY_TEXT = QT_TRANSLATE_NOOP("Shortcuts", "Mark the selection as {type}; on a highlighted name at the caret: "
                                               "accept it as {type}")

# Keys of the claim editor that opens at the selection.
CLAIM_EDITOR_KEYS: dict[str, tuple[str, str]] = {
    "stance": ("F, A, N, M", QT_TRANSLATE_NOOP("Shortcuts", "Stance Favor, Against, Neutral, Mixed (the library's stance keys; "
                             "again to clear)")),
    "intensity": ("1, 2, 3", QT_TRANSLATE_NOOP("Shortcuts", "Intensity low, medium, high")),
    "fields": ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Next / previous field: stance, holder, target, source, note")),
    "save": ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Save the claim")),
    "cancel": ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Close the editor without saving")),
}

# Keys of the claims panel.
CLAIMS_PANEL_KEYS: dict[str, tuple[str, str]] = {
    "edit": ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Edit the claim (accept a candidate)")),
    "remove": ("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Delete the claim, or dismiss the candidate")),
}


# Actions that also answer the platform's own key for them (a keyboard's Refresh key; Shift+Cmd+R on macOS),
# unless another action of the window already holds that key.
STANDARD_KEYS = {"reload": QKeySequence.StandardKey.Refresh}


def key_sequences(name: str) -> list[QKeySequence]:
    """The QKeySequences bound to a named action (its own first, then the platform's standard ones)."""
    keys = [QKeySequence(text) for text in SHORTCUTS[name][0]]
    if name in STANDARD_KEYS:
        taken = {QKeySequence(text).toString() for keys_of, _ in SHORTCUTS.values() for text in keys_of}
        keys += [k for k in QKeySequence.keyBindings(STANDARD_KEYS[name]) if k.toString() not in taken]
    return keys


def native_text(text: str) -> str:
    """A key sequence as the platform writes it (⌘ on macOS)."""
    return QKeySequence(text).toString(QKeySequence.NativeText)


def key_text(name: str) -> str:
    """The first key of a named action as the platform writes it (for a message that sends the user to it)."""
    return native_text(SHORTCUTS[name][0][0])


def described(text: str) -> str:
    """A shortcut's description (from the tables above) in the interface language."""
    return QCoreApplication.translate("Shortcuts", text)
