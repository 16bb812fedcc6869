"""Labels of the library's schemes in the interface's language (the keys stay English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.claims.shown_target import shown_target


def ui_language() -> str:
    """The language of the translation the interface runs under: "ja" or "en"."""
    # The Japanese translation renders this code as "ja"; with no translation it stays "en".
    return QCoreApplication.translate("SchemeLabels", "en", "language code of this translation")


def shown_label(row: dict, english: str = "label", japanese: str = "label_ja") -> str:
    """A scheme row's label in the interface's language, the English one when no Japanese is set."""
    if ui_language() == "ja" and row.get(japanese):
        return row[japanese]
    return row.get(english) or row.get("key") or ""


def stance_labels(stances: list[dict]) -> dict[str, str]:
    """Stance key → the label the window shows."""
    return {s["key"]: shown_label(s) for s in stances}


def candidate_heading(holder: str, cue: str | None) -> str:
    """holder · what the candidate is about: the noun its cue names (懸念を表明した → 懸念), else the holder alone (the
    claim's words stand in the next column); a cue that is a verb form or a formal noun (言っていた, こと) tells the
    user nothing."""
    about = shown_target(cue)
    return f"{holder or '?'} · {about}" if about else holder or "?"
