"""Talks told held by what is said of them rather than by a verb glued to them: a sitting someone attends
(会合には…外相が出席), talks brought to an end or near it (交渉を妥結, 交渉は最終段階に,
核協議は…最終合意に達した), and a negotiation told with its partner named (北朝鮮との交渉については): a
negotiation is always of two sides, the one named with its partner is one held (sentences written for Kaidan in
the style of Japanese news)."""

from tests.core.meeting_helpers import dropped_by_gate, meetings_in


def negotiation_read(text: str) -> bool:
    """Whether a meeting mention is read on the 交渉 of text, its entities detected (the partner is one)."""
    at = text.index("交渉")
    return any(m.start <= at < m.end for m in meetings_in(text))


def test_a_sitting_someone_attends_is_held():
    assert not dropped_by_gate("会合には中国の王毅外相や韓国の尹炳世外相が出席した。", "会合")
    assert not dropped_by_gate("協議にも、米国の代表団が参加する予定だ。", "協議")
    assert not dropped_by_gate("岸田外相は外相会合を前に、協議への出席を見送った。", "協議")
    # a plain noun a meeting attends nothing: no one comes to it
    assert dropped_by_gate("会合にはふさわしい服装がある。", "会合")


def test_talks_brought_to_an_end_or_near_it_are_held():
    assert not dropped_by_gate("日本とEUは経済連携協定の交渉を妥結させた。", "交渉")
    assert not dropped_by_gate("自由貿易協定の交渉は最終段階に入った。", "交渉")
    assert not dropped_by_gate("イランと欧米6か国の核協議は14日、ウィーンで最終合意に達した。", "協議")
    # talks spoken of with no end reached stay a plain noun
    assert dropped_by_gate("交渉は難しいとの見方が大勢だ。", "交渉")


def test_a_negotiation_told_with_its_partner_named_is_held():
    assert negotiation_read("北朝鮮との交渉については、政府内に慎重論が強い。")
    assert negotiation_read("政府は米国との間で交渉については何も決めていない。")
    # no side named (a kind of talks), a compound naming something else
    assert not negotiation_read("企業との交渉もプロと一緒なら安心だ。")
    assert not negotiation_read("北朝鮮との交渉相手は誰になるのか。")
    assert not negotiation_read("北朝鮮との交渉ではなく圧力を選んだ。")
    # 協議 (often a body's own deliberation) is left to its uses
    assert dropped_by_gate("北朝鮮との協議については、政府内に慎重論が強い。", "協議")
