"""An outlet's report relayed by another outlet is the first outlet's, the relaying one `via` (core.claims.relayed)."""

from tests.core.claim_helpers import candidates, holder_of


def _one(text):
    [claim] = candidates(text)
    return claim, holder_of(claim), [v["text"] for v in claim.via]


def test_a_wire_report_a_paper_carries_is_the_wire_agency_s():
    # Wikinews: the 2005 Kashmir earthquake
    claim, holder, via = _one("日本経済新聞は共同通信電として、市内ではビルが一部崩れるなどの被害が出たと伝えた。")
    assert (claim.text, holder, via) == ("市内ではビルが一部崩れるなどの被害が出た", "共同通信", ["日本経済新聞"])


def test_a_quote_from_an_agency_s_information_is_the_agency_s():
    # Wikinews: the Baghdad bombings of September 2005
    text = ("また読売新聞は、AFP通信からの情報として、同組織のリーダーであるアブー・ムサブ・アル・ザルカウィ容疑者を名乗る人物が、"
            "「14日、音声テープをウェブサイト上で流し、イラクのイスラム教シーア派に対する「全面戦争」を宣言した」と報じた。")
    claim, holder, via = _one(text)
    assert claim.text.startswith("「14日") and holder == "AFP通信" and via == ["読売新聞"]


def test_a_paper_named_with_its_day_and_a_kind_of_outlet_hold():
    claim, holder, via = _one("中国新聞は27日のファクト紙の報道として、党首が連立交渉に入る意向を示したと伝えた。")
    assert (claim.text, holder, via) == ("党首が連立交渉に入る意向を示した", "ファクト紙", ["中国新聞"])


def test_an_official_s_remark_stays_the_outlet_s_claim_with_the_official_via():
    # Wikinews: fighting in Somalia, told by The Times
    claim, holder, via = _one("14日、タイムズは、政府当局の発言として武装勢力85人が死亡、17人が捕虜になったと伝えた。")
    assert (claim.text, holder, via) == ("武装勢力85人が死亡、17人が捕虜になった", "タイムズ", ["政府当局"])


def test_a_place_a_report_came_from_holds_nothing():
    claim, holder, via = _one("共同通信はマニラからの報道として、8人が死亡し、11,000人が避難したと伝えている。")
    assert (claim.text, holder, via) == ("8人が死亡し、11,000人が避難した", "共同通信", [])


def test_a_remark_an_outlet_quotes_is_the_outlets_with_the_speaker_via():
    # the claims gold's twenty-fifth draw (wn-02506): …の発言として「…」という評を伝えている
    text = "またイタリアの報道機関は、ムスリム関係者の発言として「ブチュタ氏は穏健な指導者」という評を伝えている。"
    [c] = candidates(text)
    assert holder_of(c) == "イタリアの報道機関"
    assert [v["text"] for v in c.via] == ["ムスリム関係者"]
