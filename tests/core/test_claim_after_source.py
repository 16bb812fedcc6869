"""A claim told through a source is held by the topic its own clause names after the source, the source `via`
(core.claims.after_source)."""

from core.claims.after_source import topics_after_sources
from core.claims.candidate import Candidate
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.claim_helpers import candidates, claim_with, holder_of


def _held(text, piece):
    claim = claim_with(text, piece)
    return holder_of(claim), [v["text"] for v in claim.via]


def test_people_named_by_what_they_are_after_the_source_hold_the_quote():
    # Wikinews: a school trip's incident, told by the Yomiuri
    text = ("読売新聞によると、この高校の校長は「修学旅行に行きたいとの願いを叶えてあげるためだったが、"
            "管理までして心を傷つけたのは不用意だった」とコメントしている。")
    assert _held(text, "修学旅行") == ("高校の校長", ["読売新聞"])


def test_the_company_a_same_word_points_back_to_holds_not_the_paper():
    # Wikinews: Yoshinoya's beef bowls, told by the Nikkei
    text = ("同チェーンを運営する株式会社吉野家ディー・アンド・シーのプレスリリースによれば、牛丼の販売が10月にも行われる予定。\n"
            "日本経済新聞によれば、同社は12月以降から毎日販売できる体制を整えたいとしている。")
    assert _held(text, "体制") == ("株式会社吉野家ディー・アンド・シー", ["日本経済新聞"])


def test_a_company_word_never_stands_for_the_court_named_last():
    text = ("しかし、二審の東京高裁は、「ファンドの悪用を防止する会計ルールが確立していなかった」と指摘。\n"
            "朝日新聞によると、同社は、企業買収などで急成長を遂げ、2004年にはプロ野球への参入を表明。")
    holder, via = _held(text, "参入")
    assert holder != "東京高裁"


def test_a_thing_after_the_source_leaves_the_claim_to_the_source():
    # Wikinews: a subway's wrong route, told by the operator
    text = "これを公表した東京地下鉄によると、原因は司令員が誤ったルートを指定した為だとしている。"
    assert _held(text, "司令員")[0] == "東京地下鉄"


def test_a_judgement_in_the_passive_stays_the_source_s():
    text = "読売新聞によると、男子学生はバイクを使って逃走しているとみられている。"
    assert _held(text, "逃走")[0] == "読売新聞"


def test_an_outlet_s_own_report_of_a_body_stays_the_outlet_s():
    # Wikinews: the Meiji industrial heritage bid, told by the Sankei
    text = ("また産経新聞によると、日本政府はさらに来年、「明治日本の産業革命遺産九州・山口と関連地域」の世界遺産登録を"
            "目指していると報じている。")
    assert _held(text, "世界遺産")[0] == "産経新聞"


def test_a_topic_after_a_setting_or_a_clause_of_its_own_holds_not_the_paper():
    text = "毎日新聞によると、一方で、元生徒の父親は、これら一連の出来事が退学の理由になったと主張している。"
    assert _held(text, "退学の理由")[0] == "元生徒の父親"
    text = ("朝日新聞によると、大阪ドームの運営会社で会社更生法を申請している「大阪シティドーム」は3月22日記者会見し、"
            "施設を寄付する再建策を提案したことを明らかにした。")
    assert _held(text, "再建策") == ("大阪シティドーム", ["朝日新聞"])


def test_a_topic_doing_what_only_someone_does_holds_however_it_is_named():
    text = "毎日新聞によると、戒告処分となった巡査は、「初めて年下の後輩ができ、先輩風を吹かせてしまった」と話している。"
    assert _held(text, "先輩風") == ("戒告処分となった巡査", ["毎日新聞"])
    text = "朝日新聞によると、鶴見警察署の調べに少年は「父親が自らの手で絞首した」と供述している。"
    assert _held(text, "絞首した")[0] == "少年"  # not the police the boy answered


