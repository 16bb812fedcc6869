"""An outlet named as the topic, the subject or the setting of a sentence that reports holds the report; a country, a
body or a person named after it is what the report is about. Sentences of the kind wire and press reviews write."""

from core.claims.outlet_topics import outlet_topic
from tests.core.claim_helpers import claim_opening, holder_of


def _holder(body, begins):
    return holder_of(claim_opening(body, begins))


def test_an_outlet_as_the_setting_holds_what_it_reports_of_a_country():
    body = "31日、韓国･聯合ニュースで、北朝鮮は、短距離ミサイルの発射を中断、大陸間弾道ミサイルの発射を優先している、と報じた。"
    assert "聯合ニュース" in _holder(body, "短距離ミサイル")


def test_a_broadcaster_as_the_topic_holds_its_report_of_a_country():
    body = "トルコの放送局であるCNNトルコは捜査当局の話として、この爆発は自爆テロの可能性があると伝えている。"
    assert _holder(body, "捜査当局") == "CNNトルコ"
    body = "イスタンブールで爆発があった。トルコの放送局であるCNNトルコは、トルコ政府はこの爆発は自爆テロの可能性があるとみていると伝えている。"
    assert _holder(body, "トルコ政府") == "CNNトルコ"


def test_outlets_named_as_the_subject_are_found():
    body = "複数の報道機関が、8月30日、イラク西部にある同組織の潜伏先をアメリカが空襲したと伝えている。"
    assert outlet_topic(body, [], 0, body.index("8月30日"))[1] == "報道機関"


def test_an_outlet_whose_own_report_ended_tells_nothing_of_the_next_claim():
    body = "朝日新聞は死者が10人に上ったと報じたが、北朝鮮は被害はなかったと伝えた。"
    assert outlet_topic(body, [], 0, body.index("被害")) is None
    assert outlet_topic(body, [], 0, body.index("死者"))[1] == "朝日新聞"


def test_a_report_with_no_outlet_named_keeps_its_speaker():
    body = "外務省は、北朝鮮がミサイルを発射したと発表した。"
    assert outlet_topic(body, [], 0, body.index("北朝鮮が")) is None
    assert _holder(body, "北朝鮮が") == "外務省"


def test_an_outlets_account_as_the_setting_holds_what_it_reports():
    body = ("日本生命が三井生命を買収する方針を固めた。朝日新聞の調べでは、日本生命は三井生命の大株主である三井住友銀行などから"
            "株式を取得すると報道しているが、取得金額については不明である、と報じている。")
    assert outlet_topic(body, [], 0, body.index("三井生命の大株主"))[1] == "朝日新聞"
    body = "一方で読売新聞の報道を見ると、日本生命が三井生命に対するTOBを実行する方向で動きを見せている、と報じている。"
    assert outlet_topic(body, [], 0, body.index("日本生命が"))[1] == "読売新聞"


def test_a_magazine_named_in_brackets_with_its_issue_is_found():
    body = "5日発売「週刊アサヒ芸能」（7/14号）は、二人の不仲が社内でも知られていると伝えている。"
    assert outlet_topic(body, [], 0, body.index("二人"))[1] == "週刊アサヒ芸能"
