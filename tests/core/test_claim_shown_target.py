"""What a candidate's cue shows as its target: the noun it names, never a verb form or a formal noun."""

from __future__ import annotations

import pytest

from core.claims.shown_target import shown_target
from tests.core.claim_helpers import candidates_on


def _cues_shown(sentence: str) -> list[tuple[str, str]]:
    """(cue, shown target) of each candidate Kaidan proposes in sentence."""
    return [(c.cue, shown_target(c.cue)) for c in candidates_on(sentence)]


@pytest.mark.parametrize("sentence", [
    "容疑者の友人は「彼は優しい人だった」と言っていた。",  # a verb form
    "林芳正官房長官は、政府として中国側に抗議したことを明らかにした。",  # a particle-led fragment
    "韓国外交部は、日本政府の決定を批判した。",
    "外務省の報道官は「両国の対話は続く」と述べた。",
])
def test_a_cue_that_is_a_verb_form_or_a_fragment_shows_no_target(sentence):
    shown = _cues_shown(sentence)
    assert shown and all(target == "" for _cue, target in shown), shown


@pytest.mark.parametrize("sentence, target", [
    ("岸田文雄首相は記者団に対し、北朝鮮の弾道ミサイル発射に強い懸念を表明した。", "懸念"),
    ("菅義偉首相は「コロナ対策に全力を尽くす」との考えを示した。", "考え"),
    ("外務省は、日中首脳会談を来月開く方針を明らかにした。", "方針"),
])
def test_a_cue_opened_by_the_noun_a_verb_takes_shows_that_noun(sentence, target):
    assert [t for _cue, t in _cues_shown(sentence)] == [target]


@pytest.mark.parametrize("cue", [
    "こと", "もの", "ため", "ところ", "の",  # formal nouns: the clause before them is the matter
    "ことを明らかにした", "言っ", "言っていた", "発表した", "と発言",  # verb forms, a noun made a verb
    "を批判した", "について言及した",  # cut at a particle
    "批判が相次", "声が出て", "発言",  # the kind of words, their subject or the told verb's stem
    "事態がエスカレートすることを懸念する声も多く寄せられ",  # a clause of its own after the noun
    "", None,
])
def test_cues_that_name_no_target(cue):
    assert shown_target(cue) == ""


def test_the_noun_named_by_the_words_a_cue_reports():
    assert shown_target("抗議の声が相次いだ") == "抗議"
    assert shown_target("不快感を表明した") == "不快感"
    assert shown_target("余裕の発言") == ""  # no words named: 発言 ends the cue
