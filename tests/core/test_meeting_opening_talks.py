"""Talks a sentence opens on (交渉は, 協議の結果), right after a sentence whose subject is a pair, or a subject and the
partner it acted with: the pair's talks."""

import pytest

from tests.core.meeting_helpers import meetings_in, names, sorted_sides as _sides


@pytest.mark.parametrize("text, pair", [
    ("ハマスとイスラエルは10日、停戦で合意した。交渉はカタールの仲介で行われた。", ["イスラエル", "ハマス"]),  # a body, a state
    ("トヨタとパナソニックは10日、電池事業の統合で合意した。交渉は昨年から続いていた。", ["トヨタ", "パナソニック"]),
])
def test_talks_opening_the_sentence_after_a_pair_agreeing_are_theirs(text, pair):
    assert _sides(text) == [pair]


def test_no_pair_as_the_subject_before_gives_the_talks_no_sides():
    text = "トヨタの社長は10日、パナソニックを訪れた。交渉は昨年から続いていた。"
    assert _sides(text) == []


def test_a_pair_two_sentences_before_is_not_taken_by_talks_a_sentence_opens_on():
    text = "ハマスとイスラエルは10日、停戦で合意した。ガザでは市民が喜んだ。交渉はカタールの仲介で行われた。"
    assert ["イスラエル", "ハマス"] not in _sides(text)


@pytest.mark.parametrize("text, pair", [
    ("日産自動車は10日、ルノーと資本提携で合意したと発表した。交渉は昨年から続いていた。", ["ルノー", "日産自動車"]),
    ("ハマスは10日、イスラエルとの停戦に合意した。交渉はカタールの仲介で行われた。", ["イスラエル", "ハマス"]),
])
def test_talks_opening_the_sentence_after_a_subject_agreeing_with_a_partner_are_theirs(text, pair):
    assert _sides(text) == [pair]


def test_a_person_as_the_subject_and_a_body_as_the_partner_are_no_pair_for_the_talks():
    text = "日産自動車のゴーン社長は10日、ルノーと資本提携で合意した。交渉は昨年から続いていた。"
    assert _sides(text) == []



@pytest.mark.parametrize("text", [
    "東芝は10日、ウエスタンデジタルと提携すると発表した。同社は昨年から交渉を続けていた。",
    "東芝は10日、ウエスタンデジタルと提携すると発表した。昨年から交渉を続けていた。",
])
def test_talks_naming_one_side_take_its_partner_of_the_sentence_before(text):
    assert _sides(text) == [["ウエスタンデジタル", "東芝"]]


def test_talks_naming_their_own_partner_keep_it():
    text = "自民党は10日、公明党と連立政権を組むことで合意した。自民党は昨年から民主党と協議を重ねていた。"
    assert _sides(text) == [["民主党", "自民党"]]


def test_a_partner_met_in_the_sentence_before_is_not_carried_to_later_talks():
    # the sentence before told a meeting of its own: the later talks are not read as held with its partner
    text = "東芝は10日、ウエスタンデジタルと会談した。東芝は来月も交渉を続ける。"
    assert [names(m) for m in meetings_in(text)] == [["東芝", "ウエスタンデジタル"], ["東芝"]]


@pytest.mark.parametrize("text, pair", [
    # each sentence on a line of its own, as most pages and Wikinews write them: the sentence before is still read
    ("東芝は10日、ウエスタンデジタルと提携すると発表した。\n東芝は昨年から交渉を続けていた。", ["ウエスタンデジタル", "東芝"]),
    ("ハマスとイスラエルは10日、停戦で合意した。\n交渉はカタールの仲介で行われた。", ["イスラエル", "ハマス"]),
])
def test_the_sentence_before_on_the_line_before_is_read_as_the_one_before(text, pair):
    assert _sides(text) == [pair]


@pytest.mark.parametrize("text, pair", [
    # a guest received by the subject is met, as a partner is; people written with their offices
    ("安倍晋三首相は10日、インドのモディ首相を官邸に迎えた。会談では、安全保障協力の強化で一致した。", ["モディ", "安倍晋三"]),
    ("安倍晋三首相はモディ首相と共同声明を発表した。交渉は昨年から続いていた。", ["モディ", "安倍晋三"]),
    # a visit told in the sentence before (来日) is no talks the word refers back to
    ("安倍晋三首相は10日、来日したモディ首相と共同声明を発表した。交渉は昨年から続いていた。", ["モディ", "安倍晋三"]),
])
def test_talks_opening_the_sentence_after_people_met_by_their_offices_are_theirs(text, pair):
    assert pair in _sides(text)


def test_a_guest_received_before_someone_else_is_named_is_not_taken_by_the_talks():
    text = "安倍晋三首相は10日、インドのモディ首相を官邸に迎えた。岸田外相も同席した。会談では、安全保障協力の強化で一致した。"
    assert ["モディ", "安倍晋三"] not in _sides(text)
