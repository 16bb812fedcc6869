"""A name before a title keeps the title out and stands for the title's holder only: with the rules alone
and with the tagger, whose spans may run over the title or over a company before its head's surname."""

from datetime import date

from core.nlp.entities import detect
from core.nlp.office_terms import names_office
from core.registry import bundled_registry
from tests.core.entity_helpers import spans


def ids(text, day):
    return {m.text: m.entity_id for m in detect(text, bundled_registry(), day)}


def test_a_katakana_name_before_a_shortened_ministry_is_a_person_without_the_title():
    for tagger in (None, False):  # the rule finds it; the tagger's span over the title is trimmed to it
        assert spans("ダクラッラー情報相が語った。", tagger) == [("ダクラッラー", "PERSON")]
        assert ("シン・ウンサン", "PERSON") in spans("韓国のシン・ウンサン統一相は会見した。", tagger)
    assert ("シン･ウンサン", "PERSON") in spans("韓国のシン･ウンサン統一相は会見した。")  # the halfwidth dot too


def test_a_place_before_a_shortened_ministry_stays_a_place_and_a_body_before_a_title_a_body():
    assert spans("ロシア経済発展相が来日。")[0] == ("ロシア", "GPE")
    assert spans("アフリカ連合委員長が来日。")[0] == ("アフリカ連合", "ORG")


def test_a_shortened_ministry_names_its_office_letter_by_letter_and_no_other():
    assert names_office("経産相", "経済産業相") and names_office("国交相", "国土交通相")
    assert not names_office("統一相", "国防相") and not names_office("統一相", "経済産業相")
    assert ids("武藤経産相が語った。", date(2025, 3, 1))["武藤"] == "person:yoji-muto"
    assert ids("武藤統一相が語った。", date(2025, 3, 1))["武藤"] != "person:yoji-muto"  # a namesake
    assert ids("シン統一相が語った。", None)["シン"] != "person:rajnath-singh"  # India's defence minister


def test_a_company_before_its_heads_surname_and_title_is_two_names():
    assert spans("・グリー田中社長「作りまくるべき」") == [("グリー", "ORG"), ("田中", "PERSON")]


def test_a_names_last_part_before_a_head_of_government_is_no_department():
    # Wikinews (CC BY 2.5): ゲーディ is a common noun to UniDic, but no department comes before 首相
    found = spans("ソマリアにある暫定政府のアリー・ムハンマド・ゲーディ首相は「平和復興」と語った。")
    assert ("アリー・ムハンマド・ゲーディ", "PERSON") in found
    # before a minister's title a common noun still names the department
    assert ("サラ・ベネット", "PERSON") in spans("英国のサラ・ベネット・ビジネス貿易相は語った。")


def test_a_name_of_two_parts_keeps_both_before_a_ministers_title_of_a_department():
    for tagger in (None, False):  # no department is read out of a name of two parts (トラス stays)
        assert ("リズ・トラス", "PERSON") in spans("英国のリズ・トラス国際貿易相は語った。", tagger)


def test_a_katakana_first_name_glued_by_a_dot_joins_the_name_after_it_but_a_role_does_not():
    for tagger in (None, False):
        assert ("アレックス・ミラー", "PERSON") in spans(
            "プレミアリーグ・リバプールのアレックス・ミラーコーチが次期監督に決まった。", tagger)
        found = spans("9回にはリリーフのエース・ボビー・ジェンクス選手を送った。", tagger)
        assert ("ボビー・ジェンクス", "PERSON") in found and not any("エース" in text for text, _ in found)


def test_a_known_full_name_read_across_a_words_edge_is_whole_when_its_title_follows():
    # 金|大|中元|大統領: UniDic's 中元 (a summer gift) cuts 金大中 before 元大統領
    assert ids("韓国の金大中元大統領が10日、平壌を訪問した。", None)["金大中"] == "person:kim-dae-jung"
    assert ids("韓国の李明博大統領が10日、訪日した。", None)["李明博"] == "person:lee-myung-bak"


def test_a_known_person_glued_before_a_party_and_a_title_is_the_person_then_the_party():
    found = spans("北朝鮮の金正恩朝鮮労働党委員長と会談した。")
    assert ("金正恩", "PERSON") in found and ("朝鮮労働党", "ORG") in found
    found = spans("中国の習近平共産党総書記と会談した。")
    assert ("習近平", "PERSON") in found and ("共産党", "ORG") in found


def test_a_place_name_before_a_partys_post_is_a_persons_surname():
    found = spans("社会民主党の福島党首と会談した。")
    assert ("福島", "PERSON") in found and ("福島", "LOC") not in found


def test_a_former_post_or_a_count_of_holders_before_a_party_is_no_part_of_it():
    found = spans("同県鶴岡市の加藤紘一元自民党幹事長の実家")
    assert ("加藤紘一", "PERSON") in found and ("自民党", "ORG") in found
    assert ("自民党", "ORG") in spans("第21代自民党総裁、安倍氏")


