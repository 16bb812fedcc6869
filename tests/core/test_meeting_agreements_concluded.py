"""Meetings told by what the sides concluded or keep working on: an alliance or an agreement concluded
(業務提携を結んだ), the body a meeting clause describes (…を結んだソニーに), talks under way told with
進める (sentences of Japanese Wikinews articles no gold holds, CC BY 2.5)."""

from datetime import date

from tests.core.meeting_helpers import proposals_in


def _sides(proposal):
    return {p.name for p in proposal.participants}


def test_an_alliance_concluded_is_a_signing_of_its_two_sides():
    text = "NTTドコモは1月24日、インターネット検索ウェブサイト最大手・アメリカのGoogle(グーグル)と業務提携を結んだことを発表した。"
    [signing] = proposals_in(text, date(2008, 1, 25))
    assert signing.kind == "signing" and signing.start == "2008-01-24"
    # Google(グーグル): the bracket reads the name, the side keeps the name as written
    assert {"NTTドコモ", "Google"} <= _sides(signing) | {p.entity_id.split(":")[-1] for p in signing.participants}


def test_an_alliance_concluded_by_two_subjects_is_one_signing_dated_by_its_day():
    text = "フジサンケイビジネスアイによると、産経新聞とマイクロソフト社は6月27日に事業業務提携を結び、10月1日から「MSN産経ニュース」を立ち上げると発表した。"
    [signing] = proposals_in(text, date(2007, 6, 28))
    assert signing.kind == "signing" and signing.start == "2007-06-27" and len(signing.participants) == 2


def test_an_alliance_relation_concluded_is_a_signing_but_a_friendship_is_none():
    [signing] = proposals_in("ソニーとトヨタ自動車は2003年から資本・業務提携関係を結んでいる。", date(2006, 8, 19))
    assert signing.kind == "signing" and signing.start == "2003" and _sides(signing) == {"ソニー", "トヨタ自動車"}
    assert proposals_in("日本と米国は友好関係を結んでいる。", date(2010, 1, 1)) == []


def test_joining_hands_or_a_players_contract_is_no_signing():
    assert proposals_in("両党は選挙に向けて手を結んだ。", date(2010, 1, 1)) == []
    assert proposals_in("同選手は球団と2年契約を結んだ。", date(2010, 1, 1)) == []


def test_the_body_a_meeting_clause_describes_is_a_side():
    text = "またカメラ部門は一眼レフデジカメに関しては2005年に業務提携を結んだ日本のオーディオメーカー・ソニーに事業譲渡し、アフターサービスもソニー側で受け付ける。"
    [signing] = proposals_in(text, date(2006, 1, 19))
    # of the description 日本のオーディオメーカー・ソニー, the last name is the body described, not the country
    assert _sides(signing) == {"ソニー"} and signing.start == "2005"


def test_what_follows_an_adverbial_clause_is_no_side():
    # 協議した結果サンビスタは…: the result of the talks, then a horse as the next subject
    text = "角居陣営はオーナー側とも協議した結果サンビスタはチャンピオンズカップをもって引退させることが決定された。"
    assert all("サンビスタ" not in _sides(p) for p in proposals_in(text, date(2015, 12, 10)))


def test_talks_told_with_susumeru_are_under_way():
    text = ("朝日新聞と毎日新聞によると、日本のビール・ソフトドリンクなどの酒類・飲料メーカー大手であるキリンホールディングスと"
            "サントリーホールディングスが経営統合へ向けて交渉を進めていることが7月13日(UTC+9)までにわかった。")
    [talks] = proposals_in(text, date(2009, 7, 13))
    assert talks.kind == "negotiation_round"
    assert _sides(talks) == {"キリンホールディングス", "サントリーホールディングス"}


def test_a_dialogue_of_religions_advanced_is_no_meeting():
    text = "ムスリム関係者の発言として「ブチュタ氏はイスラムとキリスト教の対話を進める穏健な指導者」という評を伝えている。"
    assert proposals_in(text, date(2005, 9, 6)) == []


def test_talks_named_by_what_the_sides_work_out_are_meetings():
    # a cited headline (a development article of the meetings gold): 統合交渉, talks named by the merger they work out
    [talks] = proposals_in("NIKKEINET『雪印、日本ミルクと統合交渉「牛乳」再び取り込み規模拡大』。", date(2009, 7, 13))
    assert "日本ミルク" in _sides(talks)
    # a merger council is a body, not talks
    assert proposals_in("両市は合併協議会を設置した。", date(2010, 1, 10)) == []


