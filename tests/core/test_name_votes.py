"""One type per name in an article, and names introduced by their kind (real Wikinews sentences)."""

from core.model import Mention
from core.nlp.entities import detect
from core.nlp.name_votes import one_type_per_name
from core.registry import bundled_registry


def found(text, names):
    return [(m.text, m.type) for m in detect(text, bundled_registry(), None) if m.text in names]


FUND = (
    "10月1日に阪神電鉄がグループ企業の阪神百貨店を完全子会社し、株式を交換したことで、村上ファンドがもつ阪神電鉄の持ち株比率が38.1%に達した。\n"
    "朝日新聞などによれば、公開されている村上ファンドの投資額としてはこれまで最高額を投資した。\n"
    "9月27日に、村上ファンドが阪神株の26%を取得し筆頭株主となっていることが判明し、グループの阪神タイガースのセリーグ優勝とも重なり、注目されていた。\n"
    "報道によれば、村上ファンド側は純粋な投資であるとしている。\n"
    "村上ファンドは基本的に株式を保有する会社への経営への参加を行っておらず、今回も経営への参加の意図はないとしている。\n"
    "村上ファンドでは、これまで株式を保有する会社に、増配などを求めてきた。\n"
)


def test_a_name_the_tagger_reads_once_otherwise_takes_the_type_of_its_other_occurrences():
    kinds = {kind for _, kind in found(FUND, ("村上ファンド",))}
    assert kinds == {"ORG"}
    text = ("気象庁は30日午後、山口県を除いた中国・近畿・東海・北陸・関東甲信の各地方で梅雨明けしたとみられると発表した。\n"
            "各地域とも昨年より12日遅く、平年より近畿は11日、中国、東海と関東甲信は10日、北陸は8日遅かった。")
    assert found(text, ("近畿", "北陸")) == [("近畿", "LOC"), ("北陸", "LOC"), ("近畿", "LOC"), ("北陸", "LOC")]


def test_the_vote_retypes_only_the_taggers_and_unidics_spans_and_only_with_a_majority():
    text = "ハマースが勝った。ハマースは述べた。ハマースの代表。"
    rule = Mention(0, 4, "", "ORG", source="title")
    weak = Mention(9, 13, "", "PERSON", source="tagger", confidence=0.9)
    known = Mention(18, 22, "", "PERSON", "registry-id", source="tagger", confidence=0.9)
    out = one_type_per_name(text, [rule, weak, known])
    assert [m.type for m in out] == ["ORG", "ORG", "PERSON"]  # a registry entity keeps its type
    # a tie (one rule against two sure tagger spans) changes nothing
    sure = [Mention(9, 13, "", "PERSON", source="tagger", confidence=1.0),
            Mention(18, 22, "", "PERSON", source="tagger", confidence=1.0)]
    out = one_type_per_name(text, [rule, *sure])
    assert [m.type for m in out] == ["ORG", "PERSON", "PERSON"]
    # places vote together: a LOC and a GPE reading of one surface are not two types
    places = [Mention(0, 4, "", "GPE", "x", source="gazetteer"), Mention(9, 13, "", "LOC", source="tagger", confidence=0.9)]
    assert [m.type for m in one_type_per_name(text, places)] == ["GPE", "LOC"]


def test_a_name_after_the_word_for_its_kind_is_an_organisation():
    text = ("アルジャジーラによれば、インド政府はアル・マンスリアンを、武装組織ラシュカル・エ・タイバが改名したものとみている。\n"
            "ラシュカル・エ・タイバは、パキスタンを拠点に活動するカシミール分離独立派のイスラム系武装組織で、アルカイーダとの接点が疑われている。")
    assert found(text, ("ラシュカル・エ・タイバ",)) == [("ラシュカル・エ・タイバ", "ORG")] * 2
    assert ("ハマース", "ORG") in found("イスラム主義団体ハマースが過半数の76議席を得た。", ("ハマース",))
    assert ("アルカイダ", "ORG") in found("国際的なテロ組織・アルカイダの最高指導者が死亡した。", ("アルカイダ",))


def test_a_common_word_after_a_kind_word_and_a_legal_form_are_no_name_of_their_own():
    assert found("団体ツアーの客が増えた。企業イメージが悪化した。", ("ツアー", "イメージ")) == []
    found_here = [m.text for m in detect("株式会社ミクシィは2006年に上場した。", bundled_registry(), None)]
    assert "ミクシィ" not in found_here  # 株式会社 belongs to the name the tagger reads
