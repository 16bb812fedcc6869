"""Letters glued to a katakana common noun name a thing, not an organisation, where the article shows it is one
(USBポート … 8ポート, Googleロゴ … ページのロゴ); a company's or a body's name of such words stands (JFEスチール)."""

from tests.core.entity_helpers import spans


def test_a_standard_and_the_thing_it_names_is_no_organisation():
    found = spans("本体にはUSBポート（最大8ポート）を備え、USBケーブルで充電する。")
    assert not any(text in ("USBポート", "USBケーブル") for text, _ in found)


def test_a_brands_thing_is_no_organisation_and_the_brand_alone_stays_one():
    text = ("Googleはたまにトップページのロゴを変える。\n"
            "今、Googleにアクセスすると、トップページのGoogleロゴが変わっているのに気づくだろう。")
    found = spans(text)
    assert ("Googleロゴ", "ORG") not in found and found.count(("Google", "ORG")) == 2


def test_a_body_an_outlet_or_a_company_with_nothing_to_show_a_thing_stays():
    found = spans("J1リーグの試合をTBSラジオが中継し、NTTドコモが協賛した。")
    assert {("J1リーグ", "ORG"), ("TBSラジオ", "ORG"), ("NTTドコモ", "ORG")} <= set(found)
    assert ("JFEスチール", "ORG") in spans("JFE商事顧問、JFEスチール社友。")
    found = spans("3社が、2000年1月にSDアソシエーションを設立し、SDカードの規格を定めた。SDカードのアダプターも登場した。")
    assert ("SDアソシエーション", "ORG") in found