def test_the_side_talks_are_addressed_to_with_ni_taishite_is_a_side():
    text = "フジサンケイビジネスアイなど各報道によると、イギリスに本拠を置く携帯電話世界最大手ボーダフォンの日本法人に対して、ソフトバンクが買収交渉を行っていることが明らかになった。"
    [talks] = proposals_in(text, date(2006, 3, 5))
    assert {"ボーダフォン", "ソフトバンク"} <= _sides(talks)


def test_an_interview_addressed_to_a_paper_makes_it_no_side():
    text = "石井氏は神戸新聞の取材に対して、「自分ほど北朝鮮と交渉を重ねて、知っている者はいない」と述べた。"
    assert all("神戸新聞" not in _sides(p) for p in proposals_in(text, date(2006, 1, 1)))


_KABE_LINE = (
    "共同通信・日本経済新聞によると、JR西日本と広島市は、可部線(横川-可部間、約14km)について、2003年に廃止された路線の一部区間を"
    "復活させると、2月4日(UTC+9)に発表した。\n"
    "両報道によると、JR各社発足後に廃止された路線が復活するのは、日本全国で初めてのこととなる。\n"
    "日本経済新聞によると、同線は、利用者の減少を理由として、2003年に可部-三段峡間(約46km)が廃止された。\n"
    "しかしその後、地元住民らの要望を受け、可部―旧河戸間の復活について同市と同社が協議を継続して実施してきた。\n")


def test_a_city_and_a_company_referred_back_are_the_sides_of_their_talks():
    # 同市: the city named last; 同社: a company named before, not the newspaper the line before cites
    [talks] = proposals_in(_KABE_LINE, date(2013, 2, 4))
    names = _sides(talks)
    assert "広島市" in names and any(n.startswith("JR") for n in names) and "日本経済新聞" not in names


def test_a_court_is_not_the_company_doushya_refers_to():
    text = ("毎日新聞が原告側弁護団の話として伝えたところによると、値下げ制限を巡る同種の訴訟は東京地裁などで複数係争中だが、"
            "明確に独禁法違反と認定し賠償を命じたのは全国初。\n"
            "毎日新聞によると、判決では、1997年に同社と加盟店基本契約を締結した際、ロイヤルティーを支払う契約内容になっていた。\n")
    assert all("東京地裁" not in _sides(p) for p in proposals_in(text, date(2010, 9, 16)))


def test_two_bodies_a_talks_clause_describes_are_both_sides():
    text = "経営統合を交渉中のキリンホールディングスとサントリーホールディングスは、揃って売上高の過去最高を更新した。"
    [talks] = proposals_in(text, date(2010, 2, 10))
    assert _sides(talks) == {"キリンホールディングス", "サントリーホールディングス"}


def test_the_body_described_joins_the_partner_named_before():
    [talks] = proposals_in("米国と交渉している日本は譲歩した。", date(2010, 1, 10))
    assert {p.entity_id for p in talks.participants} == {"country:US", "country:JP"}


def test_a_body_named_in_brackets_is_a_side():
    text = ("その為に中古品にそれを取り付ける場合はリサイクル業者が各自自主的な検査を受ける必要があるとして、規制実施に反対していたが、"
            "3月24日に行われたリサイクル業者の団体「PSE問題を考える会」と経済産業省との話し合いで、原則発禁の方針こそ変わりないが、"
            "個人による売買を行う場合に関してはPSEマークが付いてない場合でも販売できることになった。")
    [talks] = proposals_in(text, date(2006, 3, 25))
    assert _sides(talks) == {"PSE問題を考える会", "経済産業省"} and talks.start == "2006-03-24"


def test_a_body_in_brackets_after_a_word_for_its_kind_is_read_as_a_body():
    text = ("神戸新聞、日刊スポーツ、読売新聞によると、大阪ドームの運営会社「大阪シティードーム」と精密機械メーカーの京セラは6月28日、"
            "オリックスバファローズの本拠地のひとつである大阪ドームの命名権を正式締結し、7月1日付を持って施設名を「京セラドーム大阪」に"
            "変更することを発表した。")
    [signing] = proposals_in(text, date(2006, 6, 29))
    assert signing.kind == "signing" and "大阪シティードーム" in _sides(signing)
    # a title or a product in brackets is no body: 施設名を「京セラドーム大阪」
    assert "京セラドーム大阪" not in _sides(signing)
