"""A quote closed by と, then the speaker's own deed or stance passed on with 伝える: 「…」と…ことを伝えた,
「…」と…方針を伝えた (sentences written for the project)."""

from tests.core.claim_helpers import holder_of
from tests.core.claim_helpers import quoted as _quoted


def test_a_quote_then_a_clause_made_a_noun_passed_on():
    text = "球団の米田代表は監督に対し「2年契約だったが、1年で終了する」と来季の契約を更新しないことを伝えた。"
    [c] = _quoted(text)
    assert c.text == "「2年契約だったが、1年で終了する」" and c.cue == "伝えた" and "米田" in holder_of(c)
    [c] = _quoted("ラブロフ外相は「非常に残念だ」と首脳会議への出席を見送ることを伝えた。")
    assert c.text == "「非常に残念だ」" and holder_of(c) == "ラブロフ"


def test_a_quote_then_a_stance_passed_on():
    [c] = _quoted("ラブロフ外相は「2年の協定だったが、1年で終える」と協定を更新しない方針を伝えた。")
    assert c.text == "「2年の協定だったが、1年で終える」" and holder_of(c) == "ラブロフ"


def test_words_relayed_or_heard_are_not_the_tellers():
    # the words of whoever said them in the clause, or were said to the teller: not read as the teller's own
    assert not any(c.cue.endswith("伝えた") and holder_of(c) == "報道官"
                   for c in _quoted("報道官は「制裁は逆効果だ」と批判されたことを伝えた。"))
    relayed = _quoted("報道官は「早期の解決を望む」と首相の考えを伝えた。")
    assert not any(holder_of(c) == "報道官" for c in relayed)
    # a label or a name before the clause is no words said
    assert not _quoted("同社は「安全第一」と書かれた看板を撤去することを伝えた。")


def test_words_written_of_the_teller_are_not_passed_on_as_theirs():
    # (書かれた in the clause: the words are the paper's; the cue read is 伝えた alone, so only the clause's own check,
    # not the passive's, keeps them from the teller)
    assert not any(c.text == "「非常に残念だ」" and holder_of(c) == "ラブロフ"
                   for c in _quoted("ラブロフ外相は「非常に残念だ」と新聞に書かれたことを伝えた。"))
