"""Hearsay a source tells (…によると、…という): an outlet's or a body's telling of an event is nobody's claim, but what
it judges or explains (…可能性があるという, …だろうという, …見通しだという, …ためだという) is the source's."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_conjecture_or_a_reason_in_hearsay_is_the_sources():
    [c] = candidates("CNNによれば、仮に見つけられなかっただけであるとしても、生存しているのは「種の存続」に必要な20頭前後以下"
                     "だろうという。")
    assert c.text.startswith("仮に見つけられなかった") and c.text.endswith("以下だろう") and holder_of(c) == "CNN"
    [d] = candidates("気象庁によると、台風が発生しやすくなっているのは、海水温が高いためだという。")
    assert "海水温が高いため" in d.text and holder_of(d) == "気象庁"
    [e] = candidates("朝日、時事によればまだ梅雨の明けない東北地方も今週中には梅雨明けする見込みだという。")
    assert e.text.endswith("梅雨明けする見込み") and holder_of(e) in ("時事通信", "朝日新聞")


def test_an_event_or_a_plan_told_as_hearsay_is_no_claim():
    assert candidates("時事通信によると、男性が死亡したという。") == []
    assert candidates("JR西日本によると、置き石が線路に置かれていたという。") == []
    assert candidates("別の47NEWSの記事によると、トヨタは容疑者の契約を打ち切る方針であるという。") == []


def test_the_sentence_after_hearsay_still_carries_the_subject_named_in_it():
    body = ("デイリースポーツによると、岡田彰布氏がオリックス監督就任を決断させたのは、故・仰木彬元監督に声をかけられた恩が"
            "あったからだという。「2軍のコーチから始めたのも仰木さんの影響が大きかった」とも語っている。")
    [quote] = [c for c in candidates(body) if c.attribution == "direct"]
    assert "岡田" in holder_of(quote)
