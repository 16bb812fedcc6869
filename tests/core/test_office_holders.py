"""The registry's office holders since 2000, grown by class (every G20 member's and ASEAN state's heads,
the G20's and ASEAN's foreign ministers, monarchs and other heads of state no one elects, Taiwan's premiers and foreign ministers, Japan's cabinet posts, the heads of
the UN, ASEAN, the UN agencies and the bodies of the world economy), and what
the detector makes of them on news of those years. Sentences from Japanese Wikinews."""

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import pytest

from core.nlp.entities import detect
from core.registry import bundled_registry

GAZ = Path(__file__).resolve().parents[2] / "resources" / "gazetteer"
PEOPLE = json.loads((GAZ / "people.json").read_text(encoding="utf-8"))
SINCE, UNTIL = dt.date(2000, 1, 1), dt.date(2025, 10, 1)
# A state's seat may stay empty (or with an acting holder the registry leaves out) for up to two months;
# an international body's head, chosen by its members, is often acting for longer.
LONGEST_GAP = dt.timedelta(days=62)
LONGEST_GAP_IN_A_BODY = dt.timedelta(days=240)
G20_STATES = "AR AU BR CA CN DE FR GB ID IN IT JP KR MX RU SA TR US ZA".split()
ASEAN_STATES = "BN ID KH LA MM MY PH SG TH VN".split()
# Every G20 member's and ASEAN state's foreign ministers since 2000 are recorded, and Taiwan's.
FOREIGN_MINISTERS_WHOLE = G20_STATES + [s for s in ASEAN_STATES if s not in G20_STATES] + ["TW"]


def _bounds(value, last=False):
    """The first (or last) day a YYYY[-MM[-DD]] date may mean."""
    if value is None:
        return dt.date.max if last else dt.date.min
    parts = [int(p) for p in value.split("-")] + [None, None]
    year, month, day = parts[:3]
    if day:
        return dt.date(year, month, day)
    if not last:
        return dt.date(year, month or 1, 1)
    if month:
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(year, 12, 31)


def _seats(where, roles, office=None):
    """(start, end, person) of every office held in a country or body with one of roles."""
    return sorted((_bounds(o["from"]), _bounds(o["to"], last=True), p["id"])
                  for p in PEOPLE for o in p["offices"]
                  if where in (o["country"], o.get("org")) and set(roles) & set(o["roles"])
                  and (office is None or o["office"] == office))


def _gaps(seats, longest=LONGEST_GAP):
    """Stretches between SINCE and UNTIL that no seat covers, longer than longest."""
    gaps, covered = [], SINCE
    for start, end, _ in seats:
        if start - covered > longest and covered < UNTIL:
            gaps.append((covered, start))
        covered = max(covered, end)
    if UNTIL - covered > longest:
        gaps.append((covered, UNTIL))
    return gaps


@pytest.mark.parametrize("iso", G20_STATES + [s for s in ASEAN_STATES if s not in G20_STATES] + ["KP", "TW"])
def test_every_g20_member_asean_state_and_japans_neighbour_have_a_recorded_leader_on_every_day_since_2000(iso):
    assert _gaps(_seats(iso, ["head_of_state", "head_of_government"])) == []


# Posts left empty for longer: Thailand's junta named no foreign minister for three months after its coup.
VACANT = {"TH": [(dt.date(2014, 5, 22), dt.date(2014, 8, 31))]}


@pytest.mark.parametrize("iso", FOREIGN_MINISTERS_WHOLE)
def test_foreign_ministers_since_2000_leave_no_gap(iso):
    assert [gap for gap in _gaps(_seats(iso, ["foreign_minister"])) if gap not in VACANT.get(iso, [])] == []


