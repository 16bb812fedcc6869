"""The claims, meetings and team views in Japanese: no English-only text, no empty translation.

untranslated_texts() walks a widget tree offscreen (window titles, labels, buttons, actions and
menus, tooltips, header labels, placeholders, choices) and returns what still reads as English.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QTableView, QTabWidget, QTreeView, QWidget,
)

from tests.ui.claim_helpers import QUOTE, select_text
from ui.common.i18n import qm_path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "i18n" / "ja"
FOLDERS = ("claims", "meetings", "team")
# Proper terms, measures, formats and key names that Japanese text keeps in Latin letters.
ALLOWED = {
    "Kaidan", "JSON", "ID", "URL", "F1", "CSV", "Cohen", "Fleiss", "Krippendorff", "YYYY", "MM", "DD",
    "Ctrl", "Shift", "Alt", "Tab", "Enter", "Esc", "Delete", "Home", "Backspace", "sqlite", "db",
}
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
TAG = re.compile(r"<[^>]+>")
GLOB = re.compile(r"\*\.\w+")  # file patterns: (*.csv)
PLACEHOLDER = re.compile(r"\{\w+\}")  # {holder}: filled in with data when shown


def english_words(text: str) -> list[str]:
    """The Latin words of a shown text that are not proper terms, codes, keys or mnemonics."""
    text = TAG.sub(" ", PLACEHOLDER.sub(" ", GLOB.sub(" ", text.split("\t")[0]))).replace("&&", "").replace("&", "")
    return [w for w in WORD.findall(text)
            if w not in ALLOWED and len(w) > 1 and not (w.isupper() and len(w) <= 3)]


def _texts(widget: QWidget, data_choices=()):
    """(where, text) of everything a user reads on one widget."""
    kind = type(widget).__name__
    if widget.isWindow() or isinstance(widget, QWidget) and widget.windowTitle() and widget.parent() is None:
        yield f"{kind} title", widget.windowTitle()
    yield f"{kind} tooltip", widget.toolTip()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    if isinstance(widget, QGroupBox):
        yield "group", widget.title()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        if widget.isEditable() and widget.lineEdit() is not None:
            yield "placeholder", widget.lineEdit().placeholderText()
        for i in range(0 if widget in data_choices else widget.count()):
            data = widget.itemData(i)
            if not (isinstance(data, str) and data and data == widget.itemText(i)):  # a value shown as itself
                yield "choice", widget.itemText(i)
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
    if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount(QModelIndex())):
            yield "header", str(model.headerData(column, Qt.Horizontal, Qt.DisplayRole) or "")
    if isinstance(widget, QMenu):
        yield "menu", widget.title()
    for action in widget.actions():
        yield "action", action.text()
        yield "action tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        if action.menu() is not None:
            yield "menu", action.menu().title()
            for sub in action.menu().actions():
                yield "action", sub.text()


def untranslated_texts(root: QWidget | QAction, data_words=(), data_choices=(), skip=()) -> list[tuple[str, str]]:
    """(where, text) of every visible string under root that still reads as English.

    data_words: Latin words that are the user's data (annotators' names); data_choices: combo
    boxes whose items are the user's data (registry names); skip: widgets whose headers are
    stable keys.
    """
    if isinstance(root, QAction):
        widgets, found = [], [("action", root.text())]
        if root.menu() is not None:
            widgets = [root.menu()]
    else:
        widgets, found = [root, *root.findChildren(QWidget)], []
    skipped = {id(w) for s in skip for w in (s, *s.findChildren(QWidget))}
    for widget in widgets:
        if id(widget) not in skipped:
            found.extend(_texts(widget, data_choices))
    return [(where, text) for where, text in found
            if text and set(english_words(text)) - set(data_words)]


# the Japanese translation --------------------------------------------------------------------


def _messages():
    for folder in FOLDERS:
        for context in ET.parse(TS_DIR / f"{folder}.ts").getroot().iter("context"):
            for message in context.iter("message"):
                yield folder, context.findtext("name"), message


@pytest.fixture
def japanese(qapp):
    """Kaidan's Japanese translation installed for the test (before any window is built)."""
    translator = QTranslator()
    assert translator.load(str(qm_path("ja")))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_translations_keep_the_placeholders_and_speak_japanese():
    for _folder, context, message in _messages():
        source = message.findtext("source")
        translation = message.find("translation")
        text = "".join(translation.itertext())
        assert re.findall(r"\{\w+\}", source) and sorted(re.findall(r"\{\w+\}", text)) == \
            sorted(re.findall(r"\{\w+\}", source)) or not re.findall(r"\{\w+\}", source), (context, source)
        assert ("%n" in text) == ("%n" in source), (context, source)
        if english_words(source) and source != "en":
            assert not english_words(text), (context, source, text)


def test_the_walk_finds_english_when_no_translation_is_loaded(entity_window, qtbot):
    # The same walk as below, without the translator: it must see the English it is there to catch.
    browser = entity_window.claims.show_browser()
    qtbot.addWidget(browser)
    found = dict(untranslated_texts(browser))
    assert found.get("ClaimsBrowser title") == "Claims Browser"
    assert "Any stance" in [text for where, text in untranslated_texts(browser) if where == "choice"]


