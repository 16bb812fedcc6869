"""A sentence that is only a quote, its speaker in the next one: after a dash (「…」――。X外相はこう述べた。) or with no
こう, the next sentence only who, when, where and a verb of speech (「…」。X長官が記者団に語った。)."""

from tests.core.claim_helpers import candidates_on, holder_of


def _said(text):
    return [(c.text, holder_of(c), c.attribution) for c in candidates_on(text, "2019-06-01")]


def test_a_quote_closed_by_a_dash_then_who_said_it_so():
    assert _said("「北朝鮮の挑発は断じて容認できない」――。岸田外相は11日、こう述べた。") == [
        ("「北朝鮮の挑発は断じて容認できない」", "岸田文雄", "direct")]


def test_the_next_sentence_only_the_speaker_and_a_verb_of_speech():
    assert _said("「対話の扉は開かれている」。ポンペオ国務長官が記者団に語った。") == [
        ("「対話の扉は開かれている」", "ポンペオ", "direct")]
    assert _said("「対話の扉は開かれている」。ポンペオ国務長官は11日、ワシントンで記者団に対して述べた。")[0][1] == "ポンペオ"
    # a verb with an object of its own tells something else: the quote stays unclaimed
    assert [s for s in _said("「対話の扉は開かれている」。ポンペオ国務長官は訪問の成果を語った。") if s[2] == "direct"] == []


def test_a_cleft_or_a_verb_describing_the_one_named_next_tells_who_said_the_quote():
    # features and interviews: the words on their own line, then こう語るのは… / そう語る… naming who said them
    opening = "夏は旅行の季節だ。\n「写真を見せられても、他の人にとってはどうでもいいことでしょう。だから私は見せないんです」\n"
    for after, holder in (("こう語るのは、旅行好きの美智子さん（35歳）。", "美智子"),
                          ("そう話してくれたのは、マーケティング会社に勤務するトモコさん（36歳・仮名）。", "トモコ"),
                          ("そう語る美智子さん（35歳）の手元には、カメラが置いてあった。", "美智子")):
        said = [s for s in _said(opening + after + "\n") if s[2] == "direct"]
        assert [s[0][:6] for s in said] == ["「写真を見せ"] and said[0][1] == holder, after
    # the focus is no person: a time (そう言っていたのは約8ヶ月前), a scene: nothing is claimed for the quote
    for after in ("そう言っていたのは約8ヶ月前。", "こう語るシーンが印象的だ。"):
        assert [s for s in _said(opening + after + "\n") if s[2] == "direct"] == [], after


def test_a_condition_after_the_verb_leaves_the_quote_to_no_one_it_names():
    # そう答えると…, こう語ったら…, そう話したところ…: a clause of condition or time, the one named after it may be who
    # heard the words (the writer asked), not who said them
    opening = "取材の最後に、結婚について聞いてみた。\n「今はまだ考えられません。仕事が楽しいんです」\n"
    for after in ("そう答えると美智子さんは笑った。", "こう語ったら美智子さんは黙ってしまった。", "そう話したところ田中さんは驚いた。"):
        assert [s for s in _said(opening + after + "\n") if s[2] == "direct"] == [], after
    said = [s for s in _said(opening + "そう語る美智子さん（35歳）は笑った。\n") if s[2] == "direct"]
    assert [(s[0][:6], s[1]) for s in said] == [("「今はまだ考", "美智子")]


def test_a_cleft_whose_focus_goes_on_past_the_person_or_a_contrast_names_no_speaker():
    # こう語るのは山田監督の長男だ: the son said it, not the director; そう語ったが田中さんは黙った: someone else spoke
    opening = "取材の最後に、結婚について聞いてみた。\n「今はまだ考えられません。仕事が楽しいんです」\n"
    for after in ("こう語るのは山田監督の長男だ。", "そう言っていたのは田中さんの妻だ。", "そう語ったが田中さんは黙った。"):
        assert [s for s in _said(opening + after + "\n") if s[2] == "direct"] == [], after
    # a name in hiragana that opens as a particle does is still the one described (ともこさん)
    said = [s for s in _said(opening + "そう語るともこさん（35歳）は笑った。\n") if s[2] == "direct"]
    assert [(s[0][:6], s[1]) for s in said] == [("「今はまだ考", "ともこ")]