@pytest.mark.parametrize("where,role,office", [
    ("JP", "head_of_government", "首相"),
    ("JP", "spokesperson", "官房長官"),
    ("JP", "defence_minister", None),
    ("TW", "head_of_government", "行政院長"),
    ("KP", "head_of_government", "首相"),
    ("VN", "head_of_government", "首相"),
    ("TH", "head_of_government", None),
    ("MY", "head_of_government", "首相"),
    ("LA", "head_of_government", "首相"),
    ("org:asean", "international_official", "ASEAN事務総長"),
    ("org:united-nations", "international_official", "国連事務総長"),
    ("org:european-commission", "international_official", "欧州委員長"),
    ("org:european-union", "foreign_minister", None),
    ("org:imf", "international_official", None),
    ("org:world-bank", "international_official", None),
    ("org:wto", "international_official", None),
    ("org:unhcr", "international_official", None),
    ("org:unicef", "international_official", None),
    ("org:iaea", "international_official", None),
    ("org:who", "international_official", None),
    ("org:ohchr", "international_official", None),
    ("org:unrwa", "international_official", None),
    ("org:unep", "international_official", None),
    ("org:unfpa", "international_official", None),
])
def test_posts_of_a_class_are_filled_since_2000(where, role, office):
    longest = LONGEST_GAP_IN_A_BODY if where.startswith("org:") else LONGEST_GAP
    assert _gaps(_seats(where, [role], office), longest) == []


def test_one_seat_is_held_by_one_person_at_a_time():
    """Two holders of one head's or minister's post may share a day of handover, never more (dates
    with a note saying they are not verified, and month-precise ones, are given the benefit of the doubt)."""
    by_seat = defaultdict(list)
    for p in PEOPLE:
        for o in p["offices"]:
            if set(o["roles"]) & {"head_of_state", "head_of_government", "foreign_minister", "defence_minister"} \
                    and "note" not in o:
                by_seat[(o["country"] or o.get("org"), o["office"])].append(
                    (_bounds(o["from"], last=True), _bounds(o["to"]) if o["to"] else dt.date.max, p["id"]))
    clashes = []
    for seat, held in by_seat.items():
        held.sort()
        for (s1, e1, a), (s2, e2, b) in zip(held, held[1:]):
            if a != b and s2 < e1:
                clashes.append((seat, a, b))
    assert clashes == []


def test_a_person_is_recorded_once_with_every_office():
    names = defaultdict(list)
    for p in PEOPLE:
        names[(p["full"], p["country"])].append(p["id"])
    assert [ids for ids in names.values() if len(ids) > 1] == []
    abe = next(p for p in PEOPLE if p["id"] == "person:shinzo-abe")
    assert sorted(o["from"] for o in abe["offices"] if o["office"] == "首相") == ["2006-09-26", "2012-12-26"]


def test_a_common_word_is_never_a_known_persons_name_on_its_own():
    """A surname that is an everyday word (ライス, メイ, カー) is matched only with its title: the name
    the registry matches anywhere is the full one."""
    for p in PEOPLE:
        if p.get("ambiguous"):
            assert p["name"] != p["surname"], p["id"]


def people(text, day):
    return [(text[m.start : m.end], m.entity_id) for m in detect(text, bundled_registry(), day) if m.type == "PERSON"]


def test_a_surname_and_title_find_the_holder_of_the_articles_year():
    # wn-00369 (2006), wn-00506 (2009): leaders the 2023-26 snapshot did not hold
    assert people("一方、産経新聞によれば小泉首相はオペラ好きだという。", dt.date(2006, 3, 4)) == [
        ("小泉", "person:junichiro-koizumi")]
    assert people("官邸が掲載した演説内容によると、麻生首相は演説冒頭において述べた。", dt.date(2009, 1, 29)) == [
        ("麻生", "person:taro-aso")]
    # one surname, two prime ministers: the day decides
    assert people("菅首相は記者会見で述べた。", dt.date(2011, 3, 12)) == [("菅", "person:naoto-kan")]
    assert people("菅首相は記者会見で述べた。", dt.date(2021, 3, 12)) == [("菅", "person:yoshihide-suga")]
    # one surname, two people of one family, different offices
    assert people("小泉防衛相は記者会見で述べた。", dt.date(2025, 11, 1)) == [("小泉", "person:shinjiro-koizumi")]


