"""The house a named member sits in is named before 議員 (河野太郎衆議院議員, ラウラー元下院議員, 同国上院議員,
元衆議院議員米原昶), one body with a country glued on (マケイン米上院議員 → 米上院); an office no one holds by name
(上院議員を務め) and a named election (第47回衆議院議員総選挙) name no house."""

import pytest

from tests.core.entity_helpers import spans


@pytest.mark.parametrize("text, house", [
    ("与党側・山田太郎議員と野党側・河野太郎衆議院議員のものを見比べた。", "衆議院"),
    ("アイルランドのリアム・ラウラー元下院議員(61)の死亡記事が掲載された。", "下院"),
    ("1954年に後の同国上院議員となったベニグノ・アキノと結婚した。", "上院"),
    ("後妻のユリは元衆議院議員米原昶の娘である。", "衆議院"),
    ("両報道によると、登石郁朗裁判長は、衆議院議員・石川知裕被告に有罪を言い渡した。", "衆議院"),
    ("現在は参院議員の谷亮子氏が、議員活動を続けている。", "参院"),
    ("池坊保子(いけのぼうやすこ)衆議院議員(公明)の質問に対し、大臣が答えた。", "衆議院"),
])
def test_the_house_of_a_named_member_is_an_organisation(text, house):
    assert (house, "ORG") in spans(text)


def test_a_country_glued_on_makes_one_body_with_the_house_of_a_named_member():
    found = spans("共和党のマケイン米上院議員は、増派を支持すると述べた。")
    assert ("米上院", "ORG") in found and ("米", "GPE") not in found
    # a delegation of members is its country, the side of its talks
    found = spans("米上院議員団は10日、金正日総書記と会談した。")
    assert ("米", "GPE") in found and not any(kind == "ORG" for _, kind in found)


@pytest.mark.parametrize("text", [
    "ルビオ氏は上院議員を務め、外交委員会で経験を積んだ。",
    "第47回衆議院議員総選挙が11日に行われた。",
])
def test_an_office_alone_or_a_named_election_names_no_house(text):
    assert not any(kind == "ORG" for _, kind in spans(text))
