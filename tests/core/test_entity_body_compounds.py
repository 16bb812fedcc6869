"""Bodies named by their field and the word for their kind (core.nlp.body_compounds): the speakers of claims
that were no entity."""

from tests.core.entity_helpers import spans


def test_a_chain_of_common_nouns_ending_in_a_kind_word_is_a_body():
    assert ("国際地震予知研究所", "ORG") in spans("国際地震予知研究所が新たな報告書を発表した。")
    assert ("地方競馬全国協会", "ORG") in spans("地方競馬全国協会は来年度の日程を明らかにした。")
    assert ("航空事故調査委員会", "ORG") in spans("航空事故調査委員会は、整備に問題があったと指摘した。")


def test_a_place_may_open_the_chain_and_the_body_is_one_name():
    found = spans("ABCによれば、アラスカ津波警報センターの当局者は、津波の恐れはないと述べた。")
    assert ("アラスカ津波警報センター", "ORG") in found and ("アラスカ", "LOC") not in found


def test_an_organisation_for_an_activity_but_not_a_mechanism():
    assert ("海洋研究開発機構", "ORG") in spans("海洋研究開発機構によると、地下の構造が明らかになった。")
    assert not any(kind == "ORG" and "機構" in text for text, kind in spans("マグマがしみ出す新型火山海洋機構を発見した。"))


def test_a_station_is_named_after_its_place():
    assert ("相模原南署", "ORG") in spans("相模原南署によると、被害にあった男性は軽傷だという。")
    assert ("佐久消防署", "ORG") in spans("女性が倒れていると佐久消防署に通報があった。")
    assert not any("警察署" in text for text, _ in spans("男は地元警察署に出頭した。"))


def test_a_kind_word_alone_after_a_pointer_or_after_the_words_of_a_kind_every_country_has_names_no_body():
    for text in ("研究所の発表によると、気温は上がった。", "経済研究所が発表した。", "同協会は「遺憾だ」と述べた。",
                 "各委員会が報告書をまとめた。", "ショッピングセンターで火災があった。",
                 "結果は同国の選挙管理委員会が発表した。", "総合福祉センターに応援会場が設けられた。"):
        assert not any(kind == "ORG" for _, kind in spans(text)), text


def test_a_name_glued_before_the_chain_is_left_to_its_own_rule():
    found = spans("東京大学海洋研究所の研究チームが発表した。")
    assert not any(text == "海洋研究所" for text, _ in found)
    # an acronym glued before the name is no word of it
    assert ("日本オリンピック委員会", "ORG") in spans("朝日新聞によると、JOC日本オリンピック委員会・加盟団体は、")


def test_a_bureau_after_its_place_and_a_name_joined_by_a_middle_dot_left_whole():
    found = spans("ドバイ政府観光局では、9月から新しい催しを始める。")
    assert ("ドバイ政府観光局", "ORG") in found
    assert not any(text == "ジャパン事務局" for text, _ in spans("ミス・ユニバース・ジャパン事務局が監修した。"))
    assert not any("放送局" in text for text, _ in spans("ケータイ専用放送局で配信が始まった。"))


def test_a_suffix_inside_the_chain():
    assert ("太陽光発電協会", "ORG") in spans("太陽光発電協会が新しい統計を発表した。")
    assert ("犯罪被害者支援センター", "ORG") in spans("犯罪被害者支援センターは「支援を続ける」と述べた。")


def test_a_name_before_a_companys_legal_form_is_the_company():
    assert ("楽天株式会社", "ORG") in spans("楽天株式会社が運営するサイトで個人情報が流出した。")
    assert ("ぷらっとホーム株式会社", "ORG") in spans("ぷらっとホーム株式会社は新しい製品を発表した。")
    # an organisation found before the form keeps its name and its entity
    assert ("日本航空", "ORG") in spans("日本航空株式会社は運航を再開すると発表した。")
    assert not any(kind == "ORG" for _, kind in spans("同社は持株会社を設立した。"))


def test_a_company_after_the_word_for_its_kind_or_written_with_a_space():
    found = spans("マーケティング会社トレンダーズ株式会社が、調査の結果を発表した。")
    assert ("トレンダーズ株式会社", "ORG") in found and not any(text.startswith("マーケティング") for text, _ in found)
    assert ("アドビ システムズ株式会社", "ORG") in spans("アドビ システムズ株式会社よりソフトウェアが提供された。")
