"""Sides carried from other sentences of the article: the subject a word for a body (同社は) continues, the
speaker a quote's sentence leaves out, the body or country of a delegation named before by its word alone.
Sentences written for Kaidan in the style of Japanese news."""

from datetime import date

from core.meetings.anaphors import bodies_named_back
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.meeting_helpers import told_in

REGISTRY = bundled_registry()
DAY = date(2010, 5, 10)


def told(text):
    return told_in(text, DAY)


def _referent(text):
    [found] = [m for m in bodies_named_back(text, detect(text, REGISTRY, DAY)) if m.text.startswith("同")]
    return found.full_name


def test_a_word_for_a_body_as_subject_continues_the_subject_before_not_the_body_named_last():
    text = "トヨタ自動車は10日、米ゼネラル・モーターズとの提携を発表した。同社は今後、日産自動車と協議する。"
    assert _referent(text) == "トヨタ自動車"
    assert told(text) == [("talks", ["トヨタ自動車", "日産自動車"])]
    text = "民主党は社民党との連立を決めた。同党は9日、国民新党と協議する。"
    assert told(text) == [("talks", ["国民新党", "民主党"])]


def test_a_word_for_a_body_that_is_no_subject_is_the_body_named_last():
    # 同社と: a partner, not the subject the text goes on with; the last company named that fits
    text = "トヨタ自動車は10日、米ゼネラル・モーターズとの提携を発表した。日産自動車は同社と協議する。"
    assert _referent(text) == "米ゼネラル・モーターズ"
    # a subject two sentences back or more is not carried past a sentence of its own
    text = ("トヨタ自動車は10日、新工場の建設を発表した。工場は愛知県に建てられる。建設費は約500億円。"
            "ホンダが工場を視察した。同社は今後、日産自動車と協議する。")
    assert _referent(text) == "ホンダ"


def test_a_word_for_a_body_before_its_staff_is_the_body_named_before():
    # 同党の幹部と: the party's officials meet for it, as 国民民主党の幹部と does
    text = "国民民主党は10日、新人事を発表した。泉代表は同日、同党の幹部と会談した。"
    assert told(text) == [("talks", ["国民民主党", "泉"])]
    # 同社の新車: what a body makes is no side of talks about it
    text = "トヨタ自動車は10日、新車を発表した。泉代表は同日、同社の新車について日産自動車と協議した。"
    assert all("トヨタ自動車" not in sides for _, sides in told(text))


def test_the_speaker_a_quote_s_sentence_leaves_out_is_the_body_the_article_is_about():
    text = ("朝日新聞社は17日、東京国際女子マラソンを終了すると発表した。"
            "東京新聞の報道によると、今後は「女子マラソンの新しい形を決めるべく、陸連を含む関係者と協議をする」としている。")
    assert ("talks", ["朝日新聞社", "陸連"]) in told(text)
    text = "トヨタ自動車は10日、新工場の建設を発表した。日本経済新聞によると、「来月には日産自動車と協議する」としている。"
    assert told(text) == [("talks", ["トヨタ自動車", "日産自動車"])]


def test_the_speaker_left_out_is_the_person_the_sentences_before_stood_on():
    text = "岡田克也外相は10日、記者会見を開いた。「近くクリシュナ外相と会談する」と述べた。"
    assert told(text) == [("talks", ["クリシュナ", "岡田克也"])]


def test_a_quote_whose_speaker_is_named_or_that_has_a_subject_carries_nobody():
    # the sentence names its own speaker before the quote: theirs, not the article's body
    text = ("トヨタ自動車は10日、新工場の建設を発表した。"
            "ホンダの広報担当者は「来月には日産自動車と協議する」としている。")
    assert all("トヨタ自動車" not in sides for _, sides in told(text))
    # a country the article is about speaks through its government, never carried as the speaker
    text = "中国は10日、新たな方針を発表した。新華社によると、「来月には日本と協議する」としている。"
    assert all(sides != ["中国", "日本"] for _, sides in told(text))


def test_a_delegation_by_its_word_alone_holds_talks_for_the_country_named_with_it_before():
    assert told("北朝鮮の代表団が7日、北京に到着した。代表団は8日から中国側と協議を行う。") == [
        ("talks", ["中国", "北朝鮮"])]
    assert told("韓国政府代表団は10日、平壌に入った。代表団は11日、北朝鮮側と実務協議を開いた。") == [
        ("talks", ["北朝鮮", "韓国"])]
    # a delegation of another word (使節団) is not the 代表団 named before
    assert all("北朝鮮" not in sides for _, sides in
               told("北朝鮮の代表団が7日、北京に到着した。使節団は8日から中国側と協議を行う。"))



def test_an_office_alone_as_a_partner_is_the_one_named_before_with_that_office():
    assert ("talks", ["サルコジ", "福田康夫"]) in told(
        "フランスのサルコジ大統領が8日、来日した。福田康夫首相は9日、首相官邸で大統領と会談した。")
    assert ("talks", ["ラブロフ", "高村正彦"]) in told(
        "ロシアのラブロフ外相が来日した。高村正彦外相は外相と会談し、北方領土問題について協議した。")
    # its own sentence's subject holding the same office is not the one met
    assert ("talks", ["安倍晋三", "温家宝"]) in told(
        "中国の温家宝首相は11日、来日した。安倍晋三首相は同日、首相と会談し、戦略的互恵関係の構築で一致した。")


def test_an_office_listed_with_others_as_a_subject_is_no_partner():
    # 首相と全閣僚が署名: the prime minister and the ministers sign together, nobody is met
    text = "麻生太郎首相は21日、衆議院を解散した。首相と全閣僚が閣議書に署名した。"
    assert all(len(sides) < 2 for _, sides in told(text))
    # an office written with its holder's name or country is theirs, not a reference back
    text = "フランスのサルコジ大統領が来日した。福田康夫首相は9日、米大統領と電話で会談した。"
    assert all("サルコジ" not in sides for kind, sides in told(text) if kind != "visit")


def test_an_office_alone_as_the_subject_after_a_clause_describing_it_is_the_one_named_before():
    text = "福田康夫首相は19日、中国を訪問した。北京に到着した首相は、同日夜に温家宝首相と会談した。"
    assert ("talks", ["温家宝", "福田康夫"]) in told(text)
    text = "ドイツのメルケル首相は8日、中国を訪問した。訪問中の首相は9日、温家宝首相と会談した。"
    assert ("talks", ["メルケル", "温家宝"]) in told(text)
