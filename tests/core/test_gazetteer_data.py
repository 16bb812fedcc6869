"""Checks on the bundled gazetteer data in resources/gazetteer/.

The gazetteer is plain JSON that people edit by hand, so these tests guard the
schema, the cross-references and the coverage the entity detector relies on.
"""

import datetime as dt
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

GAZ = Path(__file__).resolve().parents[2] / "resources" / "gazetteer"

FILES = {
    "countries.json": ("country", "GPE"),
    "people.json": ("person", "PERSON"),
    "organizations.json": ("org", "ORG"),
    "places.json": ("loc", "LOC"),
    "laws.json": ("law", "LAW"),
    "events.json": ("event", "EVENT"),
}

UN_MEMBERS = set("""
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG
CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH
GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ
LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG
NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN
SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM
ZW
""".split())
NON_MEMBERS = {"TW", "PS", "XK", "VA"}
# States of the news since 1945 that are no more, by the codes ISO 3166 gave them.
FORMER_STATES = {"SU", "YU", "CS", "DD"}

G20_STATES = "AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US".split()
ASEAN_STATES = "BN KH ID LA MY MM PH SG TH VN TL".split()
EU_ORGS = {"org:european-union", "org:european-commission", "org:european-council"}

ORG_KINDS = {"ministry", "agency", "international", "media", "think_tank", "legislature",
             "party", "company", "government", "other"}
PLACE_KINDS = {"city", "region", "sea", "island", "other"}
LAW_KINDS = {"treaty", "agreement", "law", "document"}
ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
         "finance_minister", "trade_minister", "spokesperson", "deputy_leader", "party_leader",
         "security_adviser", "ambassador", "envoy", "central_banker", "international_official",
         "other"}

