"""A reported claim opening right after a が-subject is held by the sentence's topic named before it in the same
clause: the が-subject is the one the claim tells of (core.claims.content_subjects)."""

from tests.core.claim_helpers import claim_with, holder_of


def test_the_topic_holds_what_it_says_of_the_ga_subject():
    text = "首脳会談で、岸田首相は先月就任したアルバニージー氏が、就任後最初の訪問先に日本を選んだことに感謝の意を表明した。"
    assert holder_of(claim_with(text, "訪問先")) == "岸田文雄"


def test_a_report_of_the_subject_s_words_stays_the_subject_s():
    # the outlet tells what the ministry announced: the ministry holds, the outlet passes it on
    text = "共同通信は、ロシア国防省が演習を終えたことを発表したと伝えた。"
    assert holder_of(claim_with(text, "演習")) != "共同通信"



def test_a_subject_s_own_saying_made_the_matter_the_topic_answers_stays_the_subject_s():
    # the secretary condemns what North Korea claimed: the claim is North Korea's
    text = "菅義偉官房長官は北朝鮮が日本の排他的経済水域にミサイルを落としていないと主張したことを強く非難した。"
    assert holder_of(claim_with(text, "ミサイルを落としていない")) == "北朝鮮"
