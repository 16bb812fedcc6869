"""Words that refer back, read once for claims and meetings (core.clauses.referents through the clause reader)."""

from core.clauses import read_clauses
from core.clauses.titles import only_a_title
from core.clauses.referents import referred
from core.clauses.spans import SpanIndex
from core.meetings.detect import detect_meetings
from tests.core.claim_helpers import named_mentions


def _subject(body, mentions, predicate):
    found = [c for c in read_clauses(body, mentions) if c.predicate.startswith(predicate)]
    assert found, read_clauses(body, mentions)
    return found[-1].subject


def test_the_reader_reads_a_bare_title_by_office_and_side_not_the_last_named():
    body = "安倍晋三首相は22日、韓国の李洛淵首相と東京で会談した。首相は「日韓関係は重要だ」と述べた。"
    mentions = named_mentions(body, ("安倍晋三", "PERSON", "person:abe"), ("韓国", "GPE", "country:KR"),
                         ("李洛淵", "PERSON", "person:lee"))
    subject = _subject(body, mentions, "述べ")
    assert subject.text == "首相" and subject.head.entity_id == "person:abe"


def test_the_reader_reads_a_title_after_its_country_as_that_countrys_holder():
    body = "安倍晋三首相は22日、韓国の李洛淵首相と東京で会談した。韓国の首相は「協力する」と述べた。"
    mentions = named_mentions(body, ("安倍晋三", "PERSON", "person:abe"), ("韓国", "GPE", "country:KR"),
                         ("李洛淵", "PERSON", "person:lee"), ("韓国", "GPE", "country:KR"))
    index = SpanIndex(mentions)
    at = body.index("首相は「")
    assert referred(body, index, "首相", at).entity_id == "person:lee"


def test_a_meeting_told_with_same_minister_has_the_minister_as_subject_not_a_body():
    body = "河野太郎外相は22日、国連本部を訪れた。同外相は23日、ニューヨークで王毅外相と会談した。"
    mentions = named_mentions(body, ("河野太郎", "PERSON", "person:kono"), ("国連本部", "ORG", "org:un"),
                         ("ニューヨーク", "GPE", "city:nyc"), ("王毅", "PERSON", "person:wang"))
    subject = _subject(body, mentions, "会談")
    assert subject.text == "同外相" and subject.head.entity_id == "person:kono"


def test_that_countrys_minister_is_of_the_last_country_with_one_not_a_country_named_in_passing():
    body = "ロシアのラブロフ外相は22日、来日した。同国外相は23日、河野太郎外相と会談した。"
    mentions = named_mentions(body, ("ロシア", "GPE", "country:RU"), ("ラブロフ", "PERSON", "person:lavrov"),
                         ("日", "GPE", "country:JP"), ("河野太郎", "PERSON", "person:kono"))
    assert referred(body, SpanIndex(mentions), "同国外相", body.index("同国外相")).entity_id == "person:lavrov"
    assert referred(body, SpanIndex(mentions), "同国", body.index("同国外相")).entity_id == "country:JP"


def test_a_title_with_its_country_written_in_it_is_that_countrys_holder():
    body = "河野太郎外相は22日、韓国の康京和外相と東京で会談した。韓国外相は「前進だ」と述べた。"
    mentions = named_mentions(body, ("河野太郎", "PERSON", "person:kono"), ("韓国", "GPE", "country:KR"),
                         ("康京和", "PERSON", "person:kang"), ("東京", "GPE", "city:tokyo"), ("韓国", "GPE", "country:KR"))
    at = body.index("韓国外相は")
    assert referred(body, SpanIndex(mentions), "韓国外相", at).entity_id == "person:kang"
    assert referred(body, SpanIndex(mentions), "外相", at + 2).entity_id == "person:kono"  # no country: the paper's side


def test_a_former_holder_is_the_person_written_with_that_word():
    body = "麻生太郎副首相と森喜朗元首相が出席した。元首相は「残念だ」と述べた。"
    mentions = named_mentions(body, ("麻生太郎", "PERSON", "person:aso"), ("森喜朗", "PERSON", "person:mori"))
    assert referred(body, SpanIndex(mentions), "元首相", body.index("元首相は")).entity_id == "person:mori"
    assert referred(body, SpanIndex(mentions), "首相", body.index("元首相は") + 1) is None  # a deputy, a former: not 首相


ABE_LEE_CALL = "安倍晋三首相は22日、韓国の李洛淵首相と東京で会談した。23日、首相はアメリカのトランプ大統領と電話会談した。"
ABE_LEE_CALL_NAMED = (("安倍晋三", "PERSON", "person:abe"), ("韓国", "GPE", "country:KR"), ("李洛淵", "PERSON", "person:lee"),
                      ("東京", "GPE", "city:tokyo"), ("アメリカ", "GPE", "country:US"), ("トランプ", "PERSON", "person:trump"))


