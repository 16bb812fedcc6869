"""A quote whose speaker is named only by によると right before it, closed by a copula and hearsay (広報担当者によると「…」
だという), is the source's words; a quote after a topic it describes (引きこもりは「甘え」だという) stays no one's."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_quote_after_its_sources_niyoruto_and_a_copula_is_the_sources():
    [c] = candidates("マクドナルド中国法人の広報担当者によると「別のサプライヤーからの仕入れを拡大しているところ」だという。")
    assert c.text == "「別のサプライヤーからの仕入れを拡大しているところ」" and c.attribution == "direct"
    assert "広報担当者" in holder_of(c)
    [d] = candidates("市場調査機関のアナリストによると「洪水は非常に深刻で、しばらくは影響が続く見込み」だという。")
    assert "アナリスト" in holder_of(d)


def test_a_quote_a_topic_is_said_to_be_stays_unclaimed():
    assert candidates("専門家の間では、引きこもりは「甘え」だという。") == []
    assert candidates("その理由は「値段が高い」だという。") == []


def test_a_source_at_the_quote_keeps_whose_it_is():
    [c] = candidates("ソニーの広報担当者によると「仕入れを拡大しているところ」という。")
    assert holder_of(c) == "ソニーの広報担当者"
    [d] = candidates("主催者である愛知県競馬組合の説明によると、「所属馬622頭の馬体調査をした」としている。")
    assert holder_of(d) == "愛知県競馬組合"
    [e] = candidates("朝日新聞の記者によると「復旧には時間がかかる」という。")
    assert holder_of(e) == "記者"
