"""Speakers named around a quote in web news: readers' voices by place, a statement cited, views listed with
their speakers in brackets, the words of an official an outlet passes on (livedoor news, outside the gold,
and the twelfth draw's development part)."""

from tests.core.claim_helpers import candidates, holder_of


def _claims(text):
    return [(c.text, c.attribution, holder_of(c)) for c in candidates(text)]


def test_voices_such_as_and_a_second_voice_of_the_same_place():
    text = ("これを受け、韓国のネット掲示板では「メキシコ五輪代表は、（ベスト16に進出した）W杯のメキシコ代表とは別のチームだ」"
            "「日本が負ければよかったのに」「明甫さんには大きなプレッシャーがかかるね」といった反応が書き込まれた他、"
            "「今は韓国より日本の方が強いな」と日本の強さに驚く声も見られた。")
    first, second = candidates(text)
    assert first.text.startswith("「メキシコ五輪代表") and first.text.endswith("かかるね」")  # one claim, three quotes
    assert holder_of(first) == holder_of(second) == "韓国のネット掲示板"
    assert second.text == "「今は韓国より日本の方が強いな」"


def test_users_as_the_topic_before_their_voices():
    text = ("これに対してネットユーザーは「そんな話聞いたことない」「こんなメール来たら縁を切るわ」など、"
            "番組が特集した“ブーム”の存在に疑問を呈する声が続出。")
    assert _claims(text) == [("「そんな話聞いたことない」「こんなメール来たら縁を切るわ」", "direct", "ネットユーザー")]


def test_a_subject_inside_a_clause_made_a_noun_is_not_the_speaker():
    text = ("韓国政府の関係者は、野田首相の対応への失望から判断したと説明、また日本政府が日韓通貨スワップの再検討の可能性を"
            "示したことについては、「日本からの一方的な恩恵ではなく、中断した場合は日本も打撃を受ける」と述べた。")
    assert [h for _, _, h in _claims(text)] == ["韓国政府の関係者", "韓国政府の関係者"]


def test_a_statement_cited_is_held_by_the_body_that_made_it():
    text = ("16日、複数の韓国メディアは、韓国・青瓦台（大統領官邸）の発表を引用し、「野田佳彦の日本内閣に対してこれ以上"
            "期待しない」と述べ、事実上の対話中断を宣言したと伝えている。")
    quote = next(c for c in candidates(text) if c.attribution == "direct")
    assert holder_of(quote) in ("青瓦台", "韓国大統領府") and [v["text"] for v in quote.via] == ["韓国メディア"]
    cited = "インタビューで、ホン氏は「平和を望めば戦争の準備をせよ」というヒトラーの言葉を引用し、強い軍事力を持つよう強調。"
    assert holder_of(candidates(cited)[0]) != "ヒトラー"  # the words cited are the quote: the one citing says them


def test_views_listed_with_their_speakers_in_brackets():
    text = ("番組内では、今回の訪朝について「小泉元総理の日朝首脳会談からのちょうど10年という節目に何らかの意図」"
            "（高英起：デイリーNK）、「29日から日朝協議を前にし、金正恩氏と直接つながるパイプとしての藤本氏の存在を見せつける」"
            "（岩田宗一：TBS報道局解説委員）などの分析が述べられた。")
    assert [(a, h) for _, a, h in _claims(text)] == [("direct", "高英起"), ("direct", "岩田宗一")]


def test_the_words_of_an_official_an_outlet_passes_on():
    text = ("なお、韓国の文化日報は、国際裁判所（ICJ）提訴について、「ICJ提訴は我々が応じなければ終わる話だ」と"
            "韓国外交通商部（外務省）関係者の言葉も伝えている。")
    [claim] = candidates(text)
    assert holder_of(claim).startswith("韓国外交通商部")


