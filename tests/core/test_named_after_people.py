"""A person's name glued to the head noun of a body, an event, a prize or a place is that thing's name, not a
mention of the person; a known person's Latin short form links only where the article names them otherwise.
Sentences of the kinds seen in news and magazine articles."""

from core.nlp.entities import detect
from core.registry import bundled_registry


def spans(text):
    return [(text[m.start : m.end], m.type, m.entity_id) for m in detect(text, bundled_registry(), None)]


def people(text):
    return [(surface, link) for surface, kind, link in spans(text) if kind == "PERSON"]


def test_a_body_named_after_a_person_is_the_body():
    text = "男は北朝鮮の金正日政治軍事大学を卒業した後、工作員として韓国に潜入していた。"
    assert people(text) == []
    assert ("金正日政治軍事大学", "ORG") in [(s, k) for s, k, _ in spans(text)]
    # the person before their affiliation and title stays a person (the run of nouns ends on 教授, no head)
    text = "東京大学地震研究所の溝上恵東京大学名誉教授は「余震に注意が必要だ」と話した。"
    assert [surface for surface, _ in people(text)] == ["溝上恵"]
    # and so does one before a title that opens with a prefix (准|教授, 助|教授)
    text = "地質学者の長沼毅広島大学准教授が、深海の微生物について講演した。"
    assert [surface for surface, _ in people(text)] == ["長沼毅"]


def test_a_race_or_a_cup_named_after_a_person_is_an_event():
    text = "京都競馬場で行われたエリザベス女王杯は、3番人気の牝馬が制した。"
    assert people(text) == []
    assert ("エリザベス女王杯", "EVENT") in [(s, k) for s, k, _ in spans(text)]
    text = "高知競馬場で「福永洋一記念」が実施され、地元の騎手が勝った。"
    assert people(text) == []
    # a commemoration of something the person did is theirs (襲名記念: the actor took the name)
    assert [s for s, _ in people("歌舞伎座で四代目市川猿之助襲名記念の公演が始まった。")] == ["市川猿之助"]


def test_a_prize_or_a_statue_named_after_a_person_is_no_person():
    assert people("第134回芥川賞は、絲山秋子さんの「沖で待つ」に決まった。") == [("絲山秋子", "found:PERSON:絲山秋子")]
    assert people("マンガ大賞と手塚治虫文化賞短編賞をあわせて受賞した。") == []
    assert [s for s, _ in people("本尊の准胝観音坐像も焼失したという。")] == []
    # a person read over the prize's head itself is no person either
    assert people("第134回芥川龍之介賞および直木三十五賞の選考会が開かれた。") == []


def test_a_word_that_only_begins_with_a_head_is_no_head():
    # 号泣 and 賞金 are words of their own, not 号 and 賞 after the name
    assert [s for s, _ in people("五輪招致の会見で、太田が号泣した。")] == ["太田"]
    # the government of a leader is theirs, and a title with a place word after it is where the holder is
    assert people("安倍政権は発足から1年を迎えた。") == [("安倍", "person:shinzo-abe")]


def test_a_latin_short_form_links_only_where_the_person_is_named_otherwise():
    assert [link for _, link in people("大阪のMBSが特別番組を放送した。")] == []
    text = "サウジアラビアのムハンマド・ビン・サルマン皇太子は改革を訴えた。MBSの改革は急だ。"
    assert ("MBS", "person:mohammed-bin-salman") in people(text)
