"""A talk written with each speaker's name on a line of its own and their words on the next (livedoor news, CC BY-ND
2.1 JP, NHN Japan: a premiere's round of words, film news)."""

from core.claims.transcripts import name_line_turns
from tests.core.claim_helpers import candidates, holder_of, people_named as _people

_TALK = ("続いて、映画の名シーンをプレイバックしながら、その当時の状況や思いをメンバーが語った。\n"
         "大島優子\n"
         "初めての被災地訪問だったので、メンバーみんなドキドキして行きましたが、現地についたら皆さんほんとに元気でした。\n"
         "柏木由紀\n"
         "最初行くまでは私達が本当にいっていいのかどうか不安でしたが、着いた瞬間子供達の笑顔が見えました。\n")


def test_each_turn_is_the_named_speakers():
    found = [c for c in candidates(_TALK) if "不安" in c.text or "ドキドキ" in c.text]
    assert sorted(holder_of(c) for c in found) == ["大島優子", "柏木由紀"]
    assert all(c.attribution == "direct" for c in found)


def test_a_profile_under_a_name_is_no_turn():
    body = ("礼美\n雑誌、ショーを中心に活動している24歳のモデル。日々オーディションに励んでいる。\n"
            "村岡綾菜\n渋谷のアパレルショップで働きながら読者モデルをしている22歳。独特なテンポと雰囲気。\n")
    assert name_line_turns(body, _people(body, "礼美", "村岡綾菜")) == []


def test_a_name_with_an_age_needs_no_detected_person_and_a_turn_that_only_agrees_is_none():
    body = ("美紀（21歳）\n私は職場の先輩に相談することが多いですね、頼りになるので。\n"
            "真由（24歳）\nあーわかる\n"
            "真由（24歳）\n私は友達に話しちゃいますけど、それで後悔したこともあります。\n")
    turns = name_line_turns(body)
    assert [t[2] for t in turns] == ["美紀", "真由"]


def test_one_name_line_is_no_transcript():
    body = "大島優子\n初めての被災地訪問だったので、メンバーみんなドキドキして行きました。\n"
    assert name_line_turns(body, _people(body, "大島優子")) == []
