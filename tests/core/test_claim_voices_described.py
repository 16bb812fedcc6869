"""Readers' voices described at length after their quotes (livedoor news, CC BY-ND 2.1 JP, NHN Japan): the quotes
closed by と or など are the place's, however long the words between them and the noun of voice; a name in brackets
the sentence goes on about is no voice."""

from tests.core.claim_helpers import candidates, holder_of


def test_voices_described_at_length_are_the_places_and_the_next_sentences_too():
    body = ("この記事に対してネット掲示板では「フランスから高みの見物かよ。日本に住んでない奴にとやかく言われたくない」"
            "「売名行為にもほどがある」などと、普段はフランスで生活をしながらも日本に関する政治的発言を繰り返す中山美穂に"
            "対する不信感を示す声が相次いだ。\n"
            "また「ミポリンも政治的な発言もするようになったか」「フランス住んでから変わっちゃったね」など、アイドル時代の"
            "イメージが強い中山の急な政治的発言に驚きを隠せないユーザーの書き込みが目立っている。")
    found = [(c.text[:8], holder_of(c)) for c in candidates(body)]
    assert found == [("「フランスから高", "ネット掲示板"), ("「ミポリンも政治", "ネット掲示板")]


def test_a_name_in_brackets_far_before_the_voices_is_none():
    body = ("全国書店員が売りたい本を投票で選ぶ「本屋大賞」を受賞した人気小説のドラマ化ということもあり、櫻井と北川の"
            "掛け合いに期待する声が多かった。")
    assert [c for c in candidates(body) if c.text == "「本屋大賞」"] == []
