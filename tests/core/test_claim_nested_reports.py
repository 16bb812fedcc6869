"""An outlet passing on a speaker's words (AP通信は、Xが…を強く非難したと伝えた, CNNは、首相が…と述べたと報じた):
the inner speaker holds the claim, the outlet is its via; a bare title as the inner speaker is read as any title,
by who held the office on the article's day. Sentences written for Kaidan in the form of wire reports."""

from tests.core.claim_helpers import candidates, candidates_on, holder_of


def _claims(text, day="2019-06-01"):
    return candidates_on(text, day)


def test_a_position_said_with_an_adverb_is_the_speakers_passed_on_by_the_outlet():
    [claim] = _claims("AP通信は、トランプ大統領が中国の対応を強く非難したと伝えた。")
    assert claim.holder_entity_id == "person:donald-trump"
    assert [v["text"] for v in claim.via] == ["AP通信"]
    assert claim.text == "中国の対応"


def test_a_bare_title_inside_the_report_is_whoever_held_the_office_that_day():
    [claim] = _claims("CNNは、首相が北朝鮮の核実験は容認できないと述べたと報じた。")
    assert claim.holder_entity_id == "person:shinzo-abe"
    assert [v["text"] for v in claim.via] == ["CNN"]
    assert claim.text == "北朝鮮の核実験は容認できない"


def test_a_bare_title_without_the_article_day_is_no_one_seated_and_never_the_title_itself():
    [claim] = _claims("CNNは、首相が北朝鮮の核実験は容認できないと述べたと報じた。", None)
    assert claim.holder_entity_id != "person:shinzo-abe" and claim.holder_text != "首相"
    assert claim.text == "北朝鮮の核実験は容認できない"


def test_a_position_shown_inside_the_report_is_the_speakers():
    [claim] = _claims("CNNは、ティモシェンコ前首相が連立与党にとどまる意向を示したと伝えている。")
    assert claim.holder_text.endswith("ティモシェンコ")
    assert [v["text"] for v in claim.via] == ["CNN"]
    assert claim.text == "連立与党にとどまる意向"


def test_the_outlets_own_report_stays_the_outlets():
    [claim] = _claims("AP通信は、中国の対応に批判が強まっていると伝えた。")
    assert claim.holder_entity_id == "org:ap"


def test_an_outlet_passing_on_that_someone_said_a_quote_gives_it_to_the_speaker():
    # wn-03208, wn-02543 (Wikinews): …が「…」と述べたことを伝えた, …と述べたことも伝えた: the telling is the news
    text = "毎日新聞は、石原都知事が記者会見で「万が一の時は国が面倒を見ますと言ってくれないと困る」と述べたことを伝えた。"
    assert [(holder_of(c), c.cue) for c in candidates(text)] == [("石原", "述べた")]  # the registry on no day: the name as written
    text = ("マイコミジャーナルは、小西酒造の小西社長が記者会見で「特別にターゲットを絞っているわけではないが、"
            "20代〜30代の女性を消費層として考えている」と述べたことも伝えた。")
    assert [holder_of(c) for c in candidates(text)] == ["小西"]


def test_words_said_before_the_outlet_named_after_them_are_the_speakers():
    # Aは、…と述べたとCNNが報じた: the minister said it, CNN tells it (not CNN's report of a saying)
    [claim] = _claims("ケリー国務長官は、交渉は最終段階にあると述べたとCNNが報じた。", "2014-06-01")
    assert holder_of(claim) == "ジョン・ケリー" and [v["text"] for v in claim.via] == ["CNN"]
    assert claim.text == "交渉は最終段階にある"
    [claim] = _claims("同社の広報担当者は、計画に変更はないと説明したと日本経済新聞が報じた。")
    assert holder_of(claim) == "同社の広報担当者" and claim.text == "計画に変更はない"


def test_a_statement_made_told_by_an_outlet_in_brackets_is_the_makers():
    # Wikinews (development): New Zealand's election, told by the paper 「スタッフ」
    [claim] = _claims("一方で、労働党は、ハイド幹事長の当選阻止のために、支持者に国民党候補への投票を呼びかける"
                      "示唆を行ったと「スタッフ」は報じている。")
    assert "労働党" in holder_of(claim) and [v["text"] for v in claim.via] == ["スタッフ"]
    assert claim.text.endswith("投票を呼びかける")


def test_an_announcement_an_outlet_passes_on_is_the_announcers_past_the_day():
    # Wikinews: Sri Lanka's election result, told by Reuters
    [claim] = _claims("17日投票が行われたスリランカ大統領選について、スリランカ中央選挙管理委員会は、18日、"
                      "マヒンダ・ラージャパクサ首相の当選を発表したとロイターなどが伝えた。")
    assert holder_of(claim) == "スリランカ中央選挙管理委員会" and [v["text"] for v in claim.via] == ["ロイター"]


def test_a_speaker_named_as_a_topic_after_the_outlet_s_own_holds_what_they_said():
    # the outlet opens the sentence as its topic, the speaker is a second topic: the words are the speaker's
    text = "ロイター通信は、ケリー国務長官は中東和平交渉の再開を歓迎すると述べたと報じた。"
    claim = next(c for c in candidates(text) if "和平交渉" in c.text)
    assert (holder_of(claim), [v["text"] for v in claim.via]) == ("ジョン・ケリー", ["ロイター通信"])
    assert claim.text == "中東和平交渉の再開を歓迎する"
