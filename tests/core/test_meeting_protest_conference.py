"""Two meetings of states told without a meeting word of their own: a protest made in person to an envoy
(…駐韓大使に対し、…抗議した; 『…が日本大使に抗議』) and a conference of states known by its name (パリ講和会議,
ロンドン海軍軍縮会議); and the forms beside them that tell none (a protest at an embassy, a letter of protest, a
movement's 平和会議, a disarmament conference only asked for). Sentences of Japanese Wikinews, of the stockmark
Wikipedia sentences (CC BY-SA 3.0), or written like them."""

from datetime import date

from core.meetings.triggers import TRIGGER, conference_of_states
from tests.core.meeting_helpers import dropped_by_gate as _dropped, proposals_in


def _read(text, reference):
    return [(p.kind, p.status, [x.name for x in p.participants], p.start, p.title)
            for p in proposals_in(text, reference)]


def test_a_protest_made_to_a_named_envoy_is_talks_of_the_two():
    text = "韓国の潘基文外交通商相は15日、大島正太郎駐韓大使に対し、小泉首相の靖国神社参拝に抗議した。"
    assert _read(text, date(2005, 10, 18)) == [("talks", "held", ["潘基文", "大島正太郎"], "2005-10-15", None)]
    text = "外務省の谷内正太郎事務次官は14日、中国の王毅大使に対し、反日デモについて抗議した。"
    assert _read(text, date(2005, 4, 15)) == [("talks", "held", ["谷内正太郎", "王毅"], "2005-04-14", None)]


def test_a_protest_to_an_unnamed_envoy_in_a_cited_headline_is_talks_with_their_country():
    [(kind, status, sides, _, _)] = _read("『「挫折感さえ覚える」潘外交長官が日本大使に抗議』。", date(2005, 10, 18))
    assert (kind, status) == ("talks", "held") and "日本" in sides and len(sides) == 2


def test_a_protest_made_to_nobody_in_person_is_no_meeting():
    assert _dropped("市民団体は16日、日本大使館前で抗議した。", "抗議")
    assert _dropped("在英日本大使館は1月7日に、BBCに対し抗議した。", "抗議")
    assert _read("在英日本大使館は1月7日に、番組内容に対する抗議の書簡を、BBCと製作会社に対し送付した。", date(2005, 1, 8)) == []
    assert not any(m.group(0) == "抗議" for m in TRIGGER.finditer("大使に抗議文を手渡した。"))
    # told by other means than a meeting: a statement, the diplomatic channel
    assert _dropped("外務省は14日、声明で中国の王毅大使に対し、反日デモについて抗議した。", "抗議")
    assert _dropped("日本政府は外交ルートを通じて中国の大使に対し、抗議した。", "抗議")
    assert not _dropped("外務省の谷内正太郎事務次官は14日、中国の王毅大使に対し、反日デモについて抗議した。", "抗議")


def test_a_named_conference_of_states_is_a_meeting_of_many_with_the_states_named():
    assert _read("日本は1919年、パリ講和会議に出席した。", date(2006, 1, 1)) == [
        ("multilateral", "held", ["日本"], "1919", "パリ講和会議")]
    [(kind, _, sides, _, title)] = _read(
        "ロンドン海軍軍縮会議において日本が求めた海軍比率70%の根拠も、補助艦の戦力であった。", date(2006, 1, 1))
    assert (kind, sides, title) == ("multilateral", ["日本"], "ロンドン海軍軍縮会議")


def test_a_conference_with_no_name_or_a_movements_body_is_none():
    text = "同社は軍縮会議の開催を求める署名を集めた。"
    assert conference_of_states(text, 0, text.index("会議")) is None
    assert _read(text, date(2006, 1, 1)) == []
    text = "世界平和会議は声明を発表した。"
    assert conference_of_states(text, 0, text.index("会議")) is None
    assert _dropped(text, "会議")
    text = "ジュネーブ軍縮会議で各国が協議した。"
    assert text[conference_of_states(text, 0, text.index("会議")):text.index("会議") + 2] == "ジュネーブ軍縮会議"
