"""The interface language: Kaidan's Japanese translation and Qt's own, chosen once per start.

The language is read from the settings, else from the system locale on the first run, and the
translators are installed before the window is built. View → Language stores a new choice; it
applies the next time Kaidan starts (the window is built once, its texts are not rebuilt).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from core.paths import resource
from ui.common.settings_read import read_setting

SETTING = "ui/language"
# code: the language's own name (shown as is in every language, so a user can always find it).
LANGUAGES: dict[str, str] = {"en": "English", "ja": "日本語"}
# Said in the language chosen, beside the message in the current one: the user can read one of them.
RESTART_NOTE = {"en": "Kaidan will be in English from its next start.",
                "ja": "次回の起動から日本語で表示されます。"}
SOURCE_LANGUAGE = "en"  # the texts in the code are English: no translator needed


def qm_path(language: str):
    """Kaidan's compiled translation for language (resources/i18n/kaidan_<language>.qm)."""
    return resource("i18n", f"kaidan_{language}.qm")


def system_language(locale: QLocale | None = None) -> str:
    """The language the system locale asks for, among the ones Kaidan has; else English."""
    locale = locale or QLocale.system()
    for code in LANGUAGES:
        if QLocale(code).language() == locale.language():
            return code
    return SOURCE_LANGUAGE


def chosen_language() -> str:
    """The language stored in the settings, else the system's (first run)."""
    stored = read_setting(SETTING, "")
    return stored if stored in LANGUAGES else system_language()


def remember_language(language: str) -> None:
    """Store the language for the next start (an unknown code is ignored)."""
    if language in LANGUAGES:
        QSettings().setValue(SETTING, language)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Kaidan's and Qt's translators for language on app; returns them (none for English).

    A missing or unreadable .qm leaves the interface in English rather than failing to start.
    """
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        return []
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (str(qm_path(language)), "")):
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Take translators off app again (the texts built afterwards are English)."""
    for translator in translators:
        app.removeTranslator(translator)
