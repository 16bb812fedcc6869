"""East Asian names UniDic splits (李|洛淵, 文|在|寅, 自|見|庄三郎) are one person before a title, and a
surname alone links to the full name its article writes, never to another known holder of that surname."""

from core.model import Mention
from core.nlp.entities import detect
from core.nlp.linking import link_new_names
from core.registry import bundled_registry


def people(text):
    return [(text[m.start : m.end], m.entity_id) for m in detect(text, bundled_registry(), None) if m.type == "PERSON"]


def test_a_surname_and_a_given_name_read_as_an_unknown_word_before_a_title_is_one_person():
    found = people("韓国の李洛淵首相は記者団に語った。")
    assert found == [("李洛淵", "person:lee-nak-yon")]  # the whole name, not 李 linked to China's premier 李強


def test_given_names_split_into_single_characters_or_read_as_a_place_are_joined():
    assert [name for name, _ in people("韓国の文在寅大統領は、")] == ["文在寅"]
    assert [name for name, _ in people("康京和外相は河野外相と会談した。")] == ["康京和", "河野"]
    # a real Wikinews sentence (wn-03386)
    assert [name for name, _ in people("一方、韓国の朴槿恵大統領は「対話には応じず時間帯まで分離するのは")] == ["朴槿恵"]


def test_a_given_name_ending_in_a_known_given_name_after_a_surname_read_as_symbols():
    assert [name for name, _ in people("自見庄三郎金融相は述べた。")] == ["自見庄三郎"]


def test_a_surname_before_a_qualified_title_takes_no_given_name():
    assert [name for name, _ in people("李副首相は")] == ["李"]
    assert [name for name, _ in people("王前外相が")] == ["王"]
    assert [name for name, _ in people("習主席は述べた。")] == ["習"]
    assert people("文部科学相は述べた。") == []


def test_a_surname_written_before_the_full_name_links_to_it():
    found = people("李首相は述べた。韓国の李洛淵首相は")
    assert found == [("李", "person:lee-nak-yon"), ("李洛淵", "person:lee-nak-yon")]


def test_a_surname_with_an_honorific_links_to_the_full_name_of_the_article_not_a_known_namesake():
    # real lines of a Wikinews article (wn-00036): 朴さん is 朴槿恵, not the registry's other 朴
    text = ("韓国、史上初の女性大統領誕生へ朴槿恵さん当選\n"
            "事実上朴さんと、最大野党の民主統合党の文在寅(ムン・ジェイン)氏(60)との事実上の一騎打ち。")
    found = people(text)
    assert ("朴", "person:park-geun-hye") in found  # the full name the article writes (a known president)
    assert all(entity != "person:park-jin" for _, entity in found)


def test_linking_keeps_a_known_person_whose_full_name_the_article_writes():
    folded = "習主席は述べた。習近平国家主席は"
    mentions = [Mention(0, 1, "", "PERSON", "person:xi-jinping", source="title"),
                Mention(8, 11, "", "PERSON", "person:xi-jinping", source="gazetteer")]
    assert [m.entity_id for m in link_new_names(folded, mentions)] == ["person:xi-jinping"] * 2


def test_linking_moves_a_surname_from_a_namesake_to_the_full_name_written():
    folded = "李首相は述べた。韓国の李洛淵首相は"
    mentions = [Mention(0, 1, "", "PERSON", "person:li-qiang", source="title"),
                Mention(11, 14, "", "PERSON", None, source="title")]
    assert [m.entity_id for m in link_new_names(folded, mentions)] == ["found:PERSON:李洛淵"] * 2


def test_a_split_name_before_a_country_and_title_after_a_dot_is_one_person():
    assert [name for name, _ in people("康京和・韓国外相と会談した。")] == ["康京和"]


def test_the_honorific_after_a_one_kanji_given_name_is_no_part_of_the_name():
    # 洪|磊|氏: the given name is one kanji UniDic reads as a symbol, and 氏 after it the honorific
    assert [name for name, _ in people("中国外務省報道官の洪磊氏は「遺憾だ」と述べた。")] == ["洪磊"]
    assert [name for name, _ in people("洪磊報道官は定例会見で述べた。")] == ["洪磊"]
