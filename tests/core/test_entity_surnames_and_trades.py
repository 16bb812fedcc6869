"""Names entity detection used to lose: a surname read as a place before a person's office (仲井真知事, 堀江前社長),
and a company named by a proper name and a company-forming trade word (日本無線, 日本郵船)."""

from core.nlp.company_words import company_word_mentions
from core.nlp.tokens import tokenize
from tests.core.entity_helpers import spans


def test_a_surname_read_as_a_place_before_a_governors_title_is_the_governor():
    found = spans("沖縄県の仲井真知事は12日、県庁で記者会見し、埋め立て申請への判断を示した。")
    assert ("仲井真", "PERSON") in found
    assert ("仲井真", "LOC") not in found


def test_a_surname_read_as_a_place_before_a_former_presidents_post_is_the_person():
    found = spans("ライブドアの堀江前社長は東京地裁の公判で、起訴内容を否認した。")
    assert ("堀江", "PERSON") in found


def test_a_prefecture_before_a_governors_title_stays_the_place():
    # 長野 is a surname too, and read by a guess; as one of the forty-seven before 知事 it is the prefecture's governor
    found = spans("長野知事は会見で、新しい計画を示した。")
    assert ("長野", "LOC") in found
    assert ("長野", "PERSON") not in found


def test_a_country_glued_to_a_company_forming_trade_word_is_the_company():
    found = spans("日本無線は28日、船舶用レーダーの新製品を発表した。日本郵船も採用を決めた。")
    assert ("日本無線", "ORG") in found
    assert ("日本郵船", "ORG") in found
    assert ("日本", "GPE") not in found


def test_a_country_before_an_ordinary_noun_stays_the_country():
    found = spans("日本経済は回復し、中国政府は輸入を増やした。列車無線が途絶えた。")
    assert ("日本", "GPE") in found
    assert ("中国", "GPE") in found
    assert not any(text.endswith("無線") for text, _ in found)


def test_a_trade_word_makes_a_company_only_after_a_name_that_is_no_country_and_ending_the_word():
    text = "ロシア石油の輸入が増え、日本無線機器の受注は減り、サブ電子ダイヤルの形が変わった。出光石油は値上げした。"
    tokens = tokenize(text)
    index_at = {t.start: i for i, t in enumerate(tokens)}
    assert [text[m.start : m.end] for m in company_word_mentions(text, tokens, index_at)] == ["出光石油"]
