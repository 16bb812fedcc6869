"""Meeting words that tell no meeting of sides, read on unannotated news (livedoor news, CC BY-ND 2.1 JP, lines
quoted): press events named by what they present or told after quoted words, a petition's or a marriage's
signatures, a film's awards beside a 来日."""

from datetime import date

from core.meetings.triggers import QUOTED_BEFORE
from tests.core.meeting_helpers import proposals_in


def test_a_press_event_named_by_what_it_presents_is_no_meeting():
    text = "17日、映画『ベルセルク』主要3キャストの声優である岩永洋昭、櫻井孝宏、行成とあによるアフレコ会見が行なわれた。"
    assert proposals_in(text, date(2011, 9, 18)) == []
    # a partner met is still a meeting
    [talks] = proposals_in("天皇陛下は17日、オバマ大統領と会見された。", date(2009, 11, 18))
    assert talks.kind == "talks" and [p.name for p in talks.participants] == ["天皇陛下", "オバマ"]


def test_a_press_conference_told_after_quoted_words_met_no_one():
    text = "松野が「私を選んでください」と異例の会見を行い、二人の代表争いは、スポーツ史に残る出来事になった。"
    assert proposals_in(text, date(2012, 6, 16)) == []
    text = "記者が出席していることに気づき、「会見が始められない」と前原氏が会見を拒否したという。"
    assert proposals_in(text, date(2012, 2, 24)) == []
    # a short quoted name joined by と is a partner (「東京メトロ」と), not words quoted
    assert QUOTED_BEFORE.search("菅首相は3日、「国境なき医師団」と正式に") is None


def test_two_who_are_to_hold_a_press_conference_together_met_no_one():
    text = "「日本野球機構と中日ドラゴンズがまもなく会見予定」と大きく報じたのだ。"
    assert proposals_in(text, date(2011, 9, 2)) == []


def test_a_petitions_or_a_marriages_signatures_are_no_signing():
    assert proposals_in("ファンが「佐々木希との破局を求める署名」120人分を事務所に送付した。", date(2012, 1, 1)) == []
    text = "カミラ夫人やヘンリー王子などが介添えし、二人は結婚の署名を行いました。"
    assert proposals_in(text, date(2011, 4, 30)) == []
    # an agreement signed by two sides is still a signing
    [signing] = proposals_in("日本と韓国は28日、軍事情報包括保護協定に署名した。", date(2012, 6, 29))
    assert signing.kind == "signing" and len(signing.participants) == 2


def test_a_film_nominated_for_awards_makes_its_directors_trip_to_japan_a_promotion():
    text = "作品賞や監督賞など最多11部門にノミネートしている『ヒューゴの不思議な発明』は、マーティン・スコセッシ監督が来日。"
    assert proposals_in(text, date(2012, 2, 1)) == []
    [visit] = proposals_in("オバマ大統領は12日、来日した。", date(2009, 11, 13))
    assert visit.kind == "visit"


def test_a_journey_of_someone_with_no_office_or_a_private_occupation_is_no_visit():
    text = "10月8日に韓国を訪問したオダギリジョーが「適当にサインをした」という疑惑を、韓国のニュースサイトが報じた。"
    assert proposals_in(text, date(2011, 10, 20)) == []
    text = "TBS「S1」では、一年契約を結んだ松井秀喜を、野球解説者・槙原寛己氏が訪問。"
    assert proposals_in(text, date(2010, 12, 26)) == []
    # an office-holder's visit, and a visit to an office-holder, stay visits
    [visit] = proposals_in("ブッシュ大統領は14日、イラクを電撃訪問した。", date(2008, 12, 15))
    assert [p.role for p in visit.participants] == ["visitor", "host"]
    [visit] = proposals_in("トルシエ氏は12月19日に沖縄県に入り、同県庁に仲井眞弘多知事を表敬訪問。", date(2007, 12, 20))
    assert len(visit.participants) == 2


def test_a_call_to_someone_named_privately_is_no_call_of_sides():
    text = "アブドラ首相はエンドンさんに電話をかけ、「私は母を喪った。」と伝えた。"
    assert proposals_in(text, date(2005, 10, 21)) == []
    # a politician called さん inside someone's quoted words still makes a call
    text = "重野幹事長は「民主党の小沢一郎幹事長から福島さんの罷免後に電話があった」と語った。"
    assert [m.kind for m in proposals_in(text, date(2010, 5, 31))] == ["phone_call"]


def test_a_signing_only_of_people_named_privately_is_no_signing_of_sides():
    text = "産経新聞によると、長谷川選手は10日に行われた調印式で「一番のテーマはKOで勝つこと」と述べていた。"
    assert proposals_in(text, date(2008, 6, 11)) == []
    # a player's contract with a company keeps the company as a side
    text = "レノボ・ジャパンは2月20日、プロゴルファーの斉藤愛璃選手と、オフィシャル・スポンサーシップ契約を締結したと発表した。"
    [signing] = proposals_in(text, date(2012, 2, 21))
    assert len(signing.participants) == 2


def test_a_tourism_campaigns_year_is_no_visit():
    assert proposals_in("観光PR映像は、「2010年　韓国訪問の年—ソウルとともに」の認知拡大を目的とする。", date(2010, 3, 1)) == []


def test_a_meeting_only_supposed_under_a_condition_is_not_proposed():
    text = ("ネクシィーズは、Jリーグに経営権が移行した場合はネクシィーズとヴェルディの交渉を再開する可能性があることを"
            "示唆している。")
    assert proposals_in(text, date(2010, 6, 30)) == []
    # a possibility with no condition stays a proposal (会談を再開する可能性)
    [talks] = proposals_in("日本と中国が外相会談を再開する可能性が出てきた。", date(2010, 6, 30))
    assert talks.status == "proposed"
    # a source (によれば) is no condition: the summit planned stays, only its day supposed to change
    text = ("東亜日報によれば、大韓民国大統領官邸スポークスマンは、「極めて遺憾」とし、12月に予定している日韓首脳会談の"
            "「日程変更もあり得る」と述べた。")
    [summit] = proposals_in(text, date(2005, 10, 18))
    assert summit.kind == "talks" and summit.status == "scheduled"


def test_a_forum_for_talks_set_up_is_no_meeting():
    text = "政府は、国と地方の協議の場としての「地方行財政会議」を設置する方針を示した。"
    assert proposals_in(text, date(2006, 6, 7)) == []
    # talks held at a place of talks are talks (交渉の場を持ち)
    text = "日本相撲協会は場所期間中にも大阪市内で大阪府警と交渉の場を持ち、対策を話し合った。"
    assert proposals_in(text, date(2010, 3, 20))


def test_a_visit_to_a_town_with_nobody_visiting_is_no_visit_of_sides():
    text = "福島（南相馬）への被災地訪問でクリスマスの日に行かせていただいたんですが、幼稚園のクリスマス会に参加しました。"
    assert proposals_in(text, date(2012, 1, 10)) == []
    [visit] = proposals_in("オバマ大統領は10日、広島を訪問した。", date(2016, 5, 28))
    assert [p.name for p in visit.participants][0] == "オバマ"
