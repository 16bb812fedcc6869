"""Who speaks when a sentence names them by what they are (少年は) or by a pronoun (彼は), and quotes
reported by verbs of writing and closing (書いた, 紹介した, 締めくくった) or followed by と、…の意を示した.

Sentences from Japanese Wikinews articles outside the claims gold.
"""

from tests.core.claim_helpers import candidates, holder_of


def test_a_boy_named_by_what_he_is_holds_his_quote():
    text = ("長野県警によると、少年は1日夕方に家を出た。\n"
            "少年は女性に対し「お母さんとけんかをした」と話し、また2時間後に「歩いて帰る」と言って別れた。")
    assert [(c.attribution, holder_of(c)) for c in candidates(text)] == [("direct", "少年"), ("direct", "少年")]


def test_he_stands_for_the_person_named_before_not_the_country_named_since():
    text = ("AP通信によれば、少年は昨年12月11日、両親に知らせず内緒でアメリカを出国し、クウェートに入国した。\n"
            "しかしちょうどイラクは国民議会選挙前後の警戒態勢が敷かれており、国境が封鎖されていた。\n"
            "このとき彼は、研究と人道主義の仕事をするために入国したと語ったという。")
    [c] = candidates(text)
    assert c.text == "研究と人道主義の仕事をするために入国した"  # the pronoun is no part of what he said
    assert holder_of(c) == "少年"


def test_a_pronoun_with_nobody_named_before_names_no_holder():
    [c] = candidates("このとき彼は、研究と人道主義の仕事をするために入国したと語った。")
    assert holder_of(c) != "彼"


def test_a_quote_written_in_an_essay_is_a_claim():
    [c] = candidates("少年はジャーナリストを目指しており、「イラクには、善と悪の間に、戦いがある」と随筆の中で書いていた。")
    assert (c.text, c.attribution, c.cue, holder_of(c)) == ("「イラクには、善と悪の間に、戦いがある」", "direct", "書いていた", "少年")


def test_a_quote_a_speech_closes_with_is_a_claim():
    [c] = candidates("司会者は、「二重に被爆して生き残ったのは、最も幸運か最も不運か」などと締め括った。")
    assert (c.attribution, c.cue, holder_of(c)) == ("direct", "締め括った", "司会者")


def test_a_quote_introducing_someone_is_a_claim_but_a_source_introduced_is_not():
    said = "ブッシュ大統領はロバーツ氏を伴い、ホワイトハウスでの会見に臨み、ロバーツ氏を「この世代のもっとも優れた法曹人のひとり」と紹介した。"
    [c] = candidates(said)
    assert (c.text, holder_of(c)) == ("「この世代のもっとも優れた法曹人のひとり」", "ブッシュ")
    source = "産経新聞が京都府警の調べとして紹介したところによると、このソフトは他と比べると匿名性が高いという。"
    assert not any("京都府警の調べ" in c.text for c in candidates(source))


def test_a_second_quote_closed_by_a_comma_and_an_apology_is_the_same_speakers():
    text = ("朝日新聞によると、これに対し、番組プロデューサーは1月17日に、大使館への手紙に於いて、"
            "「揶揄する趣旨の番組ではなく、驚くべき経験を正確に伝えようとしたつもりである。\n"
            "日本人の強さを真に称賛している」などと釈明しつつも、「視聴者の気分を害したことを遺憾に思う」と、謝罪の意を示した。")
    found = candidates(text)
    assert [c.attribution for c in found] == ["direct", "direct"]  # not a third claim for 謝罪の意
    assert [holder_of(c) for c in found] == ["番組プロデューサー", "番組プロデューサー"]
    assert found[1].text == "「視聴者の気分を害したことを遺憾に思う」"


def test_people_right_before_their_quote_hold_it_not_the_source():
    text = ("一方で、朝鮮日報によると、このセレモニーに招待されなかった韓国人の拉致被害者家族が「試運転列車は走っても、"
            "家族は戻ってこない」と、セレモニーの中止を訴えて侵入を試みたものの、排除された。")
    quote = next(c for c in candidates(text) if c.attribution == "direct")
    assert holder_of(quote) == "拉致被害者家族"


