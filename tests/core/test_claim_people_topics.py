"""People named by what they are (同級生, ネットユーザー達) or a body's department (編集部), a body whose account
is given right before a quote (Xの説明では「…」) and the place named after readers' voices (…という声がネット掲示板に殺到)
hold the quote they open, not the person named in the sentence before (sentences in the manner of
Japanese Wikinews and livedoor news)."""

from tests.core.claim_helpers import candidates, holder_of


def test_classmates_hold_their_quote_not_the_boy_named_before():
    text = "宇田克巳さんは貧しかった。同級生は「空腹のあまり友達から弁当を分けてもらうことがあった」と話した。"
    [c] = candidates(text)
    assert holder_of(c) == "同級生"


def test_same_still_points_back_to_the_person_named_before():
    text = "田中氏は来日した。同氏は「遺憾だ」と述べた。"
    [c] = candidates(text)
    assert holder_of(c) == "田中"


def test_users_named_by_a_clause_hold_the_quotes_after_the_comma():
    text = ("枝野幸男官房長官は「ただちに影響はない」と述べた。今回の発言を受け、「影響はない」という意味だと信じていた"
            "ネットユーザー達は、掲示板上で「こう言うと思ってた」「全力で国民を騙した」などと書き込んだ。")
    said = [c for c in candidates(text) if c.text in ("「こう言うと思ってた」", "「全力で国民を騙した」")]
    assert said and {holder_of(c) for c in said} == {"ネットユーザー達"}


def test_an_editorial_department_holds_its_quotes_not_the_company_named_before():
    text = "JR西日本は列車を止めた。この中で編集部は「列車を止めることは迷惑だ」として「ルールを守って欲しい」とコメントしている。"
    holders = {holder_of(c) for c in candidates(text)}
    assert holders == {"編集部"}


def test_a_region_is_no_department():
    from core.claims.holders import SPEAKER_END

    assert SPEAKER_END.search("編集部") and SPEAKER_END.search("広報部")
    assert not SPEAKER_END.search("北部") and not SPEAKER_END.search("一部") and not SPEAKER_END.search("部")
    assert SPEAKER_END.search("ネットユーザー達") and SPEAKER_END.search("ローカライズ作業者達")


def test_a_bodys_account_right_before_the_quote_holds_it_not_the_topic_of_the_clause_before():
    text = ("また加藤さんは遺族年金の支給前に老齢福祉年金も受給しており、日本年金機構の説明では"
            "「過去の台帳が無いので受給をいつ始めたかは不明だ」と指摘している。")
    [c] = candidates(text)
    assert holder_of(c) == "日本年金機構"


def test_a_bare_source_before_the_quote_leaves_the_person_who_is_the_topic():
    text = "田中首相は、関係者によると「辞めない」と話したという。"
    [c] = [c for c in candidates(text) if c.text == "「辞めない」"]
    assert holder_of(c) == "田中"


def test_voices_are_held_by_the_place_named_after_the_voice_not_the_person_they_speak_of():
    text = ("一方、平松氏がゴミ拾いを行う姿を放送しており、「明らかに平松ひいき」「偏向報道だ」"
            "という声がネット掲示板に殺到した。")
    [c] = [c for c in candidates(text) if "平松ひいき" in c.text]
    assert holder_of(c) == "ネット掲示板"


def test_voices_no_place_is_named_for_are_not_held_by_the_one_they_quote():
    text = ("この記事に対し、嫌韓派の多い日本のネット掲示板上では、「日本でもチャン・グンソクは嫌われている」など、"
            "「日本におけるチャン・グンソク人気も本物ではなく、作られたものである」という主旨の意見が噴出した。")
    [c] = [c for c in candidates(text) if "グンソク人気" in c.text]
    assert holder_of(c) in (None, "ネット掲示板")


def test_a_year_opening_the_sentence_holds_no_voice():
    from core.claims.holders import NOT_A_HOLDER

    assert NOT_A_HOLDER.search("昨年") and NOT_A_HOLDER.search("翌週") and NOT_A_HOLDER.search("今月")
    assert not NOT_A_HOLDER.search("中日") and not NOT_A_HOLDER.search("日本")
    text = "昨年は多くの話題作に出演しており、「かわいらしく清楚なイメージで演技も上手い」と支持する声が多かった。"
    [c] = candidates(text)
    assert holder_of(c) != "昨年"


def test_people_described_by_what_they_did_hold_their_words_and_go_on():
    # Wikinews: a festival's explosion and a lottery queue, told by witnesses the article names by what they did
    text = "祭りに来ていた女性は、「突然、ボンという音がして、火が一瞬3m近い高さまで上がった」と爆発時の様子を語っている。"
    assert [holder_of(c) for c in candidates(text)] == ["女性"]
    text = "同新聞のインタビューに答えた広島市の27歳の会社員の男性は「今日はいい仕事ができそうだ」と喜んでいた。"
    assert [holder_of(c) for c in candidates(text)] == ["広島市の27歳の会社員の男性"]
    text = "事故を目撃した男性(45)は「大きな音がした」と話した。「怖かった」とも語った。"
    assert [holder_of(c) for c in candidates(text)] == ["男性", "男性"]


def test_a_word_ending_in_ta_is_no_clause_describing_the_speaker():
    # さいたま市: the city's name ends in た, the office worker is of the city
    text = "一番乗りのさいたま市の会社員(57歳)は「何かの間違いで当たることもあるだろうと思って買った」と語っている。"
    [holder] = [holder_of(c) for c in candidates(text)]
    assert holder.endswith("市の会社員") and not holder.startswith("ま")


def test_people_described_by_where_they_live_or_what_they_are_hold_their_words():
    # Wikinews: a housewife near the park and a victims' father, each described before their words
    text = "近所に住む主婦は「怖かった」と話す。「夜は外に出られない」。"
    assert [holder_of(c) for c in candidates(text)] == ["主婦", "主婦"]
    text = "読売新聞によれば殺害された姉妹の父親は死刑確定について「死刑になるのは当然」と語った。"
    assert [holder_of(c) for c in candidates(text)] == ["姉妹の父親"]


def test_a_producer_described_by_what_he_makes_holds_his_quote():
    # このドラマを制作する関西テレビのプロデューサーは: a trade of people, not someone named before (Japanese Wikinews)
    text = ("「中田三郎」を演じるのはKAT-TUNの田口淳之介。\n"
            "このドラマを制作する関西テレビのプロデューサーは「大部分が地方ロケで、再撮するとしても時間がかかる」と述べた。")
    [c] = [c for c in candidates(text) if c.attribution == "direct"]
    assert holder_of(c) == "関西テレビのプロデューサー"


def test_the_people_of_a_body_named_before_hold_their_quote_not_the_source():
    # 同社の広報部は: the company's press office speaks, the paper only tells it (Japanese Wikinews)
    text = "一方、読売新聞によれば、同社の広報部は、「国税局とは見解の相違があった」と述べた。"
    [c] = [c for c in candidates(text) if c.attribution == "direct"]
    assert holder_of(c) == "同社の広報部"


def test_people_by_a_trade_ending_in_shi_or_te_hold_their_quote():
    # 事故にあったトラックの運転手は, 男性を診察した医師は: people by their trade (運転手, 医師, 住職), not the source
    text = "朝日新聞によれば、事故にあったトラックの運転手は「ブレーキをかけたが間に合わなかった」と話した。"
    [c] = [c for c in candidates(text) if c.attribution == "direct"]
    assert holder_of(c) == "トラックの運転手"
