"""An annotated dataset imported in a Japanese window: what it could not carry over, the spans it left out,
the rows that failed and the annotations it counted are all said in Japanese (core keeps its English words)."""

from __future__ import annotations

import re
from string import Formatter

from PySide6.QtWidgets import QApplication

from core.analysis_limit import too_long_note
from core.datasets import words
from tests.ui.i18n_walk import english_only, language
from ui.jobs.dataset_words import coded_words

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")

DOCCANO = "\n".join([
    '{"id": 1, "text": "茂木外相は王毅外相と会談した。", "label": [[0, 4, "PERSON"], [5, 9, "PERSON"], [3, 99, "PERSON"]],'
    ' "cats": ["diplomacy"]}',
    '{"id": 2, "text": "岸田首相が訪米した。", "entities": [{"id": 1, "start_offset": 0, "end_offset": 4,'
    ' "label": "PERSON"}], "relations": [{"from_id": 1, "to_id": 1, "type": "knows"}]}',
    '{"id": 3, "text": ""}',
    '{bad',
]) + "\n"


def _filled(code: str, template: str):
    """core's reason for code with a stand-in for each of its details."""
    fields = {name: 7 if name in ("limit", "length", "analysed") else "x"
              for _text, name, _spec, _conv in Formatter().parse(template) if name}
    if code == "meetings_outside":
        fields.update(fields="kind or status", names=("kind", "status"))
    if code == "claim_outside":
        fields.update(field="target kind")
    return words.at(code, **fields) if code in words.PLACES else words.said(code, **fields)


def test_every_reason_core_gives_for_a_dataset_is_worded_in_japanese():
    tables = (words.NOT_CARRIED, words.LEFT_OUT, words.FAILED, words.KINDS, words.READ_AS, words.PLACES)
    with language(QApplication.instance(), "ja"):
        worded = {code: coded_words(_filled(code, template)) for table in tables for code, template in table.items()
                  if re.search("[A-Za-z]", re.sub(r"{[^}]*}", "", template))}  # words to translate around the fields
    unworded = [code for code, text in worded.items() if text is None or not _JAPANESE.search(text)]
    assert unworded == []
    assert worded["meetings_outside"] == "種類または状態が体系にない会談"
    with language(QApplication.instance(), "ja"):  # and the note on an article too long to analyse whole
        note = coded_words(too_long_note("会談。" * 100_000))
    assert note.startswith("300,000 文字あり、全体を解析するには長すぎます。")
    assert worded["claim_outside"] == "対象の種類がライブラリの体系にない主張（その値を除いて主張は残しました）"
    assert worded["task_id"] == "x のタスク x（ID x）"


def test_a_doccano_file_with_what_kaidan_cannot_take_is_summed_up_in_japanese(window, tmp_path, qtbot):
    path = tmp_path / "dc.jsonl"
    path.write_text(DOCCANO, encoding="utf-8")
    with language(QApplication.instance(), "ja"):
        with qtbot.waitSignal(window.imports.finished, timeout=60000) as finished:
            window.import_paths([path], "doccano")
        box = window.imports.summary_box
        box_lines = box.informativeText().splitlines()
        details = box.detailedText().splitlines()
    summary = finished.args[0]
    assert len(summary.imported) == 2 and len(summary.failed) == 2
    assert "not carried over: doccano document categories (cats) (1)" in summary.messages()  # the CLI's words
    assert box_lines[:4] == [
        "注釈: エンティティの言及 3",
        "取り込めなかったもの: doccano の文書カテゴリー（cats）（1）",
        "取り込めなかったもの: 主張 → 保持者／対象 以外の doccano の関係（1）",
        f"除外: 本文の外を指す位置（1）: {path} の 1 行目 [3, 99]"]
    assert details == [f"{path.name} の 3 行目: 本文がありません", f"{path.name} の 4 行目: 正しい JSON ではありません"]
    assert english_only([window.statusBar().currentMessage(), box.text(), *box_lines, *details]) == []
