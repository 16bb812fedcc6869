"""A reported claim whose holder was read inside its own words is held by the topic its clause opens with, when that
topic names people or a body (core.claims.inside)."""

from tests.core.claim_helpers import claim_with, holder_of


def _claim(text, piece):
    claim = claim_with(text, piece)
    return claim, holder_of(claim)


def test_a_city_announcing_what_a_suspect_did_holds_the_claim():
    # Wikinews: the Sagamihara stabbings
    text = "さらに相模原市は、植松容疑者が今年2月に措置入院をした際、尿と血液から、大麻の反応が確認されたことが分かったと26日に明らかにした。"
    claim, holder = _claim(text, "大麻の反応")
    assert holder == "相模原市"
    assert claim.text.startswith("植松容疑者が")  # the claim is what the city made clear, not the city


def test_an_investigating_body_written_with_de_holds_its_view_of_a_suspect():
    # Wikinews: a Japanese Red Army suspect
    text = "捜査本部では菊村受刑者が日本赤軍を通じ、身分偽装用に偽造免許証や偽造旅券を入手していた疑いが強いとみている。"
    assert _claim(text, "偽造旅券")[1] == "捜査本部"


def test_a_person_named_in_a_thing_as_the_topic_does_not_hold():
    # Wikinews: Osaka's assembly vote on moving the prefectural offices
    text = ("今回の投票においても、自民・民主両党の議員の中にも(庁舎移転に)反対する人もいたため、"
            "橋下徹知事の政治力低下は避けられないと報じている。")
    assert _claim(text, "避けられない")[1] != "橋下徹"  # the governor's loss of power is the matter, he tells nothing
