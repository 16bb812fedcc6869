"""Reports of disasters and conflicts told through outlets and spokespeople (Japanese Wikinews, CC BY 2.5): two
outlets listed under one verb, a speaker an outlet passes on, admissions, requests, a source's hearsay, a topic
with も over the clause's own subject, the day between と and the verb."""

from tests.core.claim_helpers import candidates, claims_with as _claims, holder_of


def test_two_outlets_listed_under_one_verb_each_tell_their_own_figure():
    text = "AP通信は死者を30人、ロイター通信は35人と伝えた。"
    [first] = _claims(text, "30人")
    [second] = _claims(text, "35人")
    assert holder_of(first) == "AP通信" and "30人" in first.text and "35人" not in first.text
    assert holder_of(second).startswith("ロイター")


def test_an_outlet_written_short_is_the_second_teller():
    text = "AP通信などは、乗客乗員を117名、読売や共同は乗っていたのは109人と伝えている。"
    [second] = _claims(text, "109人")
    assert holder_of(second).startswith("読売") and "117名" not in second.text


def test_figures_of_one_announcement_are_not_split_by_their_matter():
    text = "外務省は、死者は5人、負傷者は20人と発表した。"
    [c] = candidates(text)
    assert holder_of(c) == "外務省" and "5人" in c.text and "20人" in c.text


def test_a_quote_an_outlet_passes_on_is_the_speakers_with_the_outlet_as_via():
    text = ("また「ニュース24」は、ある外交官が、「人々が望まない候補が当選した場合には、問題となりえるだろう」と語り、"
            "投票率の低下を懸念していると報じた。")
    [c] = [c for c in candidates(text) if c.attribution == "direct"]
    assert holder_of(c) == "外交官"
    assert [v["text"] for v in c.via] == ["ニュース24"]


def test_a_view_an_outlet_passes_on_is_held_by_those_it_names_without_their_verb():
    text = "ボストングローブ紙は、サーリーフ候補の批判者は、彼女もまたこの国の荒廃を招いたひとりであり、除けられるべきだと主張していると伝えた。"
    [c] = candidates(text)
    assert holder_of(c) == "サーリーフ候補の批判者"
    assert c.text.startswith("彼女も") and c.text.endswith("べきだ")
    assert c.via and "ボストングローブ" in c.via[0]["text"]


def test_an_outlets_own_quote_stays_the_outlets():
    text = "朝日新聞は「政府の対応は遅い」と報じた。"
    [c] = candidates(text)
    assert holder_of(c) == "朝日新聞"


def test_a_responsibility_admitted_is_a_claim():
    text = "昨年8月、FNLは152人のコンゴ人ツチ族を西ブルンジのガツンバ難民キャンプで虐殺した責任を認めた。"
    [c] = candidates(text)
    assert holder_of(c) == "FNL" and c.text.endswith("虐殺した責任")


def test_a_clause_admitted_against_another_is_a_claim():
    text = ("FNLのパストゥール・ハビマナ報道官はロイター通信に対し、グループがここ数か月に一般人を殺したことは認めたが、"
            "「殺された人々には我々の戦士を毒殺する任務を負って軍から送られてくる人々がいる」と言った。")
    [c] = _claims(text, "一般人を殺した")
    assert holder_of(c) == "パストゥール・ハビマナ"


def test_a_noun_with_its_partner_is_no_report():
    text = "FRODEBUはこの嫌疑を否定したが、グループとの「政治的協力」は認めている。"
    assert not [c for c in candidates(text) if holder_of(c) == "政治的協力"]


def test_a_request_with_youbou_is_a_claim():
    text = "また27日のBBCによれば、イギリス最高裁のコリンズ判事は、滞在許可条件が法的に明らかにされるまで送還を控えるよう要望した。"
    [c] = _claims(text, "送還を控える")
    assert holder_of(c) == "コリンズ"


def test_a_body_named_as_the_source_of_hearsay_holds_it():
    text = ("FNLは、フツ解放党の強硬派らによって出来たグループで、1990年代半ばからブルンジ政府側と戦い、人権団体によれば、"
            "民間人を暴行の矢面に立たせたという。")
    [c] = candidates(text)
    assert holder_of(c) == "人権団体" and c.text == "民間人を暴行の矢面に立たせた"


def test_an_outlets_hearsay_of_an_event_is_no_claim():
    text = "時事通信によると、ゼナニさんはマンデラ氏のひ孫で、コンサートからの帰宅途中に乗っていた乗用車が転覆して死亡したという。"
    assert candidates(text) == []


