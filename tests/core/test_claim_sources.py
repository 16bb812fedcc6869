"""Who holds a claim a source or an outlet passes on, on sentences of Japanese Wikinews (CC BY 2.5):
articles outside every gold and the claims gold's tenth development draw. A statement an outlet
reports as someone's is theirs; a country with では and no comma is where something happens, not
who says it; a ministry written after its country is that country's; a body named in brackets is
a source like any other."""

from core.claims.evaluate import same_holder
from tests.core.claim_helpers import candidates, holder_of


def test_a_statement_an_outlet_reports_is_the_speakers():
    text = "BBCは、ニュージーランドのヘレン・クラーク首相が、クーデターを非難する声明を出したと報道した。"
    [c] = candidates(text)
    assert c.text == "クーデターを非難する" and holder_of(c) == "ヘレン・クラーク"
    assert [v["text"] for v in c.via] == ["BBC"]


def test_a_report_the_outlet_makes_itself_stays_the_outlets():
    [c] = candidates("日本経済新聞は、凶器は拳銃2丁だとする情報を伝えた。")
    assert c.text == "凶器は拳銃2丁だ" and holder_of(c) == "日本経済新聞"


def test_what_a_statement_says_before_tosuru():
    text = ("インドの各報道機関によれば、18日、インドのドゥガル内相はロネ教育相の死亡で地震の救援活動が"
            "妨げられることはないとする声明を出した。")
    [c] = candidates(text)
    assert c.text == "ロネ教育相の死亡で地震の救援活動が妨げられることはない" and holder_of(c) == "ドゥガル"
    assert candidates("政府は2030年を目標とする方針を発表した。") == []  # takes as, says nothing


def test_a_country_with_de_wa_is_the_setting_and_the_source_holds():
    text = ("「アムネスティ・インターナショナル」によれば、中国では殺人を始め麻薬犯罪や汚職などの罪にも死刑が"
            "適用されており、死刑執行が昨年1年間で数千人に対して執行された可能性があると報告した。")
    [c] = candidates(text)
    assert holder_of(c) == "アムネスティ・インターナショナル"
    assert [v["text"] for v in c.via] == ["アムネスティ・インターナショナル"]


def test_a_country_set_off_by_a_comma_still_holds_its_view():
    text = "一方産経新聞によると、中華人民共和国では、この民進党の大敗で「総統選へ向けて国民党有利がほぼ固まった」とみて、この結果を歓迎している。"
    found = candidates(text)
    assert found and all(holder_of(c) == "中国" for c in found)


def test_a_statement_quoted_with_its_day_and_place_is_the_quote():
    text = "アメリカ合衆国のジョージ・ブッシュ大統領は5日、テキサス州で「イラクの民主主義にとって大きな成果だ」との声明を明らかにした。"
    [c] = candidates(text)
    assert c.text == "「イラクの民主主義にとって大きな成果だ」" and c.attribution == "direct"


def test_a_ministry_after_a_foreign_country_is_not_japans():
    [c] = candidates("共同通信は、イラン外務省が制裁を非難する声明を出したと伝えた。")
    assert holder_of(c) == "イラン外務省"
    [d] = candidates("18日、パキスタン外務省は、襲撃犯を非難する声明を出した。")
    assert holder_of(d) == "パキスタン外務省"


def test_a_body_named_only_so_matches_itself():
    assert same_holder("当局", "当局")
    assert not same_holder("当局", "政府")


def test_a_paper_named_after_its_kind_holds_and_is_referred_to():
    text = "米紙ニューヨーク・タイムズは13日、北朝鮮が新たな核実験を準備していると報じた。\n同紙は「準備は最終段階にある」と伝えた。\n"
    first, second = candidates(text)
    assert holder_of(first) == "ニューヨーク・タイムズ"  # not 米国, the country before the paper
    assert holder_of(second) == "ニューヨーク・タイムズ"  # 同紙: the paper, not the word 米紙
    [c] = candidates("朝日新聞や読売新聞は総務省がこの方式での運用を了承していると伝えている。")
    assert holder_of(c) == "朝日新聞"  # of two outlets, the first named holds for both


