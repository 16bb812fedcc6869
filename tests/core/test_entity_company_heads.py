"""A name that ends in the head of a company's name (…ホールディングス, …インベストメント) is a company."""

from tests.core.entity_helpers import spans


def test_a_name_read_as_a_person_that_ends_in_a_companys_head_is_the_company():
    found = spans("崔暢亮(さい・のぶあき)ヴェルディホールディングス会長は「経営パートナーを探す」と述べた。")
    assert ("ヴェルディホールディングス", "ORG") in found
    assert ("エムディエヌコーポレーション", "ORG") in spans("発行はエムディエヌコーポレーション。")


def test_a_name_no_rule_read_that_ends_in_a_companys_head_is_added():
    found = spans("韓国プロ野球リーグに新規参入するセンテニアル・インベストメントを運営の母体とする球団。")
    assert ("センテニアル・インベストメント", "ORG") in found


def test_the_head_alone_or_after_a_kanji_name_adds_nothing():
    assert spans("ホールディングスの傘下に入る。") == []
    assert not any(text == "モバイルコミュニケーションズ" for text, _ in spans("富士通モバイルコミュニケーションズが発売した。"))
