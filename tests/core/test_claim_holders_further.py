"""Holders named further from the claim than its own clause, on sentences of Japanese Wikinews (CC BY 2.5,
the claims gold's development draws): a body named in brackets as the source, the outlet that told the last
thing when a later sentence only says …と伝えた, a pope named by his name before election, a surname the entity
layer linked, and the chooser's options from the sentence before across a line break."""

from core.claims import holder_chooser as hc
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.claim_helpers import candidates, holder_of


def test_a_body_in_brackets_before_niyoreba_is_the_source_not_a_quote():
    text = ("岸田文雄外務大臣は7月25日の会見で、「高い関心を有している」と述べている。\n"
            "「アムネスティ・インターナショナル」によれば、中国では死刑執行が昨年1年間で数千人に対して"
            "執行された可能性があると報告した。")
    [reported] = [c for c in candidates(text) if c.cue == "報告した"]
    assert holder_of(reported) == "アムネスティ・インターナショナル"
    # the same name as a quote told by its verb is still a quote
    [quoted] = [c for c in candidates("外相は「アムネスティ・インターナショナル」と述べた。") if c.text.startswith("「")]
    assert holder_of(quoted) != "アムネスティ・インターナショナル"


def test_an_outlet_that_told_a_thing_is_the_one_a_later_report_carries():
    text = ("17日のBBCなどが伝えた。\nBBCによれば、リベリア中央選挙管理委員会が公表した投票率は74.1%。\n"
            "米国営VOA放送は、上院下院両院選挙の当選者がほぼ確定したことを伝えた。\n"
            "90年代の内戦で活動した複数の軍閥指導者が上院議員として当選した。\n"
            "また亡命中のテーラー大統領の三人目の妻、ジュエル・ハワード・テーラー候補が上院議員に当選したと伝えた。")
    [later] = [c for c in candidates(text) if c.text.startswith("また")]
    assert holder_of(later) == "米国営VOA放送"
    # a person who passes a wish on (…の意向を伝えた) is no outlet a later report carries
    text = ("BBCによれば、投票率は74.1%。\n首相は、協議を続ける意向を伝えた。\n"
            "また、候補が上院議員に当選したと伝えた。")
    [later] = [c for c in candidates(text) if c.start > text.index("また")]
    assert holder_of(later) == "BBC"


def test_a_pope_is_named_by_his_name_before_election():
    registry = bundled_registry()
    for name, pope in (("ヨーゼフ・ラッツィンガー", "person:benedict-xvi"), ("ホルヘ・マリオ・ベルゴリオ", "person:pope-francis"),
                       ("カロル・ヴォイティワ", "person:john-paul-ii")):
        [found] = [m for m in detect(f"{name}枢機卿が選ばれた。", registry, None) if m.type == "PERSON"]
        assert (found.text, found.entity_id) == (name, pope)


def test_a_surname_the_entity_layer_linked_holds_as_that_person():
    text = ("保守派として知られるヨーゼフ・ラッツィンガー枢機卿が教皇に選出された。\n"
            "一方、ラッツィンガー枢機卿(当時)も、キュング教授の著作を批判してきた。")
    [claim] = [c for c in candidates(text) if c.text.startswith("キュング")]
    assert claim.holder_entity_id == "person:benedict-xvi" and holder_of(claim) == "ベネディクト16世"
    # a name the registry does not hold is the person the layer found in full before
    text = text.replace("ヨーゼフ・ラッツィンガー", "ハンス・ヤマダ").replace("ラッツィンガー", "ヤマダ")
    [claim] = [c for c in candidates(text) if c.text.startswith("キュング")]
    assert claim.holder_entity_id == "found:PERSON:ハンス・ヤマダ"


