"""Talks whose own clause names nobody, their sides told in another sentence: merger talks take the one pair the
article tells merging, talks to come (今後の協議, その後の話し合い) the pair told as one subject — only while the
topic goes on (sentences of Japanese Wikinews articles, CC BY 2.5, cut short)."""

from datetime import date

import pytest

from core.meetings.confidence import meeting_confidence
from tests.core.meeting_helpers import proposals_in, sorted_names as _sides

MERGER = ("毎日新聞によると、石油元売り最大手・新日本石油(新日石)は3月18日、九州石油(九石本社:東京都)を10月に"
          "吸収・合併する方針を決めた。"
          "また、九石が展開する「ストーク」のブランド名の存廃については現状未定とされている。"
          "現在の命名権そのものは2009年2月の契約満了まで続ける予定だが、その後の対応は合併協議の中で行うとしている。")
AGREED = ("株式会社広島銀行(東京証券取引所1部上場)とウツミ屋証券株式会社(非上場)は、共同出資の証券会社を設立する事に"
          "基本合意したと、2007年7月9日に発表した。"
          "共同出資により設立される証券会社は、上場会社である広島銀行の持ち分法適用関連会社となる。"
          "具体的な資本金額は、今後の協議で決定。")
PARTED = ("スポーツ報知によると、2005年に結婚した女優の安達由美(26)と、お笑いコンビ「スピードワゴン」の井戸田潤(36)が"
          "離婚届を提出し、1月8日付で離婚していたことがわかった。"
          "デイリースポーツによれば、去年9月には別居しており、その後の話し合いは何度も重ねたてきたと伝えた。")


def test_merger_talks_take_the_pair_the_article_tells_merging_by_their_first_names():
    [talks] = proposals_in(MERGER, date(2008, 3, 18))
    assert _sides(talks) == ["九州石油", "新日本石油"]  # (not 新日石, nor 九州石油ドーム of a later line)
    assert talks.start is None  # 2009年2月 is the contract's end, before その後: not the talks' day


def test_merger_talks_stay_without_sides_when_the_article_tells_two_mergers():
    text = MERGER.replace("また、九石が", "一方、コスモ石油は昭和シェル石油を吸収・合併する方針だ。また、九石が")
    assert proposals_in(text, date(2008, 3, 18)) == []


def test_talks_to_come_take_the_pair_told_as_one_subject():
    [talks] = proposals_in(AGREED, date(2007, 7, 10))
    assert _sides(talks) == ["ウツミ屋証券株式会社", "広島銀行"]
    assert talks.status == "scheduled"
    # told from another sentence only, Kaidan is less sure of them than of the same talks told with their sides
    told = proposals_in(AGREED.replace("今後の協議で決定", "広島銀行とウツミ屋証券株式会社の今後の協議で決定"),
                        date(2007, 7, 10))
    assert meeting_confidence(talks) < meeting_confidence(told[0])


def test_talks_to_come_take_no_pair_once_someone_else_stood_as_the_subject():
    text = AGREED.replace("共同出資により", "野村證券は同日、別の提携を発表した。共同出資により")
    assert proposals_in(text, date(2007, 7, 10)) == []


def test_talks_after_a_day_told_take_the_pair_of_people_but_not_that_day():
    [talks] = proposals_in(PARTED, date(2009, 1, 10))
    assert _sides(talks) == ["井戸田潤", "安達由美"]
    assert talks.start != "2008-09"


def test_a_bare_follow_on_word_with_no_pair_before_it_stays_unproposed():
    text = "広島銀行は新しい証券会社の設立を発表した。具体的な資本金額は、今後の協議で決定。"
    assert proposals_in(text, date(2007, 7, 10)) == []


def test_both_sides_are_the_pair_the_sentence_before_stood_on_as_one_subject():
    text = "イスラエルとハマスは12日、停戦に合意した。双方は来週、カイロで協議する。"
    [talks] = proposals_in(text, date(2015, 6, 30))
    assert _sides(talks) == ["イスラエル", "ハマス"]
    # a side that stood as a subject since makes the pair unsure: no sides rather than the last one and that side
    text = "イスラエルとハマスは12日、停戦に合意した。エジプトが仲介した。双方は来週、カイロで再び協議する予定だ。"
    assert all(len(p.participants) < 2 for p in proposals_in(text, date(2015, 6, 30)))


