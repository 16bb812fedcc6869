"""A share of a group as who says, answers or thinks (core.claims.shares, core.claims.share_subjects): after the
source the sentence opens with (共同通信によると、住民の多くは…), counted in tenths or per cent after the people it
counts (回答者の6割が), with whose or where they are (現地の日本人の多く), and wherever it stands right before the words
(…との質問に新成人男性の50.0％が「…」と答えている). The share holds as written, the source stays `via`; a share
that is what someone speaks of holds nothing."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_share_after_the_source_holds_and_the_source_stays_via():
    [c] = candidates("ロイター通信によると、住民の多くは「もう戻れない」と話している。")
    assert holder_of(c) == "住民の多く" and [v["text"] for v in c.via] == ["ロイター通信"]
    [d] = candidates("AFP通信によると、専門家の一部は制裁の効果は限定的だと指摘している。")
    assert (d.text, holder_of(d)) == ("制裁の効果は限定的だ", "専門家の一部")
    assert [v["text"] for v in d.via] == ["AFP通信"]


def test_a_share_in_tenths_or_per_cent_after_the_people_holds_as_written():
    [c] = candidates("回答者の6割が増税に反対だと答えた。")
    assert (c.text, holder_of(c)) == ("増税に反対だ", "回答者の6割")
    [d] = candidates("参加者の8割以上が「満足した」と答えた。")
    assert holder_of(d) == "参加者の8割以上"
    [e] = candidates("住民の約半数は移転に反対だと話している。")
    assert holder_of(e) == "住民の約半数"


def test_whose_the_people_are_stays_in_the_name():
    [c] = candidates("現地の日本人の多くは「不安だ」と話している。")
    assert holder_of(c) == "現地の日本人の多く"


def test_a_share_right_before_the_words_answers_them():
    [c] = candidates("1996年に行われた「新成人意識調査」では、同じ質問に新成人男性の50.0％が「交際相手がいる」と答えている。")
    assert holder_of(c) == "新成人男性の50.0％"
    [d] = candidates("聯合ニュースによれば、回答者の多くが北朝鮮に脅威を感じているとした。")
    assert (d.text, holder_of(d)) == ("北朝鮮に脅威を感じている", "回答者の多く")


def test_a_share_someone_speaks_of_holds_nothing():
    [c] = candidates("ロイター通信社報道局は、現場にいた複数の医師が、負傷者の多くは危険な状態にあると語っていると伝えた。")
    assert holder_of(c) == "現場にいた複数の医師"
    [d] = candidates("ラブロフ外相は会見を開いた。その一方で、一部の大国が地域に分断を持ち込もうとしていると指摘した。")
    assert holder_of(d) == "ラブロフ"
    [e] = candidates("小川法相は、内閣府の調査でも多くの国民が死刑を支持していることに言及。")
    assert holder_of(e) != "多くの国民"


def test_a_page_without_sentence_ends_is_read_for_shares_once_for_many_claims(monkeypatch):
    # no 。 nor line break: each claim's sentence reaches back its own LONGEST characters; read one each, the page
    # would be scanned once per claim (a scan of LONGEST characters each), not once per quarter of LONGEST
    import core.claims.share_subjects as share_subjects
    from core.sentences import LONGEST

    scans = []
    pattern = share_subjects._SHARE_SUBJECT

    class Counting:
        def finditer(self, *args):
            scans.append(args[1:])
            return pattern.finditer(*args)

    monkeypatch.setattr(share_subjects, "_SHARE_SUBJECT", Counting())
    body = "回答者の6割が「反対」と答えた、" * 400
    found = candidates(body)
    assert len(found) > 300
    assert len(scans) <= len(body) // (LONGEST // 4) + 2, len(scans)


def test_a_share_an_outlet_tells_of_stays_in_the_words():
    # the outlet named after the words tells them: the share opening the sentence (after its source, or first)
    # is what it tells, kept in the claim, not cut off as if it spoke
    [c] = candidates("地元当局者によると、住民の多くは、すでに町を離れていると、ロイター通信が伝えている。")
    assert c.text == "住民の多くは、すでに町を離れている" and c.cue == "伝えている"
    [d] = candidates("一部の議員は、法案の採決を急ぐべきではないと、CNNが伝えている。")
    assert (d.text, holder_of(d)) == ("一部の議員は、法案の採決を急ぐべきではない", "CNN")