def test_a_verb_that_tells_how_it_was_said():
    text = "その際、藤本氏は「裏切り者が帰って来ました」と泣きついたところ、金氏は「いいよ、いいよ」「裏切り行為はもう忘れた」と答えたという。"
    first, *rest = candidates(text)
    assert (first.text, first.cue) == ("「裏切り者が帰って来ました」", "泣きついた") and holder_of(first).startswith("藤本")
    assert len(rest) == 2 and all(c.cue == "答えた" for c in rest)


def test_a_writing_whose_content_is_the_quote():
    text = "さらには「身の安全を徹底的に担保する」という北朝鮮当局よりの書類も見せられたという。"
    [claim] = candidates(text)
    assert claim.text == "「身の安全を徹底的に担保する」" and holder_of(claim).startswith("北朝鮮")


def test_voices_of_a_later_sentence_that_names_no_place_were_heard_where_the_last_were():
    text = ("この一連の騒動に対してネットユーザーは「これは與儀市議が正しい。謝罪すんなよ」「彼氏のいない高齢独身女性が"
            "怒っているだけで、市議は間違っていない」など、抗議をした大浜美市議らへの批判が殺到した。\n"
            "また、「この程度のことですぐ女性蔑視発言だと批判されるような世の中なら少子化は永遠に解決しないだろうな。"
            "言いたいことも言えない、こんな世の中じゃ…」など、女性蔑視発言をタブー視する風潮への疑問の声も多く寄せられている。")
    assert [holder_of(c) for c in candidates(text)] == ["ネットユーザー", "ネットユーザー"]  # not 與儀, named in a quote


def test_a_speech_verb_in_a_condition_reports_nothing():
    text = "これを繰り返し、リズムに乗れなかったり、間違って震えたり、会えないと嘆いたら負け、というゲームだ。"
    assert candidates(text) == []


def test_words_a_paper_passes_on_as_someones_statement_are_theirs():
    text = "スポーツ報知はけが直後のトーレ監督の談話として「復帰までに最低3ヶ月程度はかかるだろう」と見通しを示した。"
    [claim] = candidates(text)
    assert holder_of(claim) == "トーレ" and [v["text"] for v in claim.via] == ["スポーツ報知"]


def test_an_account_named_as_the_topic_is_held_by_the_one_who_gave_it():
    text = ("サティアルティ氏の説明では、現在もインドで6000万人の子供が強制的に労働されているが、児童の人身売買や強制労働に"
            "かかわる業者が罪に問われるのは数%の確率にしか過ぎないとしている。")
    assert [holder_of(c) for c in candidates(text)] == ["サティアルティ"]


def test_the_place_of_voices_before_a_time():
    text = ("ところが、熱湯に落下したローラは悲鳴すら上げなかったため、ツイッター上では放送直後から「ローラのリアクションが薄い」"
            "「これは熱湯ではないのでは?」という疑問の声が相次いだ。")
    assert [holder_of(c) for c in candidates(text)] == ["ツイッター"]


def test_a_headlines_quote_is_held_by_the_one_named_before_it():
    assert _claims("・グリー田中社長「あるゲームが流行ったら、同じようなものを作りまくるべき」\n") == [
        ("「あるゲームが流行ったら、同じようなものを作りまくるべき」", "direct", "田中")]
    assert [h for _, _, h in _claims("高田 「いつ知ったの？」\n")] == ["高田"]  # a transcript's line


def test_a_headlines_quote_after_a_label_or_a_clause_is_its_speakers():
    # the related articles of the livedoor film news (movie-enter, CC BY-ND 2.1 JP, NHN Japan): a label before the
    # one interviewed, a name no entity knows; a clause whose が-subject speaks, not a place inside its verb (来日)
    body = "本文。\n・インタビュー：忽那汐里「男性の涙というのは、とても特別なもの」\n"
    assert [(c.text, holder_of(c)) for c in candidates(body)] == [("「男性の涙というのは、とても特別なもの」", "忽那汐里")]
    body = "本文。\n・『ドラゴン・タトゥーの女』主演ルーニー・マーラが来日「誤解されていると感じる経験は、誰にでもある」\n"
    assert [holder_of(c) for c in candidates(body)] == ["ルーニー・マーラ"]
    assert [holder_of(c) for c in candidates("本文。\n・武藤敬司が暴露「闘魂三銃士は仲が悪かった」\n")] == ["武藤敬司"]
    assert candidates("本文。\nHot! point 2：破滅「“AKB48のセンター”が泥沼の借金地獄」\n") == []  # a word after the label


