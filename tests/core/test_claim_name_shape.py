"""A holder's text that is a piece of the sentence, no name (悔しさを滲ませながら, 14日に, 番組「NEWS23 X) holds no
claim: the claim keeps the holder read otherwise, else it has none. Sentences of the kind sports and general news
write."""

from core.claims.name_shape import bare, head_after, named_holders, not_a_name
from core.claims.candidate import Candidate
from tests.core.claim_helpers import candidates, held_quotes, holder_of


def test_pieces_of_a_sentence_are_no_names():
    for piece in ("悔しさを滲ませながら", "14日に", "春日・と", "運転していた", "接見した", "朝日新聞によると16日、加藤",
                  "TBSの新報道番組「NEWS23 X", "プロ選手」の高校生"):
        assert not_a_name(piece), piece


def test_names_written_in_kana_or_with_a_group_suffix_are_names():
    for name in ("みのもんた", "ちえみ", "まこと", "関係者ら", "元側近ら", "コメント欄", "スンダーゲ監督", "国連開発計画",
                 "ハナ", "米国", "天皇、皇后両陛下", None):
        assert not not_a_name(name), name


def test_a_stray_bracket_is_taken_off_a_name():
    assert bare("(河北新報") == "河北新報"
    assert bare("米国務省」") == "米国務省"
    assert bare("NHK「ニュース7」") == "NHK「ニュース7」"


def test_a_clause_before_the_verb_is_not_the_speaker():
    body = ("試合後には対戦したばかりのアメリカ代表FWでエースのアビー・ワンバックとピア・スンダーゲ監督がなでしこジャパンを絶賛。\n"
            "ワンバックは「今日の試合内容には誇りを持っているが、日本チームが勝ったのは当然だと思う。素晴らしいチームに"
            "成長した」と語り、スンダーゲ監督は「日本の技術力や巧みなボールコントロールを考えると課題はある。日本のプレーは"
            "世界のチームにとってまさにお手本というべきものだった」と、悔しさを滲ませながらも称賛した。")
    [holder] = [h for q, h in held_quotes(body) if q.startswith("「日本の技術力")]
    assert "スンダーゲ" in holder


def test_a_holder_cut_from_the_sentence_is_taken_off_and_a_stray_bracket_dropped():
    cut = Candidate(0, 5, "…", "コメント", "direct", None, "TBSの新報道番組「NEWS23 X")
    bracketed = Candidate(0, 5, "…", "伝えた", "indirect", None, "(河北新報")
    named = Candidate(0, 5, "…", "述べた", "direct", "found:PERSON:みのもんた", "みのもんた")
    out = named_holders([cut, bracketed, named])
    assert (out[0].holder_entity_id, out[0].holder_text) == (None, None)
    assert out[1].holder_text == "河北新報"
    assert out[2].holder_text == "みのもんた"


def test_a_verb_cut_off_the_noun_it_qualifies_gives_that_noun():
    body = "井沢英行容疑者は車を運転していた。運転していた容疑者は警察に、「カセットテープを入れ替えようとして脇見した」と話した。"
    assert [h for _, h in held_quotes(body)] == ["容疑者"]
    body = ("山口県警は少年を逮捕した。朝日によると、男子生徒に接見した弁護士は8月23日「隠れてゲームをしていたところを"
            "祖父に見つかり度々怒られていた」と話した。")
    assert [h for _, h in held_quotes(body)] == ["弁護士"]
    assert head_after("運転していた容疑者は警察に話した。", "運転していた", 12) == "容疑者"
    assert head_after("悔しさを滲ませながらも称賛した。", "悔しさを滲ませながら", 14) is None


def test_a_cut_text_opening_with_a_name_and_its_particle_gives_the_name():
    cut = Candidate(0, 5, "…", "発表した", "indirect", None, "岐阜市が20日に")
    clause = Candidate(0, 5, "…", "称賛した", "direct", None, "悔しさを滲ませながら")
    out = named_holders([cut, clause])
    assert out[0].holder_text == "岐阜市"
    assert out[1].holder_text is None


def test_a_word_pointing_at_the_speaker_before_holds_nothing():
    # 「…」とこちらも不快感を示していた: "this side too", the topic 橋下氏 speaks (Japanese Wikinews, CC BY 2.5)
    text = "その一方で橋下氏は「通常の社会ではありえない」とこちらも不快感を示していた。"
    assert [holder_of(c) for c in candidates(text) if c.attribution == "direct"] == ["橋下"]


def test_a_reflexive_word_is_no_name():
    # 自らはタバコを喫煙していなかった梨元氏は: 自ら points at 梨元, it names nobody itself
    assert not_a_name("自ら") and not_a_name("こちら") and not not_a_name("梨元勝")
