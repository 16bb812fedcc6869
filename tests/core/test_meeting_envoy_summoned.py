"""An envoy summoned to be protested to or told something: the envoy, named or not, stands for the country that sent
them (sentences written for the test)."""

from datetime import date

from tests.core.meeting_helpers import proposals_in

REPORTED = date(2023, 11, 20)


def _talks(text):
    return [([x.name for x in p.participants], p.start) for p in proposals_in(text, REPORTED)]


def test_an_unnamed_envoy_summoned_stands_for_the_country_that_sent_them():
    assert _talks("日本政府は14日、中国の駐日大使を外務省に呼び、抗議した。") == [(["日本", "中国"], "2023-11-14")]
    assert _talks("外務省の秋葉剛男次官は14日、中国の駐日大使を外務省に呼び、抗議した。") == [
        (["秋葉剛男", "中国"], "2023-11-14")]
    # an embassy's minister: the embassy's country
    assert _talks("薮中三十二外務次官は14日、在日中国大使館の公使を外務省に呼び、抗議した。") == [
        (["薮中", "中国"], "2023-11-14")]


def test_a_named_envoy_is_the_side_and_nobody_with_an_office_summoned_is_no_meeting():
    assert _talks("町村外相は14日、中国の王毅駐日大使を外務省に呼び、抗議した。") == [(["町村", "王毅"], "2023-11-14")]
    assert _talks("救急隊員を現場に呼び、手当てをした。") == []
    assert _talks("社長は14日、友人を自宅に呼んで食事をした。") == []