def test_claim_views_in_japanese(japanese, entity_window, qtbot):
    window = entity_window
    select_text(window, QUOTE, "やるべきことはたくさんある」")
    qtbot.keyClick(window.entities.layer.body, Qt.Key_C)
    editor = window.claims.editor
    assert editor is not None and editor.stance.buttons["favor"].text() == "F 賛成"
    assert untranslated_texts(editor, data_choices=(editor.target,)) == []
    assert untranslated_texts(window.claims.dock) == []
    for name in ("claim", "accept_claim", "remove_claim", "claims_panel", "claims_browser", "suggest_claims",
                 "suggest_claims_library"):
        assert untranslated_texts(window.claims.actions[name]) == [], name
    claims_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == "主張(&C)")
    assert untranslated_texts(claims_menu) == []
    qtbot.keyClick(editor.stance, Qt.Key_F)
    qtbot.keyClick(editor.stance, Qt.Key_Return)
    browser = window.claims.show_browser()
    qtbot.addWidget(browser)
    assert browser.windowTitle() == "主張ブラウザ"
    assert untranslated_texts(browser) == []
    assert browser.count.text() == "主張 1 件 · 保持者と対象の組 1 組"


def test_meeting_views_in_japanese(japanese, qtbot, seeds, library_of, make_window):
    from tests.ui.meeting_helpers import meetings_shown
    from ui.meetings.attach import AttachMeetingDialog
    from ui.meetings.model import load_meetings
    from core.store.registry import registry_entities

    window, view, ids = meetings_shown(qtbot, seeds, library_of, make_window)
    view.select(ids["visit"])
    assert view.windowTitle() == "会談"
    assert untranslated_texts(view) == []
    for name in ("meetings", "attach_meeting"):
        assert untranslated_texts(window.meetings.actions[name]) == []
    entities = {e.id: e for e in registry_entities(window.db)}
    dialog = AttachMeetingDialog(load_meetings(window.db, entities), "首脳会談を行った。", None, window)
    qtbot.addWidget(dialog)
    assert untranslated_texts(dialog) == []
    assert any("電話会談" in dialog.list.item(r).text() for r in range(dialog.list.count()))


def test_team_views_in_japanese(japanese, make_window, tmp_path, qtbot):
    from tests.core.team.team_libraries import NAMES, team_of_three

    paths = team_of_three(tmp_path)
    window = make_window("team.db")
    with qtbot.waitSignal(window.team.merge([str(p) for p in paths]).signals.done, timeout=30000):
        pass
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10000)
    for name in ("merge", "agreement", "curation"):
        assert untranslated_texts(window.team.actions[name]) == []
    agreement = window.team.show_agreement()
    qtbot.waitUntil(lambda: agreement.figures is not None, timeout=30000)
    # The pair and confusion tables are headed by annotators' names and label keys, as computed.
    assert untranslated_texts(agreement, data_words=NAMES, skip=(agreement.pairs, agreement.confusion)) == []
    curation = window.team.show_curation()
    assert untranslated_texts(curation, data_words=NAMES) == []
    assert curation.articles.item(0).text().startswith("[不一致]")


def test_meeting_kinds_in_the_window_are_the_library_labels():
    # The window translates the kinds' English labels; the library stores both names: one word each.
    from core.store.scheme import default_meeting_kinds

    shown = {m.findtext("source"): m.findtext("translation")
             for c in ET.parse(TS_DIR / "meetings.ts").getroot().iter("context")
             if c.findtext("name") == "MeetingLabels" for m in c.iter("message")}
    kinds = default_meeting_kinds()
    assert len(kinds) == 8
    for kind in kinds:
        assert shown[kind["label"]] == kind["label_ja"], kind


def test_the_default_stance_words_in_their_own_context_are_the_library_labels():
    """A stance label shares its English word with other texts (Mixed: an attribution too, 直接・間接の混在); in
    a context of its own it is translated as the library names the stance."""
    from core.store.scheme import default_scheme

    shown = {m.findtext("source"): m.findtext("translation")
             for c in ET.parse(TS_DIR / "claims.ts").getroot().iter("context")
             if c.findtext("name") == "StanceLabels" for m in c.iter("message")}
    assert shown == {s["label"]: s["label_ja"] for s in default_scheme()["stances"]}


def test_a_stance_kept_without_a_japanese_name_shows_the_default_word(japanese, qtbot):
    """A stance added in English or imported with no Japanese name: a default word is said in Japanese (Mixed
    as the stance 混在, not the attribution), the user's own word as it is, a Japanese name the library keeps first."""
    from ui.claims.stance_strip import StanceStrip

    stances = [{"key": "mixed", "label": "Mixed", "label_ja": None, "colour": "#ef6c00", "shortcut": "M"},
               {"key": "hedged", "label": "Hedged", "label_ja": None, "colour": "#795548", "shortcut": "H"},
               {"key": "favor", "label": "Favor", "label_ja": "支持", "colour": "#2e7d32", "shortcut": "F"}]
    strip = StanceStrip(stances)
    qtbot.addWidget(strip)
    assert [strip.buttons[s["key"]].text() for s in stances] == ["M 混在", "H Hedged", "F 支持"]


def test_cleaning_check_reasons_are_translated_from_their_codes(japanese):
    from ui.reader.check_reasons import check_reasons

    assert check_reasons("short_body,no_headline") == "本文がとても短い、見出しが見つからない"
    assert check_reasons("date_unsure") == "ページの日付を判定できない"
    assert check_reasons("headline_unsure,date_unsure") == "見出しを判定できない、ページの日付を判定できない"
    assert check_reasons("very short body") == "very short body"  # a library cleaned before the codes: as written
