"""A name in katakana or Latin letters before the word 社 is a company (ケンタッキー社, ブティック社), named without 社."""

from tests.core.entity_helpers import spans


def test_a_place_or_a_person_before_sha_is_the_company():
    found = spans("大阪市が保管。今後はケンタッキー社と取り扱いを協議する。")
    assert ("ケンタッキー", "ORG") in found and not any(text.startswith("ケンタッキー") and kind != "ORG"
                                                      for text, kind in found)
    found = spans("以前は同じグループだったロールスロイス・ベントレー社を、フォルクスワーゲンとBMWが買収し合った。")
    assert ("ロールスロイス・ベントレー", "ORG") in found
    found = spans("アメリカ合衆国のヒューレット・パッカード社の「HPニューウェイブ環境」というソフトが公知であった。")
    assert ("ヒューレット・パッカード", "ORG") in found


def test_katakana_words_no_rule_read_before_sha_are_a_company():
    assert ("ブティック", "ORG") in spans("『プランターでおうち畑』(ブティック社)を監修。")


def test_sha_inside_a_longer_word_names_no_company():
    assert not any(kind == "ORG" for _, kind in spans("メーカー社員が語った。"))
    assert ("社民党", "ORG") in spans("社民党・護憲連合が反対した。")


def test_a_country_before_sha_stays_the_country():
    found = spans("『「バド」買収を正式発表ベルギー社、ビール最大手に』。")
    assert ("ベルギー", "ORG") not in found
