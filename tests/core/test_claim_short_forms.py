"""A body's short form written in brackets beside its name holds as the body (core.claims.short_forms), and a
feeling shown after a quote in one sentence is no claim beside the quote (core.claims.positions)."""

from core.claims.short_forms import short_forms
from tests.core.claim_helpers import claims_held, holder_of_the, named_mentions


def test_a_short_form_in_brackets_then_alone_holds_as_the_body_named_in_full():
    text = ("国立感染症研究所(感染研)は2日、検査体制を拡充すると発表した。"
            "感染研は「年内に検査能力を倍増させる」としている。")
    assert holder_of_the(text, "「年内に検査能力を倍増させる」") == "国立感染症研究所"


def test_a_federation_s_short_form_holds_as_the_federation():
    text = ("日本高等学校野球連盟(高野連)は理事会を開いた。"
            "高野連は「大会は予定どおり開催する」と発表した。")
    assert holder_of_the(text, "「大会は予定どおり開催する」") == "日本高等学校野球連盟"


def test_a_place_in_brackets_is_no_short_form():
    text = "日本製紙(東京都)は「工場の操業を再開した」と発表した。東京都は「安全を確認した」としている。"
    mentions = named_mentions(text, ("日本製紙", "ORG", None), ("東京都", "GPE", None))
    assert short_forms(text, mentions) == {}
    assert holder_of_the(text, "「安全を確認した」") == "東京都"


def test_the_short_form_s_letters_must_stand_in_the_name_in_order():
    text = "東京都教育委員会(教都委)は通知を出した。"
    mentions = named_mentions(text, ("東京都教育委員会", "ORG", None))
    assert short_forms(text, mentions) == {}
    assert list(short_forms("東京都教育委員会(都教委)は通知を出した。", mentions)) == ["都教委"]


def test_hope_shown_after_a_quote_is_no_claim_beside_it():
    text = "田中市長は「新しい駅が町の活気を取り戻す」と語り、開通に期待を示した。"
    assert claims_held(text) == [("「新しい駅が町の活気を取り戻す」", "田中")]


def test_condolences_shown_after_a_statement_are_no_claim_beside_it():
    text = "国連のグテーレス事務総長は「深い悲しみを覚える」との声明を出し、犠牲者に哀悼の意を表した。"
    assert [t for t, _ in claims_held(text)] == ["「深い悲しみを覚える」"]


def test_a_request_after_a_quote_stays_a_claim():
    text = "外務省の報道官は「極めて遺憾だ」と述べ、日本政府に説明を求めた。"
    assert [t for t, _ in claims_held(text)] == ["「極めて遺憾だ」", "日本政府に説明"]


def test_hope_shown_with_no_quote_stays_a_claim():
    assert [t for t, _ in claims_held("岸田首相は新しい制度に期待を示した。")] == ["新しい制度に期待"]
