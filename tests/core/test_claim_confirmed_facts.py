"""A fact someone confirms (…が死んだことを確認している, …逮捕したことを確認した) is their claim; a plan confirmed
together, a confirmation sought and a confirmation with a bare noun are not (Japanese Wikinews, CC BY 2.5)."""

from tests.core.claim_helpers import candidates, claims_held, holder_of, wikinews_claims_body


def test_a_travel_agency_confirming_two_deaths_holds_each():
    body = wikinews_claims_body("wn-01692")
    start = body.index("JTBはすでに")
    sentence = body[start : body.index("。", start) + 1]
    found = [c for c in candidates(sentence) if c.cue == "を確認し"]
    assert [c.text.endswith("1組の夫婦が死んだ") for c in found] == [True, True]
    assert "さらにもう1組の夫婦が死んだ" in found[1].text and {holder_of(c) for c in found} == {"JTB"}


def test_an_official_confirming_arrests_and_a_health_body_confirming_deaths():
    [c] = candidates("OPP副局長モーリス・パイロンは、抗議集団が呼び入れた援軍が警察を後退させる前に、16人を逮捕したことを確認した。")
    assert c.text.endswith("16人を逮捕した") and "パイロン" in holder_of(c)
    [c] = candidates("また、WHOは9日までに、トルコの東部で子供2人がH5N1型の鳥インフルエンザに感染して死亡したことを確認した。")
    assert c.text.startswith("トルコの東部で") and c.text.endswith("死亡した") and holder_of(c) == "世界保健機関"


def test_the_absence_of_harm_confirmed_is_a_finding():
    [c] = candidates("外務省は、邦人に被害がないことを確認している。")
    assert c.text == "邦人に被害がない" and holder_of(c) == "外務省"


def test_plans_confirmed_together_are_agreements_not_claims():
    assert claims_held("日刊スポーツによると、25日、プロ野球の北海道日本ハムファイターズは、今回の夏の甲子園で準優勝した"
                       "駒大苫小牧のエース投手・田中将大投手を、9月25日の高校生ドラフトで指名することを確認した。") == []
    assert claims_held("両党は、党内の足並みを揃えることを確認した。") == []
    assert claims_held("両首脳は、核兵器を持たないことを確認した。") == []


def test_a_confirmation_a_lawsuit_seeks_is_no_finding():
    assert [c for c in candidates("産経新聞によれば、この裁判は、起立と斉唱の義務がないことを確認し、慰謝料を求めるために行われた。")
            if c.cue == "を確認し"] == []
