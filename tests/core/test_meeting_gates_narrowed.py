"""Meeting words the gates dropped where they tell a meeting, read on text no gold holds (bench/gate_drops.py): a
partner named before a meeting word that only names the topic (…次官補と6カ国協議の再開時期について話し合った), a
sitting attended (会合への参加), a treaty's review conference (NPT再検討会議), and 意見を交換した as 意見交換; beside
them the forms still dropped (sentences written like Japanese news)."""

from datetime import date

from core.meetings.gate import partner_before
from core.meetings.triggers import international_conference
from core.nlp.entities import detect
from tests.core.meeting_helpers import REGISTRY, dropped_by_gate, proposals_in, told_in

DAY = date(2006, 11, 27)


def _partner_before(text: str, word: str) -> bool:
    return partner_before(text, detect(text, REGISTRY, DAY), 0, text.index(word))


def test_a_partner_named_before_a_meeting_word_that_names_the_topic_is_still_the_partner():
    text = "日本の佐々江局長は26日、米国のヒル国務次官補と6カ国協議の再開時期について話し合った。"
    assert _partner_before(text, "話し合っ")
    assert ("talks", ["佐々江", "ヒル"]) in [(kind, sorted(sides, reverse=True)) for kind, sides in told_in(text, DAY)]


def test_a_partner_of_an_earlier_meeting_word_is_not_the_next_words():
    # the と belongs to 会談し: the talks after it are told by the first word, not a second partner read across it
    assert not _partner_before("岸田外相は王毅外相と会談し、その後、経済問題について話し合った。", "話し合っ")


def test_a_sitting_attended_is_a_meeting_and_joining_talks_is_not():
    assert not dropped_by_gate("メイ首相は国家安全保障会議の4大臣会合への参加も予定している。", "会合")
    assert dropped_by_gate("日本は環太平洋連携協定交渉への参加を表明した。", "交渉")


def test_a_treatys_review_conference_is_a_meeting_of_its_parties_known_by_its_name():
    [conference] = proposals_in("核不拡散条約(NPT)再検討会議が27日、ニューヨークの国連本部で開幕した。", date(2010, 4, 28))
    assert conference.kind == "multilateral" and conference.title == "核不拡散条約(NPT)再検討会議"
    [attended] = proposals_in("NPT再検討会議に出席した岸田外相は演説した。", date(2015, 4, 28))
    assert attended.title == "NPT再検討会議" and [p.name for p in attended.participants] == ["岸田"]


def test_views_exchanged_with_someone_named_are_talks_and_with_nobody_none():
    [talks] = proposals_in("岸田外相は10日、北朝鮮の李洙ヨン外相と意見を交換した。", date(2017, 8, 10))
    assert talks.kind == "talks" and len(talks.participants) == 2
    assert proposals_in("読者はコメント欄で意見を交換できる。", date(2017, 8, 10)) == []


def test_an_international_conference_told_held_or_attended_is_a_meeting_of_many():
    text = "安倍首相は3日午前、東京都内で開かれた国際会議に出席し、女性の社会進出の推進を強調した。"
    [conference] = proposals_in(text, date(2017, 11, 3))
    assert conference.kind == "multilateral" and conference.title == "国際会議"
    assert [p.name for p in conference.participants] == ["安倍"]
    # the summits just named, gathered under a word; a talk given at a learned society's conference
    assert [p.title for p in proposals_in("岸田首相は東南アジア諸国連合(ASEAN)関連首脳会議などの国際会議に出席するため出発した。",
                                          date(2022, 11, 12))] == ["ASEAN首脳会議"]
    assert dropped_by_gate("研究者は国際会議で成果を発表した。", "会議")


def test_a_forum_of_states_named_before_a_bare_meeting_word_holds_that_sitting():
    text = "ミャンマーを訪れている岸田外相は10日、ARF(=ASEAN地域フォーラム)の会議の合間に、北朝鮮の外相と立ち話をした。"
    assert "ARF(=ASEAN地域フォーラム)の会議" in [p.title for p in proposals_in(text, date(2017, 8, 10))]
    [sitting] = proposals_in("岸田外相は10日、ASEAN地域フォーラムの会議に出席した。", date(2017, 8, 10))
    assert sitting.kind == "multilateral" and [p.name for p in sitting.participants] == ["岸田"]
    # an event no body of states holds: some body's meeting about it
    assert proposals_in("岸田外相は10日、ワールドカップの会議に出席した。", date(2017, 8, 10)) == []


def test_an_international_conference_of_scholars_or_companies_is_no_meeting_of_states():
    # learned societies and companies hold international conferences too: only a state or its official makes one a
    # conference of states (the minister's stays one)
    for text in ("東京大学の山田太郎教授は、パリで開かれた国際会議に出席し、研究成果を発表した。",
                 "トヨタ自動車の豊田章男社長は、ジュネーブで開かれた国際会議に出席した。",
                 "日本物理学会は来年、京都で国際会議を開催する。", "山田氏は国際会議に参加した。",
                 "トヨタ自動車と京都大学は、京都で国際会議を開催した。"):
        assert proposals_in(text, date(2017, 8, 10)) == [], text
    [conference] = proposals_in("岸田外相は、ジュネーブで開かれた国際会議に出席した。", date(2015, 8, 10))
    assert [p.name for p in conference.participants] == ["岸田"]
    [held] = proposals_in("10月にはカナダで鳥インフルエンザ予防についての国際会議が行われる。", date(2005, 8, 10))
    assert [p.name for p in held.participants] == ["カナダ"]  # a state's (where it sits, as read on news text)


def test_a_conference_told_held_is_read_within_its_line():
    # a headline's 国際会議が and the next line's 開かれた are two sentences
    assert not international_conference("国際会議が\n東京で開かれた", 0, 2)
    assert international_conference("国際会議が東京で開かれた", 0, 2)


def test_a_review_meeting_glued_to_no_treaty_is_a_bodys_own():
    assert dropped_by_gate("党の政策再検討会議が開かれた。", "再検討会議")
    assert not dropped_by_gate("核不拡散条約再検討会議が開幕した。", "再検討会議")
    assert not dropped_by_gate("NPT第10回再検討会議が開幕した。", "再検討会議")
