"""A position written as a post (…を非難するツイートを行い, …を批判する書き込みをしていた) is its writer's claim on
the object, as a statement made (…を非難する声明を出した) is (livedoor news, CC BY-ND 2.1 JP, NHN Japan)."""

from tests.core.claim_helpers import candidates, claims_held, holder_of


def test_a_tweet_criticising_a_government_is_the_writers_position_on_it():
    text = ("12日、自民党の幹事長代理・世耕弘成氏が、東日本大震災の一周年追悼式で、政府が台湾にとった対応を非難する"
            "ツイートを行い、ツイッター上で波紋を呼んでいる。")
    [c] = candidates(text)
    assert c.text.endswith("台湾にとった対応") and holder_of(c) == "世耕弘成"


def test_a_post_written_on_a_board_is_its_writers_position():
    assert claims_held("田中氏は、増税を批判する書き込みをしていた。") == [("増税", "田中")]


def test_posts_that_pour_in_from_nobody_named_are_no_position():
    assert candidates("増税を批判するツイートが殺到した。") == []