def test_a_shared_foreign_surname_goes_to_the_holder_of_the_title_on_the_day():
    assert people("ロイターによると、ブレア首相は声明を出した。", dt.date(2005, 7, 8)) == [("ブレア", "person:tony-blair")]
    assert people("ブレア国防相は記者団に語った。", dt.date(2024, 3, 1)) == [("ブレア", "person:bill-blair")]
    assert people("クリントン国務長官は述べた。", dt.date(2010, 1, 5)) == [("クリントン", "person:hillary-clinton")]
    assert people("クリントン大統領は述べた。", dt.date(2000, 6, 5)) == [("クリントン", "person:bill-clinton")]
    assert people("WHOのチャン事務局長は説明した。", dt.date(2009, 6, 11)) == [("チャン", "person:margaret-chan")]


def test_a_common_word_surname_needs_its_office():
    # wn-01035 (2006): a baseball manager named Brown, not the British chancellor of that year
    assert people("新たに広島カープ前監督のブラウン氏と2年契約で監督として迎えた。", dt.date(2006, 1, 10)) == [
        ("ブラウン", "found:PERSON:ブラウン")]
    assert people("時事通信によると、ブラウン英首相は外遊先のベルリンで主張した。", dt.date(2008, 10, 10)) == [
        ("ブラウン", "person:gordon-brown")]
    assert people("昼はカレーライスを食べた。", dt.date(2006, 1, 10)) == []


def test_one_character_surnames_need_a_title():
    found = people("森の中を歩いた。林業と岸壁を見た。地球温暖化の温室効果ガス。", dt.date(2001, 1, 10))
    assert found == []
    assert people("森首相は述べた。", dt.date(2001, 1, 10)) == [("森", "person:yoshiro-mori")]
    assert people("温家宝首相と会談した。", dt.date(2005, 4, 10)) == [("温家宝", "person:wen-jiabao")]


def test_a_shared_foreign_name_without_an_office_goes_to_the_one_in_office_then():
    # wn-00769 (2008): the senator running against Obama, a secretary of state from 2009, not her husband
    found = dict(people("オバマ氏がクリントン女史を圧倒して選挙戦を優位にした。", dt.date(2008, 2, 12)))
    assert found["クリントン"] == "person:hillary-clinton"
    # wn-00025 (2007): a former president is the one who held that office
    assert people("葬儀にはクリントン前米大統領が参列した。", dt.date(2007, 4, 25)) == [("クリントン", "person:bill-clinton")]


def held(day, role, where):
    """The ids of who held the role for where on day, by the bundled registry."""
    return [e.id for e in bundled_registry().holders_on(day, role, where)]


def test_the_registry_names_who_held_a_post_on_a_day():
    assert held("2006-05-01", "head_of_government", "JP") == ["person:junichiro-koizumi"]
    assert held("2007-01-15", "head_of_government", "JP") == ["person:shinzo-abe"]
    assert held("2009-03", "foreign_minister", "US") == ["person:hillary-clinton"]
    assert held("2004-06-01", "head_of_state", "KR") == ["person:roh-moo-hyun"]
    assert held("2010-01-01", "international_official", "org:united-nations") == ["person:ban-ki-moon"]
    assert held("1990-01-01", "head_of_government", "JP") == []


def test_heads_of_asean_states_taiwan_and_the_koreas_before_the_snapshot_are_known_by_their_office():
    # leaders of 2003-2012 that the 2023-26 snapshot did not hold, found with the title of their country
    assert people("タイのインラック首相は5日、来日した。", dt.date(2012, 4, 5)) == [
        ("インラック", "person:yingluck-shinawatra")]
    assert people("台湾の游錫堃行政院長は述べた。", dt.date(2003, 4, 5)) == [("游錫堃", "person:yu-shyi-kun")]
    assert people("中国の回良玉副首相は24日、会見した。", dt.date(2008, 1, 24)) == [("回良玉", "person:hui-liangyu")]
    assert people("韓国の李海瓚首相は述べた。", dt.date(2005, 4, 5)) == [("李海瓚", "person:lee-hae-chan")]
    # アブドラ before 首相 is Malaysia's prime minister of the day, before 国王 a king
    assert people("アロヨ大統領とアブドラ首相が会談した。", dt.date(2006, 4, 5)) == [
        ("アロヨ", "person:gloria-macapagal-arroyo"), ("アブドラ", "person:abdullah-ahmad-badawi")]
    assert people("アブドラ国王は述べた。", dt.date(2006, 4, 5))[0][1] != "person:abdullah-ahmad-badawi"


