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


def test_a_group_as_the_ga_subject_after_a_setting_holds_its_call():
    text = ("アルジェリアでは1990年代にイスラム原理主義系の反政府活動家と政府の対立があった。\n"
            "共同通信=産経新聞は、この投票には第三者機関による監視がなく水増しがあるのではないかという指摘があると伝えている。\n"
            "この投票では、大統領反対派がボイコットを呼びかけていた。")
    [c] = [c for c in candidates(text) if c.text == "ボイコット"]
    assert c.text == "ボイコット" and holder_of(c) == "大統領反対派"


def test_a_spokesman_as_the_ga_subject_holds_his_quote_not_the_name_inside_it():
    text = ("読売新聞やロイターによると、国防広報官が会見で「LTTEは国軍の攻撃を誘発している」と述べるなど"
            "国軍側はLTTEに原因があるとしている。")
    [c] = [c for c in candidates(text) if c.attribution == "direct"]
    assert holder_of(c) == "国防広報官"


def test_a_ga_subject_inside_a_clause_describing_a_noun_holds_nothing():
    text = ("インターネットプロバイダぷららが15日、Winnyによる通信の遮断を、利用者が設定する無料の通信フィルタリングサービス"
            "「ネットバリアベーシック」の一項目として導入することを発表した。")
    assert all(holder_of(c) != "利用者" for c in candidates(text))
