"""A spokesman, an aide, an envoy or the spouse of a leader, written right after the leader's name and title
(ブッシュ大統領報道官, 安倍晋三首相夫人, プーチン大統領の報道官), holds their own words: the phrase is the holder,
never the leader, when the article names the leader so; an aide named with the title is still the aide."""

from core.clauses.titles import strip_title
from tests.core.claim_helpers import claim_with, holder_of


def test_a_presidents_spokesman_holds_what_he_said():
    text = "ブッシュ大統領は訪日した。ブッシュ大統領報道官は「イランは核開発を止めるべきだ」と述べた。"
    claim = claim_with(text, "核開発")
    assert claim.holder_entity_id is None and holder_of(claim) == "ブッシュ大統領報道官"


def test_a_prime_ministers_wife_holds_what_she_said_not_the_prime_minister():
    claim = claim_with("安倍晋三首相は来日した。安倍晋三首相夫人は「日韓の交流は大切だ」と語った。", "日韓の交流")
    assert claim.holder_entity_id is None and holder_of(claim) == "安倍晋三首相夫人"
    claim = claim_with("安倍首相は来日した。安倍首相夫人は「日韓の交流は大切だ」と語った。", "日韓の交流")
    assert holder_of(claim) == "安倍首相夫人"


def test_an_aide_and_an_envoy_written_after_the_leader_hold_their_words():
    aide = claim_with("オバマ大統領が演説した。オバマ大統領補佐官は「北朝鮮への圧力を強める」と述べた。", "圧力")
    envoy = claim_with("トランプ大統領と会談した。トランプ大統領特使は「中国は譲歩すべきだ」と述べた。", "譲歩")
    assert holder_of(aide) == "オバマ大統領補佐官" and holder_of(envoy) == "トランプ大統領特使"


def test_the_leaders_spokesman_joined_by_no_is_the_spokesman():
    claim = claim_with("プーチン大統領の報道官は「制裁は不当だ」と述べた。", "制裁")
    assert holder_of(claim) == "プーチン大統領の報道官"


def test_the_spokesman_named_with_the_title_holds_as_himself():
    claim = claim_with("ペスコフ大統領報道官は「制裁は不当だ」と述べた。", "制裁")
    assert claim.holder_entity_id == "person:dmitry-peskov"
    claim = claim_with("ブッシュ大統領は「イランは核開発を止めるべきだ」と述べた。", "核開発")
    assert holder_of(claim) == "ブッシュ"


def test_a_leaders_person_is_no_title_to_strip_but_an_aides_own_post_is():
    assert strip_title("ブッシュ大統領報道官") == "ブッシュ大統領報道官"
    # a portfolio before it: Rice is the aide herself, the phrase no one else's
    assert strip_title("ライス安全保障担当大統領補佐官") != "ライス安全保障担当大統領補佐官"
