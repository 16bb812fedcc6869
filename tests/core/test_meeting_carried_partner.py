"""The partner of the subject the sentence before stood on, joined to it by と with a verb no meeting word
(向き合った, 顔を合わせた): the other side of the talks the next sentence tells with that subject alone
(core.meetings.carried_partner). Sentences written for Kaidan in the style of Japanese news."""

from datetime import date

from tests.core.meeting_helpers import proposals_in

DAY = date(2025, 8, 20)


def told(text):
    return [(p.kind, sorted(x.name for x in p.participants)) for p in proposals_in(text, DAY)]


def test_the_person_met_in_the_sentence_before_is_the_other_side_of_the_talks_after():
    text = "トランプ大統領は15日、アラスカでプーチン大統領と向き合った。約3時間の会談の後、記者会見に臨んだ。"
    assert told(text) == [("talks", ["トランプ", "プーチン"])]


def test_the_subject_named_again_in_the_talks_sentence_still_takes_the_partner_before():
    text = "茂木外相は10日、ワシントンでブリンケン国務長官と顔を合わせた。会談で茂木氏は協力を求めた。"
    assert told(text) == [("talks", ["ブリンケン", "茂木"])]


def test_a_companion_or_a_person_compared_is_no_partner():
    text = "茂木外相は10日、ブリンケン国務長官とともにワシントンを訪れた。会談で茂木氏は協力を求めた。"
    assert ("talks", ["茂木"]) in told(text) and ("talks", ["ブリンケン", "茂木"]) not in told(text)
    text = "トランプ大統領は15日、プーチン大統領と比べて若いと語った。会談の後、記者会見に臨んだ。"
    assert ("talks", ["トランプ", "プーチン"]) not in told(text)


def test_a_talks_sentence_naming_someone_else_keeps_its_own_sides():
    text = "茂木外相は10日、ブリンケン国務長官と顔を合わせた。その後の会談で茂木氏は王毅外相にも協力を求めた。"
    assert ("talks", ["ブリンケン", "茂木"]) not in told(text)


def test_the_partner_of_a_meeting_told_in_the_sentence_before_stays_that_meetings():
    text = "岸田首相は10日、ハノイでファム・ミン・チン首相と会談した。岸田首相はその後、地元の財界人らと会談した。"
    assert not any(sides == ["ファム・ミン・チン", "岸田"] and len(p.mentions) == 2
                   for p, (_, sides) in zip(proposals_in(text, DAY), told(text)))
    assert len([kind for kind, _ in told(text) if kind == "talks"]) == 2


def test_talks_opening_their_sentence_with_no_side_take_the_subject_and_partner_before():
    text = "トランプ大統領は15日、アラスカでプーチン大統領と向き合った。会談は約3時間に及んだ。"
    assert told(text) == [("talks", ["トランプ", "プーチン"])]
    text = "石破首相は15日、官邸で李在明大統領と並んで写真撮影に応じた。会談は1時間余り続いた。"
    assert ("talks", ["李在明", "石破"]) not in told(text)  # と並んで: beside, not met
