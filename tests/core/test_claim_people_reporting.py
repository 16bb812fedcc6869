"""Reported speech whose sentence's last topic is people no name is on (遺族は…として, 会場のファンは…を歓迎した) is
theirs, not a court's or a place's from an earlier clause; a topic others tell of (…とみられている, …とAFP通信は伝えている)
or a pair with a named person keeps the holder the readers took (sentences written for these tests)."""

from tests.core.claim_helpers import holders_with

_BEREAVED = ("検察は死因を調べるため司法解剖を請求し、東京地裁は条件付きの令状を出したが、遺族は放水が原因で死亡したのは明らかだ"
             "として解剖を拒否した。")
_CROWD = "名古屋ドームでは試合の中継が行われ、会場のファン3000人は総立ちとなり、代表の勝利を拍手で歓迎した。"


def test_the_bereaved_hold_what_they_reject_over_the_court_of_the_clause_before():
    assert holders_with(_BEREAVED, "原因で死亡") == ["遺族"]


def test_a_crowd_holds_its_welcome_over_the_place_it_stood_in():
    assert holders_with(_CROWD, "代表の勝利") == ["会場のファン3000人"]


def test_people_others_tell_of_leave_the_teller_the_holder():
    assert holders_with("読売新聞によると、男子学生は自転車で逃走しているとみられている。", "自転車で") == ["読売新聞"]
    assert holders_with("ケニアの死者は、増水した川に流されたものとAFP通信は伝えている。", "増水した") == ["AFP通信"]
    assert holders_with("毎日新聞によると、田中一郎容疑者と元妻は昨年に離婚していたが、事件の日に田中容疑者が元妻に復縁を求め"
                        "話し合いをしていた。", "復縁") != ["元妻"]


def test_the_topic_after_a_comma_is_what_the_people_before_it_tell_of():
    assert holders_with("横浜市の病院は十日、患者が死亡したと発表した。患者の家族は、病院の説明は不十分だとして調査を求めている。",
                        "不十分") == ["患者の家族"]


def test_people_inside_a_quote_before_the_claim_hold_nothing_of_it():
    text = "番組には「職員は何もしない」など、視聴者からの指摘が届くまで放送局が気づかなかったことを問題視する意見が寄せられた。"
    assert "職員" not in holders_with(text, "問題視")


def test_people_named_after_a_quoted_word_are_those_a_rule_tells_of():
    text = "スポーツ紙によると、「プロ契約」の中学生は地区予選からの参加を義務付けるとしている。"
    assert "中学生" not in holders_with(text, "地区予選")


def test_people_whose_told_clause_closes_before_the_claim_leave_it_to_the_topic_before_them():
    assert holders_with("政府は、被災地の住民は生活再建が遅れているとして、支援の拡充を求めた。", "支援の拡充") == ["政府"]
    assert holders_with("外務省は、在留邦人の家族は不安を抱えているとして、現地の情報収集を強化する方針を示した。",
                        "情報収集") == ["外務省"]


def test_people_inside_the_words_of_an_earlier_claim_hold_nothing_after_it():
    text = "米政府は、北朝鮮の住民は深刻な食糧不足に直面していると指摘し、人道支援の再開を検討していると明らかにした。"
    assert holders_with(text, "人道支援") == ["米国"]
