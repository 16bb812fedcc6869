"""A quote whose verb takes a view with a passive in its matter: 「…」と処分が解除されるという感触を示した is the
speaker's, while words received in the passive are not (と監督に言われたことを明かした) (sentences written for the project)."""

from core.claims.reported import passive_telling
from tests.core.claim_helpers import holder_of
from tests.core.claim_helpers import quoted as _quoted


def test_a_passive_in_the_matter_of_a_view_shown_is_not_the_quotes_verb():
    [c] = _quoted("ラブロフ外相は会見で「間もなく協議は再開できるだろう」と制裁が解除されるという感触を示した。")
    assert c.text == "「間もなく協議は再開できるだろう」" and holder_of(c) == "ラブロフ"
    assert not passive_telling("処分が解除されるという感触を示し")


def test_words_received_in_the_passive_stay_anothers():
    assert passive_telling("監督に言われたことを明かし") and passive_telling("言われた") and passive_telling("批判を浴びせられた")
    assert not any(holder_of(c) == "女優" for c in _quoted("女優は「もっと笑え」と監督に言われたことを明かした。"))
    assert not _quoted("外相は「辞任すべきだ」と野党から批判された。")