def test_a_known_place_between_a_name_and_its_head_is_the_place():
    found = spans("アーノルド・シュワルツェネッガー・カリフォルニア州知事と会談した。")
    assert ("アーノルド・シュワルツェネッガー", "PERSON") in found and ("カリフォルニア州", "LOC") in found
    found = spans("リチャード・デーリー・シカゴ市長と会談した。")
    assert ("リチャード・デーリー", "PERSON") in found and ("シカゴ", "LOC") in found
    # a name no list places before 州知事: 州知事 is the title
    assert ("ギャビン・ニューサム", "PERSON") in spans("ギャビン・ニューサム州知事と会談した。")


def test_a_given_names_last_kanji_read_as_the_head_of_a_known_office_is_part_of_the_name():
    # 李鍾|奭統一相: 統一相 is an office the gazetteer knows and 奭統一相 none, so 奭 closes the name
    assert ("李鍾奭", "PERSON") in spans("韓国の李鍾奭統一相と北朝鮮の代表が出席した。")
    assert ("李鍾奭", "PERSON") in spans("李鍾奭外相は会談した。")
    # a kanji that opens a known office stays the title's (官房長官), and one no office is written after stays out
    assert ("林芳正", "PERSON") in spans("林芳正官房長官は会見した。")
    assert ("山田太郎", "PERSON") in spans("山田太郎外務副大臣は会見した。")


# Lines of Japanese Wikinews (CC BY 2.5): an occupation in katakana before a name joined by ・ is no name, and no part
# of it is one (コー|チ・, ピアニス|ト・: a title's katakana country took the word's end).
_OCCUPATIONS = ("北島選手のコーチ・平井伯昌さんは「違約金で済むなら払えばいい」と話している。\n"
                "優勝した全盲のピアニスト・辻井伸行さんが京都府福知山市で10月12日に出演予定している。\n")
# A name written straight onto its country before the title: the name, then the country.
_GLUED_COUNTRY = "ゲアハルト・シュレーダードイツ連邦首相に対して7月1日に内閣信任決議が否決されたことに対するもの。\n"


def test_the_end_of_an_occupation_before_a_name_is_no_name():
    found = {(m.text, m.type) for m in detect(_OCCUPATIONS, bundled_registry())}
    assert ("平井伯昌", "PERSON") in found and ("辻井伸行", "PERSON") in found
    assert not {text for text, kind in found if kind == "PERSON"} & {"コー", "ピアニス"}


def test_a_country_glued_to_a_name_before_its_title_is_the_country():
    found = [(m.text, m.type, m.entity_id) for m in detect(_GLUED_COUNTRY, bundled_registry()) if m.type != "DATE"]
    assert found[:2] == [("ゲアハルト・シュレーダー", "PERSON", "found:PERSON:ゲアハルト・シュレーダー"),
                         ("ドイツ", "GPE", "country:DE")]


# Lines of Japanese Wikinews (CC BY 2.5): a katakana name before a rank of a church or of the law.
_RANKS = ("またウクライナ正教会のウォロディミール府主教は、ローマ教皇の訪問を歓迎した。\n"
          "ドイツのデトレフ・メーリス検事を団長とする調査団が派遣された。\n")


def test_a_katakana_name_before_a_rank_of_a_church_or_of_the_law_is_a_person():
    found = {(m.text, m.type) for m in detect(_RANKS, bundled_registry())}
    assert {("ウォロディミール", "PERSON"), ("デトレフ・メーリス", "PERSON")} <= found


def test_a_foreign_name_with_a_dot_unidic_cuts_into_pieces_before_a_role_is_a_person():
    # ウ|サイン・ボルト, カッ|ブ: UniDic cuts a name it does not know into a letter, a prefix or a suffix
    text = "ジャマイカチームの第3走者だったウサイン・ボルト選手は、個人戦の100mに次いで優勝した。"
    assert ("ウサイン・ボルト", "PERSON") in spans(text)
    # a one-letter Korean surname before the dot, before a lecturer's title
    text = "金正日政治軍事大学のオ・グホ講師は「能登半島で拉致した」と話していた。"
    assert ("オ・グホ", "PERSON") in spans(text)
    # words UniDic knows whole joined by a dot are an event or a sport, no one
    for text in ("スキー・ジャンプ選手として出場した。", "ラグビー・ワールドカップ選手が来日した。"):
        assert not [s for s in spans(text, False) if s[1] == "PERSON"]


