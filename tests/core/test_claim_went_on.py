"""Quotes closed by a verb that tells how the words went on or were given (と続けた, と切り出した, と綴っている,
と前置きした, と教えてくれた), on sentences of the livedoor news corpus (CC BY-ND 2.1 JP, NHN Japan): the verbs
bench/unproposed_quotes.py found after the corpus's quotes that Kaidan proposed none for."""

from tests.core.claim_helpers import candidates, holder_of


def test_words_begun_or_given_are_the_speakers():
    text = "秘書室勤務のカオルさん（33歳）が「最近、自分は“S”だということが分かりました」と切り出した。"
    assert [(c.text[:6], holder_of(c)) for c in candidates(text)] == [("「最近、自分", "カオル")]
    text = "プロカメラマンのK氏は「光の加減が女性の肌をきれいに見せる」と教えてくれた。"
    assert [c.text[:6] for c in candidates(text)] == ["「光の加減が"]
    text = "今年1月16日に鶴岡八幡宮を訪れていた東原は、同日のブログに「でもぎんなんやさん 気になる気になる ぎんなん食べたかった〜」と綴っている。"
    assert [holder_of(c) for c in candidates(text)] == ["東原"]


def test_words_that_went_on_keep_the_speaker_of_the_words_before():
    text = ("同番組のカメラに、「いつも3人で集まると熱い話になるんですけど、基本俺は聞いてるだけなんですよ」と切り出した岡崎。"
            "「投げるのもそうですし、細かい動きをするのにも重さを感じていない」と続けた。")
    found = candidates(text)
    assert [c.text[:6] for c in found] == ["「いつも3人", "「投げるのも"]
    assert found[1].cue.startswith("続け")


def test_going_on_after_a_clause_is_a_deed_not_a_report():
    text = "両国は交渉を続けた。政府は対話を続けると表明した。"
    assert all("続け" not in c.cue for c in candidates(text))


def test_the_speaker_the_verb_describes_holds_the_words():
    text = ("「やっぱり強いですね。いつ見ても」と切り出した塚原氏は、"
            "「体操の種目の中、個人総合っていうのが一番強さを示す」と語った。")
    assert [holder_of(c) for c in candidates(text)] == ["塚原", "塚原"]


def test_advice_on_words_to_say_is_no_claim():
    text = "こちらから「○○の売り上げが前年比30%減だそうですね」などと切り出すことで、相手も本音を打ち明けやすくなる。"
    assert candidates(text) == []


def test_words_passed_on_hoped_or_greeted_are_claims():
    """Sentences of Japanese Wikinews (CC BY 2.5) articles outside every gold."""
    text = "消防によると、安佐南区緑井地区の住民から「10棟ほどあった建物が無くなっている」と通報があり、現在確認に向かっている。"
    assert [(c.cue, holder_of(c)) for c in candidates(text)] == [("通報", "住民")]
    text = "鬼武健二チェアマンは「地域活性の拠点になってほしい」と期待しつつ、経費節減を課題に挙げた。"
    assert [holder_of(c) for c in candidates(text)] == ["鬼武健二チェアマン"]
    text = "妻の若尾文子さんも「黒川の名前を一日でも長く皆さまの記憶にとどめていただけたら、これ以上の喜びはございません」とあいさつした。"
    assert [holder_of(c) for c in candidates(text)] == ["若尾文子"]
    text = "一方、BBCによれば、シルヴィオ・ベルルスコーニ伊首相は「良心に従うべきだ」とのみ発言した。"
    assert [c.text for c in candidates(text)] == ["「良心に従うべきだ」"]
    text = "FIFAは「捜査に協力し、求められた書類の提供に応じている」と声明を出しているが、ブラッター会長は否定している。"
    assert [holder_of(c) for c in candidates(text)] == ["FIFA", "ブラッター"]  # his denial, a stance held as a state


def test_a_report_received_names_no_speaker():
    text = "吉野家は12月1日に「変な動画がネットで公開されている」という通報を受けて調査した。"
    assert candidates(text) == []


def test_a_retort_is_its_speakers_and_a_retort_received_is_not():
    text = "まるで放送事故かと思うくらいの間に絶えかねた有吉は「占い師だね！」と突っ込む。"
    assert [(c.cue, holder_of(c)) for c in candidates(text)] == [("突っ込む", "有吉")]
    text = "有吉は「占い師だね！」と突っ込まれると、黙った。"  # the passive: someone else said it
    assert candidates(text) == []
