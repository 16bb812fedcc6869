"""Statements of diplomacy and politics news no rule read before: an admission (…ことを認めた), an urging
(…を促した), a sentiment expressed (遺憾の意を表した), the one who takes a position named between its object and
its verb, a connective glued to a topic (また報道官は), and a topic inside what was said (Japanese Wikinews, CC BY 2.5)."""

from tests.core.claim_helpers import candidates, claim_with as _claim, holder_of


def test_an_admission_is_a_claim_of_who_admits():
    text = "ニュースサイトによると、9日、ブラッシュ党首は、何度かこの教団のメンバーと会ったことを認めた。"
    c = _claim(text, "会った")
    assert holder_of(c) == "ブラッシュ"


def test_a_right_granted_is_no_admission():
    text = "裁判所は原告の請求を認めた。"
    assert not [c for c in candidates(text) if "請求" in c.text]


def test_an_urging_is_a_claim():
    text = "気象庁は、日照時間が不足しているとして、注意を促している。"
    assert any("注意" in c.text and holder_of(c) == "気象庁" for c in candidates(text))


def test_regret_expressed_by_the_minister_after_the_government_acted():
    text = ("共同通信によると、日本政府は27日夜に首相官邸に情報連絡室を設置、北沢俊美防衛大臣が記者会見で遺憾の意を"
            "表したほか、榛葉賀津也防衛副大臣を現地に派遣。")
    c = _claim(text, "遺憾の意")
    assert holder_of(c) == "北沢俊美"


def test_a_clause_subject_before_the_object_is_not_who_takes_the_position():
    text = ("読売新聞によると、WHOのケイジ・フクダ事務局長補代理は4月29日の記者会見において、この新型インフルエンザが"
            "収束する兆しがない認識を示した。")
    c = _claim(text, "兆しがない")
    assert "インフルエンザ" not in holder_of(c)


def test_the_one_named_between_the_object_and_the_verb():
    text = ("共同通信によれば、6月のワールドカップには、統一チームで参加することをセルビア・モンテネグロ・サッカー協会の"
            "カラジッチ会長が22日、明らかにした。")
    c = _claim(text, "統一チーム")
    assert holder_of(c) == "カラジッチ"


def test_a_welcome_by_those_named_with_mo():
    text = "NHKによると、三保の松原を含む富士山の世界遺産登録を地元も歓迎しており、職員らが中継を見守った。"
    c = _claim(text, "世界遺産登録")
    assert holder_of(c) == "地元"


def test_a_connective_glued_to_a_bare_title_is_not_the_holder():
    text = ("アメリカ国務省ショーン・マコーマック報道官は23日の記者会見で「我々は祝意を表する」と答えた。\n"
            "また報道官は「合衆国は賛意を表する」と述べた。")
    c = _claim(text, "賛意")
    assert holder_of(c) == "ショーン・マコーマック"


def test_a_topic_inside_what_was_said_does_not_speak_the_next_quote():
    text = ("アメリカ国務省ショーン・マコーマック報道官は「我々は祝意を表する」と述べ、国民投票は承認されるであろうとの"
            "考えを示した上で「次に我々が求めるのは、両方が乗り越えていくこと」と付け加えた。")
    c = _claim(text, "次に我々")
    assert holder_of(c) == "ショーン・マコーマック"


def test_a_view_shown_at_a_press_conference():
    text = "くらまの火災原因として北沢防衛大臣は、艦首付近にあるペンキ缶の倉庫が燃えた可能性があるという見解を会見で示した。"
    c = _claim(text, "ペンキ缶")
    assert holder_of(c) == "北沢俊美"  # 防衛大臣 is the registry's 防衛相: the defence minister the title names


def test_a_quote_whose_bracketed_speaker_is_the_sentence_subject():
    text = "最終的に世界遺産認定が決定すると「もうだめかと思っていたので良かったです」(ある職員)が安どの笑みを見せていた。"
    c = _claim(text, "良かった")
    assert holder_of(c) == "職員" and c.attribution == "direct"  # ある (one of them) is no part of who it is


def test_a_name_in_brackets_with_its_short_form_is_no_quote():
    text = "フツ族過激派グループ「解放のための国民軍」(通称FNL)が、300人を殺害したと地元の報道機関が報じた。"
    assert not [c for c in candidates(text) if c.text == "「解放のための国民軍」"]


def test_a_person_pointed_back_to_is_the_one_named_before():
    text = ("ニュージーランドの「スクープ」紙は、15日の社説で、ある教団関係者の発言を伝えた。\n"
            "この関係者は党首に対し「あなたのために祈っています」と語ったという。")
    c = _claim(text, "祈って")
    assert holder_of(c) == "教団関係者"


def test_views_raised_by_those_named():
    text = "三保の松原についても、委員各国から除外についての異論もあったことから、登録に加えられることが決まった。"
    c = _claim(text, "除外")
    assert holder_of(c) == "委員各国"


def test_cheers_and_counted_views_are_no_claims():
    assert not candidates("登録が決まると通行人から歓声が上がった。")
    assert not candidates("これに対して同庁には全国から約600件の意見が寄せられた。")


def test_a_view_raised_is_not_carried_to_the_next_speaker():
    text = ("これに対して同庁には全国から巡査長の行為を支持する意見が寄せられた。\n"
            "同庁人事1課の課長は「違法に拳銃を向けた事は重くみざるを得ない」と述べた。")
    c = _claim(text, "拳銃")
    assert holder_of(c) != "全国"


def test_a_crowds_noise_is_no_view():
    assert not candidates("一気に女性ファンからの悲鳴にも似た黄色い歓声が上がった。")
    assert not candidates("会場からはどよめきの声があがっていた。")


def test_a_view_some_of_a_group_hold():
    text = "自殺は大きな議論を呼び起こしており、中東専門家のなかにはカナン内相がスケープゴートとして殺されたと示唆する者もいる。"
    c = _claim(text, "スケープゴート")
    assert holder_of(c) == "中東専門家"