def test_a_title_read_into_a_name_is_cut_off_and_a_name_ending_like_a_title_is_kept():
    assert ("井上", "PERSON") in spans("厳しい指導も、井上コーチは「厳しい中に愛がある」と語った。")
    assert ("足利尊氏", "PERSON") in spans("足利尊氏は京都に幕府を開いた。")  # 尊氏 is a given name
    # a katakana name written out with ・ keeps the title's own katakana word out of the cut
    assert not any(t.endswith("ヘッド") for t, _ in spans("敗因を尋ねられた呂比須ワグナー・ヘッドコーチのコメント"))


def test_a_chinese_name_read_as_one_body_with_its_office_is_the_person():
    # 习 (simplified) is no word UniDic knows: the tagger read 习近平国家主席 as one organisation
    found = [(m.text, m.type) for m in detect("中国の习近平国家主席は演説で平和的発展の道を歩むと強調した。",
                                              bundled_registry(), None)]
    assert ("习近平", "PERSON") in found
    assert not any(kind == "ORG" and "主席" in text for text, kind in found)
    # a ministry and its office stay the body: no word of it is unknown or a person's
    assert ("中国外務省", "ORG") in [(m.text, m.type) for m in detect("中国外務省報道官は会見で述べた。", bundled_registry(), None)]


def test_a_common_katakana_word_after_a_places_name_before_a_title_is_no_persons_name():
    text = "関西広域連合と近畿ブロック知事会議は15日、大阪市内で合同会議を開き、九州ブロック知事会の提言も紹介された。"
    for tagger in (None, False):
        assert not [text for text, kind in spans(text, tagger) if kind == "PERSON"]
    # a name before its title stays one, a common word's spelling or not (香港のラム長官, 米国ライス国務長官)
    text = "香港のラム長官は16日、記者会見した。米国ライス国務長官が来日した。"
    for tagger in (None, False):
        assert [text for text, kind in spans(text, tagger) if kind == "PERSON"] == ["ラム", "ライス"]


def people(text, tagger=None):
    return [name for name, kind in spans(text, tagger) if kind == "PERSON"]


def test_a_place_before_an_office_is_the_offices_country_not_a_persons_name():
    # a national team, a head of state or government named by the country alone, a place before a field's office
    text = ("サッカー男子の決勝でブラジル代表はドイツ代表にPK戦の末勝利した。このイングランド代表の連敗を受けて監督が辞任した。"
            "パキスタン外務大臣は「衝撃を受けた」と述べた。トンガ国王が死去した。")
    for tagger in (None, False):
        assert people(text, tagger) == []
    # a person named like a place keeps the honorific (Jimmy Wales), a name before its country the office
    assert "ウェールズ" in people("参加者の質問にウェールズ氏が素早く答えた。")
    assert people("ベーナズィール・ブットー元パキスタン首相が死去した。") == ["ベーナズィール・ブットー"]


def test_a_trade_before_an_honorific_is_no_name_and_a_given_name_before_one_is():
    for tagger in (None, False):
        assert people("まず、モデルさんが髪の毛に静電気を起こした。知り合いのカメラマンさんにすすめてもらった。", tagger) == []
        # the trade before a kanji name: the name alone is the person
        assert people("「アジア航測」のカメラマン棚田信二さん(40)が乗っていた。", tagger) == ["棚田信二"]
    # a native word is a given name too (ユリ, ミドリ), and a katakana word glued after kanji ends a name
    assert people("「行こう!」と誘われたユリさん(26歳 会社員)は話す。") == ["ユリ"]
    assert "ジュニア" in people("テレビCMに出演の千原ジュニアさん(千原兄弟)が応援した。")


def test_a_common_word_glossed_in_katakana_is_no_name_and_a_name_with_its_reading_is():
    assert people("キャラなどの男性同士の恋愛(ボーイズ・ラブ)を妄想し、愛好する女性が増えた。") == []
    assert people("韓国の朴喆熙(パク・チョルヒ)教授が語った。")[0] == "朴喆熙"


def test_a_surname_with_a_broadcasters_trade_is_the_person_named_in_full_before():
    # the tagger reads 小宮アナ as one name; the trade (アナ, キャスター) is cut off and the surname is the person
    text = "番組では小宮悦子アナウンサーが司会を務めた。\nこれに、小宮{}が「コメントも堂々としてきた」と続けた。"
    for trade in ("アナ", "キャスター"):
        people = [(m.text, m.entity_id) for m in detect(text.format(trade), bundled_registry(), None)]
        assert people == [("小宮悦子", "found:PERSON:小宮悦子"), ("小宮", "found:PERSON:小宮悦子")]
    # the tagger reads 安藤アナ in a headline as a body: a surname and アナ is the person all the same
    people = [(m.text, m.type, m.entity_id)
              for m in detect("報道番組で、安藤アナの笑顔が映る放送事故\n同局・安藤優子アナが現場をリポートした。", bundled_registry(), None)]
    assert people[0] == ("安藤", "PERSON", "found:PERSON:安藤優子")
