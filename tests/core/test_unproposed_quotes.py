"""The gold-free claims bench: which word tells a quote, whether a quote is said words, and why one was left."""

from bench.unproposed_quotes import _QUOTE, clause_like, lemma_after, why
from core.model import Mention


def test_the_word_after_a_quote_is_its_verb_or_the_noun_its_particle_qualifies():
    """What follows the quote's particle: 「…」と|強く批判した, 「…」との|考えを示した."""
    assert lemma_after("強く批判した。", "と") == "批判"
    assert lemma_after("語った。", "と") == "語る"
    assert lemma_after("考えを示した。", "との") == "考え"
    assert lemma_after("声も上がった。", "という") == "声"
    assert lemma_after("いった声も", "と") is None  # 「A」といった声: such as, not a verb of speech
    assert lemma_after("。", "と") is None


def test_said_words_are_clauses_and_names_are_not():
    assert clause_like("問題ない") and clause_like("来てくれてありがとうございます") and clause_like("最高、")
    assert not clause_like("中興の祖") and not clause_like("台湾島")


def test_a_quote_left_is_put_in_its_class():
    body = "首相は会見に臨んだ。\n「増税はしない」と述べた。"
    match = next(_QUOTE.finditer(body))
    start, end = match.start(), match.end("text") + 1
    holders = [Mention(0, 2, "首相", "PERSON", None)]
    assert why(body, start, end, holders, "述べる", set()) == "holder in the sentence before"
    assert why(body, start, end, holders, "述べる", {"述べる"}) == "verb unknown"
    assert why(body, start, end, [], "述べる", set()) == "no subject found"
    asked = "記者は「増税するのか？」と尋ねた。"
    match = next(_QUOTE.finditer(asked))
    assert why(asked, match.start(), match.end("text") + 1, [], "尋ねる", set()) == "a question asked"
