"""A person written as the が-subject right before their quote (or past the press conference they held) holds it, not the
body the sentence names as its topic: the head speaks for the company or the school (Japanese Wikinews, CC BY 2.5;
core.claims.subjects)."""

from tests.core.claim_helpers import candidates, holder_of


def _quote_holders(text):
    return [holder_of(c) for c in candidates(text) if c.attribution == "direct"]


def test_the_head_who_speaks_at_a_press_conference_holds_the_quote_not_his_company():
    text = ("朝日新聞によると、RKB毎日はこの事件を受けて石神大和社長が会見し、「被害者とそのご家族、ならびに視聴者らに"
            "お詫びする」と謝罪し、「集団強姦は刑事事件なので、捜査当局への協力はやむをえない」とコメントした。")
    assert _quote_holders(text) == ["石神大和", "石神大和"]


def test_a_principal_speaking_for_his_school_holds_the_quote():
    text = ("山形県代表の酒田南高校で不祥事が発覚した。\n"
            "このことについて同高校は9月15日、斉藤善明校長が会見して「甲子園出場校としての栄誉を汚したことを深く"
            "お詫びする」と謝罪した。")
    assert _quote_holders(text) == ["斉藤善明"]


def test_a_person_the_quote_tells_of_after_another_person_is_not_its_speaker():
    # the programme is where it was said; 高須克弥 speaks, 野村沙知代 is whom the words are about (livedoor sports)
    text = ("4日深夜放送、フジテレビ「ザ・トラブルシューター〜笑う裁判所」では、高須クリニック・高須克弥氏が、"
            "プロ野球解説者・野村克也氏の妻でサッチーの愛称を持つ野村沙知代氏が“すぐにブチ切れる”と訴え、"
            "さっそく両者が番組内で言い争った。")
    assert [holder_of(c) for c in candidates(text)] == ["高須克弥"]
