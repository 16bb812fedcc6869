"""A partner met as well (Bとも会った): a meeting of its own, which a bare 会談 told after it speaks of, not the
talks told before it; a dinner told after talks is no meeting a bare 会談 speaks of."""

from datetime import date

from tests.core.meeting_helpers import proposals_in


def test_a_leader_met_as_well_on_a_trip_is_a_meeting_of_its_own_and_takes_the_bare_word_after_it():
    text = ("岸田文雄首相は10日、ハノイでベトナムのファム・ミン・チン首相と会談した。"
            "首相はその後、ベトナム共産党のグエン・フー・チョン書記長とも会った。会談では、南シナ海問題が話し合われた。")
    found = {tuple(sorted(x.name for x in p.participants)): len(p.mentions)
             for p in proposals_in(text, date(2023, 5, 11))}
    assert found == {("ファム・ミン・チン", "岸田文雄"): 1, ("グエン・フー・チョン", "岸田文雄"): 2}


def test_a_bare_meeting_word_after_a_dinner_speaks_of_the_talks_not_the_dinner():
    text = ("岸田文雄首相は10日、ベトナムのファム・ミン・チン首相と会談した。"
            "首相は同日夜、グエン・スアン・フック国家主席主催の夕食会に出席した。会談では経済協力を確認した。")
    found = {tuple(sorted(x.name for x in p.participants)): sorted(m.text for m in p.mentions)
             for p in proposals_in(text, date(2023, 5, 11))}
    assert found == {("ファム・ミン・チン", "岸田文雄"): ["会談", "会談"], ("グエン・スアン・フック", "岸田文雄"): ["夕食会"]}
