"""A body's name written again without its kind word (日刊スポーツ … 日刊, 楽天株式会社 … 楽天) is that body."""

from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.entity_helpers import spans


def _entities(text):
    return [(m.text, m.type, m.entity_id) for m in detect(text, bundled_registry())]


def test_a_paper_named_in_full_then_by_its_short_name_as_the_source_of_a_report():
    found = _entities("日刊スポーツによると、横綱は出場停止となった。また日刊によると、朝青龍関は優勝した。"
                      "産経と日刊によると、処分は初めてだ。")
    short = [m for m in found if m[0] == "日刊"]
    assert len(short) == 2 and all(kind == "ORG" and entity == "org:nikkan-sports" for _, kind, entity in short)


def test_a_paper_first_of_a_list_of_sources_is_the_paper_named_in_full_before():
    found = _entities("読売新聞によると、被害は広がった。\n読売と日本経済新聞によると、牧野さんは95歳だった。")
    assert ("読売", "ORG", "org:yomiuri") in found


def test_a_company_written_without_its_legal_form_or_group_word_is_the_company():
    found = _entities("『リストラありきで臨まず』株式会社伊勢丹は発表した。\n『統合準備に臨まず=伊勢丹・武藤社長』")
    assert found.count(("伊勢丹", "ORG", "found:ORG:株式会社伊勢丹")) == 1
    found = _entities("OSIグループは声明を出した。当社はOSIのグローバルリーダーと直接連絡を取っている。")
    assert ("OSI", "ORG", "found:ORG:OSI") in found  # a body, maybe one company of the group: an entity of its own


def test_a_short_form_another_rule_read_takes_the_full_names_entity():
    found = _entities("楽天株式会社は10日、新サービスを発表した。楽天では定期的にパスワードを変更している。")
    assert ("楽天", "ORG", "found:ORG:楽天株式会社") in found


def test_a_common_word_is_the_body_only_opening_a_sentence_as_its_subject_or_as_a_source():
    assert ("女性", "ORG") not in spans("女性党は候補を立てた。女性の候補者は前回より9人多い。")
    assert ("日刊", "ORG") not in spans("日刊スポーツの記者が来た。日刊の新聞を読む。")
    found = spans("ママ友グループが集まった。程なくママ友たちとの付き合いが始まる。")
    assert ("ママ友", "ORG") not in found


def test_no_short_form_inside_a_longer_name_before_the_full_name_or_of_a_place_or_a_product():
    found = spans("読売によると、雨が降った。読売新聞によると、風も吹いた。")
    assert found.count(("読売", "ORG")) == 1  # (read there by the report rule, not as the paper's short form)
    assert ("Fi", "ORG") not in spans("Fi通信は発表した。Wi-Fi Direct機能に対応した。")
    assert ("東京", "ORG") not in spans("東京新聞によると、東京は晴れた。")
    assert ("妖精眼鏡", "ORG") not in spans("妖精眼鏡株式会社が出展した。アプリの妖精眼鏡で歌う。妖精眼鏡は動く。")
    found = spans("アース製薬は発表した。東北アースが勝った。アース製薬株を買った。")
    assert ("アース", "ORG") not in found


def test_a_short_form_two_bodies_of_the_article_begin_with_names_neither():
    found = spans("読売新聞によると、雨だった。読売ジャイアンツは勝った。読売と朝日によると、風も吹いた。")
    assert ("読売", "ORG") not in found  # the paper's or the club's
    found = _entities("読売新聞によると、雨だった。読売と朝日によると、風も吹いた。")
    assert ("読売", "ORG", "org:yomiuri") in found


def test_no_short_form_joined_by_a_dot_to_another_katakana_word():
    found = spans("カンタス航空系列ではあるものの、同社のマイレージプログラム「カンタス・フリークエントフライヤー」の対象外だ。")
    assert ("カンタス", "ORG") not in found


def test_no_kind_of_connection_read_as_an_agency():
    found = spans("LTE通信は速い。LTEならではの低遅延性が実感できる。")
    assert ("LTE通信", "ORG") in found and ("LTE", "ORG") not in found  # (the tagger's LTE通信 is no agency)
    assert ("時事", "ORG") in spans("時事通信によると、雨だった。\n時事と朝日新聞によると、風も吹いた。")


def test_an_adjective_s_form_is_no_short_name():
    # a tagger's 国際的テレビ (a station's name in translation) gives no 国際的 (国際的なテレビ局網)
    text = ("テレビ局の名前はエスペラントで「国際的テレビ」を意味する。このテレビ局は、国際的なテレビ局網を作り出すことを"
            "目指している。資金調達の国際的な運動が行なわれた。")
    assert ("国際的", "ORG") not in spans(text)
