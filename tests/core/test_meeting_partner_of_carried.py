"""A meeting clause that names its partner alone, its subject carried from the sentence before: a government joined
by と (…演説した。その後、ドイツ政府と協議した) is the partner of the person carried, and a negotiation's partner
(…ナイジェリア政府との交渉の上…亡命した) pairs with the person the sentences before stood on; a bare title carried as
the subject (首相は) is the paper's own holder, for meetings and claims alike. Sentences in the style of Japanese news;
TAYLOR is a Japanese Wikinews article's (CC BY 2.5), cut short."""

from datetime import date

from tests.core.claim_helpers import claims_held
from tests.core.meeting_helpers import told_in

DAY = date(2019, 5, 10)
TAYLOR = ("2003年、当時リベリア大統領だったテイラー前大統領は、隣国シエラレオネの反政府組織を援助し内戦に介入したとして、"
          "戦争犯罪人としてシエラレオネ特別法廷で起訴され、国際社会から追放された。\n"
          "起訴の翌日、国外に逃亡し、ナイジェリア政府との交渉の上ナイジェリアに亡命した。")


def told(text):
    return told_in(text, DAY)


def test_a_government_named_as_the_partner_pairs_with_the_person_carried():
    assert told("マクロン大統領は10日、パリで演説した。その後、ドイツ政府と協議した。") \
        == [("talks", ["ドイツ", "マクロン"])]
    # as when the subject is written in the clause
    assert told("マクロン大統領はその後、ドイツ政府と協議した。") == [("talks", ["ドイツ", "マクロン"])]
    # a country as the subject is still a side beside the government it meets
    assert told("フランスはドイツ政府と協議した。") == [("talks", ["ドイツ", "フランス"])]


def test_a_negotiation_naming_its_partner_alone_pairs_with_the_person_carried():
    assert told(TAYLOR) == [("negotiation_round", ["テイラー", "ナイジェリア"])]
    assert told("テイラー大統領は起訴された。オバサンジョ大統領と交渉した。") \
        == [("negotiation_round", ["オバサンジョ", "テイラー"])]


def test_a_negotiation_carries_nobody_past_another_person_of_its_clause():
    # the outlets told as the source, one of them read as a person, are no negotiator: the body that is the subject
    # and its partner are the sides
    text = ("3月2日のフジサンケイビジネスアイ、デイリースポーツ、朝日新聞の報道によると、大阪ドームを運営する株式会社"
            "大阪シティドームは3月2日、京都市の精密機械メーカー、京セラと命名権の売買交渉で合意したことを明らかにした。")
    [(kind, sides)] = told(text)
    assert "フジサンケイビジネスアイ" not in sides


def test_a_bare_title_as_the_subject_is_the_papers_own_holder_not_the_partner_named_last():
    # both named with no country: 首相 goes on with Japan's prime minister, not the Indian one he met
    text = "岸田首相は10日、モディ首相と会談した。首相は同日夜、経団連の会長と会談した。"
    assert told(text)[-1] == ("talks", ["岸田", "経団連"])
    # a country written with the partner already told them apart
    text = "岸田首相は10日、インドのモディ首相と会談した。首相は同日夜、経団連の会長と会談した。"
    assert told(text)[-1] == ("talks", ["岸田", "経団連"])
    # the claims reader asks the same question of a quote's bare title
    assert claims_held("岸田首相は10日、モディ首相と会談した。首相は「協力を深めたい」と述べた。") == [
        ("「協力を深めたい」", "岸田文雄")]
