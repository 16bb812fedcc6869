"""The interface in Japanese: every visible text of the window, its menus, dialogs and docks is
translated; the same walk in English loses no text; the translation files are complete."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from core.export import READERS
from tests.ui.i18n_walk import english_only, language, pending_literals, visible_texts
from ui.common.actions import choose_language
from ui.common.i18n import LANGUAGES, SETTING, chosen_language, qm_path, system_language
from ui.entities.chooser import EntityChooser
from ui.entities.menus import mention_menu
from ui.entities.new_entity_dialog import NewEntityDialog
from ui.jobs.export_formats import FORMAT_READERS
from ui.window.help_dialog import ShortcutsDialog

ROOT = Path(__file__).resolve().parents[2]
TS_FOLDER = ROOT / "resources" / "i18n" / "ja"


def open_everything(window, qtbot) -> list:
    """Open every menu, dialog and dock of a seeded window; returns the widgets to walk."""
    views = [window]
    for action in window.menuBar().actions():  # every menu, with its submenus (walked through actions)
        action.menu().aboutToShow.emit()
    views.append(window.show_export())
    views.append(window.choose_import_dataset())
    views.append(window.choose_import_files())
    views.append(window.entities.show_registry())
    views.append(window.meetings.show_meetings())  # its filters' list models: walked since i18n_walk reads them
    views.append(window.claims.show_browser())  # the library's stance labels among its filters and headers
    views.append(ShortcutsDialog(window))
    views.append(NewEntityDialog("王毅", None, window))
    views.append(window.ask_annotator())
    chooser = EntityChooser(list(window.entities.entities().values()), "王毅", allow_unlink=True,
                            allow_new=True, parent=window)
    views.append(chooser)
    views.append(mention_menu(window.entities, window))
    rect = window.list_view.visualRect(window.model.index(0, 0))
    window.statuses._list_menu(rect.center())
    views.append(window.statuses.context_menu)
    raw_menu = QMenu(window)
    raw_menu.addActions(window.reader.raw.menu_actions(raw_menu))
    views.append(raw_menu)
    window.set_raw_mode(True)  # the raw page with its legend and source line
    for view in views[1:]:
        if not isinstance(view, QMenu):
            qtbot.addWidget(view) if view.parent() is None else None
            view.show()
    return views


def walk(window, qtbot) -> list[str]:
    texts = []
    for view in open_everything(window, qtbot):
        texts += visible_texts(view)
    return texts


@pytest.fixture
def pending():
    return pending_literals(ROOT)


def test_the_japanese_window_shows_no_english(qapp, qtbot, make_window, seeds, import_and_wait,
                                              select_seed, pending):
    with language(qapp, "ja") as translators:
        assert translators, "kaidan_ja.qm did not load"
        window = make_window()
        import_and_wait(window, seeds, expected_rows=len(seeds))
        select_seed(window, "000_")
        texts = walk(window, qtbot)
        assert "ファイル(&F)" in texts and "書き出し" in texts and "キーボードショートカット" in texts
        assert window.windowTitle() == "Kaidan — library.db"
        left = english_only(texts, pending=pending)
        assert left == [], "\n".join(left)


def test_the_empty_library_and_the_language_message_in_japanese(qapp, qtbot, make_window, pending):
    with language(qapp, "ja"):
        window = make_window()
        qtbot.waitUntil(lambda: window.reader.currentWidget() is window.reader.empty, timeout=30000)
        QSettings().setValue(SETTING, "ja")  # as if chosen before this start
        box = choose_language(window, "en")
        texts = visible_texts(window.reader.empty) + visible_texts(box)
        # Said in the language of the window, and in the one chosen (which the user surely reads).
        assert "次に起動" in box.text() and "Kaidan will be in English from its next start." in box.text()
        assert english_only(texts, pending=pending) == []


def translations() -> dict[str, set[str]]:
    """Each source text of the .ts files with its Japanese translations (one per context)."""
    found: dict[str, set[str]] = {}
    for ts in TS_FOLDER.glob("*.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            found.setdefault(message.findtext("source"), set()).add(message.findtext("translation"))
    return found


def test_the_english_walk_loses_no_text(qapp, qtbot, make_window, seeds, import_and_wait, select_seed):
    shown = {}
    for code in ("en", "ja"):
        with language(qapp, code):
            window = make_window(f"{code}.db")
            import_and_wait(window, seeds, expected_rows=len(seeds))
            select_seed(window, "000_")
            shown[code] = walk(window, qtbot)
            window.close()
    english, japanese = shown["en"], set(shown["ja"])
    assert "&File" in english and "Export" in english and "Keyboard Shortcuts" in english
    assert not any(re.search("[ぁ-んァ-ン]", t) for t in english if t in translations())
    # Every fixed text the English window shows, the Japanese one shows translated.
    known = translations()
    lost = [t for t in english if t in known and not known[t] & japanese]
    assert lost == []
    assert sum(t in known for t in english) > 150


def test_build_check_finds_every_message_translated():
    result = subprocess.run([sys.executable, str(ROOT / "resources" / "i18n" / "build.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert qm_path("ja").exists()


def test_translations_keep_the_placeholders_of_their_source():
    checked = 0
    for ts in sorted(TS_FOLDER.glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source")
            translation = "".join(message.find("translation").itertext())  # numerus forms included
            assert set(re.findall(r"%n", source)) == set(re.findall(r"%n", translation)), source
            assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", translation)), source
            assert translation.strip(), source
            checked += 1
    assert checked > 300


def test_format_readers_say_what_core_says():
    # The captions are core's words, marked for translation at the ui edge: the two must not drift.
    assert FORMAT_READERS == {fmt: READERS[fmt] for fmt in FORMAT_READERS}
    assert set(FORMAT_READERS) == set(READERS)


def test_language_follows_the_system_then_the_choice(qapp, window):
    from PySide6.QtCore import QLocale

    assert system_language(QLocale(QLocale.Japanese, QLocale.Japan)) == "ja"
    assert system_language(QLocale(QLocale.French, QLocale.France)) == "en"
    QSettings().remove(SETTING)
    assert chosen_language() == system_language()
    other = "en" if chosen_language() == "ja" else "ja"
    menu = window.language_menu
    assert [a.text() for a in menu.actions()] == list(LANGUAGES.values())
    next(a for a in menu.actions() if a.data() == other).trigger()
    assert QSettings().value(SETTING) == other and chosen_language() == other
    assert window.language_box.isVisible()  # says the change applies at the next start
    assert choose_language(window, other) is None  # the same choice again: nothing to say


def test_edits_are_named_in_japanese_on_the_undo_menu(qapp, qtbot, make_window, seeds, import_and_wait):
    with language(qapp, "ja"):
        window = make_window()
        import_and_wait(window, seeds, expected_rows=len(seeds))
        ids = [window.model.article_id(r) for r in range(2)]
        window.statuses.set_status("done", ids)
        assert window.actions_by_name["undo"].text() == "元に戻す(&U) 記事 2 件を「完了」にする"
        window.go_to_article(ids[0])
        window.set_line_label(1, "drop")
        assert window.actions_by_name["undo"].text() == "元に戻す(&U) 1 行目を定型文にする"
        assert "1 行目を定型文にする: 整形後のテキストを更新しました" in window.statusBar().currentMessage()


def test_hover_texts_and_list_cells_in_japanese(qapp, qtbot, make_window, seeds, import_and_wait):
    from PySide6.QtCore import Qt

    from core.model import Mention
    from ui.entities.reader_layer import mention_tooltip

    with language(qapp, "ja"):
        unlinked = mention_tooltip(Mention(0, 4, "グラント", "PERSON"), None, None)
        assert "人名 · 台帳にリンクなし (L でリンク)" in unlinked and "検出済み・未確認" in unlinked
        date = mention_tooltip(Mention(0, 3, "11日", "DATE"), None, None)
        assert "日付 · 未解決" in date
        window = make_window()
        import_and_wait(window, seeds, expected_rows=len(seeds))
        model = window.model
        assert [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())] == \
            ["見出し", "媒体", "日付", "状態", "整形"]
        assert {model.index(r, 3).data() for r in range(model.rowCount())} == {"新規"}
