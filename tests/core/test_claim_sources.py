"""Sources a claim came through, written with an acronym in brackets or as a list
(Japanese Wikinews, CC BY 2.5, articles outside every gold)."""

from tests.core.claim_helpers import candidates, holder_of


def _sources(candidate):
    return [v["text"] for v in candidate.via]


def test_a_source_with_its_acronym_in_brackets():
    text = "また、中国新聞(広島市)によれば警察当局はパッケージの外側に付着したメタミドホスが袋の中に浸み込んだ可能性もあると見ている。"
    [c] = candidates(text)
    assert _sources(c) == ["中国新聞"] and holder_of(c) == "警察当局"


def test_a_source_in_brackets_holds_what_nobody_else_is_said_to_have_said():
    text = ("スポーツ仲裁裁判所(CAS)によると、8月12日に出場したトマシュ・ジェリンスキ選手とアスリートの"
            "ドーピング検査で陽性反応が出たと発表した。")
    [c] = candidates(text)
    assert holder_of(c) == "スポーツ仲裁裁判所"


def test_every_outlet_of_a_list_is_a_source():
    text = "共同通信、日本経済新聞、毎日新聞によると、東芝は6月4日までに、臨時作業員6人が放射線管理区域内の作業に従事していたことを発表した。"
    [c] = candidates(text)
    assert holder_of(c) == "東芝"
    assert _sources(c) == ["共同通信", "日本経済新聞", "毎日新聞"]


def test_an_outlet_joined_by_to_before_the_source_is_one_of_them():
    text = "朝日新聞と読売新聞によると、木村氏は11月1日、会見し知事続投を表明した。"
    [c] = candidates(text)
    assert _sources(c) == ["朝日新聞", "読売新聞"]