def test_two_quotes_joined_by_toka_share_their_speakers():
    text = ("また、読売新聞によれば、ゲスト出演者らが「でも、93歳まで長生きしたのなら、それほど不運ではない」とか、"
            "「原爆が落ちた次の日に列車が走行しているのは、イギリスでは考えられないこと」などと話し、再び会場から笑い声が上がった。")
    found = candidates(text)
    assert [c.attribution for c in found] == ["direct", "direct"]
    assert [holder_of(c) for c in found] == ["ゲスト出演者", "ゲスト出演者"]


def test_a_topic_set_off_by_a_comma_reports_what_a_ga_subject_did():
    text = "マイク・サケット南部アフリカ地域担当官は、43万人の住民に対して、WFPが現在確保している食糧は必要とされる3分の1であるといい、この状況は悪化するとしている。"
    first = candidates(text)[0]
    assert first.text.startswith("WFPが現在確保している食糧は") and holder_of(first).startswith("マイク・サケット")
    site = ("一方、ニュースサイト「アフリキャスト」は、コンゴ共和国が2006年7月以降、アントーノフ社の異なる型の飛行機、An-24を、"
            "同国領空では飛行禁止にすると発表したと19日伝えた。")
    [c] = candidates(site)
    assert c.text.startswith("コンゴ共和国が2006年7月以降") and holder_of(c) == "アフリキャスト"


def test_a_report_and_its_contrast_told_with_tomo_are_two_claims_of_the_topic():
    text = ("フェアファクス・ニュージーランドの運営するニュースサイト「スタッフ」は、3日、ニュージーランド・ヘラルド紙の2日の"
            "世論調査として、NZファースト党が6.6%の支持を獲得したと伝えたが、同党が依然5%ラインに近いとも指摘している。")
    found = candidates(text)
    assert [(c.cue, holder_of(c)) for c in found] == [("伝えた", "スタッフ"), ("指摘している", "スタッフ")]
    assert "NZファースト党が6.6%の支持を獲得した" in found[0].text and found[1].text == "同党が依然5%ラインに近い"
    one = "容疑者は自宅の和室で2人を殺したと供述しているが、室内が荒らされた経緯はなく、警察は動機を調べるとしている。"
    assert not any(c.text.startswith("室内が荒らされた") for c in candidates(one))  # a contrast, no second report


def test_the_page_of_a_body_referred_back_to_speaks_for_the_body():
    text = ("9月23日、プロ野球・福岡ソフトバンクホークスの王貞治監督(68歳)が2008年度シーズン限りで監督を勇退することを発表した。\n"
            "同球団公式ページは、以前から辞意を表明していた王監督とそれを慰留していた孫正義オーナーが23日午前に会談を行い、"
            "同日の試合終了後に引退発表することを決定したとしている。")
    said = next(c for c in candidates(text) if c.cue == "している")
    assert said.text.startswith("以前から辞意を表明していた王監督")  # the body's page holds the whole clause
    assert holder_of(said) == "福岡ソフトバンクホークス"


def test_a_presidents_spokesman_is_not_the_president():
    text = ("アブドライ大統領は20日、大統領警護部隊のトップを更迭した。\n"
            "なお、大統領報道官は、このクーデターの首謀者はこの日更迭された大統領警護部隊のトップであると発表した。")
    said = candidates(text)[-1]
    assert holder_of(said) != "アブドライ"


def test_a_company_referred_back_to_as_its_topic_with_dewa_holds_its_statement():
    text = ("JR北海道によると、この運転士は運転歴18年8ヶ月で、1ヶ月ほど前からトンネル内で耳栓をして運転していたという。\n"
            "同社では、「レールの研磨を行って騒音を減らし、乗務員の指導を徹底して行いたい」としている。")
    said = next(c for c in candidates(text) if c.attribution == "direct")
    assert holder_of(said) == "JR北海道"


def test_a_place_referred_back_to_with_dewa_is_no_speaker():
    site = ("一方、ニュースサイト「アフリキャスト」は、コンゴ共和国が2006年7月以降、アントーノフ社の異なる型の飛行機、An-24を、"
            "同国領空では飛行禁止にすると発表したと19日伝えた。")
    assert [holder_of(c) for c in candidates(site)] == ["アフリキャスト"]


