"""A name with a person's title or honorific that the tagger read as a body (桑原主将, 森貫主): the person."""

from core.model import Mention
from core.nlp.title_names import _titled_read_as_body
from core.nlp.tokens import tokenize
from tests.core.entity_helpers import spans


def test_a_surname_and_a_captains_title_is_the_person():
    found = spans("桑原主将は「勝ててよかった」と話した。")
    assert ("桑原", "PERSON") in found
    assert ("桑原主将", "ORG") not in found


def test_a_surname_and_a_players_title_is_the_person():
    assert spans("三井選手は「次も勝つ」と話した。") == [("三井", "PERSON")]


def test_a_head_priest_named_by_his_surname_is_the_person():
    found = spans("清水寺の森清範貫主は「今年の漢字」を揮毫した。森貫主は「感謝の気持ちを込めた」と話した。")
    assert ("森", "PERSON") in found
    assert ("森貫主", "ORG") not in found


def test_a_body_with_a_head_of_its_own_is_no_person():
    found = spans("日本協会会長は「残念だ」と述べた。")
    assert not any(kind == "PERSON" for _, kind in found)


def test_a_body_read_with_its_head_by_the_tagger_is_not_cut_to_a_person():
    # Detection cuts 日本協会 off before this rule sees it, so the sentence above passes without the rule's guard:
    # the tagger's body is handed to the rule as it would read it.
    for text in ("日本協会会長は述べた。", "中央署署長は述べた。", "野球部主将は語った。"):
        tokens = tokenize(text)
        index_at = {token.start: index for index, token in enumerate(tokens)}
        body = Mention(0, text.index("は"), "", "ORG", source="tagger")
        assert _titled_read_as_body(text, body, index_at, tokens) is None, text
    tokens = tokenize("桑原主将は語った。")
    index_at = {token.start: index for index, token in enumerate(tokens)}
    person = _titled_read_as_body("桑原主将は語った。", Mention(0, 4, "", "ORG", source="tagger"), index_at, tokens)
    assert (person.start, person.end, person.type) == (0, 2, "PERSON")


def test_a_team_named_by_its_town_before_a_players_title_is_no_person():
    # The tagger reads a club and its captain as one body (阪神主将, 鹿島選手): the town is the team's, never a surname.
    for text in ("阪神主将は「悔しい」と話した。", "浦和主将が「次は勝つ」と語った。", "鹿島選手が「悔しい」と話した。"):
        assert not any(kind == "PERSON" for _, kind in spans(text)), text


def test_a_club_named_by_a_katakana_word_before_a_captains_title_is_no_person():
    # レッズ, ガンバ are words UniDic knows, no one's name; ムーア is a person's (kept above).
    for text in ("レッズ主将は「悔しい」と話した。", "ガンバ主将が「次は勝つ」と語った。"):
        assert not any(kind == "PERSON" for _, kind in spans(text)), text
    assert ("ムーア", "PERSON") in spans("ムーア騎手は「馬が頑張った」と話した。")
