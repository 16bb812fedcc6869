"""Names linked to a known person only when the whole name agrees, names that begin a longer word, and
Latin acronyms that are things rather than bodies (issue 12)."""

from core.nlp.entities import detect
from core.registry import bundled_registry, given_name_agrees


def _found(text):
    return [(m.text, m.type, m.entity_id) for m in detect(text, bundled_registry())]


def test_a_full_name_ending_in_a_known_surname_with_another_given_name_is_someone_else():
    found = _found("映画には俳優のジョゼフ・ゴードン＝レヴィットが出演した。")
    people = [f for f in found if f[1] == "PERSON"]
    assert [p[0] for p in people] == ["ジョゼフ・ゴードン＝レヴィット"]  # ＝ joins the parts as ・ does
    assert people[0][2] != "person:karoline-leavitt"


def test_a_name_with_a_given_part_before_a_known_surname_is_not_the_known_person():
    found = _found("歌手のジョゼフ・レヴィットが来日した。")
    assert ("ジョゼフ・レヴィット", "PERSON", "found:PERSON:ジョゼフ・レヴィット") in found


def test_a_bare_known_surname_with_the_title_is_still_the_known_person():
    found = _found("ホワイトハウスのレヴィット報道官は記者会見で述べた。")
    assert ("レヴィット", "PERSON", "person:karoline-leavitt") in found


def test_the_given_part_agrees_when_it_is_the_known_persons_or_absent():
    leavitt = bundled_registry().get("person:karoline-leavitt")
    assert given_name_agrees(leavitt, "キャロライン・レヴィット")  # ヴィ and ビ are one sound
    assert given_name_agrees(leavitt, "レビット")
    assert given_name_agrees(leavitt, "キャロライン・B・レビット")  # a middle initial aside
    assert not given_name_agrees(leavitt, "ジョゼフ・ゴードン＝レヴィット")


def test_a_person_whose_name_begins_a_doctrine_is_no_one_there():
    found = _found("マルクス主義を批判した。経済政策はケインズ経済学に基づく。進化論とダーウィン主義。")
    assert not any(f[0] in ("マルクス", "ケインズ", "ダーウィン") for f in found)


def test_a_doctrine_that_names_a_group_is_an_organisation():
    found = _found("ネパールで毛沢東主義派の武装勢力が警察署を襲撃した。")
    assert [f[:2] for f in found if f[1] in ("PERSON", "ORG")] == [("毛沢東主義派", "ORG")]


def test_a_persons_name_before_a_title_stays_a_person():
    found = _found("毛沢東主席は演説した。")
    assert ("毛沢東", "PERSON") in [f[:2] for f in found]


def test_latin_acronyms_of_things_are_no_organisations():
    found = _found("SSDとHDDの価格が下がり、USBやLEDを使う機器が増えた。")
    assert not [f for f in found if f[1] == "ORG"]


def test_a_latin_acronym_that_acts_is_an_organisation():
    found = _found("KDDIは新しいサービスを開始したと発表した。")
    assert ("KDDI", "ORG") in [f[:2] for f in found]


def test_a_latin_acronym_before_a_device_word_is_no_organisation():
    found = _found("新型ノートはHDD搭載モデルとして発売された。")
    assert not [f for f in found if f[0] == "HDD"]
