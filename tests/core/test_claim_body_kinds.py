"""A body of people named by its kind and no entity the tagger knows (日本の調査隊, 研究チーム, 反政府陣営, 地元の漁協)
holds the reported clause it opens as a topic, and is no part of what it says (sentences in the manner of Japanese
Wikinews)."""

from tests.core.claim_helpers import candidates, holder_of


def _read(text):
    return [(c.text, holder_of(c)) for c in candidates(text)]


def test_a_team_or_a_party_by_its_kind_holds_the_clause_after_it():
    assert _read("日本の調査隊は南極で新種の魚を発見したと明らかにした。") == [("南極で新種の魚を発見した", "日本の調査隊")]
    assert _read("地元の漁協は補償を求める方針だと述べた。") == [("補償を求める方針だ", "地元の漁協")]
    assert _read("反政府陣営は選挙に不正があったと主張した。") == [("選挙に不正があった", "反政府陣営")]
    assert _read("国連の平和維持部隊は、武装勢力の攻撃を受けたと発表した。") == [("武装勢力の攻撃を受けた", "国連の平和維持部隊")]
    # a team that is a clause's subject is the matter the residents tell; a word ending in 協 that is no body (妥協)
    # names no one
    assert _read("救助隊が到着したとき、建物は崩れていたと住民は話した。") == [
        ("救助隊が到着したとき、建物は崩れていた", "住民")]
    assert _read("妥協は難しいと首相は述べた。")[0][0] == "妥協は難しい"


def test_the_team_is_no_part_of_the_clause_its_source_passes_on():
    text = "朝日新聞によると、計測の誤差は400km程度であることから、研究チームは冥王星よりも大きいことは間違いないとみている。"
    [c] = candidates(text)
    assert (c.text, holder_of(c)) == ("冥王星よりも大きいことは間違いない", "研究チーム")
    assert [v["text"] for v in c.via] == ["朝日新聞"]


def test_a_unit_referred_back_after_a_time_word_is_the_body_named_before():
    # その後同隊は: the unit the earlier sentence names speaks, not the words 後同隊 a reported clause's topic reads
    text = "陸上自衛隊は約30人を派遣した。その後同隊は救助活動に当たるとしている。"
    assert _read(text) == [("救助活動に当たる", "陸上自衛隊")]
    text = "陸上自衛隊は約30人を派遣した。その後同部隊は更に300人を現地に派遣するとしている。"
    assert _read(text) == [("更に300人を現地に派遣する", "陸上自衛隊")]
