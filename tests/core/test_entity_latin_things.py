"""Letters glued to a katakana common noun name a thing, not an organisation (USBポート, ACアダプター, Googleロゴ)."""

from core.nlp.entities import detect
from core.registry import bundled_registry


def spans(text):
    return [(m.text, m.type) for m in detect(text, bundled_registry(), None)]


def test_a_standard_and_the_thing_it_names_is_no_organisation():
    found = spans("常、モバイルバッテリーはUSBポートや専用の充電用端子から充電する。ACアダプターも付属する。")
    assert not any(text in ("USBポート", "ACアダプター") for text, _ in found)


def test_a_brand_read_alone_elsewhere_keeps_its_letters_as_the_organisation():
    found = spans("今、Googleにアクセスすると、トップページのGoogleロゴが変わっているのに気づくだろう。")
    assert ("Googleロゴ", "ORG") not in found and found.count(("Google", "ORG")) == 2


def test_a_body_an_outlet_or_a_proper_name_after_the_letters_stays():
    found = spans("J1リーグの試合をTBSラジオが中継し、NTTドコモが協賛した。")
    assert {("J1リーグ", "ORG"), ("TBSラジオ", "ORG"), ("NTTドコモ", "ORG")} <= set(found)
