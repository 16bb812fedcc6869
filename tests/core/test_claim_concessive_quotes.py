"""A quote closed by a concession, 「…」としつつ(も)、 or 「…」といいつつ(も)、 "while holding / saying that…": the quote is
what was said, as with 「…」としながら; a name given that way (3日間を「哀悼日」としつつ) stays no claim. And a speech verb
that describes the person named bare after it, the topic of what follows (「…」と語った夏目は、), as sports and entertainment
news name people: that person said it. Sentences of the kind foreign, economic, sports and entertainment news are
written in."""

from tests.core.claim_helpers import candidates, holder_of, holder_of_the, proposed_as


def test_a_quote_held_while_conceding_is_the_speakers():
    body = ("ニコリッチ氏は、「シェシェリ氏と個人的な確執はない」としつつも、党の設立以降18年間も変わっていない党の"
            "方針を改めると述べた。")
    assert holder_of_the(body, "「シェシェリ氏と個人的な確執はない」") == "ニコリッチ"
    assert holder_of_the("外務省は「一定の前進だ」としつつ、引き続き協議を求める考えを示した。", "「一定の前進だ」") == "外務省"


def test_a_quote_said_while_conceding_is_proposed():
    body = "北島は現在の状態を、「その頃に比べたら」といいつつ、「万全で臨んだつもりはなかったです」と強調した。"
    assert holder_of_the(body, "「その頃に比べたら」") == "北島"
    body = "3人ともまだ「現実的には考えられない」といいつつも、外貨預金についての理解はかなり深まったようだ。"
    assert proposed_as(body, "「現実的には考えられない」")


def test_a_name_given_while_conceding_is_no_claim():
    assert not candidates("政府は3日間を「哀悼日」としつつ、行事の自粛は求めなかった。")
    assert not candidates("同社は新製品を「次世代機」といいつつ、価格は据え置いた。")


def test_a_bare_name_a_speech_verb_describes_said_it():
    body = "「一番高価なものを買いました」とも語った夏目は、退社時の心境がただならぬものであったことをうかがわせた。"
    assert holder_of_the(body, "「一番高価なものを買いました」") == "夏目"
    body = "まず、「あれ、書いちゃお」と切り出した澤は、「守備の指示の時に困った」というエピソードを披露した。"
    assert holder_of_the(body, "「あれ、書いちゃお」") == "澤"


def test_a_thing_a_speech_verb_describes_is_no_speaker():
    assert not candidates("「評価する」と答えた割合は3割だった。")
    assert not candidates("「おいしい」と評判の店は連日行列ができている。")
    body = "2位は、攝津正。その攝津が「あれだけのスピードとキレがあって、尚且つコントロールがいい」と語る田中将大は1位だった。"
    assert all(holder_of(c) != "田中将大" for c in candidates(body))
