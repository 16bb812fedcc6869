"""The claim readers skip a sentence that lacks a word every reading of theirs needs, with the same claims found."""

import re

from core.claims import clauses
from core.claims.clauses import OBJECT_CUE
from core.claims.positions import object_claims
from core.claims.quote_marks import quote_spans, quotes
from core.claims.quotes import told
from tests.core.claim_helpers import candidates, holder_of

# Sentences of the kinds news prose writes, with and without a position taken on an object.
_SENTENCES = [
    "政府は北朝鮮のミサイル発射を強く批判した。",
    "外相は両国の対話の再開を歓迎する意向を示した。",
    "同社は新製品を来月発売すると発表した。",
    "国連は加盟国に人道支援を行うよう求めた。",
    "首相は記者団に対し、増税には慎重な考えを示した。",
    "野党は予算案の修正を要求し、審議の延期を申し入れた。",
    "試合は雨のため中止となり、観客は家路についた。",
    "東京の気温は35度を超え、今年一番の暑さとなった。",
    "市長は事件の責任を認め、辞任する考え。",
    "報告書は反対派の責任についても言及している。",
]


def test_every_reading_of_a_position_holds_one_of_the_words_read_first():
    # the words are the pattern's own alternatives, plain words (no pattern syntax in them)
    words = clauses.OBJECT_WORDS.pattern.split("|")
    assert "批判" in words and "意向" in words and all(re.escape(word) == word for word in words)
    for text in _SENTENCES:
        for match in OBJECT_CUE.finditer(text):
            assert clauses.OBJECT_WORDS.search(text, match.start(), match.end()), (text, match.group(0))


def test_sentences_with_and_without_a_position():
    first = _SENTENCES[0]
    assert [first[s:e] for s, e, *_ in object_claims(first, 0, len(first))] == ["北朝鮮のミサイル発射"]
    asked = object_claims(_SENTENCES[3], 0, len(_SENTENCES[3]))
    assert any(_SENTENCES[3][s:e].startswith("加盟国に人道支援") for s, e, *_ in asked)
    mind = object_claims(_SENTENCES[8], 0, len(_SENTENCES[8]))
    assert any(cue == "考え" for _, _, cue, *_ in mind)
    about = object_claims(_SENTENCES[9], 0, len(_SENTENCES[9]))
    assert any(cue.startswith("について") for _, _, cue, *_ in about)
    for text in _SENTENCES[6:8]:  # no word of a position: nothing, and nothing walked
        assert object_claims(text, 0, len(text)) == [] and not clauses.OBJECT_WORDS.search(text)


def test_quotes_of_a_sentence_with_no_closing_mark():
    opened = "首相は「今後も対話を続けたい"
    assert quotes(opened, 0, len(opened)) == () and quote_spans(opened, 0, len(opened)) == []
    text = "首相は「対話を続けたい」と述べた。"
    assert quotes(text, 0, len(text)) == ((3, 12),) and quote_spans(text, 0, len(text)) == [(3, 12)]
    lost = "もし攻撃があれば反撃するべきである」と大統領は語った。"  # the opening mark was lost
    assert quote_spans(lost, 0, len(lost)) == [(0, lost.index("」") + 1)]


def test_what_a_source_told_needs_its_tokoro():
    text = "キャロル氏が語ったところによると、犯人は3人組だった。"
    [(start, end, cue, _, _)] = told(text, 0, len(text))
    assert cue == "語った" and text[start:end] == "犯人は3人組だった"
    assert told("キャロル氏が語った内容は伏せられた。", 0, 17) == []
    [claim] = [c for c in candidates(text) if "3人組" in c.text]
    assert holder_of(claim) == "キャロル"


def test_a_surname_of_someone_named_before_is_read_only_where_it_is_written():
    from core.claims.persons import Persons
    from core.model import Mention

    body = "石原慎太郎東京都知事は会見を開いた。石原知事は「五輪を招致する」と述べた。都庁は発表を控えた。"
    persons = Persons()
    persons.add(body, [Mention(0, 5, "石原慎太郎", "PERSON", source=None)])
    second = body.index("石原知事")
    [short] = persons.surnames(body, second, body.index("都庁"), [])
    assert (short.text, short.full_name) == ("石原", "石原慎太郎")
    assert persons.surnames(body, body.index("都庁"), len(body), []) == []
    [claim] = candidates(body)
    assert holder_of(claim) == "石原慎太郎"


def test_the_sentence_before_an_outlets_report_is_its_claim():
    from core.claims.reports import reported_by

    text = "大統領選挙でオバマ氏の当選が確実となった。\n17日のBBCなどが伝えた。"
    said = text.index("BBC")
    assert reported_by(text, text.index("17日"), len(text)) == (said, said + 3)
    assert reported_by(text, 0, text.index("\n")) is None  # no verb of reporting in it
    [claim] = candidates(text)
    assert "当選が確実" in claim.text and holder_of(claim) == "BBC"
