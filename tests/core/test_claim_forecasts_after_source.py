"""A forecast a source tells with no verb of saying and no という (Xによると、…見通しとなっている; …に進む見込み。) is the
source's claim, as …見通しだという is; an event a source tells and the writer's own forecast stay no claim."""

from tests.core.claim_helpers import candidates, holder_of


def test_an_outlets_forecast_after_its_source_is_its_claim():
    [c] = candidates("共同通信によると、同社の今期の営業利益は前期を大きく下回る見通しとなった。")
    assert c.text == "同社の今期の営業利益は前期を大きく下回る見通し" and holder_of(c) == "共同通信"
    assert c.attribution == "indirect"


def test_a_bodys_forecast_ending_in_mikomi():
    [c] = candidates("気象庁によると、台風12号は明日の朝にも九州南部に上陸する見込み。")
    assert c.text == "台風12号は明日の朝にも九州南部に上陸する見込み" and holder_of(c) == "気象庁"
    [c] = candidates("気象庁によれば、大雨は週末まで続く見込みである。")
    assert c.text == "大雨は週末まで続く見込み" and holder_of(c) == "気象庁"


def test_an_event_told_by_a_source_and_the_writers_forecast_stay_no_claim():
    assert candidates("共同通信によると、同社の営業利益は前期を下回った。") == []
    assert candidates("政府は来年度に法案を提出する見通しだ。") == []


def test_a_forecast_closing_the_first_clause_of_a_sentence():
    said = candidates("時事通信によると、熱帯低気圧は今後台風に発達する見込みで、週末にも西日本に接近する。")
    assert [(c.text, holder_of(c)) for c in said] == [("熱帯低気圧は今後台風に発達する見込み", "時事通信")]


def test_a_forecast_named_as_a_thing_is_no_clause_of_its_own():
    # the で of である opens no clause: what was decided or came to light names the forecast, the source tells no forecast
    assert candidates("日経新聞によると、協賛者のコナミが来年も大会を支援する見込みである事も正式に決めた。") == []
    assert candidates("読売新聞によると、同社の営業利益は前期を大きく下回る見通しであることが分かった。") == []
    said = candidates("時事通信によると、台風は今後さらに発達する見込みであるが、上陸はしない。")
    assert [(c.text, holder_of(c)) for c in said] == [("台風は今後さらに発達する見込み", "時事通信")]


def test_a_forecast_of_a_topic_named_after_the_source_is_the_sources():
    # 野田氏 is what the paper forecasts, not who forecasts it
    [c] = candidates("読売新聞によると、野田氏は8月30日の本会議で首相指名を受けて首相に就任する見通しで、内閣の発足はその後となる。")
    assert c.text == "野田氏は8月30日の本会議で首相指名を受けて首相に就任する見通し" and holder_of(c) == "読売新聞"
    [c] = candidates("共同通信によると、トヨタ自動車は来年に北米で新工場を建設する見通しとなった。")
    assert c.text == "トヨタ自動車は来年に北米で新工場を建設する見通し" and holder_of(c) == "共同通信"
    [c] = candidates("読売新聞によると、トヨタ自動車は来年に北米で新工場を建設する見込みだという。")
    assert holder_of(c) == "読売新聞"
