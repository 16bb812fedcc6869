"""Positions told without a verb of saying are claims of their holder: a stance held as a state (…氏も反対している),
an attitude (…には慎重だ), a denial of what was told before (このことを否定していた), a campaign (…に反対する運動を
行っている), a stance an outlet passes on (…からも反対を伝えている) and voices that say only a stance (政界では、反対の声も
あがっている). A vote, a compound noun, a stance describing a noun, a negated one, one inside a quote and voices
nobody is named for are none (Japanese Wikinews, CC BY 2.5; livedoor news)."""

from tests.core.claim_helpers import candidates, holder_of, wikinews_claims_body


def _sentence_with(body, words):
    start = body.rfind("\n", 0, body.index(words)) + 1
    return body[start : body.index("。", start) + 1]


def _kenya(words):
    return _sentence_with(wikinews_claims_body("wn-03092"), words)


def test_a_rival_opposing_as_a_state():
    [c] = candidates(_kenya("ケニヤッタ氏も反対している"))
    assert c.text == "反対している" and holder_of(c) == "ウフル・ケニヤッタ"


def test_voices_of_opposition_raised_in_politics():
    [c] = candidates(_kenya("反対の声もあがっている"))
    assert c.text == "反対の声もあがっている" and holder_of(c) == "政界"


def test_ministers_campaigning_against_a_draft():
    [c] = candidates(_kenya("反対する運動を行っている"))
    assert c.text == "改正案" and holder_of(c) == "5人の閣僚"


def test_an_outlet_passing_on_the_churches_opposition():
    [c] = candidates(_kenya("キリスト教界からも反対を伝えている"))
    assert c.text == "反対" and holder_of(c) == "キリスト教界"


def test_a_concern_told_with_its_content_is_read_once():
    sentence = _kenya("教会は懸念している")
    [c] = candidates(sentence)
    assert c.text.endswith("合法化されるおそれがある") and holder_of(c) == "教会"


def test_a_denial_of_what_the_sentence_before_told():
    sentence = _sentence_with(wikinews_claims_body("wn-02506"), "一貫して否定していた")
    [c] = [c for c in candidates(sentence) if "否定" in c.cue]
    assert c.text == "このこと" and "ブチュタ" in holder_of(c)


def test_a_defence_shown_as_a_noun():
    sentence = _sentence_with(wikinews_claims_body("wn-02506"), "擁護を示している")
    [c] = candidates(sentence)
    assert c.text == "ブチュタ氏への擁護" and c.cue == "擁護を示"


def test_criticism_arising_from_business():
    [c] = candidates("3日のロイターによれば、批判は財界からも起こっている。")
    assert c.text == "批判" and holder_of(c) == "財界"


def test_the_matter_denied_named_before_its_holder():
    [c] = candidates("なお今回持ち上がったチケット不正取引の疑いについて、バルク事務局長は否定している。")
    assert c.text == "今回持ち上がったチケット不正取引の疑い" and "バルク" in holder_of(c)


def test_the_matter_denied_as_the_topic():
    [c] = candidates("なお、金銭授受への関与は否定しているが、詳しくは語らなかった。")
    assert c.text == "金銭授受への関与"


def test_an_attitude_towards_a_matter():
    [c] = candidates("たけしは、暴力団をテーマにした映画を作りながら、暴力団への対応には慎重だ。")
    assert c.text == "暴力団への対応" and holder_of(c) == "たけし"
    [c] = candidates("自民党は消費税の引き上げに反対の立場だ。")
    assert c.text == "消費税の引き上げ" and holder_of(c) == "自民党"


def test_an_object_before_the_holder_is_read_once():
    [c] = candidates("NHKによると、三保の松原を含む富士山の世界遺産登録を地元も歓迎しており、職員らが中継を見守った。")
    assert c.text == "三保の松原を含む富士山の世界遺産登録" and holder_of(c) == "地元"