def test_the_registry_names_asean_and_taiwans_heads_on_a_day():
    assert held("2005-06-01", "head_of_government", "TW") == ["person:frank-hsieh"]
    assert held("2010-01-01", "head_of_government", "VN") == ["person:nguyen-tan-dung"]
    assert held("2010-01-01", "international_official", "org:asean") == ["person:surin-pitsuwan"]
    assert held("2009-01-01", "head_of_government", "TH") == ["person:abhisit-vejjajiva"]


def test_the_registry_names_asean_foreign_ministers_and_monarchs_on_a_day():
    assert held("2008-06-01", "foreign_minister", "SG") == ["person:george-yeo"]
    assert held("2005-06-01", "foreign_minister", "PH") == ["person:alberto-romulo"]
    assert held("2012-06-01", "foreign_minister", "VN") == ["person:pham-binh-minh"]
    assert held("2010-01-01", "head_of_state", "JP") == ["person:akihito"]
    assert held("2020-01-01", "head_of_state", "JP") == ["person:naruhito"]
    assert held("2005-06", "head_of_state", "VA") == ["person:benedict-xvi"]
    assert held("2010-01-01", "head_of_state", "KW") == ["person:sabah-al-ahmad"]


# Kings, emperors, emirs and popes of every state that has one, as news of 2000 onwards names them
MONARCHIES = "BE BH BN BT DK ES GB JO JP KH KW LI LS LU MA MC MY NL NO OM QA SA SE SZ TH VA".split()


@pytest.mark.parametrize("iso", MONARCHIES)
def test_every_monarchy_has_its_monarch_recorded_since_2000(iso):
    assert _gaps(_seats(iso, ["head_of_state"])) == []


def test_a_monarch_or_minister_named_with_their_title_is_the_name_alone_and_linked():
    # wn-03169 (2009): Monaco's prince, not the king of the Belgians of the same name
    assert people("モナコのアルベール2世大公が北極点に到達した。", dt.date(2009, 4, 17)) == [
        ("アルベール2世", "person:albert-ii-of-monaco")]
    # a name the registry wrote with the title (サルマン国王) is found without it, as the news gold reads it
    assert people("サウジアラビアのサルマン国王は、ムハンマド皇太子と協議した。", dt.date(2020, 5, 1)) == [
        ("サルマン", "person:king-salman"), ("ムハンマド", "person:mohammed-bin-salman")]
    assert people("英国のエリザベス女王が開会を宣言した。", dt.date(2012, 7, 27)) == [
        ("エリザベス", "person:elizabeth-ii")]
    assert people("ローマ法王ベネディクト16世は、2月末に辞任する。", dt.date(2013, 2, 11)) == [
        ("ベネディクト16世", "person:benedict-xvi")]
    assert people("明仁天皇は、宮殿で会見した。", dt.date(2010, 5, 1)) == [("明仁", "person:akihito")]
    # UniDic cuts タミ|ム: the surname before its title is still the emir
    assert people("カタールのタミム首長が来日した。", dt.date(2014, 5, 1)) == [("タミム", "person:tamim-bin-hamad")]
    assert people("クウェートのサバハ首長は述べた。", dt.date(2008, 5, 1)) == [("サバハ", "person:sabah-al-ahmad")]
    # a shopkeeper's 首長 is no emir: 自治体の首長 names no one
    assert people("全国の自治体の首長が集まった。", dt.date(2008, 5, 1)) == []
