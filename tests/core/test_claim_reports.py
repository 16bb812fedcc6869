"""Claims told through an outlet and claims told without a quotative verb, on sentences of Japanese
Wikinews (CC BY 2.5): articles outside every gold draw, and the claims gold's seventh development
draw. An outlet that tells what someone said leaves the claim to the speaker; a sentence that only
names who reported gives the sentence before to the outlet; requests (…よう求めた), positions told as
a noun (…する考え。), quotes a sentence announces (次のように語った。「…」), groups of countries."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_sentence_that_only_names_the_outlet_gives_it_the_sentence_before():
    text = "過半数を得票する見込みの候補者がいないことから、決選投票が行われることが確実となった。\n17日のBBCなどが伝えた。\n"
    [c] = candidates(text)
    assert c.text.endswith("決選投票が行われることが確実となった") and holder_of(c) == "BBC"
    text = ("パリ市南部の8階建てアパートで火災が発生し、子供14人を含む17人が死亡した。\n複数のメディアが報じた。\n")
    [d] = candidates(text)
    assert d.text.endswith("17人が死亡した") and holder_of(d) == "複数のメディア"


def test_a_sentence_with_claims_of_its_own_keeps_them():
    said = "石黒さんは宮崎駿さんを評価し、空気、風を描く天才、詩をあわせる天才だと語った。\n"
    alone, told = candidates(said), candidates(said + "読売新聞が伝えた。\n")
    assert [(c.text, holder_of(c)) for c in told] == [(c.text, holder_of(c)) for c in alone]
    assert alone and all(holder_of(c) == "石黒" for c in alone)


def test_what_an_outlet_tells_someone_said_is_the_speakers_claim():
    [c] = candidates("選管のモリス委員長は決選投票は11月8日に行われると語った、とBBCは伝えた。")
    assert c.text == "決選投票は11月8日に行われる" and holder_of(c) == "モリス"
    assert [v["text"] for v in c.via] == ["BBC"]
    [d] = candidates("BBCは、選挙監視団が、今回の選挙の実施並びに選挙において暴力行為が行われなかったことを賞賛したと伝えた。")
    assert d.text == "今回の選挙の実施並びに選挙において暴力行為が行われなかった"
    assert holder_of(d) == "選挙監視団" and [v["text"] for v in d.via] == ["BBC"]


def test_an_outlets_own_report_stays_the_outlets():
    [c] = candidates("ロイター通信やBBCは、決選投票に向けて、2候補が他の候補への選挙協力を求める模様であると伝えている。")
    assert holder_of(c) in ("ロイター", "ロイター通信", "BBC")


def test_a_request_told_with_you():
    [c] = candidates("また日本経済新聞、毎日新聞によると、金融庁は同日、国内で営業している全証券会社287社に対して"
                     "発注システムと業務の一斉点検を、1月20日までに行うよう要請した。")
    assert c.text.endswith("1月20日までに行うよう") and holder_of(c) == "金融庁"
    text = "一方、日本政府には、「核兵器廃絶への指導的役割」を果たすように求めた。"
    [d] = candidates(text)
    assert d.text == "「核兵器廃絶への指導的役割」を果たすように" and d.attribution == "mixed"


def test_a_request_only_expected_is_no_claim():
    assert candidates("会談で神崎代表は、衆議院の解散を避けるよう求めると見られる。") == []


def test_a_quote_the_sentence_before_announces():
    text = ("ロイター通信とのインタビューにこたえ、台湾の行政院衛生署疾病管制局の蘇益仁局長は、次のように語った。\n"
            "「ロシュ社との交渉では最善を尽くしてきました……。\nロシュ社の特許には恩恵を感じています」\n")
    [c] = candidates(text)
    assert c.text.startswith("「ロシュ社との交渉") and c.text.endswith("」") and c.attribution == "direct"
    assert "蘇益仁" in holder_of(c)


def test_a_position_told_as_a_noun_closing_the_sentence():
    text = ("読売新聞によると、国際連合のアナン事務総長は、両軍の戦闘停止を目的とする大規模な国際部隊の構想を示しており、"
            "欧州連合のバローゾ委員長も支持する考え。")
    found = [c for c in candidates(text) if c.cue == "考え"]
    assert [(c.text, holder_of(c)) for c in found] == [("支持する", "バローゾ")]


def test_groups_of_countries_speak():
    [c, raised] = candidates("6カ国は地域協定が京都議定書より公平でかつより効果的であると信じているが、環境保護団体からは批判が出ている。")
    assert c.text == "地域協定が京都議定書より公平でかつより効果的である" and holder_of(c) == "6カ国"
    assert raised.text == "批判が出ている" and holder_of(raised) == "環境保護団体"  # a voice saying only a stance
    [d] = candidates("これに対しヨーロッパ各国も支持を表明している。")
    assert d.text == "支持" and holder_of(d) == "ヨーロッパ各国"


def test_what_is_asked_for_with_mo_and_who_asks_with_mo():
    [c] = candidates("伊藤市長は平和宣言を読み上げた。また、国内外の被爆者の援護と心の面での支援の充実も要請した。")
    assert c.text == "国内外の被爆者の援護と心の面での支援の充実" and holder_of(c) == "伊藤"
    assert [c.text for c in candidates("米国も強く批判した。")] == []


def test_a_name_with_a_kana_given_name():
    [c] = candidates("「平和への誓い」では、被爆者代表の坂本フミヱさんが「長崎を最後の被爆地に」と呼びかけた。")
    assert c.text == "「長崎を最後の被爆地に」" and holder_of(c) == "坂本フミヱ"


def test_with_whom_is_no_quotation():
    [c] = candidates("同議会はまた、45日以内にモンテネグロとの間で分割のための実務を行うように求めた。")
    assert c.text == "45日以内にモンテネグロとの間で分割のための実務を行うように"


def test_a_report_with_no_subject_is_the_last_outlets_and_the_speaker_goes_on():
    text = ("中国国際放送によると、朝鮮民主主義人民共和国(略:北朝鮮)のパク・トクフン(朴徳勲)国連次席大使は、記者団に対し、"
            "「宇宙を平和利用する権利は、どの国にもある」と述べた。\n"
            "これは、北朝鮮が主張する人工衛星の打ち上げを行ってから、初めて北朝鮮が公の場で立場を表明したものだったと伝えた。\n"
            "毎日新聞と中日新聞によると、「安保理が何らかの対応をすれば、それは主権の侵害であり、我々は強い必要な対抗手段をとる」と述べた。\n")
    first, told, again = candidates(text)
    assert holder_of(first) == holder_of(again) == "パク・トクフン"
    assert told.cue == "伝えた" and holder_of(told) == "中国国際放送"


def test_a_day_between_the_report_and_who_reported():
    [c] = candidates("国際連合が先月末行ったマラウイへの飢餓対策支援の呼びかけに、現在応じている国はひとつもないと8日、国連が発表した。")
    assert c.text.endswith("現在応じている国はひとつもない") and c.holder_entity_id == "org:united-nations"


def test_a_verb_inside_an_open_quote_reports_nothing():
    text = "更に朝日新聞によると、国際サッカー連盟(FIFA)のブサッカ審判員長は「審判は公正だと信じなくてはならない。"
    assert candidates(text) == []


def test_a_country_written_as_a_setting_gives_way_to_its_ministers():
    text = ("毎日新聞によると特にイタリアでは、プローディ政権の閣僚が、中東の不安定の要因を作っているとして"
            "イスラエルやアメリカを批判するなど、前ベルルスコーニ政権とは様変わりしている。")
    [c] = candidates(text)
    assert holder_of(c) == "プローディ政権の閣僚"


def test_a_name_in_brackets_after_what_it_is_holds():
    text = "バチカンは言葉を公開した。カトリック系のニュースサイト「カトリック・ニュースサービス」はこの言葉を祈りだとしている。"
    [c] = candidates(text)
    assert c.text == "この言葉を祈りだ" and holder_of(c) == "カトリック・ニュースサービス"


def test_an_outlet_that_reports_what_insiders_say_holds_its_report():
    [c] = candidates("米紙ウォールストリート・ジャーナル(電子版)はYahoo!が拒否方針であると関係者の話として報じている。")
    assert c.text == "Yahoo!が拒否方針である" and "ウォールストリート・ジャーナル" in holder_of(c)


def test_outlets_that_reported_this():
    text = ("アメリカでインターネット検索の大手Yahoo!は、Microsoft社から受けていた買収提案を拒否する意向であることが9日に分かった。\n"
            "時事通信・ロイター・毎日新聞・ITmediaなどがこれを伝えた。\n")
    [c] = candidates(text)
    assert c.text.endswith("9日に分かった") and holder_of(c) == "時事通信"


def test_a_declaration_that_is_an_act_is_no_claim():
    assert candidates("同国は6月4日に独立を宣言した後国連に加盟を申請した。") == []
    [c] = candidates("同国は、旧国家の継承国家であることを宣言した。")
    assert c.text == "旧国家の継承国家である"


def test_tong_and_a_bodys_word_points_back_to_the_body_named_with_it():
    text = ("両報道によると、熊野地方森林組合は、地元住民から要望を受け、伐採したとしている。\n"
            "産経新聞によると、同森林組合は、「世界遺産のエリアであるという認識が無かった。\n確認不足だった」と釈明。\n"
            "同県教委は、「現状復帰も困難。\n今後については、相談したい」と述べている。\n")
    first, excuse, board = candidates(text)
    assert holder_of(first) == holder_of(excuse) == "熊野地方森林組合"
    assert [v["text"] for v in excuse.via] == ["産経新聞"]
    assert holder_of(board) == "県教委"


def test_an_organisation_written_with_de_wa_holds_what_its_clause_says():
    text = "AUではスーダン政府が村や難民キャンプの攻撃を続けていると非難している。"
    [c] = candidates(text)
    assert c.text.startswith("スーダン政府が") and c.holder_entity_id == "org:african-union"


def test_tong_and_a_bodys_character_points_back_to_the_last_body_of_that_kind():
    text = ("読売新聞が警視庁の話として伝えたところによると、男性は会社員と見られている。\n"
            "乗客は安全バーによって胴体部分を固定するが、同庁は、この男性が大柄だったため、十分に固定されていなかった"
            "可能性があると見ており、係員らから事情を聴いている。")
    [c] = [c for c in candidates(text) if "固定" in c.text]  # the first line is the paper's judgement, through its source
    assert holder_of(c) == "警視庁"


def test_company_officers_speak_and_the_first_of_two_quotes_is_said_too():
    text = ("時事通信によると、東京ドームの北田英一専務らが1月30日会見し、「転落したお客様らに哀悼の意を表してお詫び申し上げる」と謝罪した。")
    [c] = candidates(text)
    assert holder_of(c) == "北田英一"
    text = ("神戸学院大学の上脇博之教授は東京新聞の取材に対し「解散直前の資金移動は返還逃れで、政党助成法の趣旨に反する」"
            "としたうえで「公金の私物化にほかならない」と指摘している。")
    assert [holder_of(c) for c in candidates(text)] == ["上脇博之", "上脇博之"]


def test_what_is_told_as_well_ends_before_koto():
    [c] = candidates("ヨコハマ経済新聞は、同ビールが4月12日から横浜タカシマヤで先行販売されることも伝えた。")
    assert c.text == "同ビールが4月12日から横浜タカシマヤで先行販売される" and holder_of(c) == "ヨコハマ経済新聞"


def test_an_official_an_outlet_quotes_after_the_report_holds_it():
    [c] = candidates("産経新聞は、死者数が4万人に達する恐れがあると国連当局者が発言したと伝えた。")
    assert c.text == "死者数が4万人に達する恐れがある" and "国連" in holder_of(c)
    assert [v["text"] for v in c.via] == ["産経新聞"]


def test_the_second_report_of_a_sentence_names_its_own_speaker():
    text = ("しかし、マクドナルド中国法人の広報担当は、納入業者を変更しており、商品の提供が限定される可能性があると明らかにしており、"
            "実際、上海市内にあるマクドナルド店舗の店長は、フィッシュも残り少なくなっていると語った。")
    first, second = candidates(text)
    assert holder_of(first) == "マクドナルド中国法人の広報担当"
    assert second.text == "フィッシュも残り少なくなっている" and holder_of(second).endswith("店舗の店長")


def test_a_chief_executive_with_an_aside_and_a_second_office():
    text = "OSIグループのシェルダン・ラビン最高経営責任者(CEO)兼会長は上海市で記者会見し「心から謝罪する」として、再発防止策を図る考えを示した。"
    assert {holder_of(c) for c in candidates(text)} == {"シェルダン・ラビン"}


def test_a_surname_is_the_person_named_in_full_before_not_a_namesake():
    text = ("韓国政府の発表によればシン･ウンサン統一相は会見した。\n"
            "シン統一相はさらに声明の中で「双方で合意した試験運行を北が一方的に延期したことは大変遺憾に思う」と述べた。\n")
    [c] = candidates(text)
    assert holder_of(c).startswith(("シン･ウンサン", "シン・ウンサン"))


def test_a_minister_named_before_the_ministry_and_office():
    text = ("朝鮮日報によると大韓民国の潘基文(パン・ギムン)外交通商部長官は大島正太郎・駐韓日本大使に対し、"
            "「韓国政府は挫折感さえ覚えている」と述べた。")
    [c] = candidates(text)
    assert holder_of(c) == "潘基文" and [v["text"] for v in c.via] == ["朝鮮日報"]


def test_the_prime_ministers_side_is_the_prime_minister():
    text = "小泉純一郎首相は17日、靖国神社に参拝した。\nNHKによれば首相側は公式なものではないとしている。\n"
    [c] = candidates(text)
    assert c.text == "公式なものではない" and holder_of(c) == "小泉純一郎"


def test_a_name_given_and_topics_joined_are_no_claims():
    assert candidates("中国では19日から21日までの3日間を「哀悼日」とし、聖火リレーも一時中断される。") == []
    assert candidates("ミュンテフェリング党首はゲアハルト・シュレーダー連邦首相とSPDの大きな成功について語った。") == []


def test_what_someone_is_called_is_said():
    text = ("アメリカ合衆国の外交官リチャード・ホルブルックはBBCに対して、カラジッチを「世界最悪の人物の一人、"
            "ヨーロッパのビンラディン」と呼び、「カラジッチ被告なくして虐殺は成り立たなかった」と話した。")
    assert [c.text[:5] for c in candidates(text)] == ["「世界最悪", "「カラジッ"]


def test_heads_of_bureaus_with_their_name_in_latin_letters():
    text = ("台湾の行政院衛生署疾病管制局の蘇益仁(SuIh-jen)局長は、次のように語った。\n"
            "「ロシュ社との交渉では最善を尽くしてきました」\n")
    [c] = candidates(text)
    assert holder_of(c) == "蘇益仁"


def test_the_second_report_by_the_countrys_minister():
    text = ("エジプト当局は、324人が救助され185人が死亡したと発表したほか、同国運輸相は、事故原因は不明だが"
            "救命ボートの数は足りていたはずだと述べた。\n一方海運会社側は、船は安全基準を満たしていると述べたという。\n")
    announced, minister, company = candidates(text)
    assert holder_of(announced) == "エジプト当局" and holder_of(minister) == "エジプト"
    assert minister.text.startswith("事故原因は") and holder_of(company) == "海運会社側"


def test_a_word_that_holds_ha_inside_is_no_topic():
    text = "タディッチ大統領は、民主国家としてモンテネグロと対話をはじめることを強調した。"
    [c] = candidates(text)
    assert c.text == "民主国家としてモンテネグロと対話をはじめる"


def test_an_outlet_after_the_day_passes_on_a_statement_of_the_ministry():
    text = "18日、パキスタンの通信社パクトリビューンは、パキスタン外務省スポークスマンが襲撃犯を非難する声明を出したと伝えた。"
    [c] = candidates(text)
    assert c.text == "襲撃犯を非難する" and holder_of(c) == "パキスタン外務省"  # Pakistan's, not Japan's 外務省
    assert [v["text"] for v in c.via] == ["パクトリビューン"]


def test_a_newspaper_a_source_names_reports_what_a_government_does():
    text = "また産経新聞によると、日本政府はさらに来年、「明治日本の産業革命遺産」の世界遺産登録を目指していると報じている。"
    [c] = candidates(text)
    assert holder_of(c) == "産経新聞"


def test_a_site_named_in_brackets_with_others_holds_after_another_outlet():
    text = ("報道期間各社は、生存者はいない模様であると伝えた。\n"
            "ドイツのニュースサイト「ネットツァイトゥング」他は、墜落した機体はオヨ近くで発見されたと伝えている。\n")
    assert [holder_of(c) for c in candidates(text)] == ["報道期間各社", "ネットツァイトゥング"]


def test_an_outlet_after_its_day_is_the_outlet():
    text = ("国際連合(国連)によると、世界食料計画(WFP)は20日、マラウイへの食糧支援を重ねて要請した。\n"
            "20日の国連ニュースは、マラウイでの旱魃はこの10年で最悪のものであるとしている。\n")
    asked, told = candidates(text)
    assert told.text == "マラウイでの旱魃はこの10年で最悪のものである" and holder_of(told) == "国連ニュース"


def test_a_document_holds_what_it_provides():
    text = ("鳥取県議会は12日、人権救済条例を可決した。\n"
            "この条例では、人権救済機関となる委員会を設置するとしている。\n"
            "昨年12月、県が議会に提出した条例案を継続審議とし、修正したものを提出した。\n")
    [c] = candidates(text)
    assert c.text == "人権救済機関となる委員会を設置する" and holder_of(c) == "条例"


def test_who_a_quote_came_from_in_the_passive():
    text = "その後タレントのやしきたかじんさんから「今しかないからいけ」と言われ今回の立候補に踏み切った。"
    [c] = candidates(text)
    assert holder_of(c).endswith("やしきたかじん")


def test_who_a_quote_came_from_in_the_passive_with_a_topic_particle():
    # livedoor news (CC BY-ND 2.1 JP, NHN Japan): からは「…」と批判される, からも「…」と評価される
    text = ("同発言を受け、野党の韓国民主党からは「連鎖的な核武装は半島絶滅の危機を呼び、さらには日本の核武装にもつながる"
            "危険な発想」と批判されるなど議論を巻き起こしている。")
    [c] = candidates(text)
    assert holder_of(c).endswith("韓国民主党")
    text = "視察したなでしこジャパンの佐々木則夫監督からも「姿勢がいい」と評価されるなど、父親譲りの資質を垣間見せていた。"
    [c] = candidates(text)
    assert holder_of(c).endswith("佐々木則夫")  # the whole name, 々 and all
    text = ("公式サイトに「ポイントをおさえたキュートなミシン」とあることからも「たしかにキュート！」「いままでにない！」など"
            "ネット上で多くコメントが寄せられている。")
    assert all(holder_of(c) != "とあること" for c in candidates(text))  # a reason, nobody's words


def test_a_verb_that_describes_a_noun_takes_no_position():
    assert candidates("ビデオメッセージは約10分間で、象徴天皇としてのお務めに関する考えを示す内容となる見込み。") == []


def test_an_outlet_names_its_source_with_toshite():
    text = "産経新聞は、アルジャジーラによるとして、軍が政府機関の建物を包囲しているが、武力衝突は起きていない模様と伝えた。"
    [c] = candidates(text)
    assert c.text.startswith("軍が") and holder_of(c) == "産経新聞"


def test_people_and_bodies_named_with_ga_speak():
    [c] = candidates("フランス電力公社(EDF)が23日、原子力発電所で放射能が漏れ、作業員約100人が被曝したことを発表したという。")
    assert holder_of(c) == "フランス電力公社"
    text = ("ロイター通信はプカルパの警察官がRPPラジオに対し「40名ほどの遺体を発見し収容した」と語ったと伝えた。")
    [d] = candidates(text)
    assert holder_of(d) == "警察官"


def test_a_passenger_speaks_after_an_outlet():
    text = ("AP通信によれば、乗客を名乗る複数の人物が、電話でラジオ局に現場の状況を伝えている。\n"
            "ある乗客は20人以上の負傷者がおり、火傷したものや骨折したものがいると伝えた。\n")
    [c] = candidates(text)
    assert c.text.startswith("20人以上の負傷者") and holder_of(c) == "乗客"


def test_the_speaker_an_outlet_reports_holds_each_of_their_quotes():
    text = ("また3日のAGI通信は、ベルルスコーニ首相が「誰にでも思ったことをいう権利がある」と論評し、"
            "「総裁が改革案を了承したことが大事だ」と発言したと伝えた。")
    assert [holder_of(c) for c in candidates(text)] == ["ベルルスコーニ", "ベルルスコーニ"]


def test_one_of_a_group_and_a_copula_before_a_body():
    [c] = candidates("また、政府関係者の一人は「現行の皇室典範でも対応可能」としている。")
    assert holder_of(c) == "政府関係者"
    [d] = candidates("日本･台湾間の窓口機関である交流協会は、現在のところ負傷したとの情報はないとしている。")
    assert holder_of(d) == "交流協会"


def test_newspapers_named_in_brackets_before_shi():
    text = ("3日のロイターによれば、イタリアの新聞「コリエーレ・デッラ・セーラ」「ラ・レプブリカ」紙は、"
            "政府の提示した改革案に対し、「政府、ファツィオ総裁を助ける」と批判していた。")
    [c] = candidates(text)
    assert holder_of(c) == "ラ・レプブリカ"


def test_a_position_stated():
    [c] = candidates("ティモシェンコ前首相は、来年3月のウクライナ議会選では、大統領の率いる政党とは連合しない意向を述べた。")
    assert c.text == "大統領の率いる政党とは連合しない意向"


def test_a_member_of_parliament_with_a_second_office_in_a_body():
    text = "共産党の佐々木憲昭衆議院議員・衆院国会対策副委員長は「判決は当然だと思う」と話した。"
    [c] = candidates(text)
    assert holder_of(c) == "佐々木憲昭"


def test_an_outlet_that_observes_holds_what_it_observes():
    text = "これに対してイランは反発した。\n日本経済新聞などはウラン濃縮を行う可能性も示唆していると観測している。\n"
    [c] = candidates(text)
    assert c.text == "ウラン濃縮を行う可能性も示唆している" and holder_of(c) == "日本経済新聞"


def test_a_body_named_with_mo_before_its_position():
    [c] = candidates("南部で大きな人口をもつヌエル人の団体も不満を表明している。")
    assert c.text == "不満" and holder_of(c) == "ヌエル人の団体"


def test_the_outer_verb_takes_the_clause_the_inner_verb_closes():
    [c] = candidates("同連合は、閣僚に指名された2人のヌエル人が就任を拒否したことを評価した。")
    assert c.text == "閣僚に指名された2人のヌエル人が就任を拒否した" and c.cue == "を評価"


def test_the_press_is_no_verb_of_report():
    [c] = candidates("「とても悲しい。まるで孤児になったような気がする」とある支持者は報道陣に語った。")
    assert c.cue == "語った" and holder_of(c) == "ある支持者"


def test_the_outlet_opening_the_sentence_over_the_topic_of_its_report():
    [c] = candidates("発生から2日が経った19日のBBCNewsは、死者は550人を超える模様と報道した。")
    assert c.text == "死者は550人を超える模様" and holder_of(c) == "BBCNews"


def test_a_quote_then_an_object_of_the_same_verb():
    text = "同新聞によると、フラトー副報道官は14日に「中国当局はチベットの文化を尊重しなければならない」と「遺憾の意」を表明した。"
    assert [c.text for c in candidates(text)] == ["「中国当局はチベットの文化を尊重しなければならない」", "「遺憾の意」"]


def test_with_this_as_the_first_is_no_claim():
    assert candidates("両紙をはじめとし、報道機関は税制についての公約の違いに注目している。") == []


def test_a_person_after_their_organisation_holds():
    [c] = candidates("国際連合・潘基文事務総長は、5月12日、哀悼の意を示し、支援の用意がある声明を出した。")
    assert c.text == "哀悼の意" and holder_of(c) == "潘基文"


def test_what_an_outlet_reported_as_a_clause():
    text = "朝日新聞は、13日、中国外務省の秦剛副報道局長が日本などの支援表明に対し、受け入れに前向きな意向を示したことを報じた。"
    [c] = candidates(text)
    assert c.cue == "を報じ" and c.text.endswith("前向きな意向を示した")


def test_outlets_opening_the_sentence_report_what_a_person_did():
    [c] = candidates("各報道機関はブチュタ氏はオサーマ・ビンラーディン氏を賞賛したために告発されたと伝えている。")
    assert holder_of(c) == "各報道機関"


def test_how_someone_was_described_is_a_claim():
    [c] = candidates("イタリア政府はブチュタ氏が「治安にとって危険である」と形容したとBBCは伝えた。")
    assert c.text == "「治安にとって危険である」" and c.cue == "形容した"


def test_a_position_inside_a_quote_is_not_the_speakers():
    text = "選挙管理委員会によれば、有権者は「あなたは新しい憲法を認可することに賛成ですか反対ですか」という質問に答える。"
    assert all(c.cue != "に賛成" for c in candidates(text))


def test_a_body_named_in_brackets_with_an_aside_is_a_name_not_a_quote():
    # Wikinews: a Burundian radio's report after the report of other outlets; a company announcing, named in brackets
    text = ("ブルンジのフツ族過激派グループ「解放のための国民軍」(通称FNL)が、ここ2か月で300人の一般人を殺害したと"
            "地元の複数の報道機関が報じた。\nブルンジの「ラジオ・ピュブリク・アフリカン」(RadioPublicAfrican)は、"
            "ブバンザ県とFNLの拠点であるブジュンブラ・ルラル県で3箇所の墓群が発見されたと報道した。")
    assert [holder_of(c) for c in candidates(text) if "墓群" in c.text] == ["ラジオ・ピュブリク・アフリカン"]
