"""Words told as what a person named with no title said: 「…」という錦織は (sports and entertainment news name players
without 氏 or さん; the person is the topic of what follows)."""

from tests.core.claim_helpers import holders_with as _held

_TENNIS = ("これを聞いた松岡は満足そうだった。さらに、この試合以上に「デビスカップのワールドグループ出場っていうのは、"
           "とても大きかった」という錦織圭は、この国別団体戦で上位入りを果たす。")
_SKATER = "「たまたま共通の知り合いがいて、みんなで食事した時に知り合った」という高垣麻衣子は、過去にフィギュアスケートをしていた。"
_STRIKER = ("「40歳過ぎてから、本当の意味でサッカーってこうやってやるんだなっていう」という三浦知良は、"
            "「30歳の頃には分かってなかったんですよね。まだ成長できる」と現在こそ円熟期といわんばかりにアピールした。")


def test_the_person_named_after_words_told_with_to_iu_said_them():
    assert _held(_TENNIS, "デビスカップのワールド") == ["錦織圭"]
    assert _held(_SKATER, "たまたま共通の") == ["高垣麻衣子"]


def test_the_person_goes_on_to_say_the_next_quote_too():
    assert _held(_STRIKER, "40歳過ぎてから") == ["三浦知良"]
    assert _held(_STRIKER, "30歳の頃には") == ["三浦知良"]


def test_a_person_after_to_iu_who_is_spoken_to_or_of_said_nothing():
    assert _held("「頑張ってほしい」という田中に対し、監督は答えた。", "頑張ってほしい") == []
    assert _held("「ノリック」という阿部典史の愛称は有名だ。", "ノリック") == []
