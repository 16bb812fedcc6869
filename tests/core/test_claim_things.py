"""A thing as a claim's topic (今回のCDは…としている, 新生プランは…とした): the source the sentence names holds it,
else a source the sentence before names, else nobody — never the thing. Sentences written for Kaidan in the form of
entertainment and business news."""

from core.claims.things import is_thing
from tests.core.claim_helpers import candidates_on as _claims


def test_the_source_named_in_the_sentence_says_what_the_thing_is():
    [claim] = _claims("レコード会社によると、今回のCDは全国で10万枚を売り上げたとしている。")
    assert claim.holder_text == "レコード会社"
    assert claim.text == "全国で10万枚を売り上げた"


def test_the_source_of_the_sentence_before_tells_it_on():
    body = "ITmediaNEWSによると、毎日新聞は独自にウェブを新設する。新ウェブは、一般ニュースのほか地域情報を充実させるとしている。"
    [claim] = [c for c in _claims(body) if c.text.startswith("一般ニュース")]
    assert claim.holder_text == "ITmediaNEWS"


def test_with_no_source_named_the_claim_has_no_holder():
    [claim] = _claims("新生プランは、受信料の公平負担を目指すとしている。")
    assert claim.holder_text is None and claim.holder_entity_id is None


def test_bodies_and_people_are_no_things():
    assert is_thing("今回のCD") and is_thing("新生プラン") and is_thing("計画")
    assert not is_thing("世界食糧計画") and not is_thing("同社") and not is_thing("番組") and not is_thing(None)
    assert not is_thing("マイクロソフト") and not is_thing("カトリック・ニュースサービス")
    [claim] = _claims("同社は、新製品を来月発売するとしている。")
    assert claim.holder_text != "新製品"
