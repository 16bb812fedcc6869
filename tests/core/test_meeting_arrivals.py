"""An office holder's arrival abroad told as the visit it opens (…北京入りした, …ソウルに到着し): the country of the place
arrived at hosts it; a leader landing home, a traveller with no office and a visit told by its own word give none
(sentences written for Kaidan in the style of Japanese news)."""

from datetime import date

from tests.core.meeting_helpers import proposals_in


def visits(text):
    return [(p.status, [(x.name, x.role) for x in p.participants]) for p in proposals_in(text, date(2008, 5, 20))
            if p.kind == "visit"]


def test_an_office_holder_arriving_in_a_city_abroad_is_a_visit_to_its_country():
    assert visits("ライス国務長官は15日夜、北京入りした。") == [("held", [("ライス", "visitor"), ("中国", "host")])]
    # at the airport of a country's city
    assert visits("高村外相は10日、インドネシアのジャカルタ国際空港に到着した。") == \
        [("held", [("高村", "visitor"), ("インドネシア", "host")])]


def test_the_arrival_is_a_visit_beside_the_talks_its_sentence_tells():
    [visit, talks] = proposals_in("岡田外相は9日、ソウルに到着し、柳明桓外交通商相と会談した。", date(2009, 10, 12))
    assert (visit.kind, visit.mentions[0].text) == ("visit", "ソウルに到着")
    assert [x.name for x in visit.participants] == ["岡田", "韓国"]
    assert talks.kind == "talks"
    # an arrival told as to come, with the talks it leads to
    assert visits("中曽根外相はまもなくワシントンに到着し、ライス国務長官との会談に臨む。")[0][0] == "scheduled"


def test_a_leader_landing_home_or_a_traveller_with_no_office_is_no_visit():
    assert visits("福田首相は16日、政府専用機で羽田空港に到着した。") == []
    assert visits("観光客が成田空港に到着した。") == []
    assert visits("救援隊の第1陣が12日、四川省入りした。") == []


def test_a_visit_told_by_its_own_word_is_not_told_twice_by_the_arrival():
    assert visits("岡田外相は9日、ソウル入りした。岡田外相の訪韓は半年ぶり。") == \
        [("held", [("岡田", "visitor"), ("韓", "host")])]


def test_the_traveller_is_the_one_the_arrival_describes_or_a_subject_with_mo():
    # a relative clause describing the traveller after it, the host's leader the clause's subject
    assert visits("福田首相は、前日に日本に到着したドイツのメルケル首相と夕食を共にした。") == \
        [("held", [("メルケル", "visitor"), ("日本", "host")])]
    assert visits("特別機でソウルの空港に到着した福田首相は、ホテルに向かった。") == \
        [("held", [("福田", "visitor"), ("韓国", "host")])]
    assert visits("町村外相も26日、北京入りした。") == [("held", [("町村", "visitor"), ("中国", "host")])]


def test_a_visitor_to_japan_is_one_known_or_written_as_of_another_country():
    # a town Kaidan knows by its prefecture; a leader known as of another country
    assert visits("プーチン大統領は15日、山口県長門市に到着した。") == [("held", [("プーチン", "visitor"), ("日本", "host")])]
    assert visits("フランスのマクロン大統領が2日、京都に到着した。") == [("held", [("マクロン", "visitor"), ("日本", "host")])]
    # an office holder of no known country arriving in a Japanese city: a journey at home
    assert visits("橋本知事は15日、大阪に到着した。") == []


def test_what_arrives_after_the_subject_or_inside_their_quote_is_not_their_visit():
    # the goods, a team: a subject of the arrival's own between the office holder and the place
    assert visits("福田首相は15日、救援物資がハイチに到着したことを確認した。") == []
    assert visits("福田首相は、日本の調査団が北京入りしたことを明らかにした。") == []
    # told in the office holder's quote
    assert visits("福田首相は「救援物資がハイチに到着した」と述べた。") == []
    # a clause describing the place keeps the traveller
    assert visits("岡田外相は9日、韓国の大統領が待つソウルに到着した。") == [("held", [("岡田", "visitor"), ("韓国", "host")])]