def test_a_country_and_office_is_the_person_named_before_with_it():
    text = "韓国の康京和外相は12日、ソウルで記者会見した。韓国外相は「北朝鮮の挑発は容認できない」と述べた。"
    [c] = candidates(text)
    assert holder_of(c) == "康京和"


def test_a_quote_alone_and_its_speaker_in_the_next_sentence():
    text = "「対話の扉は開いている」。\n岸田文雄外相は10日の記者会見でこう語った。\n"
    [c] = candidates(text)
    assert c.text == "「対話の扉は開いている」" and holder_of(c) == "岸田文雄"
    assert candidates("「対話の扉は開いている」。\n岸田文雄外相は10日、記者会見を開いた。\n") == []


def test_quotes_closed_by_verbs_of_resolve_and_disclosure():
    text = ("JR西日本はこれらと新駅を結びつけることで再開発の効果を最大限に生かすとしており、近藤隆士創造本部長も"
            "「関空と梅田が結ばれると(上述の)大阪駅付近の再開発による経済効果も高まるだけでなく、名実ともに関西の顔となる」"
            "と意欲を見せる。")
    said = [c for c in candidates(text) if c.attribution == "direct"]
    assert len(said) == 1 and holder_of(said[0]) == "近藤隆士"
    for verb in ("と明かす。", "と意欲。"):
        [c] = candidates("麻生太郎財務相は「景気は回復している」" + verb)
        assert c.text == "「景気は回復している」" and holder_of(c) == "麻生太郎"


def test_people_named_by_who_they_are_hold_their_quotes():
    [c] = candidates("群馬県警の調べに対し、男は「生活費を稼ぎたかった」と話している。")
    assert holder_of(c) == "男"
    text = "また、日刊スポーツのインタビューに答えた沢尻さんの母親は「私の口からは(結婚について)いえません」と話した。"
    [d] = candidates(text)
    assert holder_of(d) == "沢尻さんの母親"  # the mother, not her daughter
    [e] = candidates("安倍晋三首相は記者会見した。\n容疑者の妻は「夫は無実だ」と語った。\n")
    assert holder_of(e) == "容疑者の妻"  # not carried over from the sentence before


def test_two_speakers_each_with_a_quote_under_one_verb():
    text = ("中スポによると、香椎さんは妊娠していないというが、「(子供については)私は4人兄弟ですが、彼にお任せします」と、"
            "またオダギリ氏も「私自身は一人っ子ですが、兄弟のよさもありますので、話し合いたい」とそれぞれ話していた。")
    first, second = candidates(text)
    assert first.text.startswith("「(子供については)") and holder_of(first).startswith("香椎")
    assert second.text.startswith("「私自身は") and holder_of(second).startswith("オダギリ")


def test_a_quote_followed_by_its_speaker_set_off_by_a_comma():
    [c] = candidates("「北朝鮮の核保有は認められない」と、韓国の盧武鉉大統領は24日述べた。")
    assert holder_of(c) == "盧武鉉"


def test_a_speaker_right_before_a_quote_after_another_topic_clause():
    text = "総務省は情報の収集を行い、情報セキュリティ会社であるトレンドマイクロも「情報収集をしている」と話している。"
    [c] = candidates(text)
    assert holder_of(c) == "トレンドマイクロ"
    [d] = candidates("ネウパネ会長は、この登山隊は「成功した」と語った。")
    assert holder_of(d) == "ネウパネ"  # the topic set off by a comma still governs


def test_a_name_in_quotes_before_toshite_is_no_statement():
    assert candidates("神奈川新聞によると、阿部さんは「ノリック」として知られ、優勝に輝いた。") == []
    assert candidates("1975年に島田紳助さんとの漫才コンビ「紳助・竜介」として、吉本興業で活躍。") == []
    [c] = candidates("野党は「違憲」として強く反発した。")
    assert c.text == "「違憲」"