def test_three_joined_as_one_subject_are_no_pair_for_both_sides():
    # 双方 is two: of three named as the subject before, no two are the pair (not the last two of the list)
    text = "米国、英国、フランスは12日、声明を出した。双方は来週、協議する。"
    assert all(len(p.participants) < 2 for p in proposals_in(text, date(2015, 6, 30)))
    text = "米国と英国とフランスは12日、声明を出した。双方は来週、協議する。"
    assert all(len(p.participants) < 2 for p in proposals_in(text, date(2015, 6, 30)))


def test_a_side_going_on_talking_takes_its_partner_from_a_sentence_or_two_before():
    text = ("東芝は12日、ウエスタンデジタルと半導体事業の売却で合意したと発表した。売却額は2兆円。"
            "東芝は昨年から交渉を続けていた。")
    [talks] = proposals_in(text, date(2015, 6, 30))
    assert _sides(talks) == ["ウエスタンデジタル", "東芝"]
    # someone else named between: the partner is no longer the one told before
    text = text.replace("売却額は2兆円。", "キオクシアは反発した。")
    assert [_sides(p) for p in proposals_in(text, date(2015, 6, 30))] == [["東芝"]]


def test_the_pairs_meeting_to_come_on_a_day_of_its_own_is_theirs():
    text = ("岸田文雄首相は12日、来日したインドのモディ首相を官邸に迎えた。\n両首脳は夕食を共にした。\n"
            "会談は13日に行われる。")
    talks = [p for p in proposals_in(text, date(2015, 6, 12)) if p.kind == "talks"]
    assert [(p.status, _sides(p)) for p in talks] == [("held", ["モディ", "岸田文雄"]),
                                                       ("scheduled", ["モディ", "岸田文雄"])]
    assert talks[1].start == "2015-06-13"
    # two pairs told before: which pair meets is not said
    text = text.replace("両首脳は夕食を共にした。", "両首脳は夕食を共にした。\n岸田首相は同日、バイデン大統領と電話で会談した。")
    assert all(p.start != "2015-06-13" for p in proposals_in(text, date(2015, 6, 12)))


def test_talks_a_sentence_opens_on_take_the_pair_told_before_a_line_naming_nobody():
    text = "ソニーとパナソニックは12日、有機EL事業の統合で合意した。新会社は来年4月に発足する。交渉は昨年秋から続いていた。"
    [talks] = proposals_in(text, date(2015, 6, 30))
    assert _sides(talks) == ["ソニー", "パナソニック"]
    # a line naming someone else between: the topic moved on
    assert proposals_in(text.replace("新会社は来年4月に発足する。", "キヤノンは反発した。"), date(2015, 6, 30)) == []


@pytest.mark.parametrize("text, pair", [
    # a clause naming nobody before the talks (a thing decided, a word saying what the talks were)
    ("安達由美と井戸田潤は1月に離婚届を提出した。離婚を決めた話し合いは年末に行った。", ["井戸田潤", "安達由美"]),
    ("トヨタとパナソニックは10日、電池事業の統合で合意した。最終的な交渉は東京で行われた。", ["トヨタ", "パナソニック"]),
    # a time as the topic says nothing of whose talks they are
    ("トヨタとパナソニックは10日、電池事業の統合で合意した。現在は細部の協議中だ。", ["トヨタ", "パナソニック"]),
    # the matter glued to the word written before: the pair's talks on it
    ("安達由美と井戸田潤は1月に離婚を発表した。現在は離婚協議中とされる。", ["井戸田潤", "安達由美"]),
])
def test_talks_after_a_clause_naming_nobody_take_the_pair_told_before(text, pair):
    assert [_sides(p) for p in proposals_in(text, date(2015, 6, 30))] == [pair]


@pytest.mark.parametrize("text", [
    # talks named by a matter the text has not told (労使, 春闘, ＴＰＰ) are other talks; 両国の names sides of its own
    "ソニーとパナソニックは10日、事業統合で合意した。春闘の労使交渉は来月始まる。",
    "ソニーとパナソニックは10日、事業統合で合意した。一方、ＴＰＰ交渉は難航している。",
    "ソニーとパナソニックは10日、事業統合で合意した。\n株式市場では電機株が上昇した。\n来年の春闘交渉は難航しそうだ。",
    "ソニーとパナソニックは10日、事業統合で合意した。両国の協議は難航している。",
])
def test_talks_named_by_a_matter_not_told_before_do_not_take_the_pair(text):
    assert all(_sides(p) != ["ソニー", "パナソニック"] for p in proposals_in(text, date(2015, 6, 30)))