KATAKANA = re.compile(r"^[ァ-ヶー]+$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PERIOD = (dt.date(2023, 1, 1), dt.date(2026, 12, 31))


def load(name):
    return json.loads((GAZ / name).read_text(encoding="utf-8"))


DATA = {name: load(name) for name in FILES}
AMBIGUOUS = load("ambiguous.json")
ALL = [e for name in FILES for e in DATA[name]]
BY_ID = {e["id"]: e for e in ALL}
ISO = {e["id"].split(":", 1)[1] for e in DATA["countries.json"]}


def surfaces(entry):
    """Every string the detector may match for an entry."""
    out = [entry["name"], *entry["aliases"], *entry.get("abbreviations", [])]
    if entry.get("surname") and entry["surname"] != entry["name"]:
        out.append(entry["surname"])
    return out


SURFACE_INDEX = defaultdict(set)
for _e in ALL:
    for _s in surfaces(_e):
        SURFACE_INDEX[_s].add(_e["id"])


def date_bounds(value):
    """First and last day covered by "YYYY", "YYYY-MM" or "YYYY-MM-DD"."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        d = dt.date(*parts)
        return d, d
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def overlaps_period(office):
    start = date_bounds(office["from"])[0] if office["from"] else dt.date.min
    end = date_bounds(office["to"])[1] if office["to"] else dt.date.max
    return start <= PERIOD[1] and end >= PERIOD[0]


# ---------------------------------------------------------------- schema

@pytest.mark.parametrize("name", list(FILES) + ["ambiguous.json"])
def test_file_is_a_json_list_of_objects(name):
    data = load(name)
    assert isinstance(data, list) and data
    assert all(isinstance(e, dict) for e in data)


@pytest.mark.parametrize("name", list(FILES))
def test_common_schema(name):
    prefix, etype = FILES[name]
    for e in DATA[name]:
        for key, typ in [("id", str), ("type", str), ("name", str), ("en", str), ("aliases", list)]:
            assert isinstance(e.get(key), typ), (name, e.get("id"), key)
        assert e["type"] == etype, e["id"]
        kind, _, slug = e["id"].partition(":")
        assert kind == prefix, e["id"]
        if prefix == "country":
            assert re.fullmatch(r"[A-Z]{2}", slug), e["id"]
        else:
            assert SLUG.match(slug), e["id"]
        assert e["name"].strip() and e["en"].strip()
        assert all(isinstance(a, str) and a.strip() == a and a for a in e["aliases"]), e["id"]
        assert e["name"] not in e["aliases"], e["id"]
        assert len(set(e["aliases"])) == len(e["aliases"]), e["id"]
        if "reading" in e:
            assert KATAKANA.match(e["reading"]), (e["id"], e["reading"])


def test_ids_are_unique_across_files():
    ids = [e["id"] for e in ALL]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes


def test_surfaces_are_nfkc_normalised_and_single_characters_are_abbreviations():
    for e in ALL:
        for s in [e["name"], *e["aliases"]]:
            assert unicodedata.normalize("NFKC", s) == s, (e["id"], s)
            assert len(s) > 1, (e["id"], s, "single characters belong in countries' abbreviations")


def test_countries_schema():
    entries = DATA["countries.json"]
    assert [e["id"] for e in entries] == sorted(e["id"] for e in entries)
    for e in entries:
        assert KATAKANA.match(e["reading"]), e["id"]
        assert isinstance(e["abbreviations"], list)
        assert all(isinstance(a, str) and 1 <= len(a) <= 2 for a in e["abbreviations"]), e["id"]
        assert isinstance(e["un_member"], bool)


def test_people_schema():
    for e in DATA["people.json"]:
        for key in ("full", "reading", "surname", "country"):
            assert isinstance(e.get(key), str) and e[key], (e["id"], key)
        assert e["country"] in ISO, e["id"]
        assert KATAKANA.match(e["reading"]), e["id"]
        assert isinstance(e.get("ambiguous", False), bool)
        assert isinstance(e["offices"], list) and e["offices"], e["id"]
        for o in e["offices"]:
            assert isinstance(o["office"], str) and o["office"]
            assert isinstance(o["office_en"], str) and o["office_en"]
            assert o["country"] is None or o["country"] in ISO, (e["id"], o)
            if o["country"] is None:
                assert o.get("org") in BY_ID, (e["id"], o)
            if "org" in o:
                assert BY_ID[o["org"]]["type"] == "ORG"
            assert o["roles"] and set(o["roles"]) <= ROLES, (e["id"], o)
            if o["from"] is None:
                assert o.get("note"), (e["id"], "an unknown start date needs a note")


def test_office_dates_are_well_formed_and_ordered():
    for e in DATA["people.json"]:
        for o in e["offices"]:
            for key in ("from", "to"):
                value = o[key]
                if value is not None:
                    assert DATE.match(value), (e["id"], value)
                    date_bounds(value)  # raises on impossible dates
            if o["from"] and o["to"]:
                assert date_bounds(o["from"])[0] <= date_bounds(o["to"])[1], (e["id"], o)


def test_organizations_schema():
    for e in DATA["organizations.json"]:
        assert e["kind"] in ORG_KINDS, e["id"]
        assert e["country"] is None or e["country"] in ISO, e["id"]
        assert KATAKANA.match(e["reading"]), e["id"]


def test_places_schema():
    for e in DATA["places.json"]:
        assert e["kind"] in PLACE_KINDS, e["id"]
        assert e["country"] is None or e["country"] in ISO, e["id"]
        assert KATAKANA.match(e["reading"]), e["id"]
        if "capital_of" in e:
            assert e["capital_of"] == e["country"]


def test_laws_and_events_schema():
    for e in DATA["laws.json"]:
        assert e["kind"] in LAW_KINDS, e["id"]
        assert e["country"] is None or e["country"] in ISO
    for e in DATA["events.json"]:
        assert isinstance(e["recurring"], bool)
        assert e["org"] is None or BY_ID[e["org"]]["type"] == "ORG", e["id"]
    assert len(DATA["laws.json"]) >= 30
    assert len(DATA["events.json"]) >= 30


# ------------------------------------------------------------ ambiguity

def test_shared_surfaces_are_listed_in_ambiguous_json():
    listed = {a["surface"]: set(a["ids"]) for a in AMBIGUOUS}
    assert len(listed) == len(AMBIGUOUS), "a surface is listed twice"
    for surface, ids in SURFACE_INDEX.items():
        if len(ids) > 1:
            assert surface in listed, (surface, sorted(ids))
            assert ids <= listed[surface], (surface, sorted(ids - listed[surface]))


def test_ambiguous_entries_are_real():
    for a in AMBIGUOUS:
        assert isinstance(a["surface"], str) and len(a["ids"]) >= 2, a
        for i in a["ids"]:
            assert i in BY_ID, (a["surface"], i)
            assert a["surface"] in surfaces(BY_ID[i]), (a["surface"], i)


def test_abbreviations_are_only_in_countries():
    for name in FILES:
        if name != "countries.json":
            assert all("abbreviations" not in e for e in DATA[name])


# -------------------------------------------------------------- coverage

def test_un_members_and_other_states_are_present():
    members = {e["id"].split(":")[1] for e in DATA["countries.json"] if e["un_member"]}
    assert members == UN_MEMBERS
    assert len(UN_MEMBERS) == 193
    assert NON_MEMBERS <= ISO
    assert ISO == UN_MEMBERS | NON_MEMBERS | FORMER_STATES
    assert {e["id"].split(":")[1] for e in DATA["countries.json"] if e.get("former")} == FORMER_STATES


def _holders(iso, role):
    return [p["id"] for p in DATA["people.json"] for o in p["offices"]
            if o["country"] == iso and role in o["roles"] and overlaps_period(o)]


@pytest.mark.parametrize("iso", sorted(set(G20_STATES + ASEAN_STATES)))
def test_g20_and_asean_states_have_leader_and_foreign_minister(iso):
    leaders = _holders(iso, "head_of_state") + _holders(iso, "head_of_government")
    assert leaders, iso
    assert _holders(iso, "foreign_minister"), iso


def test_eu_has_leaders_and_high_representative():
    eu_offices = [(p["id"], o) for p in DATA["people.json"] for o in p["offices"]
                  if o.get("org") in EU_ORGS and overlaps_period(o)]
    assert any("international_official" in o["roles"] for _, o in eu_offices)
    assert any("foreign_minister" in o["roles"] for _, o in eu_offices)


SEEDS = {
    "ルビオ": "person:marco-rubio", "王毅": "person:wang-yi", "王": "person:wang-yi",
    "ラブロフ": "person:sergey-lavrov", "プーチン": "person:vladimir-putin",
    "岩屋毅": "person:takeshi-iwaya", "習近平": "person:xi-jinping", "何立峰": "person:he-lifeng",
    "ベッセント": "person:scott-bessent", "グリーア": "person:jamieson-greer",
    "高市早苗": "person:sanae-takaichi", "石破茂": "person:shigeru-ishiba",
    "トランプ": "person:donald-trump", "ウォルツ": "person:mike-waltz",
    "ペスコフ": "person:dmitry-peskov", "フン・マネット": "person:hun-manet",
    "ルーラ": "person:lula-da-silva", "モディ": "person:narendra-modi", "カーニー": "person:mark-carney",
    "国務省": "org:us-state-department", "中国外務省": "org:china-mfa", "中国商務省": "org:china-mofcom",
    "ロシア大統領府": "org:russian-presidential-administration", "ホワイトハウス": "org:white-house",
    "クレムリン": "org:kremlin", "新華社": "org:xinhua", "インタファクス通信": "org:interfax",
    "ロイター": "org:reuters", "CSIS": "org:csis", "戦略国際問題研究所": "org:csis",
    "ジャーマン・マーシャル財団": "org:gmf", "ASEAN": "org:asean", "東南アジア諸国連合": "org:asean",
    "BRICS": "org:brics", "上海協力機構": "org:sco", "国連安全保障理事会": "org:unsc",
    "新START": "law:new-start", "新戦略兵器削減条約": "law:new-start",
    "包括的共同行動計画": "law:jcpoa", "日米安全保障条約": "law:us-japan-security-treaty",
    "東アジア首脳会議": "event:east-asia-summit", "ASEAN地域フォーラム": "event:asean-regional-forum",
    "クアラルンプール": "loc:kuala-lumpur", "釜山": "loc:busan", "ワシントン": "loc:washington",
    "インド太平洋": "loc:indo-pacific", "東南アジア": "loc:southeast-asia", "中東": "loc:middle-east",
    "アジア太平洋": "loc:asia-pacific",
}


@pytest.mark.parametrize("surface,expected", sorted(SEEDS.items()))
def test_seed_names_resolve(surface, expected):
    ids = SURFACE_INDEX.get(surface, set())
    assert expected in ids, (surface, sorted(ids))
    if len(ids) > 1:
        assert any(a["surface"] == surface for a in AMBIGUOUS), surface


ABBREVIATIONS = {"米": "US", "中": "CN", "日": "JP", "韓": "KR", "露": "RU", "ロ": "RU", "英": "GB",
                 "仏": "FR", "独": "DE", "印": "IN", "豪": "AU", "台": "TW", "朝": "KP"}


@pytest.mark.parametrize("abbr,iso", sorted(ABBREVIATIONS.items()))
def test_country_abbreviations(abbr, iso):
    owners = [e["id"] for e in DATA["countries.json"] if abbr in e["abbreviations"]]
    assert owners == ["country:" + iso]


def test_sizes():
    assert len(DATA["countries.json"]) == 201
    assert 250 <= len(DATA["people.json"]) <= 900
    capitals = {e["capital_of"] for e in DATA["places.json"] if "capital_of" in e}
    city_states = {"SG", "MC", "VA"}
    assert capitals == ISO - city_states - FORMER_STATES


def test_places_by_class_every_prefectures_seat_every_us_state_and_chinas_provinces():
    places = DATA["places.json"]
    ids = {e["id"] for e in places}
    prefectures = {e["id"] for e in places if e["id"].endswith("-prefecture")}
    seats = {e["seat_of"] for e in places if "seat_of" in e}
    assert seats <= ids and prefectures <= seats  # every prefecture listed has its seat
    states = [e for e in places if e["country"] == "US" and e["kind"] == "region"
              and (e["name"].endswith("州") or e["name"] + "州" in e["aliases"])]
    assert len(states) == 50
    provinces = [e for e in places if e["country"] == "CN" and e["name"].endswith("省")]
    assert len(provinces) == 22  # Taiwan, which the PRC counts as its 23rd, is a state here
