"""A company or a body written bare (任天堂, 京セラ, au) is an organisation where its sentence tells what it
announced or where a report comes from it (Xによると): the words around the name say what it is."""

from datetime import date

from core.claims.suggest import suggest
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.entity_helpers import spans


def test_the_subject_of_an_announcement_is_an_organisation():
    assert ("任天堂", "ORG") in spans("任天堂は10日、新型ゲーム機の発売日を発表した。")
    assert ("au", "ORG") in spans("auは６つのスマートフォンを発表した。発表されたスマートフォンは以下の通りだ。")
    assert ("アニコム損害保険", "ORG") in spans("ペット保険のアニコム損害保険は「猫の名前ランキング」を14日に発表した。")
    # after a source clause: the sentence's subject is the one after によると
    assert ("大正製薬", "ORG") in spans("読売新聞によると医薬品メーカー大手・大正製薬は胃腸薬の製造会社の買収を発表した。")


def test_the_source_of_a_report_is_an_organisation():
    assert ("京セラ", "ORG") in spans("京セラによると、部品の供給は来月にも回復する見通しだという。")
    assert ("BroadbandWatch", "ORG") in spans("ITmediaやBroadbandWatchによると、利用規約は4月1日に施行される。")


def test_no_organisation_for_a_part_of_a_longer_name_or_a_thing_of_someones():
    assert not any(text == "com" for text, _ in spans("asahi.comによると、約50台でこの現象があったという。"))
    assert not any(text == "NEWS" for text, _ in spans("京都新聞・47NEWSによると、協会は調査を始めた。"))
    assert not any(text == "HP" for text, _ in spans("日本動物病院福祉協会のHPによれば、動物セラピーには三つの型がある。"))
    assert not any(text == "PC" for text, _ in spans("そのPCは、昨年インテルが発表した構想の通りだ。"))
    assert not any(text == "ryo" for text, _ in spans("バンドのryoが、新曲を発表した。"))


def test_common_words_and_people_that_announce_are_no_company():
    assert not any(kind == "ORG" for _, kind in spans("同社は10日、新型機を発表した。"))
    assert not any(kind == "ORG" and text == "政府" for text, kind in spans("政府は10日、新たな方針を発表した。"))


def test_a_quote_after_a_bare_company_announcing_is_the_companys():
    body = "任天堂は10日、新型機の発売日を発表した。「年末商戦に間に合わせたい」としている。\n"
    registry = bundled_registry()
    mentions = detect(body, registry, date(2015, 6, 1))
    claims = suggest(body, mentions, "2015-06-01", registry)
    quote = next(c for c in claims if "年末商戦" in body[c.start : c.end])
    assert quote.holder_text == "任天堂"
