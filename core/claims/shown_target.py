"""What a candidate's cue can show as its target: the noun it names (意向を示した → 意向), else nothing.

A candidate carries no target; the claims panel shows its cue beside the holder instead. Most cues are
verb forms (言っていた, 述べた, a clipped 言っ), a particle-led fragment (を批判した, について言及した) or a
formal noun (こと, もの, ため, ところ), none of which tells the user what the claim is about. Only a cue
opened by a content noun that the told verb takes as its object (懸念を表明した, 見解を述べ) or that names the
words reported (抗議の声が相次いだ) names one: its leading nouns. A noun ending the cue is the told verb's
stem (と発言, と説明さ), one with が or も the subject of a verb of its own (批判が殺到). Read by form (UniDic's
parts of speech), not by a list of cues.
"""

from __future__ import annotations

from functools import lru_cache

from core.nlp.tokens import tokenize

# Nouns that only stand for the clause before them (こと, もの, ところ, ため): UniDic's 形式名詞, which
# unidic-lite files as 普通名詞, so the class is named here too. A closed class of the grammar.
FORMAL_NOUNS = frozenset({"こと", "事", "もの", "物", "の", "ところ", "所", "ため", "為", "わけ", "訳", "はず",
                          "よう", "様", "ほう", "方", "つもり", "旨", "むね", "点", "模様", "由"})
# Parts of a content noun phrase: common nouns, and the prefixes and suffixes bound to them (各国, 再選)
_NOUN_PARTS = ("名詞,普通名詞,", "接頭辞,", "接尾辞,名詞的,")
# The predicate after the noun's particle holds no particle of a clause of its own (事態がエスカレートすることを
# 懸念する声も…, 最近のTVに愛想をつかした…): then the noun opens that clause, not what the claim is about
_CLAUSE_PARTICLES = ("助詞,格助詞,", "助詞,係助詞,", "助詞,副助詞,")


def _nouns(tokens, first: int) -> int:
    """The index past the content noun phrase opening at tokens[first] (first itself when none)."""
    end = first
    while end < len(tokens) and tokens[end].pos.startswith(_NOUN_PARTS):
        end += 1
    return end


@lru_cache(maxsize=4096)
def shown_target(cue: str | None) -> str:
    """The noun a cue names as what the claim is about (見解を示した → 見解), "" when it names none."""
    tokens = tokenize((cue or "").strip())
    nouns = _nouns(tokens, 0)
    if not nouns or tokens[0].pos.startswith(("接尾辞,", "名詞,普通名詞,助数詞")):
        return ""  # a verb form (言っていた), a particle-led fragment (を批判した), a bare suffix
    head = tokens[:nouns]
    if all(t.surface in FORMAL_NOUNS or "形式名詞" in t.pos for t in head):
        return ""  # ことを明らかにした, ため: the clause before it is the matter, not the cue
    rest = nouns
    if rest + 1 < len(tokens) and tokens[rest].surface == "の" and _nouns(tokens, rest + 1) > rest + 1:
        rest = _nouns(tokens, rest + 1)  # the words it names: 怒りの声が…, 抗議のコメントが殺到
        if rest >= len(tokens) or tokens[rest].surface not in ("が", "も", "は"):
            return ""  # 余裕の発言, 高校側の体制を批判する…: no words the noun names, their subject
    elif rest >= len(tokens) or tokens[rest].surface != "を" or not tokens[rest].pos.startswith("助詞,格助詞"):
        # the noun as the told verb's stem (と発言, と説明さ, 発表した), as the subject of one the words have
        # (批判が相次ぐ, 声が出て, 意見も目立つ): the kind of words, not what they are about
        return ""
    if any(t.pos.startswith(_CLAUSE_PARTICLES) for t in tokens[rest + 1:]):
        return ""  # a clause of its own follows (事態がエスカレートすることを懸念する声も多く寄せられ)
    return "".join(t.surface for t in head)
