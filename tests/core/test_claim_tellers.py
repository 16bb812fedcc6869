"""Who tells what a sentence reports when its verb says more than its topic, on sentences of Japanese
Wikinews (CC BY 2.5): articles outside every gold and the claims gold's thirteenth development draw.
A report only an outlet makes is the outlet's; a body's own account is the body's; a quote inside a
quote is the one it names, passed on by the speaker; a name cut inside an office word is the name;
同県警 is the prefecture's police named before."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_report_is_the_outlet_that_the_sentence_names_as_its_source():
    text = ("なお河北によると、NHKのFMラジオ放送の電波を使って行う道路交通情報の文字サービス「VICS」は"
            "引き続きサービスを提供すると報じている。")
    [c] = candidates(text)
    assert c.text == "引き続きサービスを提供する" and holder_of(c) == "河北"
    text = ("またNHKがABC(アメリカン放送)のニュースを引用して伝えたところよると、マケイン氏が支持拡大に"
            "つながり勝利し、今後の選挙戦に弾みをつけたと伝えている。")
    assert [holder_of(c) for c in candidates(text)] == ["NHK"]


def test_a_message_told_to_someone_or_an_authoritys_word_stays_theirs():
    text = "中国国営の新華社によると、習主席はトランプ大統領に対し、台湾への武器売却に慎重に対処すべきだと伝えた。"
    assert [holder_of(c) for c in candidates(text)] == ["習近平"]
    text = "ITAR-タス通信によると、ダゲスタンの当局は当初爆発で軍人2人が死亡、3人が負傷したと伝えていた。"
    assert [holder_of(c) for c in candidates(text)] == ["ダゲスタンの当局"]


def test_a_bodys_own_account_is_the_bodys():
    text = ("岡山で死亡した経緯について岡山県警による発表では、小池容疑者は、岡山市北区のマンションで偽名を"
            "用いて2005年からパート従業員の女性と同居していたとした。")
    [c] = candidates(text)
    assert holder_of(c) == "岡山県警"
    text = "調べに対し、稲見容疑者は「しつけのために2人に暴力を加え、死なせた」と供述。"
    assert [holder_of(c) for c in candidates(text)] == ["稲見"]  # the suspect's own verb


def test_a_quote_inside_a_quote_is_the_person_it_names():
    text = ("11月11日に行われた自民党の役員連絡会で、谷垣幹事長は「総理大臣の専権事項だ。\n"
            "安倍総理大臣も『全く考えていない』と言って海外に出かけたので、私からそれ以上、申し上げることは"
            "ない」と述べた。")
    found = candidates(text)
    outer = next(c for c in found if c.text.startswith("「総理大臣"))
    inner = next(c for c in found if c.text == "『全く考えていない』")
    assert holder_of(outer).startswith("谷垣") and holder_of(inner).startswith("安倍")
    assert [v["text"] for v in inner.via] == [holder_of(outer)]
    assert len(candidates("首相は「反対だ」と述べた。")) == 1  # no quote inside: nothing more


def test_a_name_cut_inside_an_office_word_is_the_name():
    text = "11月10日に行った自民党の役員会では、二階総務会長が「谷垣幹事長に状況を説明してほしい」と求めた。"
    [c] = candidates(text)
    assert holder_of(c) == "二階"


def test_the_prefectures_police_named_before():
    text = ("時事通信が神奈川県警の話として伝えたところによると、他の乗客は同県警の誘導によって避難した。\n"
            "共同通信のその後の続報によると、同県警は25日になって、負傷者が11人に増加したことを明らかにした。")
    [c] = candidates(text)
    assert c.text == "負傷者が11人に増加した" and holder_of(c) == "神奈川県警"


def test_own_news_a_source_passes_on_is_the_subjects():
    text = "毎日新聞によると、フジテレビの高島彩アナウンサー(31)が今年12月末で同局を退社することを明らかにした。"
    [c] = candidates(text)
    assert holder_of(c) == "高島彩" and [v["text"] for v in c.via] == ["毎日新聞"]


def test_a_topic_announcing_a_clause_with_its_own_subject_holds_it():
    text = ("時事通信社の3月9日の報道によると、日本スケート連盟は同日、金メダルを獲得した荒川静香選手が、"
            "世界フィギュアスケート選手権大会の出場を辞退したと発表した。")
    [c] = candidates(text)
    assert holder_of(c) == "日本スケート連盟" and c.text.startswith("荒川静香選手が")
    # the subject's own report that the topic passes on stays the subject's
    text = "その後CNNは、USGSが最初の地震のマグニチュードを6.6に修正したことを発表した、と伝えた。"
    [c] = candidates(text)
    assert holder_of(c) != "CNN"


def test_a_prefecture_opening_the_claims_clause_is_the_one_named_before():
    text = ("同社は、福井県内に11基の原発を保有するが、このうちの4基が定期検査中で、同県は安全対策の強化を求め、"
            "これらの原発の再稼働に難色を示していた。")
    found = candidates(text)
    assert found and all(holder_of(c) == "福井県" for c in found)


def test_a_quote_from_people_named_by_a_group_is_theirs():
    text = ("しかし、役員会に出席した一部の人からは、「与党の議席が衆議院で300以上もあるのに、解散する必要があるのか」"
            "と慎重な意見も出ている。")
    [c] = candidates(text)
    assert c.attribution == "direct" and holder_of(c) == "一部の人"


def test_a_statement_named_as_someones_that_an_outlet_passes_on_is_theirs():
    text = "暴風域の広さはハリケーン・カトリーナ以上であり、1993年の台風13号以来であるとの気象庁の警告を朝日新聞は伝えている。"
    [c] = candidates(text)
    assert holder_of(c) == "気象庁" and [v["text"] for v in c.via] == ["朝日新聞"]


def test_a_name_before_a_body_written_in_latin_letters_and_a_title():
    [c] = candidates("清水信英・NOMOクラブ監督は「素直に嬉しい」と語っている。")
    assert holder_of(c) == "清水信英"


def test_a_topic_written_with_an_aside_in_brackets_holds_what_follows():
    text = ("朝日新聞によると、上記の男子高校生について、ウイルスを調べていた国立感染症研究所(感染研)は1日、"
            "新型インフルエンザの感染を否定した。")
    [c] = candidates(text)
    assert holder_of(c) == "国立感染症研究所"
    text = ("在日朝鮮人もこの死去に衝撃を受けており、在日同胞の生活を考える会の金奎一(キム・ギュイル)代表(73)は"
            "「来るべき時がきた」とコメントした。")
    [c] = candidates(text)
    assert holder_of(c) == "金奎一"
    # what an outlet reports of a topic so written stays the outlet's
    text = "読売新聞は、ヤーダブ氏(第2党)は、第3党などの少数政党の票を集めたと報じている。"
    assert [holder_of(c) for c in candidates(text)] == ["読売新聞"]


def test_a_claim_that_opens_with_its_own_topic_is_that_topics():
    text = "産経新聞の2008年5月30日の報道によると、雷句誠さんは自身のブログで小学館との決別を示唆。"
    [c] = candidates(text)
    assert holder_of(c) == "雷句誠" and not c.text.startswith("雷句誠")


def test_a_body_written_as_dou_before_the_claim_is_the_one_named_before():
    text = ("兵庫県警は男を逮捕した。\n読売新聞によると、この手口は、前方の大型トラックに追走するというもので、"
            "同県警では、不正通行は約2年間で460回に及ぶとしている。")
    [c] = [c for c in candidates(text) if c.text.startswith("不正通行")]
    assert holder_of(c) == "兵庫県警"
