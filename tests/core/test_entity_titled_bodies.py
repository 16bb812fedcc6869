"""A person's name before a body word and an office (…球団社長, …協会長, …病院長) is the person, not an organisation.

The lines are from Japanese Wikinews and livedoor news.
"""

from datetime import date

from core.nlp.entities import detect
from core.registry import bundled_registry


def found(text):
    return [(m.text, m.type) for m in detect(text, bundled_registry(), date(2010, 1, 1))]


def test_a_full_name_before_a_club_office_is_the_person():
    result = found("巨人の桃井恒和球団社長は記者会見で述べた。")
    assert ("桃井恒和", "PERSON") in result
    assert not [span for span, kind in result if kind == "ORG" and "球団" in span]


def test_the_club_office_after_a_name_of_one_kanji_given_name():
    result = found("米田純球団代表は「残念だ」と話した。")
    assert ("米田純", "PERSON") in result and ("純球団", "ORG") not in result


def test_owner_and_chairman_of_a_club():
    assert ("手塚昌利", "PERSON") in found("オリックスの手塚昌利球団オーナーは語った。")
    assert ("渡辺恒雄", "PERSON") in found("巨人の渡辺恒雄球団会長が激怒した。")


def test_a_surname_alone_before_the_club_office_makes_no_organisation():
    result = found("ズンゲームを神戸で行うことについては牧田球団社長が「京セラ大阪ドーム」と述べた。")
    assert ("牧田球団", "ORG") not in result


def test_the_head_of_an_association_or_a_hospital_ends_at_the_name():
    assert found("日本サッカー協会の川淵三郎協会長は述べた。")[-1] == ("川淵三郎", "PERSON")
    result = found("脅迫状は同病院の志村早苗病院長(55)あてだった。")
    assert ("志村早苗", "PERSON") in result and ("早苗病院", "ORG") not in result


def test_a_company_named_after_a_surname_keeps_its_name_before_an_office():
    # a surname alone before a company word and an office is the company (野村|証券|社長: UniDic reads 野村
    # as a surname), and a body with no office after it is left as it was
    assert ("野村証券", "ORG") in found("野村証券社長は述べた。")
    assert ("広尾学園", "ORG") in found("広尾学園中学校と共同で授業を開いた。")
