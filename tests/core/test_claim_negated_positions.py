"""A verb of position said not to have been made, after a stem in し or め (…を明言しておらず, …を明らかにしていない,
…を認めていない), is no claim; the same verb made (明言している, 明言しており) is (Japanese Wikinews, CC BY 2.5)."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_date_not_stated_is_no_position():
    assert [c for c in candidates("しかし、毎日新聞や産経新聞によると、国王は選挙や国会再開の具体的な日程を明言しておらず、"
                                  "自身が政治に関与する体制を維持する。") if c.cue == "を明言し"] == []


def test_an_identity_not_disclosed_is_no_position():
    assert [c for c in candidates("時事通信によると、警察は、容疑者の身元を明らかにしていないものの、同国のメディアによれば、"
                                  "この男はアダム・ランザ容疑者(20歳)だという。") if c.cue == "を明らかにし"] == []


def test_the_same_verb_made_stays_a_position():
    [c, d] = candidates("国王は選挙の具体的な日程を明言しており、政党は反発している。")
    assert c.text == "選挙の具体的な日程" and c.cue == "を明言し"
    assert d.text == "反発している" and holder_of(d) == "政党"  # a stance held as a state (core.claims.held_stances)
