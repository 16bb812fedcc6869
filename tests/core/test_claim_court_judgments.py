"""A judgment written as the speaker (判決は、「…」と指摘; 二審・東京高裁判決は、…) holds nothing of its own: the court
does, the one its words name or the one the article named last before it (a 同 word read back to the court of its
kind, a court told as an earlier instance passed over); a judgment no court is named for is left as written."""

from tests.core.claim_helpers import candidates, holder_of


def _holders(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, holder_of(c)) for c in candidates(text)]


def test_a_judgment_is_held_by_the_court_named_before_it():
    text = ("知財高裁は7日、菓子メーカーによる特許権侵害を認める判決を言い渡した。\n"
            "判決は、「原告の特許は、側面の切り込みに限定したものではない」と指摘した。")
    assert ("「原告の特許は、側面の切り込みに限定したものではない」", "知財高裁") in _holders(text)


def test_a_same_word_and_an_earlier_instance_are_read_back_to_the_judgments_court():
    text = ("札幌地方裁判所は29日、国に賠償を命じた。\n同地裁の裁判長は判決を読み上げた。\n"
            "判決は、「階級を利用して抵抗を抑えた」と認定した。")
    assert ("「階級を利用して抵抗を抑えた」", "札幌地方裁判所") in _holders(text)
    text = ("控訴審で大阪高裁は、罰金刑を取り消す判決を言い渡した。\n被告は速度違反に問われていた。\n検察側は上告を検討している。\n"
            "一審の大阪地裁は、検察の主張を認めていた。\n判決は、「測定値の裏付けがない」と指摘した。")
    assert ("「測定値の裏付けがない」", "大阪高裁") in _holders(text)


def test_an_earlier_instance_written_with_a_numeral_is_passed_over_too():
    text = ("大阪高裁は5日、罰金刑を取り消す判決を言い渡した。\n被告は速度違反に問われていた。\n検察側は上告を検討している。\n"
            "1審の大阪地裁は、検察の主張を認めていた。\n判決は、「測定値の裏付けがない」と指摘した。")
    assert ("「測定値の裏付けがない」", "大阪高裁") in _holders(text)


def test_a_judgment_that_names_its_court_is_that_courts():
    assert ("「月千円の限度で協力金は有効」", "東京高裁") in _holders(
        "二審・東京高裁判決は、「月千円の限度で協力金は有効」と認めた。")


def test_a_judgment_no_court_is_named_for_is_left_as_written():
    assert _holders("判決は、「被告の行為は悪質だ」と指摘した。") == [("「被告の行為は悪質だ」", "判決")]


def test_the_supreme_courts_full_name_is_read_whole():
    text = ("最高裁判所第三小法廷は7日、上告を棄却する判決を言い渡した。\n"
            "判決は、「原告の主張には理由がない」と指摘した。")
    assert _holders(text) == [("「原告の主張には理由がない」", "最高裁判所第三小法廷")]


def test_a_court_whose_judgment_is_overturned_is_not_the_judgments():
    text = ("知財高裁の裁判長は30日、東京地方裁判所の判決を取り消し、請求を棄却した。\n原告は上告する方針だ。\n"
            "判決では「特許の内容は容易に発明できた」と指摘した。")
    assert _holders(text) == [("「特許の内容は容易に発明できた」", "知財高裁")]


def test_a_judgment_that_names_its_court_before_no_is_that_courts():
    assert _holders("大阪高裁の判決は、「原告の主張には理由がない」と指摘した。") == [
        ("「原告の主張には理由がない」", "大阪高裁")]


def test_a_court_named_after_other_words_is_read_by_its_own_name_and_a_same_word_after_them_too():
    text = ("同日奈良地方裁判所は、被告に無罪を言い渡した。\n被告は放火の罪に問われていた。\n検察側は控訴を検討している。\n"
            "判決は、「自白は信用できない」と指摘した。")
    assert _holders(text) == [("「自白は信用できない」", "奈良地方裁判所")]
    text = ("札幌地裁は2日、請求を退けた。\n原告は別の訴えを起こした。\n再度同地裁は、請求を退ける判決を言い渡した。\n"
            "原告は控訴する方針だ。\n被告は歓迎した。\n判決は、「原告の主張には理由がない」と指摘した。")
    assert _holders(text) == [("「原告の主張には理由がない」", "札幌地裁")]


def test_a_court_whose_judgment_is_overturned_written_without_no_is_not_the_judgments():
    text = ("大阪高裁は5日、東京地裁判決を破棄し、被告に無罪を言い渡した。\n被告は窃盗の罪に問われていた。\n"
            "検察側は上告を検討している。\n判決は、「犯行を裏付ける証拠がない」と指摘した。")
    assert _holders(text) == [("「犯行を裏付ける証拠がない」", "大阪高裁")]
