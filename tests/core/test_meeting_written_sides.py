"""Sides no entity holds, read as written right before the meeting word (AとBの会談, 「A」と「B」が, Aの幹部と)."""

from core.meetings.mention import Participant
from core.meetings.written_sides import other_as_written, pair_as_written
from tests.core.meeting_helpers import sorted_sides


def test_sides_no_entity_holds_are_read_as_written_before_the_meeting_word():
    text = "住友商事とKDDIの会談が行われた。"
    assert [p.name for p in pair_as_written(text, 0, text.index("会談"))] == ["住友商事", "KDDI"]
    text = "「東京メトロ」と「都営地下鉄」が統合を協議へ。"
    assert [p.name for p in pair_as_written(text, 0, text.index("協議"))] == ["東京メトロ", "都営地下鉄"]
    text = "両社の会談が行われた。"
    assert pair_as_written(text, 0, text.index("会談")) == []
    text = "住友商事とKDDIの会談が行われた。"
    assert other_as_written(text, 0, 0, text.index("会談"), Participant("住友商事")).name == "KDDI"
    text = "岡田監督はF・マリノスの幹部と会談し、辞任の意向を示した。"
    assert other_as_written(text, 0, 0, text.index("会談"), Participant("岡田")).name == "F・マリノス"


def test_a_body_written_in_latin_letters_as_the_subject_is_the_other_side_of_a_partner_named_with_to():
    # a Korean paper quoted by a livedoor page: the agency (DSPメディア) no entity holds talks with its label
    text = "韓国紙が「DSPメディアが現在日本所属社のユニバーサル・ジャパンと法的対応を協議中である」と伝えた。"
    assert sorted_sides(text) == [["DSPメディア", "ユニバーサル・ジャパン"]]
    # a police agency and the line provider a relative clause describes, joined by と
    text = "慶北地方警察庁と独島にインターネット回線を供給するＫＴは、値段を下げる協議を行いたいとコメントしている。"
    assert sorted_sides(text) == [["慶北地方警察庁", "ＫＴ"]]


def test_a_title_in_latin_letters_or_a_subject_beside_no_partner_is_no_side():
    text = "同社のCEOはトヨタと協議した。"
    assert other_as_written(text, 0, 0, text.index("協議"), Participant("トヨタ")) is None
    text = "GMはトヨタと協議した。"
    assert other_as_written(text, 0, 0, text.index("協議"), Participant("トヨタ")) is None
    text = "NHKはトヨタの会談を報じた。"  # the side is not the partner of the word: no と
    assert other_as_written(text, 0, 0, text.index("会談"), Participant("トヨタ")) is None


def test_a_deed_written_between_the_partner_and_the_word_is_no_side():
    # 業務提携, 経営統合: what the talks are about, common nouns ending on a noun of doing
    text = "日本郵政は米アフラックと業務提携の協議を始めた。"
    assert other_as_written(text, 0, 0, text.index("協議"), Participant("米アフラック")) is None
    text = "東京メトロと経営統合の協議が始まった。"
    assert pair_as_written(text, 0, text.index("協議")) == []
    # the body the sentence before stood on is the other side
    text = "トヨタは10日、新たな計画を発表した。\nパナソニックと業務提携の交渉を始めた。"
    assert sorted_sides(text) == [["トヨタ", "パナソニック"]]