def test_the_choosers_options_come_from_the_sentence_before_across_a_line_break():
    text = "米国営VOA放送は、当選者がほぼ確定したことを伝えた。\n軍閥指導者が当選した。\nまた候補が当選したと伝えた。"
    mentions = detect(text, bundled_registry(), None)
    article = hc.Article(text, mentions)
    later = text.index("また")
    assert article.previous_start(later) == text.index("軍閥")
    assert article.previous_start(0) == 0
    # two sentences back a name is an option only as the topic carried on (米国営VOA放送は), not as a subject
    assert "米国営VOA放送" in [o.text for o in article.options(later, later + 5)]
    subject = text.replace("放送は、", "放送が、")
    assert "米国営VOA放送" not in [o.text for o in hc.Article(subject, detect(subject, bundled_registry(), None))
                                  .options(later, later + 5)]
    second = text.index("軍閥")
    assert "米国営VOA放送" in [o.text for o in article.options(second, second + 5)]


def test_a_whole_office_word_as_the_topic_is_the_person_named_with_it():
    # 国務長官 is read by the reference as the office, not as 国務 + 長官, sentences after the name
    text = "ブリンケン国務長官は15日、北京を訪れた。\n北京は晴れていた。\n国務長官は「対話が大切だ」と述べた。"
    [claim] = candidates(text)
    assert claim.holder_entity_id == "person:antony-blinken"
    # another office's holder (副国務長官, 財務長官) is not the one referred to, nor is anyone called 国務
    for other in ("ブリンケン副国務長官", "ベッセント財務長官"):
        [claim] = candidates(text.replace("ブリンケン国務長官", other))
        assert claim.holder_entity_id is None and holder_of(claim) is None
    [claim] = candidates("石原知事は「対話が大切だ」と述べた。")
    assert holder_of(claim) == "石原"  # a name before its title stays the name


def test_the_subject_of_a_clause_describing_the_setting_is_no_speaker():
    text = ("ハンス・キュング教授は、教皇不可謬説を批判した。\n"
            "保守派として知られるヨーゼフ・ラッツィンガー枢機卿が現教皇に選出された2005年4月の教皇選出選挙においては、"
            "選挙結果について公然と失望を明らかにしている。")
    [claim] = [c for c in candidates(text) if c.text.startswith("選挙結果")]
    assert holder_of(claim) == "ハンス・キュング"
    # the subject of the main clause still speaks
    [claim] = [c for c in candidates("ラッツィンガー枢機卿が、選挙結果について失望を明らかにした。") if c.text.startswith("選挙結果")]
    assert holder_of(claim) != "ハンス・キュング" and claim.holder_entity_id is not None


def test_a_person_with_a_title_no_list_holds_is_the_topic():
    # Japanese Wikinews (CC BY 2.5): グループ長, 主査, チーフプロデューサー are in no office list
    text = "エコナシリーズを担当する安川拓次グループ長は「商品の安全性には問題ないが、不安を感じる方々がいる」と説明した。"
    assert [holder_of(c) for c in candidates(text)] == ["安川拓次"]
    text = ("NHKの取材を受けた熊本市動植物園の松本充史主査は、事件当時について「地震直後に猛獣類の脱走が起きていないか確認は"
            "したが、その後問い合わせ対応に追われ仕事が出来なくなった」と語った。")
    [claim] = candidates(text)
    assert claim.holder_entity_id == "found:PERSON:松本充史"
    [claim] = candidates("菅康弘チーフプロデューサーは「原作に沿った作品にしたい」と話している。")
    assert claim.holder_entity_id == "found:PERSON:菅康弘"
    text = "番組では小宮悦子アナウンサーが司会を務めた。\nこれに、小宮アナが「コメントも堂々としてきた」と続けた。"
    [claim] = candidates(text)
    assert claim.holder_entity_id == "found:PERSON:小宮悦子"  # a broadcaster's trade after the surname


def test_a_name_with_her_age_before_mo_holds_her_quote():
    # 多村美紀さん(46歳)も、「…」: the age between the name and も (Japanese Wikinews, CC BY 2.5)
    text = ("長野さんの妹の長野ちえみさんは「やっと終わった」と話した。\n"
            "また、長野さんの姉・多村美紀さん(46歳)も、「本当に長かったが、やっと終結を迎えました」と話した。")
    assert [holder_of(c) for c in candidates(text) if c.attribution == "direct"][-1] == "多村美紀"
