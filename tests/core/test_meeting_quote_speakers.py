"""The speaker of a quote as a side of the talks it tells with one partner only: a country the speaker would meet
(首相は「中国との首脳会談を行いたい」と述べた) and a body speaking through its unnamed head (トヨタ自動車の社長は
「ホンダとの協議を進めている」); a quote no one is named to say stays with its partner. The speaker as the visitor of a
visit the quote tells with its destination only (首相は「来月、中国を訪問する」と語った) (sentences written for
Kaidan in the style of Japanese news)."""

from datetime import date

from tests.core.meeting_helpers import meetings_in, sorted_names

DAY = date(2023, 5, 10)


def _sides(text):
    return [sorted_names(m) for m in meetings_in(text, DAY)]


def test_the_speaker_would_meet_the_country_the_quote_names():
    assert _sides("岸田首相は10日、「中国との首脳会談を早期に行いたい」と述べた。") == [["中国", "岸田"]]
    # nobody named says it: the country alone
    assert _sides("報道によると、「中国との首脳会談を行う」という。") == [["中国"]]


def test_a_body_speaking_through_its_unnamed_head_is_the_side():
    assert _sides("トヨタ自動車の社長は10日、「ホンダとの協議を進めている」と語った。") == [["トヨタ自動車", "ホンダ"]]
    assert _sides("トヨタ自動車の豊田章男社長は10日、「ホンダとの協議を進めている」と語った。") == [
        ["トヨタ自動車", "ホンダ"]]


def _visit(text):
    return [[(p.name, p.role) for p in m.participants] for m in meetings_in(text, DAY) if m.kind == "visit"]


def test_the_speaker_visits_the_country_the_quote_names():
    assert _visit("岸田首相は10日、記者団に「来月、中国を訪問する」と語った。") == [
        [("岸田", "visitor"), ("中国", "host")]]
    assert _visit("岸田首相は10日、「早期に訪中したい」と述べた。") == [[("岸田", "visitor"), ("中", "host")]]


def test_a_quote_naming_who_goes_or_the_speakers_own_country_keeps_its_visitor():
    assert _visit("岸田首相は10日、「バイデン大統領が来月、日本を訪問する」と語った。") == [
        [("バイデン", "visitor"), ("日本", "host")]]
    assert _visit("習近平国家主席は10日、「中国を訪問する各国首脳を歓迎する」と述べた。") == [[("中国", "host")]]


def test_a_visit_describing_the_people_after_it_is_theirs_not_the_speakers():
    # the speaker of another country only welcomes those who come
    assert _visit("岸田首相は10日、「中国を訪問する各国首脳を歓迎する」と述べた。") == [[("中国", "host")]]
    assert _visit("岸田首相は10日、「中国を訪問したバイデン大統領に感謝する」と述べた。")[0][0] != ("岸田", "visitor")
    # a plan or a time after the verb is still the speaker's visit
    assert _visit("岸田首相は10日、「中国を訪問する予定だ」と語った。") == [[("岸田", "visitor"), ("中国", "host")]]