def test_no_headline_quote_without_a_speaker_a_statement_or_outside_a_cited_source():
    assert candidates("ＡＫＢ大島優子に非難殺到 「性格が悪すぎる」\n") == []  # nobody named says it
    assert candidates("・SCANDALブログ「超SCANDAL」\n") == []  # a name, not a statement
    assert candidates("読売新聞「女性ダンサーが上半身裸に?紅白の演出に抗議250件」。\n読売新聞、2007年1月2日。") == []
    heading = "ラブロフ外相「二国間関係の戦略的意義が浮き彫り」\nラブロフ外相は、両国関係の意義を強調した。"
    assert all(c.text != "「二国間関係の戦略的意義が浮き彫り」" for c in candidates(heading))  # a section's heading


def test_a_local_government_named_by_its_kind_is_the_one_named_before():
    text = ("神奈川県鎌倉市の長谷寺で、山道を無断で拡張整備した疑いがあるとして県が調査をしていることがわかった。"
            "寺側は「もともとけもの道だった」と主張している。"
            "県は「違反が確認されれば、原状回復の指導や命令を行うことになる」と話している。")
    assert [holder_of(c) for c in candidates(text)][-1] == "神奈川県"
    city = ("神奈川県平塚市中原一丁目のスーパーで事故が起きた。事故に遭ったのは同市東中原2丁目の男児。"
            "これを受け、市は保護板の設置状況と事故の関連を調べるため図面などの関係資料提出を求めた。")
    assert [holder_of(c) for c in candidates(city)] == ["平塚市"]  # not 同市


def test_the_one_a_quote_came_from():
    text = "試合では秋山選手がTKOによる圧勝をしていたが、桜庭選手側から「秋山選手の体が滑った」と抗議。"
    [claim] = candidates(text)
    assert holder_of(claim).startswith("桜庭")  # not 秋山, the subject of the clause before
    later = "この場面の放送直後から、「世の中甘くないからね」と女性に同情する声が相次いだ。"
    assert all(holder_of(c) != "放送直後" for c in candidates(later))  # a time, not who said it


def test_the_first_of_two_topics_speaks_and_a_subject_inside_a_clause_closed_by_toshite_does_not():
    [claim] = candidates("松田騎手はフジダイビクトリーは本来先行型であり差すようなタイプではないと語った。")
    assert holder_of(claim).startswith("松田")  # not the horse
    text = ("証券取引等監視委員会は19日(UTC+9)、株式会社IHIが有価証券報告書等の虚偽記載などをしていたとして、"
            "金融庁に対して同社へ課徴金約16億円の納付命令を出すよう勧告した。")
    assert [holder_of(c) for c in candidates(text)] == ["証券取引等監視委員会"]


def test_complaining_of_the_body_is_no_claim():
    assert candidates("家族の話によると、池田氏は2009年1月頃に胃の痛みを訴え、検査で胃癌が発見された。") == []
    assert candidates("天理高校野球部員58人が発熱などの症状を訴えた。") == []


def test_voices_no_place_was_named_for_are_not_the_last_person_named():
    text = "番組で前田敦子が涙を見せた。\nこれについては「マジでいじめ」「酷すぎる」などの声が相次いでいるようだ。"
    [claim] = candidates(text)
    assert claim.text == "「マジでいじめ」「酷すぎる」" and holder_of(claim) is None


