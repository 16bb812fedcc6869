"""Two people of one surname in an article: a surname with a title is the person whose title and country agree with
it (core.nlp.name_referents), not whichever of them was named last."""

from core.model import Mention
from core.nlp.entities import detect
from core.nlp.linking import link_new_names
from core.nlp.name_referents import title_after
from core.registry import bundled_registry


def people(text):
    return [(text[m.start : m.end], m.entity_id) for m in detect(text, bundled_registry(), None) if m.type == "PERSON"]


def test_an_announcer_named_by_surname_after_her_father_is_still_the_announcer():
    # the form of a Wikinews article (wn-00429): her father is named in full after her, she is 菊間アナ throughout
    text = "フジテレビの菊間千乃アナウンサーが出演した。菊間アナの父親・菊間崇祠監督は反論した。菊間アナは謝罪した。"
    assert people(text)[-1] == ("菊間", "found:PERSON:菊間千乃")


def test_a_sportsman_named_by_surname_is_the_one_written_with_a_sportsman_s_title():
    text = "山田太郎選手と山田花子アナウンサーが結婚した。山田選手は「うれしい」と話した。"
    assert people(text)[-1] == ("山田", "found:PERSON:山田太郎")
    text = "山田太郎選手と山田花子アナウンサーが結婚した。山田アナは「うれしい」と話した。"
    assert people(text)[-1] == ("山田", "found:PERSON:山田花子")


def test_a_surname_with_a_country_is_that_country_s_person():
    # two premiers named 李: 中国の李首相 is China's, though Korea's was named last
    found = people("中国の李克強首相と韓国の李洛淵首相が会談した。中国の李首相は述べた。")
    assert found[-1] == ("李", "person:li-keqiang")
    found = people("中国の李克強首相と韓国の李洛淵首相が会談した。韓国の李首相は述べた。")
    assert found[-1] == ("李", "person:lee-nak-yon")


def test_with_nothing_to_tell_them_apart_the_person_named_last_is_meant():
    text = "山田太郎氏と山田花子氏が出席した。山田氏は「うれしい」と話した。"
    assert people(text)[-1] == ("山田", "found:PERSON:山田花子")


def test_linking_goes_by_the_title_over_recency():
    folded = "菊間千乃アナウンサーと、父の菊間崇祠監督。菊間アナは"
    father, surname = folded.index("菊間崇祠"), folded.rindex("菊間")
    mentions = [Mention(0, 4, "", "PERSON", None, source="unidic"),
                Mention(father, father + 4, "", "PERSON", None, source="unidic"),
                Mention(surname, surname + 2, "", "PERSON", None, source="tagger")]
    assert [m.entity_id for m in link_new_names(folded, mentions)][-1] == "found:PERSON:菊間千乃"


def test_the_title_after_a_name_and_its_kind():
    assert title_after("菊間千乃アナウンサー(31)が", 4) == ("アナ", "media")
    assert title_after("菊間アナは", 2) == ("アナ", "media")
    assert title_after("王貞治監督(68歳)が", 3) == ("監督", "sport")
    assert title_after("李洛淵首相は", 3) == ("首相", "office")
    assert title_after("岸田文雄総理は", 4) == ("首相", "office")
    assert title_after("山田氏は", 2) == ("氏", None)
    assert title_after("山田は", 2) is None


def test_a_former_holder_of_the_office_is_not_the_one_the_bare_office_names():
    assert title_after("ブッシュ元大統領は", 4) == ("元大統領", "office")
    assert title_after("ブッシュ前大統領は", 4) == ("元大統領", "office")
    # the son in office and his father who held it before, named in either order
    found = people("父のミハイル・コバレンコ元大統領は、息子のアンドレイ・コバレンコ大統領と会った。コバレンコ大統領は述べた。")
    assert found[-1] == ("コバレンコ", "found:PERSON:アンドレイ・コバレンコ")
    found = people("アンドレイ・コバレンコ大統領は、父のミハイル・コバレンコ元大統領と会った。コバレンコ大統領は述べた。")
    assert found[-1] == ("コバレンコ", "found:PERSON:アンドレイ・コバレンコ")
    found = people("アンドレイ・コバレンコ大統領は、父のミハイル・コバレンコ元大統領と会った。コバレンコ元大統領は述べた。")
    assert found[-1] == ("コバレンコ", "found:PERSON:ミハイル・コバレンコ")
