"""Who tells what in newspaper diplomacy prose: a country's press that reports in a closing sentence, the sources
travelling with a minister (同行筋), and a matter that only became known, which nobody tells."""

from tests.core.claim_helpers import candidates, claims_held


def test_a_countrys_press_closing_the_report_holds_it_not_the_country():
    text = "両国の外相が来週ソウルで会談する。韓国メディアが伝えた。"
    assert claims_held(text) == [("両国の外相が来週ソウルで会談する", "韓国メディア")]


def test_a_countrys_state_press_holds_it_too():
    text = "両国の外相が来週ソウルで会談する。中国国営メディアが伝えた。"
    assert [h for _, h in claims_held(text)] == ["中国国営メディア"]


def test_the_sources_travelling_with_a_minister_hold_their_quotes():
    text = "同行筋は「日程は直前に固まった」としながらも「率直な議論ができた」と話している。"
    assert [h for _, h in claims_held(text)] == ["同行筋", "同行筋"]


def test_what_has_not_become_clear_is_told_by_nobody():
    assert candidates("両外相の具体的なやりとりは明らかになっていない。") == []


def test_what_became_clear_is_no_claim_but_what_someone_made_clear_is():
    assert candidates("交渉が来月にも再開される見通しであることが10日までに明らかになった。") == []
    made_clear = candidates("岸田外相は、交渉を来月にも再開すると明らかにした。")
    assert [c.text for c in made_clear] == ["交渉を来月にも再開する"]


def test_an_outlets_commentary_against_something_is_its_claim():
    assert claims_held("朝鮮中央通信は21日、米韓合同軍事演習を非難する論評を配信した。") == [
        ("米韓合同軍事演習", "朝鮮中央通信")]
    assert claims_held("人民日報は、日本の防衛費増額を批判する社説を10日掲載した。") == [("日本の防衛費増額", "人民日報")]


def test_a_pair_of_countries_announcing_together_holds_as_the_pair():
    text = "日韓両政府は5日、林芳正外相が来週ソウルを訪れ、朴振外相と会談すると発表した。"
    assert [h for _, h in claims_held(text)] == ["日韓両政府"]
    assert [h for _, h in claims_held("米国は北朝鮮の核開発を強く非難した。")] == ["米国"]  # one country holds alone


def test_where_a_view_was_told_is_not_part_of_it():
    for text in ("林外相は共同会見で日本の立場は変わらないと強調。", "林外相は10日の記者会見で日本の立場は変わらないと述べた。",
                 "林外相は会談後の記者会見で、日本の立場は変わらないと強調した。"):
        assert [c.text for c in candidates(text)] == ["日本の立場は変わらない"], text
