"""Clauses closed by と before a verb of judgement or report (…と判断した, …と供述, …といい、),
quotes told with a noun of feeling (「…」と喜びを語った), and the と-uses that report nothing: a
conditional, a partner, a quotative inside a noun phrase, the writer's own inference."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_clause_judged_with_to():
    [c] = candidates("防衛省は、発射されたミサイルは日本海に落下したと判断した。")
    assert c.text == "発射されたミサイルは日本海に落下した" and c.attribution == "indirect"
    assert holder_of(c) == "防衛省"


def test_a_quote_confessed_or_denied_without_a_light_verb():
    [c] = candidates("調べに対し、田中容疑者は「金が欲しかった」と供述。")
    assert c.text == "「金が欲しかった」" and "田中" in holder_of(c)
    [d] = candidates("鈴木容疑者は「殴っていない」と容疑を否認している。")
    assert d.text == "「殴っていない」" and d.cue.startswith("否認")


def test_a_quote_told_with_a_feeling():
    [c] = candidates("山田選手は「ここまで来られてうれしい」と喜びを語った。")
    assert c.text == "「ここまで来られてうれしい」" and "山田" in holder_of(c)
    [d] = candidates("委員の佐藤氏は「体質を変えなければならない」と今回の事件に苦言を呈している。")
    assert d.text == "「体質を変えなければならない」"


def test_hearsay_closed_by_to_ii():
    found = candidates("同社は、工場の操業再開は来月以降になるといい、復旧を急いでいる。")
    assert [c.text for c in found] == ["工場の操業再開は来月以降になる"]


def test_to_that_reports_nothing():
    assert candidates("反対派に説得を続けた方が良いと判断したことになる。") == []  # the writer infers
    assert candidates("混乱を招いたことを国民に謝罪すべきとの意見も出ている。") == []  # こと + を: no quotative
    assert candidates("雨が降ると試合は中止になる。") == []  # a conditional
    assert candidates("岸田首相はバイデン大統領と会談した。") == []  # a partner


def test_a_content_published_as_a_noun():
    [c] = candidates("ペルーの選挙管理委員会は、与党の得票率が48%との正式な開票結果を発表した。")
    assert c.text == "与党の得票率が48%" and "選挙管理委員会" in holder_of(c)


def test_a_clause_closed_by_toshite_before_a_protest_published_as_a_statement():
    [c] = candidates("中国外務省は、首相の参拝は両国関係の基礎を損なうこととして強く抗議するという声明を発表した。")
    assert c.text.startswith("首相の参拝は両国関係の基礎を損なう") and "外務省" in holder_of(c)
    assert candidates("彼は議長として発言した。") == []  # として after a noun: "as", no clause


def test_a_judgement_told_through_a_source_is_held_by_the_subject_carried_over():
    text = "住友商事は、同業の会社との統合を検討している。\n読売新聞によると、競争に勝つには統合が必要と判断したという。"
    found = candidates(text)
    judged = [c for c in found if c.text.endswith("統合が必要")]
    assert judged and holder_of(judged[0]) == "住友商事" and judged[0].via[0]["text"] == "読売新聞"


def test_a_noun_of_speech_after_tono_holds_its_quote_as_content():
    assert candidates("「首相は辞めるべきだ」との発言をめぐり、議論が起きた。") == []  # nobody named says it
    [r] = candidates("記者の「首相は辞めるべきだ」との発言をめぐり、議論が起きた。")
    assert holder_of(r) == "記者"  # the reporter named before the remark said it
    [c] = candidates("野党は「首相は辞めるべきだ」との発言をした。")
    assert c.text == "「首相は辞めるべきだ」" and holder_of(c) == "野党"


def test_a_verb_made_a_noun_reports_nothing():
    assert candidates("首相の参拝は職務としてなされたと認めるのが相当。") == []


def test_an_acting_head_set_off_by_a_comma_speaks_not_the_source():
    [c] = candidates("共同通信によれば、キンレー事務局長代行は、12日、ボンで国際会議を開くと述べた。")
    assert "キンレー" in holder_of(c) and c.via and c.via[0]["text"] == "共同通信"


def test_the_speaker_a_sentence_names_wins_over_the_holder_carried_over():
    text = ("住友商事は、同業の会社との統合を検討していると発表した。\n"
            "毎日新聞によれば、連邦緊急事態管理庁(FEMA)ポーリソン長官代行は、「被害は予想したほどでなかった」と語った。")
    quoted = [c for c in candidates(text) if c.attribution == "direct"]
    assert len(quoted) == 1 and "ポーリソン" in holder_of(quoted[0])


def test_a_person_named_before_their_institution_and_title_holds_not_the_institution():
    [c] = candidates("朝日新聞によれば、都司嘉宣東京大学助教授は、地殻内の地震とみられると述べた。")
    assert holder_of(c) == "都司嘉宣"


def test_bodies_and_outlets_the_sentence_names_hold_over_the_last_holder():
    before = "シカゴ・トリビューン紙は、暴動が続いたと報じた。\n"
    [_, c] = candidates(before + "当初から北アイルランドの警察当局などは、住民グループが投石をはじめたと指摘していた。")
    assert "警察当局" in holder_of(c)  # …などは: the body, listed with others
    [_, d] = candidates(before + "また、インドネシア国営ANTARA(NationalNewsAgency)は、少なくとも21人が死亡したと伝えている。")
    assert "ANTARA" in holder_of(d)  # an acronym closing a topic names an organisation
    [_, e] = candidates(before + "一方、北海道危機対策局の幹部が、「辞任することになり、残念だ」と述べている。")
    assert "幹部" in holder_of(e)  # Xが、 set off by a comma


def test_a_country_written_as_a_setting_gives_way_to_its_ministry():
    [c] = candidates("読売新聞によると、フランスでは農業省が18日、死んでいたカモがウイルスに感染していたことを発表した。")
    assert holder_of(c) == "農業省"


def test_a_position_word_beginning_a_compound_noun_is_no_verb():
    assert candidates("6月にも野党は抗議デモを行った。") == []


def test_quotes_told_with_a_feeling_shown_a_greeting_or_each_in_turn():
    [c] = candidates("長谷部主将は「自分たちのサッカーを表現できなかった」と悔しさをにじませていた。")
    assert c.text == "「自分たちのサッカーを表現できなかった」" and "長谷部" in holder_of(c)
    [d] = candidates("大仁会長も「日本人の審判員が開幕戦を担当するのは大変なこと」と激励した。")
    assert d.cue.startswith("激励")
    [e] = candidates("松田会長も「理解が得られず残念だ」とそれぞれ話した。")
    assert e.text == "「理解が得られず残念だ」"


def test_a_quote_told_as_hearsay():
    found = candidates("楽器店の店主によると、「通常は本物なら500万円はする」という。")
    assert [c.text for c in found] == ["「通常は本物なら500万円はする」"]
    assert candidates("新社名は「アンハイザー・ブッシュ・インベブ」となる。") == []
