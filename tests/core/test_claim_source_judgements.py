"""A source's judgement and the sources it is told through: a judgement in the passive after a source (…によると、…と
見込まれている, と考えられている) is the source's, and none when no source is named; an estimate whose own subject
is inside it (…5000人が死亡したと推計している) is the source's; an outlet named with the day of its report (読売新聞の
3月17日の報道によると) is the claim's source; quotes chained under one speaker an outlet reports are all theirs; a
position an outlet names its taker for (人権団体は…懸念を示しているとBBCは伝えた) is the taker's."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_judgement_in_the_passive_after_a_source_is_the_sources():
    [c] = candidates("読売新聞によると、料金は宿泊費・食費込みで大人1人あたり20万円程度と見込まれている。")
    assert c.text == "料金は宿泊費・食費込みで大人1人あたり20万円程度" and holder_of(c) == "読売新聞"
    [d] = candidates("ロイターによれば、タミル人有権者は約50万人で、ウィクラマシンハ候補に投票するだろうと見込まれていた。")
    assert d.text == "ウィクラマシンハ候補に投票するだろう" and holder_of(d) == "ロイター"  # not the voters
    [e] = candidates("サンスポによると、阪神のダート2000mコースは芝コースからスタートする関係で、1800mとしたと考えられている。")
    assert holder_of(e) == "サンスポ" and e.cue.startswith("考えられ")


def test_a_judgement_in_the_passive_with_no_source_is_nobodys():
    assert candidates("首相は年内に辞任すると見込まれている。") == []
    assert candidates("爆発はテロと考えられている。") == []
    # the position the sentence takes stays, the writer's hedge after it adds nothing
    [c] = candidates("楽天は銀行業への参入方針を表明しており、一連の事業多角化の一環と考えられる。")
    assert c.text == "銀行業への参入方針" and holder_of(c) == "楽天"


def test_an_estimate_is_the_sources_not_its_own_subjects():
    [c] = candidates("温家宝首相は現地入りした。朝日新聞によれば、約3,000人から5000人が死亡したと推計している。")
    assert c.text == "約3,000人から5000人が死亡した" and holder_of(c) == "朝日新聞"


def test_an_outlet_named_with_the_day_of_its_report_is_the_source():
    [c] = candidates("読売新聞の3月17日の報道によると、山田首相は辞任すると述べた。")
    assert [v["text"] for v in c.via] == ["読売新聞"] and "山田" in holder_of(c)
    [d] = candidates("温家宝首相は現地入りした。朝日新聞の12日22時13分(UTC+9)の続報によれば、約3,000人から5000人が"
                     "死亡したと推計している。")
    assert holder_of(d) == "朝日新聞"  # not the premier the sentence before names


def test_quotes_chained_under_one_speaker_an_outlet_reports_are_all_theirs():
    body = ("シルヴィオ・ベルルスコーニ伊首相は「良心に従うべきだ」とのみ発言した。"
            "また3日のAGI通信は、改革案を可決するには、総裁が辞任すべきだとする国民同盟の要求に対して、ベルルスコーニ首相が"
            "「誰にでも思ったことをいう権利がある」と論評し、「総裁が改革案を了承したことが大事だ」と発言したと伝えた。")
    found = [c for c in candidates(body) if c.text.startswith(("「誰", "「総裁"))]
    assert [c.text for c in found] == ["「誰にでも思ったことをいう権利がある」", "「総裁が改革案を了承したことが大事だ」"]
    assert all("ベルルスコーニ" in holder_of(c) and [v["text"] for v in c.via] == ["AGI通信"] for c in found)


def test_a_position_an_outlet_names_its_taker_for_is_theirs_the_outlet_via():
    [c] = candidates("反対派の動静は報道されず、人権団体は反対派への不当な扱いがなされていないかどうか懸念を示しているとBBCは"
                     "伝えた。")
    assert c.text == "反対派への不当な扱いがなされていないかどうか懸念" and holder_of(c) == "人権団体"
    assert [v["text"] for v in c.via] == ["BBC"] and c.cue == "懸念を示"
    [d] = candidates("23日、女優・中山美穂がツイッターで反原発の姿勢を示していると、アサ芸プラスが報じた。")
    assert d.text == "ツイッターで反原発の姿勢" and holder_of(d) == "中山美穂" and [v["text"] for v in d.via] == ["アサ芸プラス"]