def test_a_topic_with_mo_set_off_by_a_comma_holds_over_the_clauses_subject():
    text = "ハビマナ報道官もまた、ブルンジ軍が一般人を攻撃したと非難している。"
    [c] = candidates(text)
    assert holder_of(c) == "ハビマナ" and c.text.startswith("ブルンジ軍が")


def test_the_day_between_to_and_the_verb_leaves_the_report_whole():
    text = "遺体の収容はその後も続いており、BBCは、少なくとも37人の死亡者がいると、26日に伝えている。"
    [c] = candidates(text)
    assert holder_of(c) == "BBC" and c.text == "少なくとも37人の死亡者がいる"


def test_a_suspect_opening_the_confession_holds_it_not_the_police_named_before():
    text = "ロンドン警視庁は容疑者を逮捕した。さらに容疑者が11日に予行演習を行い、16日にテロ実行予定であったと供述した。"
    [c] = _claims(text, "予行演習")
    assert holder_of(c) == "容疑者" and c.text.startswith("11日に")


def test_a_confession_with_nobody_named_is_the_suspects_named_before_not_the_outlets():
    text = ("茨城新聞によると、勝又拓哉容疑者が逮捕された。これまでの調べで、犯行に使った車はすでに廃車としてスクラップにし、"
            "凶器も処分したと供述している。")
    [c] = _claims(text, "処分した")
    assert holder_of(c) == "勝又拓哉"


def test_a_body_opening_the_clause_with_de_holds_it():
    text = "警察では前方不注意の可能性があるとみている。"
    [c] = candidates(text)
    assert holder_of(c) == "警察" and c.text == "前方不注意の可能性がある"


def test_a_body_named_as_the_source_tells_an_event_not_a_claim():
    text = "JR西日本などによると、200~300ミリリットルの液体が二重の透明袋に入れられ、網棚に置かれていたという。"
    assert candidates(text) == []


def test_a_court_refusing_is_no_admission():
    text = "小泉首相、国、靖国神社の賠償責任を認めることはできない。"
    assert not _claims(text, "賠償責任")


def test_a_long_setting_of_a_press_conference_between_the_object_and_its_verb():
    text = ("日本経済新聞によると、福岡ソフトバンクの王貞治監督(66歳)が胃の腫瘍のため入院治療を受けることから休養に当てることを"
            "7月5日の福岡ヤフードームでの西武との試合後に開かれた記者会見で明らかにした。")
    [c] = candidates(text)
    assert holder_of(c) == "王貞治" and c.text.endswith("休養に当てる")


def test_information_passed_on_with_tono_is_still_a_report():
    text = "東京新聞によると、負傷者は1万2,500人以上、その内重傷者は2,500人との情報が伝えられている。"
    [c] = candidates(text)
    assert holder_of(c) == "東京新聞"


def test_an_admission_told_in_the_passive_of_a_group_is_none():
    text = "また琴光喜を含め野球賭博への関与を認めたとされる相撲協会員65人に対して厳重注意処分を行うことを決めた。"
    assert not _claims(text, "関与")


def test_the_account_an_outlet_passes_on_after_a_comma_is_theirs():
    text = "毎日新聞は、小爆発を繰り返しながら大通りに墜落したと、目撃者や航空会社の話を伝えている。"
    [c] = candidates(text)
    assert holder_of(c) == "目撃者や航空会社" and [v["text"] for v in c.via] == ["毎日新聞"]


def test_a_second_speaker_after_a_contrast_needs_no_comma():
    text = ("リトビネンコ氏の父親は、息子が生前イスラム教式の葬儀を希望していたと語ったが、"
            "故人の友人はその希望には大きな留保がついていたと話している。")
    first, second = candidates(text)
    assert holder_of(first) == "リトビネンコ氏の父親" and "留保" not in first.text
    assert holder_of(second) == "故人の友人" and second.text == "その希望には大きな留保がついていた"


def test_kin_who_went_somewhere_before_speaking_hold_the_quote():
    text = "その後28日午前になって孫が千住署を訪ねて「祖父は30年前に部屋に引きこもった。以後一度も姿を見ていない」と明かした。"
    [c] = candidates(text)
    assert holder_of(c) == "孫"


def test_a_spokesperson_set_off_by_a_comma_speaks_over_the_figures_matter():
    text = "また報道担当者は、事故による死亡者は39名、生存者は59名と語った。"
    [c] = candidates(text)
    assert holder_of(c) == "報道担当者" and c.text.startswith("事故による死亡者は")


