"""A claim read from its sentence's start with nobody holding it, opening with its own topic: the topic holds it and
is no part of it (日本各地の気象台は8日、…と発表した). Sentences of the kind agencies', councils' and schools'
announcements are written in."""

from core.claims.opening_topics import opening_topic
from tests.core.claim_helpers import claim_cued as _claim, holder_of


def test_a_body_with_its_day_opening_the_claim_holds_it():
    claim = _claim("日本各地の気象台は8日、九州北部、四国地方が梅雨入りしたと見られると発表した。", "発表した")
    assert holder_of(claim) == "日本各地の気象台"
    assert claim.text.startswith("九州北部")


def test_people_named_by_their_side_hold_what_they_announced():
    claim = _claim("中学校側は自殺の原因はいじめの可能性が高いと発表し、事実関係を調べているという。", "発表し")
    assert holder_of(claim) == "中学校側"
    assert claim.text == "自殺の原因はいじめの可能性が高い"


def test_a_local_government_after_a_joint_holds_its_decision():
    claim = _claim("これを受けて、三重県は食品衛生法違反の疑いがあるとして、赤福を10月19日付を持って無期営業禁止処分とした。", "した")
    assert holder_of(claim) == "三重県"
    assert not claim.text.startswith("これを受けて")


def test_a_topic_after_the_holders_topic_is_the_claims_matter():
    body = "毎日新聞によると、同校は、野球部は解散せず再加盟を目指すとしている。"
    assert opening_topic(body, [], body.index("野球部"), len(body) - 8) is None


def test_a_count_or_a_time_is_no_topic_that_speaks():
    body = "2人は、事故の原因は分からないと話した。"
    assert opening_topic(body, [], 0, body.index("と話した")) is None
    body = "同日は、市場は落ち着いていると発表した。"
    assert opening_topic(body, [], 0, body.index("と発表")) is None
