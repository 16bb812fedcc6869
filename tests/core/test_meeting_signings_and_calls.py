"""Signings told by other verbs (an agreement exchanged in writing, a contract 締結 ending its sentence),
talks others are called on to hold, and talks to be taken up again (sentences of Japanese Wikinews
articles, CC BY 2.5, and of a seed article)."""

from datetime import date

from tests.core.meeting_helpers import names, proposals_in, told_in


def test_an_agreement_exchanged_in_writing_is_a_signing_of_both_bodies():
    text = ("日本バスケット協会は次期役員の人事をめぐり混乱が続いており、JOCと日本バスケット協会が今年1月"
            "「役員選考などはJOCの担当役員と協議・同意を持って進める」とした約束を文章で交わしたが、"
            "JOCに無断で理事を選んだとされる。")
    [signing] = proposals_in(text, date(2008, 3, 6))
    assert signing.kind == "signing" and signing.start == "2008-01"
    assert {"JOC", "日本バスケット協会"} <= set(names(signing))


def test_views_exchanged_are_no_signing():
    text = ("王毅外相とラブロフ外相は、パレスチナとイスラエルの対立を含む国際的・地域的な諸課題についても"
            "意見を交わしました。")
    assert all(p.kind != "signing" for p in proposals_in(text, date(2025, 7, 10)))
    text = "育成選手として中村選手と契約を交わした。"  # a player's contract, no written agreement of sides
    assert proposals_in(text, date(2008, 1, 1)) == []


def test_a_contract_signed_at_the_end_of_a_sentence_with_no_verb_is_held():
    text = ("センテニアル社は2月21日に韓国のタバコメーカー・ウリタバコ社と3年間・300億ウォン"
            "(日本円レートで34億円相当)のメインスポンサー契約を締結。")
    [signing] = proposals_in(text, date(2008, 2, 29))
    assert signing.kind == "signing" and signing.status == "held" and signing.start == "2008-02-21"
    # 社 after each company's name: both companies are sides
    assert any("センテニアル" in n for n in names(signing)) and any("ウリタバコ" in n for n in names(signing))
    # a treaty spoken of, not signed
    assert proposals_in("条約締結以降、両国の貿易は増えた。", date(2008, 2, 29)) == []


def test_an_agreement_told_concluded_in_the_passive_going_on_to_the_next_clause_is_a_signing():
    # a livedoor news article (CC BY-ND 2.1 JP, NHN Japan), the sides named as in the Wikinews signings above
    text = "1974年、日本と韓国は交渉の結果、大陸棚協定が締結され、この水域を共同開発区域とした。"
    [signing] = [p for p in proposals_in(text, date(2012, 1, 10)) if p.kind == "signing"]
    assert signing.status == "held" and {"日本", "韓国"} <= set(names(signing))
    # not concluded: a treaty not signed yet
    text = "日本と中国の間では逃亡犯罪人の引き渡し条約が締結されていないため、身柄を引き渡せない。"
    assert all(p.kind != "signing" for p in proposals_in(text, date(2012, 1, 10)))


def test_a_cited_headline_closing_on_a_signing_tells_it_done():
    text = "ＴＳＰ報道『コナミデジタルエンタテインメント、米国・ウェストバージニア州とパートナーシップを締結』。"
    [signing] = proposals_in(text, date(2008, 5, 1))
    assert signing.kind == "signing" and signing.status == "held"
    assert any("コナミ" in n for n in names(signing)) and "ウェストバージニア州" in names(signing)
    # a signing still to come (締結へ) or spoken of (締結交渉) is not told done
    assert proposals_in("『コナミ、米国・ウェストバージニア州とパートナーシップ締結へ』。", date(2008, 5, 1)) == []
    assert proposals_in("『日本と米国、協定の締結交渉』。", date(2008, 5, 1)) == []


def test_who_calls_on_others_to_hold_talks_takes_no_part_in_them():
    text = "国際連合のアナン事務総長は、各勢力が互いに交渉を行うよう呼びかける声明を発表した。"
    assert all("アナン" not in names(p) for p in proposals_in(text, date(2006, 6, 6)))