def test_speakers_listed_each_before_their_quote_under_one_verb():
    # wn-02089 (Wikinews): 清原選手は「A」、桑田氏(元巨人軍)も「B」と話している: A is his, B is Kuwata's
    text = ("また毎日新聞によると、石田氏と対戦した清原選手(現・オリックスバファローズ)は「対決を昨日のことのように覚えている。"
            "数少ない心に残る投手だった」、桑田氏(元巨人軍)も「同じ青春時代を過ごして、戦った石田氏が亡くなったのは大変残念。」と話している。")
    found = candidates(text)
    assert [c.text[:6] for c in found] == ["「対決を昨日", "「同じ青春時"]
    assert [holder_of(c)[:2] for c in found] == ["清原", "桑田"]


def test_a_statement_whose_content_is_the_quote_is_held_by_the_one_it_is_of_not_the_outlet():
    # 「…」とするXの発言を伝えた, との…の談話, という…社のコメント: X said it, the outlet only passes it on
    told = [("朝日新聞は「今後も年に2回の調査を行う方針だ」というツイッター社のコメントを伝えた。", "ツイッター"),
            ("夕刊フジは、「彼は撮影で家を空けることが多かった」との関係者の談話を伝えている。", "関係者"),
            ("「大会運営の成功が好印象を与えたことを期待している」とするパラオ大統領府関係者の発言を、"
             "ラジオ・オーストラリアは伝えている。", "パラオ大統領府"),
            ("同紙は、「少なくとも3回の有感余震があった」とする南アフリカ地球科学協議会のコメントを引用した。",
             "南アフリカ地球科学協議会")]
    for text, holder in told:
        [claim] = candidates(text)
        assert claim.attribution == "direct" and holder_of(claim).startswith(holder), text
    # という自らの見解, という趣旨の発言: what the statement is, not whose; its speaker stays the sentence's
    [own] = candidates("アリ王子は「不正の事実が判明したら、開催権を剥奪すべきだ」という自らの見解を明らかにした。")
    [gist] = candidates("河上氏は番組中で「未成年者を使って選挙運動を行えば犯罪になる」という趣旨の発言を行った。")
    assert holder_of(own).startswith("アリ") and holder_of(gist).startswith("河上")
    # a reader's question put to someone, told as the reader's remark, is no claim; the answer is the one asked
    asked = candidates("「アジアスーパーグリッドってなんですか？」とのTwitter読者の発言に対して、孫社長は、"
                       "「アジアの国々の送電網を海底ケーブルで繋いでしまおうという構想です」と答えた。")
    assert [c.text[:6] for c in asked] == ["「アジアの国"]


def test_a_release_of_a_body_the_article_names_before_holds_its_quote_though_not_seen_there():
    # としたぷららの: the detector sees no name in the hiragana run, the article named the company before
    text = ("ぷららは3月16日、ファイル交換ソフトの通信を遮断すると発表していた。\n"
            "ITmediaなどの報道では「決定次第改めて知らせる」としたぷららのニュースリリースをそのまま伝えている。")
    assert [(c.text, holder_of(c)) for c in candidates(text) if c.attribution == "direct"] == [
        ("「決定次第改めて知らせる」", "ぷらら")]



def test_the_owner_of_a_statement_passed_on_is_not_the_subject_the_next_sentence_continues():
    # the outlet introduces the association's claim; the criticism it goes on to tell is no claim of the association's
    text = ("英国のデイリー・メール紙は、澤穂希の発言や、「男子はプロ選手の扱いになっているから」といった日本サッカー協会の"
            "主張を紹介。さらに、今回の問題に対し「性差別ではないか」という批判があることも伝えている。")
    held = {c.text[:6]: holder_of(c) for c in candidates(text)}
    assert held["「男子はプロ"] == "日本サッカー協会"
    assert held["今回の問題に"] != "日本サッカー協会"
