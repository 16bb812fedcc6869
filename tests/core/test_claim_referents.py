"""Which person a bare title or a surname stands for (core.clauses.referents, core.claims.persons)."""

from core.claims.persons import Persons
from core.clauses.referents import person_with_title
from core.clauses.spans import SpanIndex
from core.claims.suggest import suggest
from tests.core.claim_helpers import named_mentions


ABE_LEE = "安倍晋三首相は22日、韓国の李洛淵首相と東京で会談した。首相は「日韓関係は重要だ」と述べた。"
ABE_LEE_NAMED = (("安倍晋三", "PERSON", "person:abe"), ("韓国", "GPE", "country:KR"), ("李洛淵", "PERSON", "person:lee"))


def test_a_bare_title_is_the_papers_own_side_not_the_last_named():
    mentions = named_mentions(ABE_LEE, *ABE_LEE_NAMED)
    found = [c for c in suggest(ABE_LEE, mentions) if c.text.startswith("「日韓")]
    assert [(c.holder_entity_id, c.holder_text) for c in found] == [("person:abe", "安倍晋三")]


def test_a_title_after_a_country_is_that_countrys_holder():
    body = ABE_LEE.replace("首相は「", "韓国の首相は「")
    mentions = named_mentions(body, *ABE_LEE_NAMED)
    assert person_with_title(body, SpanIndex(mentions), "首相", body.index("首相は「"),
                             country="country:KR").entity_id == "person:lee"


def test_the_country_the_sentence_names_chooses_the_holder():
    body = "安倍晋三首相は、韓国の李洛淵首相と会談した。韓国政府によると、首相は「協力する」と述べた。"
    mentions = named_mentions(body, *ABE_LEE_NAMED, ("韓国", "GPE", "country:KR"))
    at = body.index("首相は「")
    assert person_with_title(body, SpanIndex(mentions), "首相", at, s_start=body.index("韓国政府")).entity_id == "person:lee"


def test_a_deputy_or_former_holder_is_not_meant_by_the_title():
    body = "麻生太郎副首相と森喜朗元首相が出席した。首相は欠席した。"
    mentions = named_mentions(body, ("麻生太郎", "PERSON", "person:aso"), ("森喜朗", "PERSON", "person:mori"))
    assert person_with_title(body, SpanIndex(mentions), "首相", body.index("首相は欠席")) is None


def test_a_surname_stands_alone_only_before_a_title():
    body = "石原伸晃幹事長が会見した。石原慎太郎は反対した。石原幹事長は「賛成だ」と述べた。"
    people = named_mentions(body, ("石原伸晃", "PERSON", "person:nobuteru"))
    persons = Persons()
    persons.add(body, people)
    found = persons.surnames(body, 0, len(body), people)
    assert [(f.start, f.full_name) for f in found] == [(body.index("石原幹事長"), "石原伸晃")]


def test_of_two_people_sharing_a_surname_the_one_with_the_title_is_meant():
    body = "小泉純一郎首相と小泉進次郎議員が並んだ。小泉首相は「改革を続ける」と述べた。"
    people = named_mentions(body, ("小泉純一郎", "PERSON", "person:junichiro"), ("小泉進次郎", "PERSON", "person:shinjiro"))
    persons = Persons()
    persons.add(body, people)
    found = persons.surnames(body, body.index("小泉首相"), len(body), people)
    assert [f.entity_id for f in found] == ["person:junichiro"]
    assert persons.full_name("小泉") == "小泉進次郎"  # no title: the one named last


def test_of_two_foreign_holders_the_one_of_the_country_the_article_is_about():
    body = ("タイのタクシン首相はタイ南部の治安について語った。タイ政府は軍を増派した。"
            "タクシン首相は、マレーシアのアブドラ首相とも会談した。首相は「治安は回復する」と述べた。")
    mentions = named_mentions(body, ("タイ", "GPE", "country:TH"), ("タクシン", "PERSON", "person:thaksin"),
                         ("タイ", "GPE", "country:TH"), ("タイ", "GPE", "country:TH"),
                         ("タクシン", "PERSON", "person:thaksin"), ("マレーシア", "GPE", "country:MY"),
                         ("アブドラ", "PERSON", "person:abdullah"))
    at = body.index("首相は「")
    assert person_with_title(body, SpanIndex(mentions), "首相", at, s_start=body.rfind("。", 0, at) + 1).entity_id \
        == "person:thaksin"


def test_a_foreign_surname_is_the_one_named_in_full_with_the_same_office():
    from core.claims.reports import written_in_full
    body = "ジョージ・ブッシュ大統領は、弟のジェブ・ブッシュ知事と会った。ブッシュ大統領は「兄弟で協力する」と述べた。"
    mentions = named_mentions(body, ("ジョージ・ブッシュ", "PERSON", "person:george"), ("ジェブ・ブッシュ", "PERSON", "person:jeb"),
                         ("ブッシュ", "PERSON", None))
    assert written_in_full(SpanIndex(mentions), mentions[-1], body).entity_id == "person:george"
    assert written_in_full(SpanIndex(mentions), mentions[-1]).entity_id == "person:jeb"  # no office read: the nearest


def test_a_foreign_surname_with_a_title_no_list_knows_is_the_person_named_in_full():
    from core.claims.from_clauses import full_name
    body = ("国連の調査団を率いるデトレフ・メーリス氏が報告書を提出した。メーリス団長は「証言のみに基づいて実名を明かすのは"
            "不適当と考えた」と述べた。ドイツのバッハ史料館は新しい楽譜を公開した。")
    assert full_name(body, "メーリス団長", body.index("「証言")) == "デトレフ・メーリス"
    assert full_name(body, "メーリス", body.index("「証言")) == "デトレフ・メーリス"
    assert full_name(body, "バッハ史料館", len(body)) == "バッハ史料館"  # a body, not a person's title
    assert full_name(body, "リス団長", body.index("「証言")) == "リス団長"  # a whole surname, not the end of one
