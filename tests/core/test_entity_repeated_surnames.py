"""People whose names UniDic reads as common words or numbers, found because the article writes their surname again
before a title (core.nlp.repeated_surnames); they then hold their words. Sentences in the manner of Japanese Wikinews."""

from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.claim_helpers import candidates, holder_of
from tests.core.entity_helpers import spans


def test_a_full_name_and_its_surname_again_before_titles_are_one_person():
    text = "レスリング女子69kg級の土性沙羅選手が金メダルを獲得した。土性選手は「苦しかった」と話した。"
    assert [s for s in spans(text) if s[1] == "PERSON"] == [("土性沙羅", "PERSON"), ("土性", "PERSON")]
    found = detect(text, bundled_registry())
    assert len({m.entity_id for m in found if m.type == "PERSON"}) == 1


def test_a_piece_read_as_a_name_gives_way_to_the_whole_name():
    text = "東大の八村敏志准教授らのグループが発表した。八村准教授は「乳酸菌は効く」と話した。"
    assert ("八村敏志", "PERSON") in spans(text) and ("村敏志", "PERSON") not in spans(text)
    assert [holder_of(c) for c in candidates(text)] == ["八村敏志"]


def test_a_surname_with_its_reading_in_brackets_is_the_name():
    text = "同社の元社員・壱崎(いちざき)寿彦容疑者を逮捕した。壱崎容疑者は、「自分1人でやった」と話した。"
    assert [s for s in spans(text) if s[1] == "PERSON"] == [("壱崎", "PERSON"), ("壱崎", "PERSON")]
    assert [holder_of(c) for c in candidates(text)] == ["壱崎"]


def test_people_by_what_they_are_and_crimes_are_no_names():
    text = ("女性市長が誕生した。女性政令指定都市の女性市長として初。日本人選手としては初めて、日本人選手権に出た。"
            "兵庫県警は殺人未遂容疑を殺人容疑に切り替えた。女子選手権で女子選手が勝った。")
    assert [s for s in spans(text) if s[1] == "PERSON"] == []


def test_a_name_written_once_is_left_to_the_other_readers():
    text = "レスリング女子69kg級の土性沙羅選手が金メダルを獲得した。"
    assert ("土性沙羅", "PERSON") not in spans(text)


def test_the_places_a_surname_stands_before_a_title_are_read_once_for_every_full_name():
    """One reading of the article finds each place a title starts, one inside another's too (山田准教授 writes 教授
    after 山田准), and the two or three letters before it that no name's letters run into (not 田准)."""
    from core.nlp.repeated_surnames import _surnames_before_titles

    text = "東大の山田准教授らが発表した。山田准教授は「効く」と、安倍元首相は「良い」と話した。"
    found = _surnames_before_titles(text)
    assert found["山田"] == [3, 15] and found["山田准"] == [3, 15] and "田准" not in found
    assert found["安倍"] == [27] and found["安倍元"] == [27] and "倍元" not in found


def test_each_place_a_surname_stands_again_is_one_person_however_often_the_full_name_is_written():
    """A long article writes the full name and the surname alone many times: each place is read once (before, every
    full name added every later place again: the mentions grew with the square of the article, the time faster)."""
    from core.model import Mention
    from core.nlp.repeated_surnames import repeated_surname_people

    unit = "土性沙羅選手と土性選手。"
    text = unit * 50
    found = repeated_surname_people(text, [Mention(i * len(unit) + 6, i * len(unit) + 7, "と", "ORG", source="x")
                                           for i in range(50)])
    people = [(m.start, m.text) for m in found if m.type == "PERSON"]
    assert len(people) == 100 and len(set(people)) == 100
    assert sum(text == "土性" for _, text in people) == 50
