"""What the words around a bare name say only of a person: they speak, stand in a list of people,
or are told apart from a namesake by a given name in brackets.

A one-character name (澤, 原, 林) is a real person in sports and entertainment news without
an honorific when the sentence treats it as one: 「…」と切り出した澤は (a speech clause describes it),
澤は「…」と語った (the speaker of a quote), 澤や宮間ら, 二岡、林ら (listed with people, ら after it),
小林(宏)投手, 岸(孝之)君 (a given name in brackets tells two players apart). A thing a tagger misreads
as a name (金は狙わなければ獲れない, 堤は…築かれていた) does what things do, so deeds in general are
no evidence: only speech and company are.
"""

from __future__ import annotations

import re

from core.nlp.name_chars import is_kanji
from core.sentences import LONGEST
from core.text import line_start

# Verbs of speaking, as stems: the speaker is their subject (澤は「…」と語った) or the noun a
# clause of them describes (「…」と切り出した澤は).
_SPEECH = (r"(?:語|話し|話す|述べ|明か|言っ|言い|言う|コメント|振り返|切り出|続け|答え|応じ|笑|ぼや|嘆|"
           r"強調|告白|打ち明け|明言|断言|激白|告げ|呟|つぶや|叫|答弁|発言|主張|指摘|説明|訴え)")
# A clause closed by a quote's と and ending in a speech verb's plain form, right before the name.
_SAID_BEFORE = re.compile(r"」と(?:[^。「」、\n]{0,6}?)" + _SPEECH + r"[^。「」、\n]{0,4}?(?:た|る|す|う|く)$")
# The name as topic or subject, then a quote closed by a speech verb in its sentence (澤は「…」と語った; not
# 堤は「へ」の字状に築かれていた: a quote is no speech without its verb).
_SPEAKS_AFTER = re.compile(r"(?:は|が|も)、?[^。「」\n]{0,30}?「[^」]{1,200}」と[^。「」、\n]{0,6}?" + _SPEECH)
# The name between a quote's と and its speech verb: 「…」と澤は語った.
_QUOTE_BEFORE = re.compile(r"」と、?$")
_SPEECH_AFTER = re.compile(r"(?:は|が)[^。「」、\n]{0,8}?" + _SPEECH)
# ら after a name marks the people it leads (林ら強打者, 林らキャスト, 王ら栄光の…): not らしい, られる.
_AND_OTHERS = re.compile(r"ら(?=[がはのをにともへで、]|[\u4e00-\u9fff\u30a1-\u30fa])")
# A given name in brackets after a surname, with or without a standing after it: 岸(孝之)君 (kana in
# brackets are a reading: 金(かね)).
_GIVEN_IN_BRACKETS = re.compile(r"[(（][\u4e00-\u9fff]{1,3}[)）]")
# A surname in brackets before a given name, as talk transcripts supply it: (細貝)萌 (two letters at least: (株), (土)
# mark a company or a day).
_SURNAME_IN_BRACKETS = re.compile(r"[(（][\u4e00-\u9fff]{2,3}[)）]$")
# A Latin letter after a word for a person stands for one, as crime and court reports name people: 被害者C, 少年A.
_PERSON_NOUN_BEFORE = re.compile(r"(?:被害者|容疑者|被告人|被告|少年|少女|男性|女性|男児|女児|社員|生徒|学生|人物|患者)$")
# A character of a drama or a film named by its part: 主人公・江, 女子高生・恵役, 薫役を演じる (a part, 役, after it;
# a word for a person's part in the story before it, joined by ・).
_PART_AFTER = re.compile(r"役(?=[をにはでのがも、]|として|演)")
_PART_BEFORE = re.compile(r"(?:主人公|ヒロイン|女子高生|男子高生|少女|少年|妻|夫|娘|息子|長男|長女|次男|次女)・$")
# The marks that join names in a list, before a name and after one.
_JOINS_BEFORE = ("、", "や", "と", "・")
_JOINS_AFTER = ("や", "と", "・")


def treated_as_person(folded: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    """Whether the words around folded[start:end] treat it as a person: it speaks, it is one of a list of
    people (people: the spans of the article's other people), or a given name in brackets follows it
    (岸(孝之)), a surname in brackets comes before it ((細貝)萌), or it stands in brackets right after another
    person's surname (小林(宏)), or it is a letter after a word for a person (被害者C), or a
    story's character named by its part (主人公・江, 薫役)."""
    first = line_start(folded, start, LONGEST)  # (a quote open since further back is no speaker's word here)
    if folded.count("「", first, start) <= folded.count("」", first, start):
        # outside a quote: a name inside one (「金がなく…」) is any speaker's word
        if _SAID_BEFORE.search(folded, max(first, start - 40), start) or _SPEAKS_AFTER.match(folded, end):
            return True
        if _QUOTE_BEFORE.search(folded, max(first, start - 3), start) and _SPEECH_AFTER.match(folded, end):
            return True
    if folded[start].isascii() and folded[start].isupper() and _PERSON_NOUN_BEFORE.search(folded, max(0, start - 3), start):
        return True
    if _PART_AFTER.match(folded, end) or _PART_BEFORE.search(folded, max(0, start - 6), start):
        return True
    if _AND_OTHERS.match(folded, end) or _GIVEN_IN_BRACKETS.match(folded, end) or \
            _SURNAME_IN_BRACKETS.search(folded, max(0, start - 5), start):
        return True
    before, after = folded[start - 1 : start] if start else "", folded[end : end + 1]
    if before in ("(", "（") and after in (")", "）") and is_kanji(folded[start]):
        return any(b == start - 1 for _, b in people)
    # listed with a person: 宮間や澤, 宮間、澤 before it; 澤や宮間 after it (a comma after it parts clauses: 今も尚、上原さんを)
    return ((before in _JOINS_BEFORE and any(b == start - 1 for _, b in people)) or
            (after in _JOINS_AFTER and any(a == end + 1 for a, _ in people)))