def test_kin_and_private_titles_hold_their_quotes():
    text = ("一方、共同通信によると、3月19日に行われた葬儀後に男児の叔母(41歳)が会見し「今回の騒動が起きた際に母親に"
            "連絡すれば何らかの対処はできたはずだ」と学校の対応を批判した。")
    [c] = candidates(text)
    assert holder_of(c) == "男児の叔母"
    [d] = candidates("インフィニティーを管理していた金田調教師は「最後は一番ファンに近い10枠で走ることができてよかった」と語った。")
    assert holder_of(d) == "金田"


def test_a_body_named_in_brackets_as_a_topic_holds_its_statement():
    text = "一方、「オブザーバー」は、記事はモスクワの警察からの情報を正確に載せたもので、他の情報との矛盾はなかったとする声明を出した。"
    [c] = candidates(text)
    assert c.text.startswith("記事は") and holder_of(c) == "オブザーバー"


def test_what_stands_after_the_comma_of_a_quote_is_not_always_its_speaker():
    text = "鈴木容疑者は、「火は付けたが、殺すつもりは無く、脅かすつもりだった」と、殺意については否認しているという。"
    [c] = candidates(text)
    assert holder_of(c).startswith("鈴木")  # 殺意については is what was denied, not who
    [d] = candidates("相模原南署によると、被害にあった女性は、男が無言で襲いかかったといい、「知らない人に刺された」と話している。")
    assert holder_of(d) != "男"  # the man who attacked her is no speaker


def test_a_remark_told_as_a_noun_is_its_speakers_quote():
    text = "東京新聞は、サントリーのビール事業担当の相場康則常務の「七、八月の最需要期が計画通り推移すれば、今年の黒字化が視野に入る」というコメントを伝えた。"
    [c] = candidates(text)
    assert c.text.startswith("「七、八月") and c.attribution == "direct" and holder_of(c) == "相場康則"
    text = "原告らは、石原慎太郎東京都知事の「フランス語は数を勘定できない言葉」という発言によって名誉を傷つけられたとして提訴した。"
    assert any(c.text == "「フランス語は数を勘定できない言葉」" and holder_of(c) == "石原慎太郎" for c in candidates(text))


def test_a_source_named_right_before_a_quote_said_it_unless_it_is_an_outlet():
    text = "京都府警は男を逮捕した。朝日の取材に応えた集英社広報室によると、「誠に遺憾。漫画の文化を守る」と話している。"
    [c] = candidates(text)
    assert holder_of(c) == "集英社広報室"  # not the police of the sentence before
    text = "主催者である愛知県競馬組合の説明によると、「弥富トレーニングセンターで馬体調査をした」としている。"
    [d] = candidates(text)
    assert holder_of(d) == "愛知県競馬組合"
    [e] = candidates("鈴木氏は会見した。朝日新聞によると、「問題ない」と話した。")
    assert holder_of(e).startswith("鈴木")  # a newspaper tells, the one it reports speaks
    [f] = candidates("原辰徳監督は会見した。日刊スポーツによると、「最高のチームをつくりたい」と意欲を語っている。")
    assert holder_of(f) == "原辰徳"


def test_a_quote_whose_opening_mark_was_lost_runs_from_the_sentence_start():
    text = ("シリアのバッシャール・アル=アサド大統領はCNNのインタビューで、シリアは関与していないと主張した。\n"
            "もしシリア国民が関与しているというなら、それは裏切り者とみなされるべきであり、厳罰に処せられるべきである」と大統領は語った。\n")
    quoted = [c for c in candidates(text) if c.attribution == "direct"]
    assert len(quoted) == 1 and quoted[0].text.startswith("もしシリア国民が") and quoted[0].text.endswith("である」")
    assert holder_of(quoted[0]) == "バッシャール・アル=アサド"


def test_the_first_titled_topic_set_off_by_a_comma_governs_the_sentence():
    text = "BBCによれば、バイニマラマ司令官は、この会見で、バイニマラマ司令官を排除しようとしたガラセ首相が、軍との間に緊張を生み出したと述べた。"
    [c] = candidates(text)
    assert holder_of(c) == "バイニマラマ"  # the commander, not the prime minister inside what he said
    [d] = candidates("その後政府は「長崎の教会群とキリスト教関連遺産」として推薦書を提出したと発表した。")
    assert not (holder_of(d) or "").startswith("後")  # 後 belongs to その
