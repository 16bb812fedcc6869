"""A quote followed by a bracket before its verb: who said it or where it was read
(Japanese Wikinews, CC BY 2.5, articles outside every gold)."""

from tests.core.claim_helpers import candidates, holder_of, proposed_as


def _quote(text, quote):
    [c] = proposed_as(text, quote)
    return c


def test_a_source_in_brackets_leaves_the_quote_to_its_speaker():
    text = "読売巨人軍の清武英利代表は「チームの若返りをする意味で清原の退団はやむを得ない」(朝日新聞より)とコメントを出している。"
    c = _quote(text, "「チームの若返りをする意味で清原の退団はやむを得ない」")
    assert c.attribution == "direct" and c.cue.startswith("コメント")
    assert holder_of(c).startswith("清武")


def test_a_speaker_in_brackets_holds_the_quote():
    text = ("その一方で、今後の売り上げ減少や廃棄によって「数十億円の影響が出てもおかしくない」"
            "(今村朗財務本部執行役員)としており、業績悪化の影響が避けられそうにない状況にあるとしている。")
    c = _quote(text, "「数十億円の影響が出てもおかしくない」")
    assert c.attribution == "direct" and holder_of(c).startswith("今村朗")


def test_a_speaker_in_brackets_with_an_honorific():
    text = "テストでは縦穴内の状況に異常はなかったとして「とても期待が持てる」(ゴルボルネ氏)と強調。"
    assert holder_of(_quote(text, "「とても期待が持てる」")).startswith("ゴルボルネ")


def test_the_topic_before_a_speaker_in_brackets_goes_on_to_the_next_claim():
    text = ("JR東日本は「2020年に新駅開業を目指す」(冨田哲郎社長)としている。"
            "また、駅前の再開発も同時に進めたいとしている。")
    first, second = candidates(text)
    assert holder_of(first).startswith("冨田哲郎")
    assert holder_of(second) == "JR東日本"  # the bracket names this quote's speaker only


def test_a_name_and_its_reading_or_a_date_in_brackets_is_no_quote():
    named = "下関駅は1901年に山陽鉄道「馬関駅」(ばかんえき)として開業し、1942年に関門鉄道トンネルが開通した。"
    cited = "ウィキニュース日本語版では「アサヒビール、2008年9月から新たに6銘柄のベルギービールを取扱い開始」(2008年6月5日)として報道。"
    assert not [c for c in candidates(named) if "馬関駅" in c.text]
    assert not [c for c in candidates(cited) if c.attribution == "direct"]


def test_a_place_in_brackets_names_no_speaker():
    text = "同社の担当者は「在庫は十分にある」(東京)と話している。"
    assert holder_of(_quote(text, "「在庫は十分にある」")) != "東京"


def test_a_quote_with_only_its_speaker_in_brackets_is_a_claim():
    # vox pops and captions (livedoor news, CC BY-ND 2.1 JP): no verb, the bracket names who said it
    text = ("職場で嬉しかった差し入れを聞いた。\n"
            "「焼きたてのクロワッサンをもらったときは、みんなで奪い合って食べました（笑）」（ナツミさん・33歳）\n"
            "「あられやお煎餅は、食べる時に音がするので、職場ではNGです」（ヒロさん・32歳）\n")
    first, second = candidates(text)
    assert first.attribution == second.attribution == "direct"
    assert first.text.startswith("「焼きたて") and first.text.endswith("」")
    assert [holder_of(first), holder_of(second)] == ["ナツミ", "ヒロ"]


def test_a_quote_with_the_age_of_the_one_who_said_it_in_brackets_is_theirs():
    # vox pops name those asked by their age first: (34歳・男・未婚), (30代・家電勤務), (32歳女性・独身)
    text = ("別れた恋人の近況は知っておきたいですか？\n"
            "「昔の女に興味ない」（32歳・男・既婚）\n"
            "「興味はあるけどわざわざ調べたりすることでもない」（34歳・男・未婚）\n"
            "同居のメリットを聞くと、\n「絶対に遅刻できない朝、母が揺り起こしてくれること」(30代・家電勤務)\n")
    found = [(c.text[:5], c.attribution, holder_of(c)) for c in candidates(text)]
    assert found == [("「昔の女に", "direct", "32歳・男・既婚"), ("「興味はあ", "direct", "34歳・男・未婚"),
                     ("「絶対に遅", "direct", "30代・家電勤務")]
    # the age and the sex apart by a space, as wishes and testimonies listed write them
    wishes = "七夕の短冊には、こんな願いが並んだ。\n「円満離婚して若い恋人が欲しい」（51歳 女性）\n「仕事がうまくいきますように」(36歳\u3000男性)\n"
    assert [(c.text[:5], holder_of(c)) for c in candidates(wishes)] == [("「円満離婚", "51歳 女性"), ("「仕事がう", "36歳\u3000男性")]
    # a share, a year: no one's age (「今年は利用していない」(70.4%)が最も多かった, 「…」（2004年）が公開された)
    assert candidates("調査では「今年は利用していない」(70.4%)が最も多かった。") == []
    assert candidates("映画「世界の中心で愛をさけぶ」（2004年）が公開された。") == []


def test_a_cited_release_in_brackets_is_no_caption():
    text = "「エコナ関連製品の一時販売自粛について」(花王ニュースリリース・2009年9月16日)。\n朝日新聞、2009年9月16日。"
    assert candidates(text) == []