def test_one_of_some_is_no_part_of_the_holders_name():
    text = "ある職員は「もうだめかと思っていたので良かったです」と話した。"
    [c] = candidates(text)
    assert holder_of(c) == "職員"


def test_a_position_after_a_contrast_is_held_by_the_topic_the_sentence_turns_to():
    text = ("イギリス内務省は、亡命申請が拒否されたイラク系クルド人20人を、難民センターからイラク北部へ強制送還する計画を"
            "発表したが、これに対して、イギリスにいる難民グループや支援機関、司法関係者は懸念を示している。")
    [c] = _claims(text, "懸念")
    assert holder_of(c) == "司法関係者"


def test_one_official_and_another_each_give_their_figure():
    text = "CNN=ロイターによると、ある地元当局者は1,400人、別の地元当局者は1,000人が行方不明と語った。"
    first, second = candidates(text)
    assert first.text == "1,400人" and second.text == "1,000人が行方不明"
    assert holder_of(first) == holder_of(second) == "地元当局者"


def test_a_second_report_after_a_comma_keeps_its_matter_whole():
    text = "指導者たちは、大統領の弾劾は議会の焦点となるとみており、議員はそのような状況を回避すべきだとしている。"
    assert [c.text for c in candidates(text)] == ["大統領の弾劾は議会の焦点となる", "議員はそのような状況を回避すべきだ"]


def test_a_quote_an_outlet_tells_was_said_at_a_press_conference_is_the_speakers():
    text = ("毎日新聞は、Jリーグ・鬼武健二チェアマンは会見で「(けが人が出た事を重く見て)会場が危険だという印象を与えて"
            "しまった」と話したことを伝えた。")
    [c] = candidates(text)
    assert holder_of(c) == "鬼武健二" and [v["text"] for v in c.via] == ["毎日新聞"]


def test_what_doctors_told_an_outlet_is_theirs():
    text = "ロイター通信社報道局は、現場にいた複数の医師が、負傷者の多くは危険な状態にあると語っていると伝えた。"
    [c] = candidates(text)
    assert holder_of(c).endswith("医師") and c.text == "負傷者の多くは危険な状態にある"


def test_a_survey_share_is_no_holder_the_people_it_counts_are():
    text = "調査では、9割以上の男性が「妻の料理が一番」と回答している。"
    [c] = candidates(text)
    assert holder_of(c) == "男性"


def test_a_bare_share_is_held_by_the_people_asked():
    text = "20代の男性500人に聞いたところ、74.1%が「結婚したい」と答えた。"
    [c] = candidates(text)
    assert holder_of(c) == "20代の男性"


def test_a_broadcaster_named_in_brackets_with_its_latin_name_reports():
    text = "ブルンジの「ラジオ・ピュブリク・アフリカン」(RadioPublicAfrican)は、ブバンザ県で3箇所の墓群が発見されたと報道した。"
    [c] = candidates(text)
    assert holder_of(c) == "ラジオ・ピュブリク・アフリカン" and c.text.startswith("ブバンザ県")


def test_the_people_a_survey_was_given_to_hold_its_answer():
    text = "「草食男子はどう思う？」というアンケートをギャル約2万人に行った所、74.1%が「キライ！」と回答したことが明らかになりました。"
    [c] = candidates(text)
    assert holder_of(c) == "ギャル"


def test_he_for_a_man_never_named_is_the_man():
    text = "その男は警察に連行された。彼は「何もしていない」と述べた。"
    [c] = candidates(text)
    assert holder_of(c) == "男"


def test_he_is_never_a_woman_written_before():
    text = "ある女性が駅で倒れた。彼は「胸が苦しかった」と話した。"
    [c] = candidates(text)
    assert holder_of(c) is None


def test_a_quote_from_an_advisory_body_is_its_not_the_review_the_sentence_is_about():
    text = ("NHKによると、今回の富士山の世界文化遺産登録審査は最初にユネスコの諮問機関から「富士山は世界遺産に登録する"
            "ことがふさわしいが、三保の松原は除外すべき」と勧告。")
    [c] = candidates(text)
    assert holder_of(c) == "諮問機関"


def test_a_crowds_cheer_is_no_claim():
    text = "登録が決まるとお祝いの久寿玉を割るとともに、「おめでとう」などの歓声が沸きあがった。"
    assert candidates(text) == []
