"""A report told on with 報じ in a later sentence that names no outlet is the outlet's that told the sentences before,
not the report's matter (core.claims.carried_reporters)."""

from core.claims.candidate import Candidate
from core.claims.carried_reporters import carried_reporters
from tests.core.claim_helpers import claim_with, holder_of


def test_a_body_the_report_tells_of_is_not_its_teller():
    text = ("ロイターは、ライブドアの粉飾決算について東京地検が捜査を進めていると報じた。\n"
            "また、上場廃止とすることを東京証券取引所が検討しているとも報じ、市場への影響は大きいとしている。")
    assert holder_of(claim_with(text, "検討している")) == "ロイター"


def test_a_country_named_in_the_report_is_its_matter():
    text = ("5日、ロシアで人間の脳をロボットに移植するプロジェクトが進んでいると「WIRED」が報じ、ネット掲示板で話題になっている。\n"
            "さらに、米軍の計画をはるかに凌ぐプロジェクトをロシアが打ち出しているとも報じた。")
    assert holder_of(claim_with(text, "打ち出している")) == "WIRED"


def test_the_same_magazine_written_after_the_claim_is_the_one_named_before():
    text = ("「週刊新潮」は、レイザーラモンHGが所属事務所を離れたと報じた。\n"
            "しかし、その後、レイザーラモンHGは自分から離れたとも同誌は報じている。")
    assert holder_of(claim_with(text, "自分から離れた")) == "週刊新潮"


def test_an_outlet_named_in_its_own_sentence_keeps_its_report():
    text = ("朝日新聞は、台湾の高速鉄道の開業が遅れていると報じた。\n"
            "一方、読売新聞は、台湾高速鉄道が19日まで通常の半額で利用できるようにすると報じている。")
    assert holder_of(claim_with(text, "通常の半額")) == "読売新聞"


def test_a_company_a_report_tells_of_after_the_paper_s_topic_is_its_matter():
    text = ("読売新聞は、家電大手のシャープが液晶工場を売却する方針を固めたと報じた。\n"
            "同紙ではこの理由として、テレビ販売の低迷を挙げている。\n"
            "また、同社が従業員の雇用を維持する方向であることも伝えている。")
    assert holder_of(claim_with(text, "雇用を維持")) == "読売新聞"


def test_one_named_before_what_they_tell_keeps_it():
    text = ("ロイター通信によると、ダゲスタン共和国で爆発があり、軍人2人が死亡した。\n"
            "のちに内務省は、軍人6人と民間人1人が負傷したが、死亡者はなかったと伝えている。")
    assert holder_of(claim_with(text, "死亡者はなかった")) == "内務省"


def test_a_report_read_where_no_sentence_stands_changes_nothing():
    # a claim told with 報じ by someone no list knows as an outlet, in a text of blanks only: no sentence to read
    found = [Candidate(0, 2, "  ", "報じた", "indirect", None, "山田")]
    assert carried_reporters("   ", [], found) == found


def test_a_report_told_on_and_told_on_again_further_on_stays_the_outlet_s():
    text = ("5日、ロシアで人間の脳をロボットに移植するプロジェクトが進んでいると「WIRED」が報じ、ネット掲示板で話題になっている。\n"
            "さらに、米軍の計画をはるかに凌ぐプロジェクトをロシアが打ち出しているとも報じた。\n"
            "計画には多くの研究者が加わる。\n"
            "費用は明らかでない。\n"
            "開発は2045年までに終える予定だ。\n"
            "また、ロシアの研究所が脳の模型を作り終えたとも報じている。\n")
    assert holder_of(claim_with(text, "打ち出している")) == "WIRED"
    assert holder_of(claim_with(text, "脳の模型を作り終えた")) == "WIRED"
