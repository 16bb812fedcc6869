"""Labels of the library's schemes in the interface's language (the keys stay English)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.claims.shown_target import shown_target

# The default scheme's stance labels (resources/stance_scheme.json), in a translation context of their
# own: a label shares its English word with other texts (Mixed is also an attribution, 直接・間接の混在),
# and here it is the stance's word (混在). A stance the library keeps no Japanese name for shows it.
STANCE_CONTEXT = "StanceLabels"
DEFAULT_STANCE_LABELS = (QT_TRANSLATE_NOOP("StanceLabels", "Favor"), QT_TRANSLATE_NOOP("StanceLabels", "Against"),
                         QT_TRANSLATE_NOOP("StanceLabels", "Neutral"), QT_TRANSLATE_NOOP("StanceLabels", "Mixed"))


def ui_language() -> str:
    """The language of the translation the interface runs under: "ja" or "en"."""
    # The Japanese translation renders this code as "ja"; with no translation it stays "en".
    return QCoreApplication.translate("SchemeLabels", "en", "language code of this translation")


def shown_label(row: dict) -> str:
    """A stance's label in the interface's language: the library's Japanese name, else its English label (a
    default one translated: a stance added or imported with no Japanese name)."""
    english = row.get("label") or row.get("key") or ""
    if ui_language() != "ja":
        return english
    return row.get("label_ja") or QCoreApplication.translate(STANCE_CONTEXT, english)


def stance_labels(stances: list[dict]) -> dict[str, str]:
    """Stance key → the label the window shows."""
    return {s["key"]: shown_label(s) for s in stances}


def candidate_heading(holder: str, cue: str | None) -> str:
    """holder · what the candidate is about: the noun its cue names (懸念を表明した → 懸念), else the holder alone (the
    claim's words stand in the next column); a cue that is a verb form or a formal noun (言っていた, こと) tells the
    user nothing."""
    about = shown_target(cue)
    return f"{holder or '?'} · {about}" if about else holder or "?"
