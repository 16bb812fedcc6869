"""People an article keeps anonymous by an initial (Aさん, A子さん, M君) hold their words (core.nlp.anonymous_people,
read by the claims' sentence reader); sentences in the manner of livedoor lifestyle news."""

from core.nlp.anonymous_people import initial_people
from tests.core.claim_helpers import candidates, holder_of


def test_an_initial_before_an_honorific_is_a_person_only_there():
    body = "会社員のAさん(32歳)とA子さん、M君はOBさんとJリーグを観た。"
    assert [m.text for m in initial_people(body, [])] == ["A", "A子", "M"]


def test_a_person_written_by_an_initial_holds_their_quote_and_goes_on():
    text = "都内在住のAさん(32歳・会社員)は「最近は婚活がつらい」と話す。「もう疲れました」。"
    assert [holder_of(c) for c in candidates(text)] == ["A", "A"]
    text = "「結婚願望はありません。だって妻子にお金をつかいたくないですから」と公言するのは、Sさん（41歳・広告代理店）。"
    assert [holder_of(c) for c in candidates(text)] == ["S"]


def test_a_profile_under_an_initial_is_no_quote_of_theirs():
    text = "■Kさん\n全国の夏フェスという夏フェスを次々と制覇する、正真正銘の夏フェスガール。\n"
    assert candidates(text) == []
