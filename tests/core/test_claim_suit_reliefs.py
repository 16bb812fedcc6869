"""What a suit asks, told with its filing in the same clause (…損害賠償を求めて…地裁に提訴した, …差し止めを求め仮処分を
申し立てた, …無効を求め起こした訴訟), is no claim: the filing is an act, and the gold lists the suit's reason (…として), not
its relief. A request with no filing after it (…辞任を求めた, …賃上げを求めて、交渉を続けている) stays a claim."""

from tests.core.claim_helpers import candidates


def _asked(sentence: str) -> list[str]:
    return [c.text for c in candidates(sentence) if c.cue.startswith("を求め")]


def test_the_relief_a_suit_asks_told_with_its_filing_is_no_claim():
    assert _asked("原告の男性は、運送会社に対して500万円の損害賠償を求めて大阪地方裁判所に提訴した。") == []
    assert _asked("同社は、競合する菓子メーカーに商品名の使用差し止めを求め仮処分を申し立てている。") == []
    assert _asked("元社員は未払い賃金の支払いを求め訴訟を起こしている。") == []
    assert _asked("組合側が協力金の支払いを求め2月に地裁に提訴した。") == []


def test_a_relief_told_in_a_clause_that_names_the_suit_is_no_claim():
    assert _asked("また、裁判長は同日、被告の会社が特許の無効を求め起こした別の訴訟についても、請求を退けた。") == []
    assert _asked("母親が親権の変更を求めて家庭裁判所に調停を申請したが、不調に終わった。") == []


def test_a_request_with_no_filing_after_it_stays_a_claim():
    assert _asked("野党各党は首相の辞任を求めた。") == ["首相の辞任"]
    assert _asked("労働組合は経営側に賃上げを求めて、交渉を続けている。") == ["経営側に賃上げ"]


def test_a_relief_told_before_a_comma_and_its_filing_is_no_claim_but_a_threat_of_one_is():
    assert _asked("製菓会社は、類似商品の販売差し止めと廃棄を求め、11月28日に札幌地裁に提訴した。") == []
    assert _asked("男性は慰謝料500万円を求め、訴訟を起こす準備を進めている。") == []
    assert _asked("組合は賃上げを求め、応じなければ訴訟も辞さない構えだ。") == ["賃上げ"]
