"""A position taken on an object is held by the が-subject its own clause names, not by the topic of the clauses
before it (core.claims.from_clauses)."""

from tests.core.claim_helpers import claim_with, holder_of


def _holder(text, piece):
    return holder_of(claim_with(text, piece))


def test_a_crowd_demanding_a_president_s_resignation_holds_the_demand_not_the_president():
    # Wikinews: the Tunisian revolution
    text = ("ベンアリ氏は当初デモを「テロ行為」などとして批判していたものの、12日には内相を更迭すると発表し、"
            "国民の抗議を抑えられず、14日には数千人が内務省を包囲しベンアリ氏の即時退陣を要求。")
    assert _holder(text, "即時退陣") == "数千人"


def test_witnesses_who_deny_a_defendant_s_role_hold_the_denial():
    # Wikinews: the Muraki trial
    text = "2010年1月から始まった公判で、証人出廷した厚労省職員7人全員が村木被告の関与を否定。"
    assert "職員" in _holder(text, "関与")


def test_a_subject_inside_a_clause_on_a_noun_does_not_hold():
    # Wikinews: Hans Küng on the 2005 conclave
    text = ("キュング教授は現在77歳。\nスイス出身で、現在はドイツのチュービンゲンに住む。\n"
            "諸宗教の対話を提唱する代表的なカトリック神学者のひとりとして世界的に著名である。\n"
            "カトリック教会の現体制への批判でも知られ、教皇不可謬説を批判したため、1979年、当時のローマ教皇ヨハネ・パウロ2世により"
            "カトリック神学の教授資格を停止された。\n"
            "保守派として知られるヨーゼフ・ラッツィンガー枢機卿が現教皇に選出された2005年4月の教皇選出選挙においては、"
            "選挙結果について公然と失望を明らかにしている。")
    holder = _holder(text, "失望") or ""
    assert "キュング" in holder and "ラッツィンガー" not in holder


def test_a_thing_as_the_subject_holds_nothing():
    # Wikinews: a prime minister's policy speech
    text = ("民主党が前国会の参議院で「税制法案を店晒し」(本文まま)にしたと、国民の生活より政局を優先したとして同党を批判した上で、"
            "国会運営に「合意形成のルール」が必要として同党へ対応を求めており、演説の最後には、補正予算や地方道路財源の"
            "関連法案の成立が必要として、国会運営への協力を民主党など野党に呼びかけている。")
    assert _holder(text, "同党へ対応") != "合意形成のルール"