def test_an_outlet_passing_on_a_view_or_information_holds_it():
    [c] = candidates("投票率は現在のところ不明だが、ロイター通信は高いだろうという観測を伝えている。")
    assert (c.cue, holder_of(c)) == ("観測を伝えている", "ロイター")  # the entity of ロイター通信
    text = ("朝日新聞によると14日、中国チベット自治区ラサで大規模な暴動が発生した。\n"
            "同新聞では少なくとも14人の死者が出て、100人以上が負傷したとの在京チベット関係者による情報を伝えた。")
    [c] = candidates(text)
    assert c.text == "少なくとも14人の死者が出て、100人以上が負傷した" and holder_of(c) == "朝日新聞"


def test_a_sentence_turning_to_another_speaker_after_a_contrast_gives_each_their_claim():
    text = ("4日の「スタッフ」によれば、3日、ハイド幹事長は、国民党に連立とエプソムでの選挙協力を要望する発言を行ったが、"
            "同日、ダン・ブラッシュ国民党党首は、今後の変化の可能性を残しつつ、現時点でのエプソムにおける選挙協力はないとした。")
    found = candidates(text)
    assert [holder_of(c) for c in found] == ["ハイド", "ダン・ブラッシュ"]
    assert found[0].text.endswith("エプソムでの選挙協力") and found[1].text.endswith("選挙協力はない")


def test_a_body_named_short_is_the_body_named_in_full_before():
    text = ("イラク独立選挙管理委員会(IECI)は、一部の州で投票の偏りがあるため、開票結果を今後検査すると発表した。\n"
            "選挙委員会は、投票の数え直しを行っており、確定結果の発表は予定より数日遅れる見込みであると述べた。")
    assert [holder_of(c) for c in candidates(text)] == ["イラク独立選挙管理委員会"] * 2
    alone = "選挙委員会は、投票の数え直しを行っており、確定結果の発表は予定より数日遅れる見込みであると述べた。"
    assert [holder_of(c) for c in candidates(alone)] == ["選挙委員会"]


def test_an_envoy_the_detector_does_not_know_holds_not_his_post():
    text = "AP通信=米ABCによれば、ルイス・マキャベロ在日ペルー大使は、フジモリ氏の出馬表明を「嘘」と呼んだ。"
    [c] = candidates(text)
    assert holder_of(c) == "ルイス・マキャベロ"


def test_a_statement_an_outlet_passes_on_as_someones_is_theirs():
    text = "16日にはCNNが、14日の騒乱では少なくとも80人が死亡したというチベット亡命政府のスポークスマンの発表を伝えた。"
    [c] = candidates(text)
    assert c.text == "14日の騒乱では少なくとも80人が死亡した"
    assert holder_of(c) == "チベット亡命政府のスポークスマン" and [v["text"] for v in c.via] == ["CNN"]


def test_what_an_outlet_reports_another_said_is_the_others():
    text = "AP通信は少なくとも25人が死亡したと伝える一方、AFP通信が死者は35人としたことを伝えた。"
    found = candidates(text)
    assert [(c.text, holder_of(c)) for c in found] == [("少なくとも25人が死亡した", "AP通信"), ("死者は35人", "AFP通信")]
    assert [v["text"] for v in found[1].via] == ["AP通信"]


def test_a_report_that_gives_way_is_a_claim_and_its_ga_subject_does_not_carry_on():
    text = ("少年はイラク出身の両親を持つアメリカ生まれ。\n"
            "両親が、状況が改善したらイラクに連れて行くと説得したものの、内緒で出発してしまったという。\n"
            "ジャーナリストを目指しており、「イラクには、善と悪の間に、戦いがある」と随筆の中で書いていた。")
    found = candidates(text)
    assert [(c.text, holder_of(c)) for c in found] == [
        ("状況が改善したらイラクに連れて行く", "両親"), ("「イラクには、善と悪の間に、戦いがある」", "少年")]


def test_praise_given_and_a_request_to_hold_back_are_positions():
    text = "ジョージ・ウォーカー・ブッシュ米大統領はイラクの賛成反対両派に賞賛を送った。"
    [c] = candidates(text)
    assert (c.text, holder_of(c)) == ("イラクの賛成反対両派", "ジョージ・ウォーカー・ブッシュ")
    asked = "ラント駐中国米大使は中国政府高官に「自制した行動」をとるよう申し入れを行った。"
    [c] = candidates(asked)
    assert c.text.startswith("「自制した行動」をとる") and holder_of(c) == "ラント"
    planned = "河村たかし名古屋市長は運営会社に対して、対象外とするよう申し入れを検討している。"
    assert not candidates(planned)  # a request only considered is none yet