def test_both_sides_called_back_to_talks_are_the_two_named_before():
    text = ("国防広報官が会見で「LTTEは国軍の攻撃を誘発している」と述べるなど国軍側はLTTEに原因があるとしているが、"
            "LTTE側は国軍の攻撃は事実上の宣戦布告だとしている。\n"
            "ロイターによると、スリランカ和平組織は声明で、「罪のない市民に耐えがたい苦痛が押し付けられている」"
            "として双方が戦闘を停止して交渉に戻ることを呼びかけた。\n"
            "しかしLTTE側は、和平交渉に戻れるようになるのはまだ先のことになるだろうとしている。")
    [talks] = proposals_in(text, date(2006, 8, 12))
    assert talks.kind == "negotiation_round" and talks.status == "proposed"
    assert "LTTE" in names(talks) and not any("和平組織" in n for n in names(talks))
    assert len(talks.mentions) == 2  # the call and the LTTE's answer are one set of talks


def test_each_partner_with_its_own_object_signs_its_own_agreement():
    text = ("トランプ氏は、式典の場で「平和条約と同時に、アメリカはカンボジアと重要な貿易協定を、"
            "タイとは戦略鉱物に関する協定を締結した」と発表。")
    signings = proposals_in(text, date(2025, 10, 27))
    assert sorted(sorted(p.entity_id for p in s.participants) for s in signings) == [
        ["country:KH", "country:US"], ["country:TH", "country:US"]]


def test_one_country_with_a_partner_no_entity_names_stands_for_the_meeting():
    text = ("スーダン西部のダルフール地方でおきている紛争に関し、スーダン政府と2つのアフリカ系武装勢力により"
            "行われた和平交渉は、20日予定の日程を終わった。")
    [talks] = proposals_in(text, date(2005, 10, 21))
    assert talks.kind == "negotiation_round" and [p.entity_id for p in talks.participants] == ["country:SD"]
    text = "8月31日、デンマーク領フェロー諸島とアイスランドは協定を調印し、共同で単一の経済共同体を設立した。"
    [signing] = proposals_in(text, date(2005, 9, 1))
    assert signing.start == "2005-08-31" and "country:IS" in [p.entity_id for p in signing.participants]
    # no partner named: no meeting of sides
    assert proposals_in("日本は交渉を続けている。", date(2005, 9, 1)) == []
    # a country named before an earlier meeting word of the line is that meeting's side, not the next one's
    text = ("2006年5月6日、スーダン政府と反政府最大勢力が和平協定に調印2005年10月22日、"
            "ダルフール情勢:和平交渉に実質的進展なし")
    assert [p.kind for p in proposals_in(text, date(2006, 5, 7))] == ["signing"]


def call_in(text):
    return told_in(text, date(2016, 10, 16))


def test_a_phone_call_told_in_one_clause_is_a_call_of_both_sides():
    both = [("phone_call", ["トランプ", "安倍"])]
    assert call_in("安倍首相は15日、トランプ大統領と電話で約30分間話した。") == both
    assert call_in("安倍首相は15日、トランプ大統領と電話で北朝鮮問題を協議した。") == both  # not plain talks
    assert call_in("安倍首相は15日夜、トランプ大統領との電話で、北朝鮮問題を話し合った。") == both
    assert call_in("岸田首相は15日、バイデン大統領から電話を受けた。") == [("phone_call", ["バイデン", "岸田"])]
    # the side called, named after 電話で and marked by に
    [(kind, sides)] = call_in("ブッシュ大統領は電話でロバーツ判事に最高裁判事への指名を伝えた。")
    assert kind == "phone_call" and any(s.startswith("ロバーツ") for s in sides) and any(s.startswith("ブッシュ") for s in sides)


def test_a_time_or_a_purpose_before_the_call_is_no_side_called():
    assert call_in("テリー伊藤氏は、11月に電話で会話した時も「早く戻って来い」と言った。") == []
    assert call_in("同党の関係者が電話で渡航しないように説得した。") == []
    # a time between the caller and the call does not hide the caller
    text = "民主党の小沢一郎幹事長から福島さんの罷免後に電話があった。"
    assert any("小沢一郎" in sides for _, sides in call_in(text))


def test_a_signing_at_talks_told_just_before_is_signed_by_both_leaders():
    for text in ("安倍首相は15日、プーチン大統領と会談し、会談後に両首脳は共同声明に署名した。",
                 "安倍首相は15日、プーチン大統領との会談で、平和条約に関する覚書に署名した。"):
        [talks, signing] = proposals_in(text, date(2020, 10, 16))
        assert talks.kind == "talks" and signing.kind == "signing" and signing.start == "2020-10-15"
        assert {p.name for p in signing.participants} == {"安倍", "プーチン"}
    # a law signed after the talks is one hand's signature, no signing of sides
    text = "安倍首相は15日、プーチン大統領と会談した後、官邸に戻り、法案に署名した。"
    assert [p.kind for p in proposals_in(text, date(2020, 10, 16))] == ["talks"]
