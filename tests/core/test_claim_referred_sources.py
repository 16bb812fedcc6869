"""A source told by reference (それによれば, 同紙によると, 発表によると) is the body the word points back to: the claim
comes through it, and the topic the clause after it opens with holds the claim (core.claims.referred_sources)."""

from tests.core.claim_helpers import candidates, holder_of


def test_after_soreniyoreba_the_company_holds_and_the_paper_is_via():
    # the claims gold's twenty-fifth draw (wn-00198): それ is the paper's report, the company it tells of holds
    text = ("毎日新聞は東京電力が社長の解任を検討していると報じた。"
            "それによれば、東京電力は、社長の不正支出が少なくとも23億円とみている。")
    [c] = [c for c in candidates(text) if c.text.startswith("社長の不正")]
    assert holder_of(c) == "東京電力"
    assert [v["text"] for v in c.via] == ["毎日新聞"]


def test_a_speaker_is_not_their_own_source():
    # (Wikinews wn-02670: それによれば、首相は…と語った, the interview the sentence before told him giving)
    text = "安倍晋三首相は新聞のインタビューに応じた。それによれば、安倍首相は、増税は避けられないと語った。"
    [c] = candidates(text)
    assert holder_of(c) == "安倍晋三"
    assert c.via == []


def test_after_soreniyoruto_with_nobody_named_the_body_that_published_holds():
    text = "外務省は報告書を公表した。それによると、核実験の準備が進んでいる可能性が高いとしている。"
    [c] = candidates(text)
    assert holder_of(c) == "外務省"
    assert c.via == []  # the ministry tells its own report


def test_a_report_named_by_its_outlet_is_no_reference_back():
    # 時事通信の報道によると: the report is named with its outlet; the speaker after it holds his words
    text = ("各メディアが前原氏の会見を報じた。"
            "時事通信の報道によると、「会見が始められない」と前原誠司政調会長が会見を拒否したという。")
    [c] = [c for c in candidates(text) if c.text.startswith("「会見")]
    assert holder_of(c) != "各メディア"


def test_a_body_telling_its_own_finding_is_not_its_own_source():
    # (Wikinews wn-00623: 同研究所によれば、…としている, the institute named before)
    text = "理化学研究所は新たなタンパク質を発見した。同研究所によれば、新たな治療法の開発が期待できるとしている。"
    [c] = candidates(text)
    assert holder_of(c) == "理化学研究所"
    assert c.via == []
