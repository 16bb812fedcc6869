"""A reported claim opening right after a が-subject is held by the sentence's topic named before it in the same
clause: the が-subject is the one the claim tells of (core.claims.content_subjects)."""

from tests.core.claim_helpers import claim_with, claims_with, holder_of


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


def test_a_bare_title_nobody_named_holds_what_it_says_of_the_ga_subject():
    # no 首相 named before: the title says it, the country is what it tells of, inside the claim's span
    claim = claim_with("首相は米国が協力すると述べた。", "協力する")
    assert holder_of(claim) == "首相" and claim.text == "米国が協力する"
    claim = claim_with("政府は18日、米国が協力すると発表した。", "協力する")
    assert holder_of(claim) == "政府" and claim.text == "米国が協力する"


def test_a_bare_title_named_before_stays_the_person_and_a_thing_holds_nothing():
    assert holder_of(claim_with("岸田文雄首相は先週訪日した。首相は米国が協力すると述べた。", "協力する")) == "岸田文雄"
    # a matter as the topic (その会議では): the が-subject says it
    assert holder_of(claim_with("会議は米国が協力すると発表した。", "協力する")) == "米国"


def test_people_opening_the_sentence_hold_a_claim_no_holder_was_read_for():
    claim = claim_with("遺族は放水銃が原因であることは明白であるとし、警察に謝罪を求めた。", "明白")
    assert holder_of(claim) == "遺族" and claim.text.startswith("放水銃が")
    # a place or thing as the topic is the claim's own words
    assert all(holder_of(c) != "事故" for c in claims_with("事故は放水銃が原因であることは明白であるとし、警察に謝罪を求めた。", "明白"))
