"""Talks told held by what is said of them rather than by a verb glued to them: a sitting someone attends
(会合には…外相が出席), talks brought to an end or near it (交渉を妥結, 交渉は最終段階に,
核協議は…最終合意に達した), and talks told with their sides named (北朝鮮との交渉については, 中国とASEANの
協議は): talks are of two sides, those named with their sides are held (sentences written for Kaidan in the style
of Japanese news)."""

from tests.core.meeting_helpers import dropped_by_gate, meetings_in


def read_on(text: str, word: str = "交渉") -> bool:
    """Whether a meeting mention is read on the word of text, its entities detected (the sides are ones)."""
    at = text.index(word)
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


def test_talks_told_with_their_partner_named_are_held():
    assert read_on("北朝鮮との交渉については、政府内に慎重論が強い。")
    assert read_on("政府は米国との間で交渉については何も決めていない。")
    assert read_on("外務省は韓国側との協議について「詳細は控える」とした。", "協議")
    # no side named (a kind of talks), a compound naming something else, talks refused or only spoken of
    assert not read_on("企業との交渉もプロと一緒なら安心だ。")
    assert not read_on("北朝鮮との交渉相手は誰になるのか。")
    assert not read_on("北朝鮮との交渉ではなく圧力を選んだ。")
    assert not read_on("首相は、中国との協議の必要性を強調した。", "協議")


def test_talks_told_with_the_pair_holding_them_are_held():
    assert read_on("中国とASEANの協議は、行動規範の策定をめぐり難航している。", "協議")
    assert read_on("米国と北朝鮮の交渉をめぐり、両国の主張は平行線だ。")
    # a pair named as the topic, the talks another's: no と-joined pair right before の
    assert not read_on("米国は北朝鮮の交渉を批判した。")