def test_meetings_read_a_bare_title_as_claims_do_the_papers_own_side_not_the_last_named():
    mentions = named_mentions(ABE_LEE_CALL, *ABE_LEE_CALL_NAMED)
    calls = [m for m in detect_meetings(ABE_LEE_CALL, mentions) if m.kind == "phone_call"]
    assert len(calls) == 1, calls
    assert [p.entity_id for p in calls[0].participants] == ["person:abe", "person:trump"]


def test_a_reading_in_brackets_between_a_name_and_its_office_keeps_the_office():
    body = "一方、通常の執務は、ドミニク・ドビルパン(ド・ヴィルパン)首相が代行する。3日、首相はブッシュ大統領を訪問した。"
    mentions = named_mentions(body, ("ドミニク・ドビルパン", "PERSON", "person:villepin"), ("ブッシュ", "PERSON", "person:bush"))
    assert referred(body, SpanIndex(mentions), "首相", body.index("首相は")).entity_id == "person:villepin"


def test_a_phrase_opening_with_a_word_of_same_is_no_bare_reference():
    # Japanese Wikinews (CC BY 2.5): the speakers are the people the phrase names, not someone named before
    assert not only_a_title("同席した教官2人") and not only_a_title("同居女性")
    assert not only_a_title("同氏の地元であるオーストリア・キッツビューエルのスキークラブ")
    assert only_a_title("同氏") and only_a_title("同国外相") and only_a_title("同森林組合") and only_a_title("新首相")


def test_the_instructors_who_were_there_hold_what_they_said_not_the_paper():
    body = "また、産経新聞によれば、同席した教官2人は、「離れた場所にいたために、飲酒に気が付かなかった」などと説明している模様である。"
    mentions = named_mentions(body, ("産経新聞", "ORG", "org:sankei"))
    subject = _subject(body, mentions, "説明")
    assert subject.text == "同席した教官2人" and subject.head is None and not subject.only_a_title()


def test_that_countrys_delegate_with_no_minister_named_holds_for_the_country():
    body = "安保理の非常任理事国の選挙で、メキシコは落選した。同国代表は残念だと語った。"
    mentions = named_mentions(body, ("メキシコ", "GPE", "country:MX"))
    assert referred(body, SpanIndex(mentions), "同国代表", body.index("同国代表")).entity_id == "country:MX"


def test_a_same_word_points_back_to_the_name_it_ends_not_to_a_longer_word_holding_it():
    # wn-02573 (Wikinews): the school named, not the 高校 of the federations named after it
    body = ("読売新聞によると、山形県代表・酒田南高校の野球部員7人が寮で飲酒していた。"
            "山形県高校野球連盟の説明によると、同高校の野球部員は寮に持ち込んだという。日本高校野球連盟は処分を決定するとしている。"
            "このことについて同高校は9月15日、「深くお詫びします」と謝罪した。")
    at = body.rindex("同高校")
    assert referred(body, SpanIndex([]), "同高校", at).text.endswith("酒田南高校")
    body = "富山県警察本部によると、男が逮捕された。同県警は「捜査中」としている。"  # only inside a longer word: still it
    assert referred(body, SpanIndex([]), "同県警", body.index("同県警")).text.endswith("富山県警")


def test_a_same_word_for_a_court_or_prosecutors_points_back_to_the_one_named():
    # wn-00611, wn-00536 (Wikinews): 同地検は, 同地裁は are the 横浜地検, the 京都地裁 named before
    body = "横浜地検は不起訴とする方針を固めた。産経新聞によると、同地検は、教諭の投げ技が負傷の原因と認めた。"
    assert referred(body, SpanIndex([]), "同地検", body.index("同地検")).text == "横浜地検"
    body = "京都地裁は原告の請求を棄却した。一方で同地裁は、「被害は深刻だった」とした。"
    assert referred(body, SpanIndex([]), "同地裁", body.index("同地裁")).text == "京都地裁"


def test_a_bodys_officers_written_with_same_are_the_body_named_before():
    # 同社幹部 is the company's officer, not a department called 社幹部
    body = "ソニーは新製品を発表した。同社幹部は「値下げはしない」と述べた。"
    mentions = named_mentions(body, ("ソニー", "ORG", "org:sony"))
    assert referred(body, SpanIndex(mentions), "同社幹部", body.index("同社幹部")).entity_id == "org:sony"
    body = "外務省は声明を発表した。同省の担当者は「遺憾だ」と述べた。"
    mentions = named_mentions(body, ("外務省", "ORG", "org:mofa"))
    assert referred(body, SpanIndex(mentions), "同省の担当者", body.index("同省")).entity_id == "org:mofa"
    assert referred(body, SpanIndex(mentions), "同省広報室", body.index("同省")).entity_id == "org:mofa"
