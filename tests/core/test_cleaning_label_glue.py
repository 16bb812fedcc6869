"""A label glued before a headline the page also writes bare (core.cleaning.label_glue): each form of label the
header's readers know gives way to the bare copy, unless the line right over that copy prints the label (the headline
broken over two lines under its whole), and the readers part a label's closing separators alike."""

from __future__ import annotations

import pytest

from core.cleaning.dump import clean_dump
from core.cleaning.label_glue import label_words, printed_over
from core.cleaning.lines import Line
from tests.core.test_cleaning_page_structure import CHICAGO, ISRAEL, _page, _story

DAYS = {CHICAGO: "2005年9月18日 10:20", ISRAEL: "2005年9月12日 14:00"}
# one label of each form: a kicker in brackets, a flash word with no space, a heading bar of four words whose words
# the page prints nowhere else, a long program's name
LABELS = ("【詳報】", "速報", "深読み 東アジア 朝鮮半島 週間展望 ", "ワールドビジネスサテライト")


@pytest.mark.parametrize("label", LABELS)
def test_a_glued_label_gives_way_to_the_bare_copy_unless_the_line_over_it_prints_the_label(label):
    for name, day in DAYS.items():
        title, body = _story(name)
        glued = label + title
        assert clean_dump(_page([glued, day, "", title], body)).title == title
        # the label's words right over the bare copy: the headline's first half, the glued line its whole
        assert clean_dump(_page([glued, day, "", label.strip(), title], body)).title == glued


def test_the_line_over_the_bare_copy_is_compared_without_the_labels_blanks_and_closing_separators():
    content = [Line(1, "ラジオ国際情報室", "heading"), Line(2, "日米首脳が会談、貿易協定に合意", "heading")]
    assert printed_over(content, 1, "ラジオ国際情報室 ")
    assert printed_over(content, 1, "ラジオ国際情報室｜", label_words("ラジオ国際情報室｜"))
    assert not printed_over(content, 1, "ラジオ国際情報室｜")
    assert not printed_over(content, 0, "ラジオ国際情報室")  # (nothing stands over the first line)


def test_a_labels_words_are_read_without_the_blanks_and_separators_closing_it():
    assert label_words("政治・経済 | ") == "政治・経済"
    assert label_words("しおかぜ日報デジタル 国際アジア面：") == "しおかぜ日報デジタル 国際アジア面"
    assert label_words("特派員メモ・ワシントン発・") == "特派員メモ・ワシントン発・"
    assert label_words("特派員メモ・ワシントン発・", dot=True) == "特派員メモ・ワシントン発"
