"""Forms of a meeting word the gates keep, read on a draw of articles no gold holds (bench/gate_drops.py): a
signing told in the perfect (契約を締結していた), talks closing a cited headline after their partner (…、パとも協議』),
a meal a named host gives (大統領主催の…晩餐会), talks told suspended (交渉が中断した); and the forms beside them
the gates still drop (sentences of Japanese Wikinews and livedoor news articles, CC BY 2.5, or written like them)."""

import re
from datetime import date

from tests.core.meeting_helpers import dropped_by_gate as _dropped, proposals_in


def _sides(proposal):
    return {p.name for p in proposal.participants}


def test_a_signing_told_in_the_perfect_is_a_signing_of_its_two_sides():
    text = ("ライオンズ球団とグッドウィルは2006年末に2007年からの5年間・推定25億円で命名権の契約を締結していたが、"
            "その最初の年にグッドウィルの違法派遣事件があった。")
    [signing] = proposals_in(text, date(2008, 1, 9))
    assert signing.kind == "signing" and _sides(signing) == {"ライオンズ球団", "グッドウィル"}


def test_a_signing_not_done_or_still_to_come_is_none():
    assert _dropped("日本と韓国は協定を締結していない。", "締結")
    assert _dropped("両社は今後、協定を締結していく方針だ。", "締結")
    assert _dropped("両国は協定を締結しておらず、交渉が続いている。", "締結")
    assert not _dropped("両国は2005年に協定を締結しており、今回はその改定となる。", "締結")


def test_talks_closing_a_cited_headline_after_their_partner_are_talks():
    assert not _dropped("共同通信社『来季からセもプレーオフ具体案、パとも協議』。", "協議")
    [talks] = proposals_in("『キリン、サントリーと経営統合へ向け交渉』。", date(2009, 7, 13))
    assert talks.kind == "negotiation_round" and _sides(talks) == {"キリン", "サントリー"}


def test_a_body_deliberating_in_a_headline_stays_dropped():
    # no partner: the federation's own board deciding what to do
    assert _dropped("ロンドン時事『FIFA、20日緊急理事会=次期会長選の対応協議』。", "協議")
    assert _dropped("スポニチAnnex『若麒麟逮捕で相撲協会週明けの理事会で協議』。", "協議")


def test_a_meal_a_named_host_gives_a_guest_is_a_meeting_of_the_two():
    text = "13日夕方、ホワイトハウスでオバマ大統領主催の韓国・李大統領晩餐会が開催された。"
    [dinner] = proposals_in(text, date(2011, 10, 14))
    assert dinner.kind == "talks" and len(dinner.participants) == 2
    assert any(re.search("オバマ", name) for name in _sides(dinner))


def test_a_meal_with_no_host_nor_guest_named_stays_dropped():
    assert _dropped("「韓国の晩餐会でも日本料理をだしてたやろが」という声もあった。", "晩餐会")


def test_an_agreement_a_clause_describes_as_signed_is_referred_to():
    # the contract signed before, cancelled now: no signing told
    assert _dropped("ライオンズ球団は1月8日、グッドウィルグループと締結していた命名権の契約を解除したことを発表した。", "締結")


def test_talks_told_suspended_were_held():
    # 交渉が中断した: talks that went on and stopped, as 交渉が決裂した, 交渉を中断した already were
    [talks] = proposals_in("米国とロシアの交渉が中断した。", date(2012, 1, 1))
    assert talks.kind == "negotiation_round" and _sides(talks) == {"米国", "ロシア"}
    assert _dropped("交渉の中断も視野に入れる。", "交渉")  # (a suspension only thought of: no talks told)


def test_a_pair_subject_may_be_followed_by_a_word_in_kana():
    assert not _dropped("両首脳はお茶会や迎賓館での非公式夕食会で懇談を重ねた。", "懇談")
    assert _dropped("首相はお茶会や迎賓館での非公式夕食会で懇談を重ねた。", "懇談")


def test_a_name_in_brackets_between_the_pair_and_the_word_is_no_quote():
    assert not _dropped("両首脳は茶道表千家「不審菴」でのお茶会で懇談を重ねた。", "懇談")
    assert _dropped("両首脳は「協力を進める」と述べ、懇談した。", "懇談")
