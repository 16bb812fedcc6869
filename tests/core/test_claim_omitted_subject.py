"""The subjects of the sentences with no claim are read only when a later claim asks for the one its sentence omits."""

import core.claims.unclaimed as unclaimed
from core.claims.unclaimed import OmittedSubject
from core.clauses.spans import SpanIndex
from core.model import Mention
from tests.core.claim_helpers import candidates, holder_of


def _counting(monkeypatch) -> list:
    reads = []
    read = unclaimed.last_subjects
    monkeypatch.setattr(unclaimed, "last_subjects", lambda *args: reads.append(args[2]) or read(*args))
    return reads


def test_a_claim_whose_sentence_names_its_person_leaves_the_sentences_before_unread(monkeypatch):
    reads = _counting(monkeypatch)
    text = "石原慎太郎東京都知事は10日、都庁で会見を開いた。石原慎太郎知事は「五輪を招致する」と述べた。"
    assert [(c.text, holder_of(c)) for c in candidates(text)] == [("「五輪を招致する」", "石原慎太郎")]
    assert reads == []


def test_a_claim_with_no_holder_of_its_own_reads_the_subject_before(monkeypatch):
    reads = _counting(monkeypatch)
    text = "安倍晋三首相は10日、都内で講演した。五輪については「必ず成功させる」と述べた。"
    assert [(c.text, holder_of(c)) for c in candidates(text)] == [("「必ず成功させる」", "安倍晋三")]
    assert len(reads) == 1


def test_what_a_claim_sets_stays_and_the_rest_is_read_from_the_sentences_before():
    body = "安倍晋三首相は10日、都内で講演した。外務省は「遺憾だ」と述べた。"
    abe = Mention(0, 4, "安倍晋三", "PERSON", source=None)
    ministry = Mention(body.index("外務省"), body.index("外務省") + 3, "外務省", "ORG", source=None)
    omitted = OmittedSubject(body, SpanIndex([abe, ministry]))
    omitted.after([(0, body.index("。") + 1, [abe])])
    omitted.subject = ministry  # the claim's own holder, a body: the person before is still who 彼 stands for
    omitted.settle()
    assert (omitted.subject, omitted.person, omitted.speaker) == (ministry, abe, None)


def test_the_doer_of_a_deed_a_sentence_touches_on_is_not_the_subject_carried_on():
    text = ("岸田首相は10日、記者会見を開いた。\n会見では、中国の王毅外相が先月訪日したことにも触れた。\n"
            "「対話を続けたい」と述べた。")
    [quote] = [c for c in candidates(text) if c.text == "「対話を続けたい」"]
    assert holder_of(quote) == "岸田文雄"
    # a deed the sentence tells as news names its own subject: it goes on
    text = "岸田首相は10日、記者会見を開いた。\n王毅外相は先月訪日した。\n「対話を続けたい」と述べた。"
    [quote] = [c for c in candidates(text) if c.text == "「対話を続けたい」"]
    assert holder_of(quote) == "王毅"
