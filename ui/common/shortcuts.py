"""Every keyboard shortcut of the window, named once (menus and the help dialog read it)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

# name: (key sequences, what it does). The first sequence is shown in menus.
SHORTCUTS: dict[str, tuple[tuple[str, ...], str]] = {
    "import": (("Ctrl+O",), "Import files"),
    "import_folder": (("Ctrl+Shift+O",), "Import a folder"),
    "quit": (("Ctrl+Q",), "Quit"),
    "undo": (("Ctrl+Z",), "Undo the last correction"),
    "redo": (("Ctrl+Shift+Z", "Ctrl+Y"), "Redo"),
    "find": (("Ctrl+F",), "Search titles and bodies"),
    "next_hit": (("F3",), "Next search hit in the article (hits are painted yellow)"),
    "previous_hit": (("Shift+F3",), "Previous search hit in the article"),
    "raw": (("Ctrl+R",), "Show the raw text the article came from"),
    "zoom_in": (("Ctrl+=", "Ctrl++"), "Larger reader text"),
    "zoom_out": (("Ctrl+-",), "Smaller reader text"),
    "zoom_reset": (("Ctrl+0",), "Reset reader text size"),
    "next_article": (("Alt+Down",), "Next article"),
    "previous_article": (("Alt+Up",), "Previous article"),
    "status_new": (("Ctrl+1",), "Mark the selected articles as new"),
    "status_in_progress": (("Ctrl+2",), "Mark the selected articles as in progress"),
    "status_done": (("Ctrl+3",), "Mark the selected articles as done"),
    "export": (("Ctrl+Shift+S",), "Export the library or a part of it (format, folder, scope)"),
    "import_dataset": (("Ctrl+Shift+I",), "Import an annotated dataset (Kaidan export, Label Studio, "
                                           "doccano, brat)"),
    "registry": (("Ctrl+E",), "Open the entity registry"),
    "entities_panel": (("Ctrl+Shift+E",), "Show or hide the entities panel"),
    "rerun_article": (("F5",), "Re-run entity detection on the article shown"),
    "claims_panel": (("Ctrl+Shift+K",), "Show or hide the claims panel"),
    "claims_browser": (("Ctrl+Shift+C",), "Open the claims browser (every claim in the library)"),
    "suggest_claims": (("Shift+F5",), "Suggest claim candidates again in the article shown"),
    "meetings": (("Ctrl+M",), "Open the meetings timeline (+/- zoom, ←/→ previous/next meeting, Home fit)"),
    "shortcuts": (("F1",), "Show this list"),
}

# Keys that only work inside the raw view, on the line with the cursor.
RAW_VIEW_KEYS: dict[str, tuple[str, str]] = {
    "body": ("B", "Mark the line as body"),
    "drop": ("D", "Mark the line as boilerplate"),
    "auto": ("U", "Let the cleaner decide the line"),
}


# Keys that only work in the reader, on the selection or the highlighted name at the caret.
READER_KEYS: dict[str, tuple[str, str]] = {
    "types": ("1 … 7", "Mark as Person, Country, Place, Organisation, Law, Event, Date "
                       "(or re-type the name at the caret)"),
    "reject": ("Delete", "Reject the highlighted name at the caret (the detector will not propose "
                         "it again); off any name, in a claim candidate: dismiss it (it will not "
                         "come back); in a claim: delete it"),
    "link": ("L", "Link the name to a registry entity…"),
    "new_entity": ("N", "New registry entity from the selection…"),
    "claim": ("C", "Make a claim from the selection (opens the claim editor; on a claim: edit it)"),
    "accept_claim": ("Enter", "In a dashed claim candidate: accept it, then set its stance; "
                              "in a claim: edit it"),
    "attach_meeting": ("G", "Attach the meeting mention at the caret (dotted overline) or the selection "
                            "to a meeting, or make a new meeting from it…"),
}

# Keys of the claim editor that opens at the selection.
CLAIM_EDITOR_KEYS: dict[str, tuple[str, str]] = {
    "stance": ("F, A, N, M", "Stance Favor, Against, Neutral, Mixed (the library's stance keys; "
                             "again to clear)"),
    "intensity": ("1, 2, 3", "Intensity low, medium, high"),
    "fields": ("Tab, Shift+Tab", "Next / previous field: stance, holder, target, source, note"),
    "save": ("Enter", "Save the claim"),
    "cancel": ("Esc", "Close the editor without saving"),
}

# Keys of the claims panel.
CLAIMS_PANEL_KEYS: dict[str, tuple[str, str]] = {
    "edit": ("Enter", "Edit the claim (accept a candidate)"),
    "remove": ("Delete", "Delete the claim, or dismiss the candidate"),
}


def key_sequences(name: str) -> list[QKeySequence]:
    """The QKeySequences bound to a named action."""
    return [QKeySequence(text) for text in SHORTCUTS[name][0]]


def native_text(text: str) -> str:
    """A key sequence as the platform writes it (⌘ on macOS)."""
    return QKeySequence(text).toString(QKeySequence.NativeText)
