"""Sides named in the meeting's own sentence as bodies, territories and a country's officials: a territory with its
government (香港政府), a country's 当局, a delegation of members of a parliament (米国の議員団), two bodies joined by a
slash (CDU/CSU), a country's official named by office as the subject (エジプトの情報長官は), a body that decides
after talks with a partner (協議の上), and a territory or a movement kept beside its country in the plan."""

from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from core.registry import bundled_registry

REGISTRY = bundled_registry()


def sides(text: str, published: str = "2010-06-01") -> list[list[str]]:
    plan = plan_meetings(text, detect(text, REGISTRY), published, None, REGISTRY)
    return [sorted(p.name for p in proposal.participants) for proposal in plan.proposals if proposal.kind != "visit"]


def test_a_territory_with_its_government_is_a_side_beside_its_country():
    assert sides("香港政府は10日、中国政府と協議した。") == [["中国", "香港"]]
    assert sides("香港政府と中国政府は10日、協議した。") == [["中国", "香港"]]


def test_a_territory_named_as_the_place_of_the_talks_is_no_side():
    assert sides("中国政府は10日、香港で英国政府と協議した。") == [["中国", "英国"]]


def test_a_movement_is_a_side_beside_the_government_of_its_country():
    assert sides("タリバンは10日、アフガニスタン政府と協議した。") == [["アフガニスタン", "タリバン"]]


def test_a_person_of_a_country_still_stands_for_it():
    # 岸田 speaks for Japan: 日 is no second side
    assert sides("岸田首相は10日、日豪首脳会談を行った。") == [["オーストラリア", "岸田"]]


def test_a_countrys_authorities_are_the_country_as_a_side():
    assert sides("台湾当局は10日、米国と協議した。") == [["台湾", "米国"]]


def test_a_delegation_of_members_of_parliament_is_its_country():
    assert sides("小泉首相は10日、米国の議員団と会談した。") == [["小泉", "米国"]]
    assert sides("米上院議員団は10日、金正日総書記と会談した。") == [["米国", "金正日"]]


def test_two_bodies_joined_by_a_slash_are_each_a_side():
    text = "ドイツ社会民主党(SPD)とドイツキリスト教民主同盟(CDU)/キリスト教社会同盟(CSU)は、連立交渉の最終合意に達した。"
    assert sides(text) == [["キリスト教社会同盟", "ドイツキリスト教民主同盟", "ドイツ社会民主党"]]
    assert sides("しかし選挙後の情勢は、SPDとCDU/CSUが連立交渉することを余儀なくさせた。") == [["CDU", "CSU", "SPD"]]


def test_a_body_joined_by_a_middle_dot_to_its_person_is_no_side():
    text = "日本プロ野球選手会会長を務める阪神タイガース・新井貴浩は24日、日本野球機構との事務折衝を行った。"
    assert sides(text) == [["新井貴浩", "日本野球機構"]]


def test_a_countrys_official_named_by_office_is_the_country_as_subject():
    assert sides("エジプトの情報長官は10日、ハマスの幹部と会談した。") == [["エジプト", "ハマス"]]
    assert sides("日本の外相は10日、中国の外相と会談した。") == [["中国", "日本"]]


def test_a_word_of_the_post_is_no_surname_but_a_surname_before_a_title_is():
    assert sides("経団連の十倉会長は10日、岸田首相と会談した。") == [["十倉", "岸田"]]
    assert sides("北朝鮮の朴外相は10日、中国の王外相と会談した。") == [["朴", "王"]]


def test_a_body_decides_after_talks_with_its_partner():
    assert sides("日本サッカー協会は、Jリーグと協議の上、決定した。") == [["Jリーグ", "日本サッカー協会"]]
    # the body that tells of talks others held is no side
    assert sides("日本サッカー協会は、Jリーグが協議の上、決定したと発表した。") == []


def test_a_company_named_with_sha_is_the_side():
    assert sides("アップル社とグーグル社は10日、協議を行った。") == [["アップル", "グーグル"]]
    assert sides("小泉首相は10日、ロシュ社の代表取締役社長と会談した。") == [["ロシュ社", "小泉"]]


def test_a_club_or_company_met_through_a_post_with_its_rank():
    assert sides("阪神の球団社長は10日、巨人の球団代表と会談した。") == [["巨人", "阪神"]]
    assert sides("トヨタ自動車の代表取締役社長は10日、日産の幹部と会談した。") == [["トヨタ自動車", "日産"]]


def test_towns_listed_by_a_comma_or_ya_are_each_a_side():
    assert sides("福岡市と北九州市、熊本市は10日、協議した。") == [["北九州市", "熊本市", "福岡市"]]
    assert sides("横浜市は10日、川崎市や相模原市と協議した。") == [["川崎市", "横浜市", "相模原市"]]
    assert sides("日本は10日、米国や韓国と協議した。") == [["日本", "米国", "韓国"]]


def test_local_governments_named_by_their_heads_are_the_sides():
    assert sides("兵庫県、大阪府、京都府の知事は10日、会談した。") == [["京都府", "兵庫県", "大阪府"]]
    assert sides("鳥取県と島根県の両知事は10日、会談した。") == [["島根県", "鳥取県"]]
    # a head named with the title is the person
    assert sides("宮城県の村井知事は10日、仙台市の奥山市長と会談した。") == [["奥山", "村井"]]
