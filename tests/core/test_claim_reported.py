"""Reported speech and its holders on sentences of Japanese Wikinews (CC BY 2.5, development
articles of the third draw): a quote with a position noun and no と, a holder after the quote,
what someone told as a source, people named by what they are, and what is no claim
(relative clauses, cited headlines, passives with nobody named)."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_quote_followed_by_a_noun_of_position_without_to():
    text = "前原誠司国土交通大臣と大阪府の橋下徹知事が会談し、前原大臣が、「羽田空港を国際化とハブ空港にする」意向を示した。"
    [c] = candidates(text)
    assert (c.text, c.cue, c.attribution) == ("「羽田空港を国際化とハブ空港にする」", "意向を示した", "direct")
    assert "前原" in holder_of(c)
    [d] = candidates("前原大臣は会見において、「ハブになりうるのは、まず羽田」という考えを明らかにした。")
    assert d.text == "「ハブになりうるのは、まず羽田」" and "前原" in holder_of(d)


def test_the_holder_after_the_quote_set_off_by_a_comma():
    text = "「パキスタンが必要とするようないかなる支援」も供与すると、フランスのフィリップ・ドゥストブラジ外相が語った。"
    [c] = candidates(text)
    assert c.text == "「パキスタンが必要とするようないかなる支援」も供与する" and c.attribution == "mixed"
    assert "ドゥストブラジ" in holder_of(c)


def test_what_someone_told_written_as_the_source():
    text = "ガーディアン紙に対してキャロル氏が語ったところによると、誘拐犯からの扱いは「十分納得のいくものだった」。"
    [c] = candidates(text)
    assert c.text == "誘拐犯からの扱いは「十分納得のいくものだった」" and holder_of(c) == "キャロル"


def test_people_named_by_what_they_are_hold_their_words():
    text = "キャロル氏は36時間監禁されていた。\n犯人はキャロル氏に、誘拐はある人物とキャロル氏を交換する目的で行われたと述べた。"
    [c] = candidates(text)
    assert c.text == "誘拐はある人物とキャロル氏を交換する目的で行われた" and holder_of(c) == "犯人"


def test_a_position_verb_qualifying_a_noun_is_no_claim():
    assert candidates("また、安倍総理続投を批判していた舛添要一氏は厚生労働大臣への起用となった。") == []
    [c] = candidates("舛添要一氏は安倍総理の続投を批判した。")
    assert c.text == "安倍総理の続投"


def test_a_cited_headline_is_no_claim():
    assert candidates("asahi.com『「羽田をハブ空港に」前原国交相、原則転換を表明』。") == []


def test_a_passive_report_holds_only_through_its_source():
    assert candidates("パキスタン北東部の地震の犠牲者数が3万を超えたと報道されている。") == []
    [c] = candidates("BBCによれば、パキスタン北東部の地震の犠牲者数が3万を超えたと報道されている。")
    assert holder_of(c) == "BBC"


def test_a_speech_verb_that_describes_a_noun_quotes_nobody():
    text = "ABCテレビの調査では、オバマ大統領による災害対応の初動を「評価する」と答えた割合は78%に達した。"
    assert [c for c in candidates(text) if c.text == "「評価する」"] == []


def test_the_topic_phrase_holds_when_no_entity_is_the_subject():
    text = ("ギャネンドラ国王は声明を出した。\n"
            "また、議会の広報担当は、「国王から独立して新しい法律を起草することができる」と話した。")
    [c] = candidates(text)
    assert holder_of(c) == "議会の広報担当"  # not the king of the sentence before


def test_a_topic_set_off_by_a_comma_holds_over_a_subject_inside_the_claim():
    text = "報告書は、今年行われた大統領選挙で、秘密警察が、少なくとも400人を不法に殺害したとしている。"
    [c] = candidates(text)
    assert holder_of(c) == "報告書"


def test_a_bare_title_after_the_quote_is_the_person_named_with_it():
    text = ("ジョン・ロバーツ判事は2005年に指名された。\n"
            "聴聞会では、「判決は国家の確立した法である」と判事は主張している。")
    [c] = candidates(text)
    assert holder_of(c) == "ジョン・ロバーツ"


def test_a_body_named_after_a_clause_that_describes_it_holds():
    text = ("ジャーマンウイングスの旅客機が墜落した。\n"
            "墜落現場となったフランスの政府当局は生存が困難との見解を示した。")
    [c] = candidates(text)
    assert c.text.endswith("生存が困難") and holder_of(c) == "フランスの政府当局"


def test_an_outlet_named_with_its_report():
    text = "安倍総理は判断を示した。\n衆参ダブル選挙をいま敢行するのは負担が大きいとフジテレビの報道では伝えている。"
    [c] = candidates(text)
    assert holder_of(c) == "フジテレビ"


def test_the_first_topic_holds_over_a_second_one_inside_the_claim():
    text = "3日には、ジュリオ・トレモンティ伊副首相は、ファツィオ総裁は辞任すべきだと発言している。"
    [c] = candidates(text)
    assert c.text.endswith("辞任すべきだ") and "トレモンティ" in holder_of(c)


def test_takes_as_is_no_claim():
    assert candidates("本ニュースは「朝日新聞」と「共同通信」の以下の報道を情報源としている。") == []
    assert candidates("地域の民主主義・治安の安定化と人権の保護の他、経済開発強化などを目的としている。") == []


def test_quotes_one_after_the_other_share_the_predicate():
    text = "アメリカ市民に対しては、「政府の政策が、平安をもたらすでしょうか」「核兵器のない平和な世界を目指そう」と呼びかけた。"
    texts = [c.text for c in candidates(text)]
    assert texts == ["「政府の政策が、平安をもたらすでしょうか」", "「核兵器のない平和な世界を目指そう」"]


def test_more_verbs_and_nouns_of_speech():
    for text in ("ブラウン蔵相は、5月1日「ガルブレイス氏は立派な経済学者である」と賛辞を送った。",
                 "「署名するものは他にはいないのか」とエドムンド・ライエス下院議員は情熱を込めて語った。",
                 "オランド氏は支持者から拍手を受け「希望と安堵が広がったと確信している」と演説した。"):
        assert [c.attribution for c in candidates(text)] == ["direct"], text


def test_a_negated_verb_of_speech_says_nothing():
    assert candidates("ホワイトハウスはトランプ氏が習氏と軍縮について協議したかどうかについてコメントしていない。") == []
    assert candidates("前原大臣は関西空港のハブ空港化については言及しなかった。") == []


def test_a_passive_position_is_no_claim_of_its_subject():
    assert candidates("フジモリ氏は、政権末期には、反対派から汚職などの権力乱用を批判されていた。") == []


def test_a_person_with_mo_holds_a_position():
    text = "オバマ大統領は声明を出した。\nさらにはイギリスのキャメロン首相もマンデラ氏の訃報について哀悼の意を表明した。"
    [c] = candidates(text)
    assert "キャメロン" in holder_of(c)  # not オバマ of the sentence before


def test_a_reported_clause_before_a_quote_in_the_same_sentence():
    text = ("ラブロフ外相は会見した。\n朝日新聞によると乗組員2人はロシア側警備局のボートの存在に気付いた直後に銃撃を受けたとしており、"
            "中間ラインを越えて操業していたのかどうかは「わからない」としている。")
    found = candidates(text)
    assert [c.text for c in found] == ["ロシア側警備局のボートの存在に気付いた直後に銃撃を受けた", "「わからない」"]
    assert [holder_of(c) for c in found] == ["乗組員", "乗組員"]  # not ラブロフ of the sentence before


def test_a_conditional_to_and_a_question_are_no_report():
    text = "メディアが休戦協定が延長される可能性を問うと、ベッセントは肯定的に答え、「私はそう言うでしょう」と述べた。"
    assert [c.text for c in candidates(text)] == ["「私はそう言うでしょう」"]
    text = "ペスコフ報道官は、習氏が会談する計画をプーチン大統領に伝えていたかという質問に対し、「事前に認識していた」と応じた。"
    assert [c.text for c in candidates(text)] == ["「事前に認識していた」"]


def test_what_a_concern_is_about():
    text = "憲法問題に詳しい法律専門家は、選挙結果を発表することが合法的であるかどうかについて、懸念を表明している。"
    [c] = candidates(text)
    assert c.text.endswith("合法的であるかどうか")


def test_a_quote_told_again_by_an_outlet_is_the_speakers():
    text = "ロイターやBBCは、ノルウェーのソールハイム開発相が「暴力が制御できない状態になる懸念がありえる」と語ったと伝えた。"
    [c] = [c for c in candidates(text) if c.attribution == "direct"]
    assert holder_of(c) == "ソールハイム"  # the outlets tell it; the minister said it


def test_the_first_topic_set_off_by_a_comma_over_a_second_before_the_quote():
    text = "ダクラッラー情報相は、報告書は「反シリア派であることがよく知られている証人ら」の証言に基づいていると述べた。"
    [c] = candidates(text)
    assert holder_of(c) == "ダクラッラー"  # the name without its office: a holder is never a title


def test_a_spokesman_named_after_his_ministry_and_an_aside():
    text = ("台湾国際放送によると、台湾外交部(外務省)の呂慶龍スポークスマンは、チャドが中華人民共和国と国交を樹立したのは、"
            "中華人民共和国の圧力によるものだとして遺憾の意を表明した。")
    assert {holder_of(c) for c in candidates(text)} == {"台湾外交部(外務省)の呂慶龍スポークスマン"}  # not チャド


def test_a_subject_set_off_by_a_comma_over_a_topic_inside_the_claim():
    text = "ルビオ国務長官が、中国は台湾への圧力を強めていると述べた。"
    [c] = candidates(text)
    assert holder_of(c) == "ルビオ" and c.text == "中国は台湾への圧力を強めている"


def test_what_a_person_told_written_as_hearsay():
    text = "ブラジルのフェルナンド・ハッダド教育相によると、ブラジルからカーボベルデへ教授陣を派遣し、訓練を行うという。"
    [c] = candidates(text)
    assert c.text == "ブラジルからカーボベルデへ教授陣を派遣し、訓練を行う" and "ハッダド" in holder_of(c)
    assert candidates("両新聞によれば、地方税法上、こうした操作に対する罰則規定は無いという。") == []  # an outlet's report


def test_a_view_stated_with_nobu():
    text = "天皇陛下は、摂政については「生涯の終わりに至るまで天皇であり続けることに変わりない」との考えを述べた。"
    [c] = candidates(text)
    assert c.cue == "考えを述べた"


def test_a_passive_report_with_its_source_and_one_without():
    text = "東京新聞によれば、テポドン2においては「燃料ではなく水をいれて失敗に見せかけたのではないか」と言われている。"
    [c] = candidates(text)
    assert holder_of(c) == "東京新聞"
    text = "鳩山由紀夫幹事長らは遺留するとの考えを示したが、小沢氏の意志は固いと見られ辞表を撤回する可能性は低い模様。"
    [d] = candidates(text)
    assert d.text == "遺留する" and holder_of(d) == "鳩山由紀夫"  # 見られ names nobody


def test_the_day_told_after_the_holder_is_no_part_of_what_was_said():
    # the day a view was told, set off by a comma after its holder, is when, not what (Japanese Wikinews, CC BY 2.5)
    [c] = candidates("NASAは8日、帰還予定を、当初予定した8日から、9日に1日延期すると発表していた。")
    assert c.text == "帰還予定を、当初予定した8日から、9日に1日延期する"


def test_the_day_opening_the_sentence_or_after_ga_may_be_the_events_and_stays():
    # 千石正一さんが7日、62歳で亡くなった: the day he died, in what was told (livedoor news)
    [c] = candidates("動物学者の千石正一さんが7日、62歳で亡くなったと朝日新聞が報じた。")
    assert c.text == "7日、62歳で亡くなった"
