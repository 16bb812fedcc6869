"""Statements of diplomacy news told as an act of saying (要請を行った, 発言を行った), a source named after its words
with a day (…とSANAが同日伝えた), and a person written before their country and office (李登輝前台湾(中華民国)総裁は)
(Japanese Wikinews, CC BY 2.5)."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_request_made_to_states():
    text = "UPIによれば、国際連合は11日、グアテマラに対する2200万米ドルの援助の要請を各国に行った。"
    [c] = [c for c in candidates(text) if "援助" in c.text]
    assert holder_of(c) in ("国連", "国際連合")


def test_a_statement_made_is_held_by_the_person_before_country_and_office():
    text = "李登輝前台湾(中華民国)総裁は、コメントを求められ、理解を示す発言を行った。"
    [c] = [c for c in candidates(text) if "理解" in c.text]
    assert holder_of(c) == "李登輝"


def test_a_statement_passed_on_without_its_words_is_no_claim():
    text = "IRINは11日、メレス・ゼナウィ首相の発言を伝えた。"
    assert not candidates(text)


def test_who_made_a_request_is_not_its_claim():
    text = "しかし、出馬要請を行ってきた自民党の大阪府議会団のある幹部が会見した。"
    assert not [c for c in candidates(text) if "出馬要請" in c.text]


def test_an_outlet_named_after_the_report_with_the_same_day():
    text = "シリアのガジ・カナン内相が12日自殺したとシリアの国営通信社SANAが同日伝えた。"
    [c] = candidates(text)
    assert "自殺" in c.text and holder_of(c) == "SANA"