def test_votes_nouns_descriptions_negations_and_quotes_are_no_stances():
    assert candidates("反対車線に飛び出した。") == []
    assert candidates("44.05%(114万7,236人)が反対した。") == []
    assert candidates("反対している議員も多い。") == []
    assert candidates("党は反対していない。") == []
    [c] = candidates("首相は「野党も反対している」と述べた。")
    assert c.text == "「野党も反対している」"


def test_voices_with_nobody_named_or_quoted_are_not_read_as_stances():
    assert candidates("全面的な貿易戦争勃発の懸念が高まっていた。") == []
    assert candidates("会見では批判が相次いだ。") == []
    assert [c.text for c in candidates("ネット掲示板では「ひどい」「最低」など、批判が相次いだ。")] == ["「ひどい」「最低」"]


def test_an_expectation_held_by_those_named_before():
    text = _kenya("を批判している") + _kenya("と期待していたからである")
    claims = candidates(text)
    assert [(c.text, holder_of(c)) for c in claims][-1] == ("首相の権限強化が大統領の権力濫用を抑える", "反対派")
    assert candidates("抗議集団は、より多くのネイティブ・アメリカンが、近い将来彼らを支持してくれるだろうと期待している。")[0].text \
        == "より多くのネイティブ・アメリカンが、近い将来彼らを支持してくれるだろう"


def test_a_reason_an_outlet_gives():
    body = wikinews_claims_body("wn-00198")
    [c] = [c for c in candidates(body) if c.cue == "として…を挙げ"]
    assert c.text == "少子化の影響による教科書販売の低迷や、紙等の原材料費高騰など" and holder_of(c) == "朝日新聞"


def test_those_giving_a_reason_described_are_not_its_teller():
    assert candidates("不払いが増えた理由としてNHKは、一連の不祥事のほかに、支払わない人がいるという不公平感、料金体系の疑問を"
                      "挙げる視聴者もいるという。") == []


def test_an_attitude_taken_with_its_reason_before():
    [c] = candidates("テレビ局はその設備投資の費用が多額になるとして同規格の採用に慎重な姿勢を取っている。")
    assert c.text == "同規格の採用" and holder_of(c) == "テレビ局"
    assert candidates("序盤から積極的な攻めの姿勢を見せた。") == []


def test_a_reaction_to_a_plan_named_before_its_holder():
    sentence = _sentence_with(wikinews_claims_body("wn-02275"), "人文学部各学科は反発し")
    [c] = [c for c in candidates(sentence) if "反発" in c.cue]
    assert c.text.endswith("移転を含むこの構想") and holder_of(c) == "人文学部各学科"
    assert candidates("これに対してイランは反発し、協議は決裂した。") == []


def test_how_firmly_is_no_part_of_the_matter_and_a_time_no_saying():
    [c] = candidates("ネット上のファンは、一様に高島氏に批判的だ。")
    assert c.text == "高島氏" and holder_of(c) == "ネット上のファン"
    assert candidates("とはいえ、贈り物をするときにはだれもが相手の喜ぶ顔は期待しているはず。") == []


def test_an_adverb_closed_by_ni_is_how_an_attitude_is_held_not_its_matter():
    # 非常に, 徹底的に: how it is held; the matter is the noun before (新規事業に), or nothing is named
    assert candidates("ただ、首相は非常に慎重だ。") == []
    assert candidates("同党は徹底的に否定的だ。") == []
    [c] = candidates("トヨタ自動車は新規事業に非常に慎重な姿勢を見せている。")
    assert c.text == "新規事業" and holder_of(c) == "トヨタ自動車"


def test_a_stance_asked_about_or_denied_is_held_by_no_one():
    assert candidates("トヨタ自動車は反対しているわけではない。") == []
    assert candidates("野党は反対しているかどうか明らかでない。") == []
    assert candidates("ブチュタ氏はこのことを否定しているのか。") == []
    assert candidates("野党からは批判が出ていない。") == []  # a voice said not to rise
    assert candidates("住民は反対の声を上げていない。") == []
    [c] = candidates("野党からは批判が出ている。")
    assert holder_of(c) == "野党"