def test_a_thing_as_the_topic_of_an_estimate_still_leaves_it_to_the_paper():
    text = "朝日新聞によれば、審理は異なる刑事部が行う予定だとしている。"
    assert _held(text, "刑事部")[0] == "朝日新聞"  # としている: no verb only someone does


def test_a_subject_with_ga_after_the_source_holds_what_it_stated():
    # Wikinews: a player's retirement and a builder's admission, told by papers
    text = ("4月18日の読売新聞、日刊スポーツによると、北海道日本ハムファイターズ所属のプロ野球選手である新庄剛志(SHINJO)外野手が、"
            "現在開催中の2006年度シーズン終了を持って現役引退することを明らかにした。")
    holder, via = _held(text, "現役引退")
    assert "新庄剛志" in holder and via[0] == "読売新聞"
    text = "北海道新聞によれば、元請け業者が建築士の資格を確認していなかったことを認めている。"
    assert _held(text, "資格")[0] == "元請け業者"


def test_a_subject_with_ga_inside_a_clause_of_its_own_does_not_hold():
    # the controller who pointed out the error is not who explains himself; the pupils are not the head who speaks
    text = ("読売新聞によれば管制官がその後エア・カナダ機に誤進入を指摘したところ、同機は「進入許可を得たと認識し、"
            "復唱もした」と釈明した。")
    assert _held(text, "進入許可")[0] != "管制官"
    text = ("産経新聞によると、2人が通っている高校の校長先生の会見で「2人は今年の3月に交友関係の問題のトラブルで、"
            "A少年が浜田君に暴力を振るって軽い怪我を負わせた」ことを明らかにした。")
    assert _held(text, "交友関係")[0] != "2人"


def test_a_topic_after_what_it_speaks_of_holds_a_stance_it_took():
    # Wikinews: a coach's words, told by the Sankei; a stance announced by a topic named by its kind
    text = ("産経新聞によると、このコーチは、2008年4月から中学校に招聘され、年間20日の予定で指導していたが、"
            "部員に対し、「(高校の敷地内の)ハトがうるさい」などと言って、部員に対し、殺すよう指示した。")
    assert _held(text, "ハトがうるさい") == ("コーチ", ["産経新聞"])


def test_what_a_teller_told_is_a_source_like_by_its_account():
    # Wikinews: AがBに語ったところによると / Aが伝えたところによれば read as Aによると
    text = ("また、調査委員会が報道各社に伝えたところによると、レールなどの状況から車体が突風で横転し、"
            "そのまま滑り落ちた可能性が高いという。")
    assert _held(text, "突風")[0] == "調査委員会"
    text = ("産経新聞が同研究所の話として伝えたところによると、研究員の1人は、「『現時点ではこう考える』という"
            "試案段階で発表してしまった」と話している。")
    assert _held(text, "試案段階") == ("研究員の1人", ["産経新聞"])
    text = ("イギリスのBBCが伝えたところによれば、バルクの弁護士は今回の決定についての声明を発表し、"
            "「本日の決定をもって、FIFA倫理委員会は信頼性がない」と述べた。")
    holder, via = _held(text, "倫理委員会")
    assert holder == "バルクの弁護士" and via == ["BBC"]


def test_a_country_before_the_outlet_a_speaker_told_is_no_source():
    text = ("現地警察署長がフランスのAFP通信に語ったところによると、さらに村の人口の3分の1にあたる約200人が"
            "生き埋めになっているとみられる。")
    assert all("フランス" not in v["text"] for c in candidates(text) for v in c.via)


def test_the_first_of_the_outlets_written_with_nado_is_the_source():
    # Wikinews: 産経新聞などによると, the party's officers speak; Reuters and others tell an announcement
    text = ("産経新聞などによると、自由民主党の幹部らは、同日の昼頃に安倍晋三・内閣総理大臣(首相)から辞任する意向を"
            "伝えられたことを明らかにした。")
    assert _held(text, "辞任する意向") == ("自由民主党の幹部ら", ["産経新聞"])
    text = "ロイターなどによれば、ハイチ暫定政府は17日、大統領選挙を12月27日に延期すると発表した。"
    assert _held(text, "延期")[1] == ["ロイター"]


