"""Reported speech whose teller comes after the clause and a comma, with the time it was told or as a topic
(…が検出されたと、日本中央競馬会(JRA)が19日、発表した; …約60万人であったと、BBCは伝えている), and the day told
between a こと-object and its verb (…終了することを19日発表した). Sentences of Wikinews (CC BY 2.5) outside every gold."""

from tests.core.claim_helpers import candidates, holder_of


def _read(text):
    return [(c.text[:10], holder_of(c)) for c in candidates(text)]


def test_a_teller_named_after_the_clause_with_the_time_it_told_it():
    text = "ディープインパクトから禁止薬物が検出されたとの報告を受けたと、日本中央競馬会(JRA)が19日、発表した。"
    assert _read(text) == [("ディープインパクトか", "日本中央競馬会")]
    text = ("新燃岳が2017年10月11日午前5時34分に噴火したと、福岡管区気象台・鹿児島地方気象台は"
            "同日午前6時15分(JST=UTC+9)に発表した。")
    assert [c.text for c in candidates(text)] == ["新燃岳が2017年10月11日午前5時34分に噴火した"]


def test_a_teller_as_a_topic_after_the_clause():
    text = "2001年の国勢調査ではカナダに住んでいるイスラム教徒は約60万人であったと、BBCは伝えている。"
    assert _read(text) == [("2001年の国勢調査", "BBC")]


def test_the_time_alone_after_the_clause_keeps_the_sentences_topic():
    text = "山形大学は、研究チームが地上絵2点を新たに発見したと、1月18日(UTC+9)に発表した。"
    assert _read(text) == [("研究チームが地上絵2", "山形大学")]


def test_a_condition_before_a_topic_is_no_report():
    # …すると、Xは: a clause of condition, nothing was said
    assert candidates("記者が質問すると、首相は語った。") == []
    assert candidates("会場の扉を開けると、社長は説明を始めた。") == []


def test_a_report_of_a_report_keeps_the_one_who_spoke():
    text = ("逮捕された者のうちには、難民を装って派遣されたものがいると、別の警察関係者が語ったと、"
            "ルワンダの『ニュー・タイムズ』紙は付け加えている。")
    assert _read(text) == [("逮捕された者のうちに", "警察関係者")]


def test_the_day_between_a_koto_object_and_its_verb():
    text = "JRAは、本来より15メートル短い距離でレースを実施していたことを同日発表した。"
    assert _read(text) == [("本来より15メートル", "JRA")]
    text = "NHKは、同局のテレビドキュメンタリー番組「プロジェクトX」を2005年12月を持って終了することを19日発表した。"
    assert [c.text for c in candidates(text)] == ["「プロジェクトX」を2005年12月を持って終了する"]


def test_a_thing_announced_on_a_day_is_no_statement():
    assert candidates("政府は新たな計画を19日発表した。") == []
