"""The reason a body or a person gives for its own act, told with として (…に違反するとして…処分を発表; 実刑判決を不服として控訴)
is the topic's claim; a role (代表として), an act done to the topic (…として非難されていた), one another party does (…として
人権団体からの批判), and an act that is the matter of another clause (…として処分したことについて) give none."""

from tests.core.claim_helpers import candidates, holder_of


def test_the_reason_of_a_sanction_is_the_sanctioning_bodys_claim():
    [c] = candidates("読売新聞によると、日本学生野球協会は、10月6日に開かれた審査室会議において、学生野球憲章に違反するとして、"
                     "同校の前監督と部長に対し1年間の謹慎処分を発表。")
    assert c.text == "学生野球憲章に違反する" and holder_of(c) == "日本学生野球協会" and c.attribution == "indirect"


def test_the_reason_of_an_appeal_or_a_fine_is_the_actors_claim():
    [c] = candidates("時事通信社によると、被告の弁護側は同日、実刑判決を不服として控訴を行った。")
    assert c.text == "実刑判決を不服" and holder_of(c) == "被告の弁護側"
    [d] = candidates("欧州委員会は、マイクロソフトが独占禁止法に違反しているとして、7月12日に、2億8,050万ユーロの罰金を科した。")
    assert d.text == "マイクロソフトが独占禁止法に違反している" and holder_of(d) == "欧州委員会"


def test_an_act_done_to_the_topic_or_by_another_gives_no_reason_of_the_topics():
    assert candidates("ブチュタ氏は金曜の礼拝でオサマ・ビン=ラーディン氏を賞賛しているとして非難されていた。") == []
    assert candidates("職務質問について、対象が黒人やラテン系に偏重しているとして人権団体等からの批判もある。") == []
    assert candidates("上官の一等陸尉の男性は、指導監督が不十分だとして戒告処分となった。") == []


def test_a_role_or_an_act_told_as_another_clauses_matter_gives_no_claim():
    assert candidates("民主党の前原代表は党の代表として抗議集会に出席した。") == []
    texts = [c.text for c in candidates(
        "東京都教育長が、国歌を歌うことを拒否したとして教諭らを処分したことについて、都議会で議論が続いている。")]
    assert not any(t.endswith("拒否した") for t in texts)


def test_a_reason_that_only_points_back_is_no_claim():
    assert [c.text for c in candidates("一方で日本側はこれを不服として抗議した。")] == []


def test_an_appeal_a_court_rejects_gives_no_reason_of_the_topics():
    assert candidates("裁判傍聴記の著作物性は認められないとして控訴を棄却-知財高裁") == []
    assert [holder_of(c) for c in candidates("被告側の主張は憲法違反に当たらないとして上告を棄却した。")] == []


def test_a_topic_whose_name_ends_as_a_time_word_does_still_give_its_reason():
    [c] = candidates("田中は判決を不服として控訴した。")
    assert c.text == "判決を不服" and holder_of(c) == "田中"
    [d] = candidates("少年は判決を不服として控訴した。")
    assert holder_of(d) == "少年"
    assert candidates("翌日は判決を不服として控訴した。") == []


def test_an_act_that_is_a_clauses_subject_is_others_and_gives_no_reason_of_the_topics():
    texts = [c.text for c in candidates("ネット掲示板では、離婚前から妻が慰謝料を要求したとして批判が多数寄せられていた。")]
    assert not any(t.endswith("要求した") for t in texts)
    assert candidates("同社は、発言が差別的だとして抗議が殺到した。") == []
