"""Meeting words the gates dropped where they tell a meeting, read on text no gold holds (bench/gate_drops.py): a
partner named before a meeting word that only names the topic (…次官補と6カ国協議の再開時期について話し合った), a
sitting attended (会合への参加), a treaty's review conference (NPT再検討会議), and 意見を交換した as 意見交換; beside
them the forms still dropped (sentences written like Japanese news)."""

from datetime import date

from core.meetings.gate import partner_before
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
