"""A company named after its description and ・ (靴修理会社・『X』, 運営会社・X): the name after ・ is the company."""

from core.nlp.described_companies import described_companies
from core.model import Mention
from tests.core.entity_helpers import spans


def test_a_bracketed_name_after_a_description_is_the_company():
    found = spans("大阪府警は、靴修理会社・『ミナトリペア』(大阪市北区)の社長を逮捕した。")
    assert ("ミナトリペア", "ORG") in found


def test_a_body_named_in_brackets_after_its_kind_is_read():
    found = spans("市民らで組織するNPO法人・『湾岸まちづくり協議会』の代表が会見した。")
    assert ("湾岸まちづくり協議会", "ORG") in found


def test_a_bracketed_name_holding_a_place_is_the_company_not_the_place():
    found = spans("金融庁は、消費者金融会社・『日本ライフファンド』(東京都港区)に業務停止を命じた。")
    assert ("日本ライフファンド", "ORG") in found
    assert ("日本", "GPE") not in found


def test_a_katakana_name_a_particle_ends_is_read_whole():
    found = spans("サーキットの運営会社・モビリティーパークスは8日、大会の中止を発表した。")
    assert ("モビリティーパークス", "ORG") in found


def test_a_name_run_on_from_its_description_is_cut_to_the_name():
    folded = "歌手のマネジメント会社・サクラ企画は「事実無根だ」とコメントした。"
    start = folded.index("マネジメント")
    end = folded.index("は「")
    out = described_companies(folded, [Mention(start, end, "", "ORG", source="tagger")])
    assert [(folded[m.start:m.end], m.type) for m in out] == [("サクラ企画", "ORG")]


def test_a_legal_form_or_a_list_of_kinds_before_the_middot_names_no_company():
    folded = "東和株式会社・プレスリリース『お知らせ』。各メーカー・ショップの展示が並ぶ。"
    assert described_companies(folded, []) == []


def test_a_kind_word_after_the_middot_or_a_name_over_it_is_left():
    folded = "会社・チームを挙げて応援する。シューメーカー・レヴィは彗星だ。"
    comet = Mention(folded.index("シュー"), folded.index("は彗"), "", "PERSON", source="tagger")
    assert described_companies(folded, [comet]) == [comet]


def test_many_described_names_in_one_text_are_each_read_once():
    folded = "、".join(f"運営会社・{name}は" for name in ("アルファ", "ベータ", "ガンマ") * 200) + "。"
    places = [Mention(m, m + 3, "", "LOC", source="tagger") for m in range(0, len(folded), 97) if folded[m:m + 3] == "運営会"]
    out = described_companies(folded, places)
    assert sum(m.type == "ORG" for m in out) == 600
    assert [folded[m.start:m.end] for m in out if m.type == "ORG"][:3] == ["アルファ", "ベータ", "ガンマ"]
