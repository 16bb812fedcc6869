"""A name that ends in the head of a company's name (…ホールディングス, …インベストメント) is a company."""

from tests.core.entity_helpers import spans


def test_a_name_read_as_a_person_that_ends_in_a_companys_head_is_the_company():
    found = spans("崔暢亮(さい・のぶあき)ヴェルディホールディングス会長は「経営パートナーを探す」と述べた。")
    assert ("ヴェルディホールディングス", "ORG") in found
    assert ("エムディエヌコーポレーション", "ORG") in spans("発行はエムディエヌコーポレーション。")


def test_a_name_no_rule_read_that_ends_in_a_companys_head_is_added():
    found = spans("韓国プロ野球リーグに新規参入するセンテニアル・インベストメントを運営の母体とする球団。")
    assert ("センテニアル・インベストメント", "ORG") in found


def test_the_head_alone_or_after_a_kanji_name_adds_nothing():
    assert spans("ホールディングスの傘下に入る。") == []
    assert not any(text == "モバイルコミュニケーションズ" for text, _ in spans("富士通モバイルコミュニケーションズが発売した。"))


class _Unread(list):
    """Tokens that fail the test when any is looked at."""

    def __iter__(self):
        raise AssertionError("a token was read")

    __getitem__ = __len__ = __iter__


def test_an_article_without_a_head_is_left_without_reading_its_tokens():
    from core.nlp.company_heads import with_company_heads
    from core.nlp.entities import detect
    from core.nlp.tokens import tokenize
    from core.registry import bundled_registry

    text = "政府は新たな方針を発表した。トヨタの社長は「検討する」と述べた。"
    chosen = [m for m in detect(text, bundled_registry(), None)]
    assert with_company_heads(text, chosen, _Unread(tokenize(text))) is chosen
    # a head in the text: its words are read, as before
    text = "発行はエムディエヌコーポレーション。"
    assert [(m.start, m.end, m.type) for m in with_company_heads(text, [], tokenize(text))] == [(3, 17, "ORG")]
