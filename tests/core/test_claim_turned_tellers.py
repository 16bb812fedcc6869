"""Who tells a report without quotes when its sentence turns after a contrast (Aは…していないが、Bは、…と伝えている):
the topic the sentence turns to, though no entity names it (a ministry written with its country), never the topic
before the turn (sentences written for the project)."""

from tests.core.claim_helpers import claims_held


def test_a_ministry_no_entity_names_tells_after_a_contrast():
    text = ("航空会社は乗客の氏名を明らかにしていないが、エジプトの観光省は、死亡した3人はいずれもフランス国籍の"
            "観光客だと伝えている。")
    assert claims_held(text) == [("死亡した3人はいずれもフランス国籍の観光客だ", "エジプトの観光省")]


def test_a_ministry_after_a_contrast_in_the_present_tense_tells():
    text = "運営会社は説明を続けているが、ケニアの保健省は、感染者が20人を超えたと発表した。"
    assert claims_held(text) == [("感染者が20人を超えた", "ケニアの保健省")]


def test_a_matter_after_a_contrast_tells_nothing():
    # the topic after the turn is no people nor body: the sentence's topic before the turn keeps the report
    text = "同社は詳しい理由を明らかにしていないが、被害の規模は、想定を大きく上回るとみている。"
    assert all(holder != "被害の規模" for _, holder in claims_held(text))