@pytest.mark.parametrize("text", [
    # a subject of its own, a partner named by a word, someone named before the talks, a quote: not the pair's
    "トヨタとパナソニックは10日、電池事業の統合で合意した。社長は交渉の経緯を説明した。",
    "トヨタとパナソニックは10日、電池事業の統合で合意した。映像作家でもある監督との交渉が難航した。",
    "トヨタとパナソニックは10日、電池事業の統合で合意した。山田社長が出席した交渉は東京で行われた。",
    "トヨタとパナソニックは10日、電池事業の統合で合意した。関係者は「最終的な交渉は長かった」と述べた。",
])
def test_talks_after_a_clause_of_their_own_do_not_take_the_pair_told_before(text):
    assert all(_sides(p) != ["トヨタ", "パナソニック"] for p in proposals_in(text, date(2015, 6, 30)))


@pytest.mark.parametrize("text, pair", [
    ("東芝は10日、ウエスタンデジタルに事業統合を提案した。東芝は昨年から交渉を続けていた。", ["ウエスタンデジタル", "東芝"]),
    ("民主党は10日、社民党に対し、連立政権への参加を要請した。今後の協議で詳細を詰める。", ["民主党", "社民党"]),
])
def test_talks_after_a_proposal_or_a_demand_take_the_one_addressed(text, pair):
    assert [_sides(p) for p in proposals_in(text, date(2015, 6, 30))] == [pair]


def test_talks_after_a_proposal_keep_a_partner_of_their_own_or_a_subject_of_their_own():
    text = "東芝は10日、ウエスタンデジタルに事業統合を提案した。東芝はキオクシアとも交渉を続けていた。"
    assert [_sides(p) for p in proposals_in(text, date(2015, 6, 30))] == [["キオクシア", "東芝"]]
    text = "東芝は10日、ウエスタンデジタルに事業統合を提案した。日立製作所は昨年から交渉を続けていた。"
    assert [_sides(p) for p in proposals_in(text, date(2015, 6, 30))] == [["日立製作所"]]


@pytest.mark.parametrize("text", [
    # a club and the coach or the player it agreed with: a body and a person of their own across the table
    "浦和レッズは14日、ペトロヴィッチ氏と基本合意したと発表した。\n交渉は11月から続いていた。",
    "浦和レッズは14日、ペトロヴィッチ氏と基本合意したと発表した。\n同クラブは11月から交渉を進めていた。",
])
def test_talks_after_a_body_agreed_with_a_person_are_the_two(text):
    assert [_sides(p) for p in proposals_in(text, date(2011, 12, 14))] == [["ペトロヴィッチ", "浦和レッズ"]]


def test_a_person_written_with_a_title_no_list_holds_is_the_partner_of_the_sentence_before():
    text = "阪神タイガースは10日、新井貴浩内野手と契約で合意した。\n交渉は11月から続いていた。"
    assert [_sides(p) for p in proposals_in(text, date(2011, 12, 14))] == [["新井貴浩", "阪神タイガース"]]


def test_a_person_written_as_another_bodys_officer_is_no_pair_with_the_body():
    # (the officer speaks for their own body: which body met is for the entity layer to say, not this pair)
    text = "トヨタ自動車は10日、フォードのアラン・ムラーリー氏と提携で合意した。\n交渉は昨年から続いていた。"
    assert all("アラン・ムラーリー" not in _sides(p) for p in proposals_in(text, date(2011, 12, 14)))


@pytest.mark.parametrize("text", [
    "日本サッカー協会は10日、田中会長と来季の方針で合意した。\n交渉は昨年から続いていた。",
    "トヨタ自動車は10日、山田社長と報酬で合意した。\n交渉は昨年から続いていた。",
])
def test_a_person_titled_as_a_bodys_head_is_no_pair_with_the_body(text):
    # (a head speaks for a body, most often the subject's own: the two are one side, not across the table)
    assert all(len(_sides(p)) != 2 for p in proposals_in(text, date(2011, 12, 14)))