def test_an_outlet_named_after_the_source_holds_the_report_it_tells():
    # Wikinews: a false earthquake report, told by the Asahi
    text = "誤報は同42分頃に削除されたが、朝日新聞によるとロイターが「日本南部で強い地震が発生した」と報じ、問い合わせが相次いだ。"
    assert _held(text, "日本南部") == ("ロイター", ["朝日新聞"])
    # a body that is no outlet stays the matter of the source's report
    text = "産経新聞によると、日本政府は世界遺産登録を目指していると報じている。"
    assert _held(text, "世界遺産")[0] == "産経新聞"


def test_what_a_thing_is_owing_to_is_no_source_before_the_topic():
    # Wikinews: a battery recall, told by the Nikkei
    text = ("日本経済新聞によれば、原因について副社長は、製造段階で金属粉が混入したことによるとした上で、"
            "生産設備の変更により、異常な過熱が起こる部位が広がったと報告した。")
    assert _held(text, "生産設備") == ("副社長", ["日本経済新聞"])


def test_a_place_before_the_subject_after_the_source_is_passed_over():
    # Wikinews: an amusement park's closure, told by the Yomiuri
    text = "読売新聞によると、大阪府吹田市にあるエキスポランドが12月7日、同10日から休園することを発表した。"
    assert _held(text, "休園") == ("エキスポランド", ["読売新聞"])


def test_dousha_after_a_papers_report_is_the_company_it_reports_on():
    # the claims gold's twenty-fifth draw (wn-00198): それによれば、同社では: the company, the paper its source
    text = ("東京電力が賠償の見直しを発表した。"
            "毎日新聞は同社が社長の解任を検討していると報じた。"
            "それによれば、同社では、社長の不正支出が少なくとも23億円とみている。")
    [c] = [c for c in candidates(text) if c.text.startswith("社長の不正")]
    assert holder_of(c) == "東京電力"
    assert [v["text"] for v in c.via] == ["毎日新聞"]


def test_a_subject_speaking_to_others_after_a_source_holds_its_call():
    # the claims gold (wn-01590): …によれば、2日、Aが、BとCに対し、…よう激励する発言をしている: A's, the radio its source
    text = ("またラジオ局ニューストークによれば、2日、連合未来党のラリー・バルドック候補が、同選挙区のクラークソン候補と"
            "サリー・バレット労働党候補に対し、ピータース党首の再選を阻止するよう激励する発言をしている。")
    [c] = candidates(text)
    assert "ラリー・バルドック" in holder_of(c)


def test_a_place_after_a_source_calls_for_nothing():
    # (Wikinews wn-00552) …によると、…九州北部では…警戒を呼びかけている: a place, the source holds
    text = "時事によると、7月の豪雨で被災した中国・九州北部では地盤が緩んでいるため、土砂崩れなどの災害に特に警戒を呼びかけている。"
    [c] = candidates(text)
    assert "九州" not in (holder_of(c) or "")


def _told_after(body, cue):
    """The holder of a claim read up to cue after the が-subject of the clause after the source, its source the holder."""
    mentions = detect(body, bundled_registry(), None)
    source = next(m for m in mentions if m.text == "ロイター通信")
    start, end = body.index("が") + 1, body.index(cue)
    claim = Candidate(start, end, body[start:end], cue, "indirect", source.entity_id, source.text,
                      [{"entity_id": source.entity_id, "text": source.text}])
    return [c.holder_text for c in topics_after_sources(body, mentions, [claim])]


def test_a_subject_calling_on_someone_holds_but_one_promoting_a_thing_does_not():
    # 促した is a call the subject makes; 促進した (a noun made a verb) is something done, the source's report
    assert _told_after("ロイター通信によると、中国政府が北朝鮮に対話を促した。", "を促した") == ["中国政府"]
    assert _told_after("ロイター通信によると、中国政府が両国の貿易を促進した。", "を促進した") == ["ロイター通信"]
