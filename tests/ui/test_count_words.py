"""The window's messages with a count read right in English and in Japanese: "1 article imported", "Queued 1 more
item", "… 1 more caption", "1 annotator", an export's "1 of its files … it was removed"; never "1 articles" or
"item(s)"."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStatusBar

from core.jobs.summary import stop_reason as core_stop_reason
from core.store.errors import DiskFull
from core.errors import Reason
from tests.ui.i18n_walk import language
from ui.jobs.export_words import export_words
from ui.jobs.failure_reasons import stop_reason
from ui.jobs.import_controller import ImportController
from ui.reader.reader import ArticleReader
from ui.team.agreement_view import AgreementWindow


def test_an_import_stopped_after_one_article_says_one_article(qapp):
    full = DiskFull("the disk is full")
    one = stop_reason(core_stop_reason(full, 1, (1, 1)))
    assert ": 1 article imported, from 1 of 1 file; the rest were not" in one  # before: "1 articles", "1 files"
    many = stop_reason(core_stop_reason(full, 12, (14, 30)))
    assert many.endswith(": 12 articles imported, from 14 of 30 files; the rest were not")  # as before
    assert stop_reason(core_stop_reason(full, 1, datasets=True)).endswith(": 1 dataset article imported; the rest "
                                                                          "were not")
    with language(qapp, "ja"):
        said = stop_reason(core_stop_reason(full, 1, (1, 3)))
    assert "ファイル 3 件のうち 1 件から記事 1 件を取り込みました" in said


def test_a_queued_import_counts_its_items(qtbot):
    bar = QStatusBar()
    controller = ImportController(":memory:", bar, bar)
    assert controller._queued(1) == "Queued 1 more item for import"  # before: "Queued 1 more item(s) for import"
    assert controller._queued(3) == "Queued 3 more items for import"
    with language(QApplication.instance(), "ja"):
        assert controller._queued(1) == "取り込みの待ちに 1 件を追加しました"


def test_one_caption_more_and_one_annotator_are_said_in_the_singular(qtbot):
    reader = ArticleReader()
    qtbot.addWidget(reader)
    assert reader._captions_text([f"写真{n}" for n in range(7)]).splitlines()[-1] == "… 1 more caption"
    assert reader._captions_text([f"写真{n}" for n in range(9)]).splitlines()[-1] == "… 3 more captions"
    window = AgreementWindow()
    qtbot.addWidget(window)
    assert window.summary_words(["佐藤"], 1, "done 1") == "1 annotator: 佐藤 — 1 article (done 1)"
    assert window.summary_words(["佐藤", "鈴木"], 4, "") == "2 annotators: 佐藤, 鈴木 — 4 articles ()"
    with language(QApplication.instance(), "ja"):
        assert window.summary_words(["佐藤"], 1, "") == "注釈者 1 人: 佐藤 — 記事 1 件（）"


def test_an_export_note_on_one_file_says_one_file():
    taken = Reason("an interrupted export had left 1 of its files in /x: it was removed", "export_taken_back",
                   folder="/x", count=1)
    assert export_words(taken) == "An interrupted export had left 1 of its files in /x: it was removed."
    put = Reason("", "export_put_back", folder="/x", count=1)
    assert export_words(put).endswith("put back (1 file).")  # before: "(1 files)"
    assert export_words(Reason("", "export_put_back", folder="/x", count=8)).endswith("put back (8 files).")


def test_an_export_note_on_one_file_says_in_japanese_what_it_says_of_several(qapp):
    with language(qapp, "ja"):
        for code in ("export_taken_back", "export_put_back", "export_leftovers_removed", "export_parts_removed"):
            one = export_words(Reason("", code, folder="/x", count=1))
            several = export_words(Reason("", code, folder="/x", count=2))
            # the same words but the count (and それ for それら): before, one file's note on a whole export
            # said 書き出しは完全なので where several files' said そこの書き出しは揃っているので
            assert one == several.replace("2 件", "1 件").replace("それら", "それ"), code
