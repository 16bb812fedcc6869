"""A holder carried over from the claim before follows the holder the later readers find for that claim
(core.claims.carried_holders)."""

from tests.core.claim_helpers import holder_of_the


def test_the_speaker_an_outlet_reports_goes_on_not_the_outlet():
    body = ("毎日新聞は、Jリーグ・鬼武健二チェアマンは会見で「会場が危険だという印象を与えてしまった」と話したことを伝えた。\n"
            "また、日刊スポーツによれば、「2度とこのような事態が起こらないように指導を徹底させたい」とも話している。")
    assert holder_of_the(body, "「会場が危険だという印象を与えてしまった」") == "鬼武健二"
    assert holder_of_the(body, "「2度とこのような事態が起こらないように指導を徹底させたい」") == "鬼武健二"


def test_a_claim_naming_its_own_holder_keeps_it():
    body = ("毎日新聞は、Jリーグ・鬼武健二チェアマンは会見で「会場が危険だという印象を与えてしまった」と話したことを伝えた。\n"
            "日本サッカー協会は「指導を徹底させたい」と話している。")
    assert holder_of_the(body, "「指導を徹底させたい」") == "日本サッカー協会"
