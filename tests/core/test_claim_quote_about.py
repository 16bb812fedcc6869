"""A quote, then a comma and what the words were about or whom they were for, then the verb: 「…」と、自身が演じる役について
コメントしている, 「…」と、殺人についても認めている, 「…」と、記者団に対して話した. The quote is what was said, as with no
comma (「…」と役についてコメントした); a comma before a clause of its own (「…」と、方針を転換しようとする) reports
nothing, and a speech word made an adjective (否定的な意見) is no verb. Sentences of the kind entertainment and
general news are written in."""

from tests.core.claim_helpers import candidates, holder_of_the, proposed_as


def test_a_quote_then_what_it_was_about_is_the_speakers():
    body = "アン・ハサウェイは「とてもミステリアスなの」と、自身が演じる役についてコメントしている。"
    assert holder_of_the(body, "「とてもミステリアスなの」") == "アン・ハサウェイ"
    body = "ノーラン監督は「彼女はゴーグルを使う。必要な道具なんだ」と、キャットウーマンの猫耳について明かした。"
    assert holder_of_the(body, "「彼女はゴーグルを使う。必要な道具なんだ」") == "ノーラン"


def test_a_confession_about_a_matter_is_proposed():
    body = "逮捕された男は調べに対して「自宅で殺害して切断した」と、殺人についても認めている。"
    [claim] = proposed_as(body, "「自宅で殺害して切断した」")
    assert claim.cue.startswith("認め")


def test_a_quote_then_its_listeners_after_a_comma():
    body = "鳩山首相は「自分には求心力がない」と、記者団に対して話した。"
    assert holder_of_the(body, "「自分には求心力がない」") == "鳩山由紀夫"
    body = "鳩山首相は「自分には求心力がない」と記者団に対して話した。"
    assert holder_of_the(body, "「自分には求心力がない」") == "鳩山由紀夫"


def test_a_clause_after_the_comma_reports_nothing():
    body = "レナウンの社員は、中国市場を目の当たりにし「戸惑うだけではダメだ、やるしかない」と、日本でのやり方から方針を転換しようとする。"
    assert not proposed_as(body, "「戸惑うだけではダメだ、やるしかない」")


def test_a_speech_word_made_an_adjective_is_no_verb():
    body = "韓国のネット掲示板には、「一方的な調査だ」「どうでもいいことじゃないか」と、調査に対し否定的な意見が上がった。"
    assert all(not c.cue.startswith("否定") for c in candidates(body))
