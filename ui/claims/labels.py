"""Labels of the library's schemes in the interface's language (the keys stay English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
