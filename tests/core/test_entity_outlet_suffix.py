"""A katakana name before the word 紙 or 誌 is a newspaper or a magazine (タイムズ紙, ネイチャー誌), named without
紙 or 誌; a country's paper, a kind of paper and paper as a material name none."""

from tests.core.entity_helpers import spans


def test_a_common_word_before_shi_is_the_paper():
    assert ("タイムズ", "ORG") in spans("タイムズ紙によれば、オレンジ団の幹部は政府当局者の発言に反発している。")
    assert ("ネイチャー", "ORG") in spans("研究チームは成果を英科学誌ネイチャー誌に発表した。")
    assert ("ピープル", "ORG") in spans("主演には、ピープル誌が選ぶ最もセクシーな男に選ばれた俳優が起用された。")


def test_a_dotted_name_before_shi_is_one_paper_even_when_it_begins_with_a_place():
    found = spans("シカゴ・トリビューン紙は、イギリス政府が公式に発表したと伝えた。")
    assert ("シカゴ・トリビューン", "ORG") in found
    found = spans("インドネシアの英字紙ジャカルタ・ポスト紙によると、被害は拡大している。")
    assert ("ジャカルタ・ポスト", "ORG") in found and ("ジャカルタ", "LOC") not in found


def test_a_country_before_the_name_stays_out_of_it():
    found = spans("「次期会長にふさわしくない」(イギリス・エクスプレス紙)と批判的な見方が多い。")
    assert ("エクスプレス", "ORG") in found and ("イギリス・エクスプレス", "ORG") not in found


def test_a_country_kind_or_material_before_shi_names_no_paper():
    found = spans("スペイン紙によると、移籍交渉は最終段階に入った。")
    assert ("スペイン", "ORG") not in found
    for text in ("大手スポーツ紙が一斉に報じた。", "人気ファッション誌の表紙を飾った。", "週刊マンガ誌で連載が始まった。",
                 "箱はボール紙で作られている。", "ティーン誌のモデルとして活躍する。"):
        assert not any(kind == "ORG" for _, kind in spans(text)), text


def test_shi_inside_a_longer_word_names_no_paper():
    assert not any(kind == "ORG" for _, kind in spans("ニュースの紙面を飾った。"))
    assert not any(kind == "ORG" for _, kind in spans("ファンからの手紙を読み上げた。"))


def test_the_paper_named_elsewhere_in_the_article_is_the_paper_too():
    found = spans("発見されたとのニュースがイギリスのデイリー・テレグラフ誌で報じられた。\n\n"
                  "デイリー・テレグラフ、2008年8月28日。")
    assert found.count(("デイリー・テレグラフ", "ORG")) == 2 and ("デイリー・テレグラフ", "PERSON") not in found


def test_the_name_after_a_countrys_paper_is_the_paper():
    found = spans("米紙ウォールストリート・ジャーナル(電子版)は、両国が合意に近づいたと伝えた。")
    assert ("ウォールストリート・ジャーナル", "ORG") in found
    assert not any(kind == "ORG" for _, kind in spans("米紙インタビューで語った。"))


def test_a_countrys_magazine_in_one_word_gives_the_country_and_the_magazine():
    # UniDic writes 米誌 and 英誌 as one word, as it does 米紙; 日誌 is a log, no country's magazine
    found = spans("米誌タイムは12日、大統領が辞任の意向を固めたと報じた。")
    assert ("米", "GPE") in found and ("タイム", "ORG") in found
    found = spans("英誌エコノミストは、欧州の景気が後退局面に入ったと分析した。")
    assert ("英", "GPE") in found and ("エコノミスト", "ORG") in found and ("英誌エコノミスト", "ORG") not in found
    assert not any(kind == "GPE" for _, kind in spans("作業員は毎日、業務日誌を書いている。"))


def test_a_name_in_title_brackets_after_a_countrys_paper_is_the_outlet():
    found = spans("米誌『スポーツ・イラストレイテッド』が選ぶ年間最優秀選手に選ばれた。")
    assert ("スポーツ・イラストレイテッド", "ORG") in found
    assert ("プレイボーイ", "ORG") in spans("米誌『プレイボーイ』7月号で特集が組まれた。")
