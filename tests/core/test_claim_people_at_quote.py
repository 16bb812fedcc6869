"""People written right before a quote as its subject say it, though no entity names them: the phrase that describes
them is the holder, never a name from another sentence, the source or the topic of an earlier clause (sentences from
Wikinews articles no gold holds)."""

from tests.core.claim_helpers import holders_with

_STAFF = ("読売新聞が同局の発表として伝えたところによると、この消防士長は1994年に同局に採用され、同局東消防署などで勤務。\n"
          "1996年からは消防指揮車など、2000年からは大型ポンプ車やはしご車、救助工作車の運転に当たった。\n"
          "これまで事故を起こしたことは無く、周囲の職員らも「操作に違和感は無かった」と話している模様である。")
_SPOKESMAN = ("ナイジェリアのラゴスから約40km東の漁村で現地時間12日、石油パイプラインが爆発した。\n"
              "およそ200人が死亡したとみられている。\n"
              "現地赤十字のスポークスマンは「大きな火災が起き、多くの人が亡くなりました。\n」と語った。")
_NEIGHBOUR = ("読売新聞によると、稲見淳容疑者は容疑を認めている。\n"
              "また読売と日経によると、同月23日夜8時ごろに今野さんの自宅近くの住民の男性が「(今野さんが)助けを求めている」"
              "と警察に通報。")
_PRIEST = ("文化庁によると、この仏像は寺の所有である。\n"
           "その後、住職の要請により、2004年12月に一時的に返還したが、その直後に同庁が確認したところ、"
           "住職は「美術商に借金の担保として預けた」と説明した。")


def test_people_opening_the_quotes_clause_hold_it_over_a_source_named_after():
    assert holders_with(_STAFF, "操作に違和感") == ["周囲の職員"]


def test_a_body_s_spokesman_holds_it_over_a_number_of_people_in_the_sentence_before():
    assert holders_with(_SPOKESMAN, "大きな火災") == ["現地赤十字のスポークスマン"]


def test_a_neighbour_holds_it_over_the_suspect_named_before():
    assert holders_with(_NEIGHBOUR, "助けを求めて") == ["住民の男性"]


def test_people_of_the_later_clause_hold_it_over_the_body_that_checked():
    assert holders_with(_PRIEST, "美術商に") == ["住職"]


def test_a_role_standing_for_someone_named_and_a_name_with_its_office_stay_theirs():
    assert holders_with("山田太郎容疑者は逮捕された。容疑者は「金がほしかった」と供述している。", "金がほしかった") == ["山田太郎"]
    assert holders_with("NHKの近藤保博・エンターテインメント番組部長は、「記念の回なので、演出部分を広げていきたい」と"
                        "コメントしている。", "記念の回") != ["エンターテインメント番組部長"]
    assert holders_with("外務省幹部は「極めて遺憾だ」と述べた。", "極めて遺憾") == ["外務省幹部"]


_OFFICER = ("兵庫県警は5日、警部補を懲戒処分にしたと6日に発表した。\n"
            "朝日新聞によると、この警部補は、「前夜は疲れていて、風呂に入っておらず、土地勘が無いので有馬温泉に来た」と話している。")
_PLAINTIFF = ("また、朝日新聞によると、女性の顔が写っていたのは、2002年頃に当時の女性の自宅近くのスーパー銭湯で盗撮されたものと"
              "みられている。\n"
              "両新聞によると、判決後に会見した女性は、「盗撮映像が野放しになっている現状を少しでも阻止していきたい」と語った。")


def test_someone_described_before_or_by_a_clause_holds_it_over_a_body_or_the_source():
    assert holders_with(_OFFICER, "前夜は疲れていて") == ["警部補"]
    assert holders_with(_PLAINTIFF, "盗撮映像が") == ["女性"]


_BOY = ("時事通信はその後の福島県警の調べで、A少年は「遺体をのこぎりで切った」と供述し、アパートからそののこぎりも見つかったと"
        "伝えている。\n"
        "日刊スポーツによると、A少年は逮捕後の取調べで「誰でもいいから殺そうと思った」と話している。")
_DRIVER = ("バス車内には、女性と大野運転手を残し、他の乗客は降車させたという。\n"
           "朝日新聞が同社への取材内容として伝えたところによると、運転手が携帯電話で「刃物を所持した男が立て籠もっている」と、"
           "所属の営業所に連絡してきたという。")


def test_the_setting_they_spoke_in_may_stand_between_the_people_and_their_words():
    assert holders_with(_BOY, "誰でもいいから") == ["A少年"]


def test_a_title_written_after_a_name_before_stands_for_that_person():
    assert holders_with(_DRIVER, "刃物を所持") == ["大野"]


def test_a_clause_of_its_own_between_is_no_setting():
    # livedoor movie news, outside the gold: the speaker named after the quote
    text = ("この日、花束贈呈ゲストには女優の吹石一恵が登場。彼女の父親が元プロ野球選手ということで「（お父さんが作品を見たら）"
            "感想を教えてほしい」とブラッドは語りかけた。")
    assert "彼女の父親" not in holders_with(text, "感想を教えて")


def test_a_schoolmate_who_knew_them_says_it_not_the_classmate_named_before():
    # livedoor topic news, outside the gold
    text = ("一方、文系最難関の文科1類に首席で入学した高本さん(仮名)も、首位をキープし続けたという。\n"
            "2人は灘高時代の同級生で、生徒の間では「学年の双璧」と知られていた。当時を知る同級生は「（太田さんは）嫌みがないし、"
            "いたずら心もあって、人望は厚い」と彼の素顔を明かしている。")
    assert holders_with(text, "嫌みがない") == ["同級生"]


def test_a_cleft_closing_on_people_and_their_aside_left_out():
    text = "トヨタ自動車は10日、新型車の販売を延期した。「客にどう説明すればいいのか」と話すのは販売店の店長だ。"
    assert holders_with(text, "客にどう説明") == ["販売店の店長"]
    text = "トヨタ自動車は10日、新型車の販売を延期した。都内の販売店の男性店長（45）は「客にどう説明すればいいのか」と話す。"
    assert holders_with(text, "客にどう説明") == ["販売店の男性店長"]


def test_a_cleft_whose_verb_has_its_own_subject_closes_on_those_spoken_to():
    text = "山田太郎首相は被災地を訪れた。「頑張ってください」と首相が言ったのは地元の住民だった。"
    assert holders_with(text, "頑張って") == ["山田太郎"]


def test_a_title_alone_is_held_with_whose_it_is_or_the_clause_describing_it():
    # livedoor topic news, outside the gold: a thing opens the sentence, the lawyer speaks
    text = ("しかし、母親の写真は事件と無関係のスタイリストの女性であったことが発覚し、この女性から相談を受けた弁護士が"
            "「著しい精神的な苦痛を受けた」と抗議。")
    assert holders_with(text, "精神的な苦痛") == ["この女性から相談を受けた弁護士"]
    text = "トヨタ自動車は10日、販売を延期した。トランプ氏の弁護士は「不当な起訴だ」と主張した。"
    assert holders_with(text, "不当な起訴") == ["トランプ氏の弁護士"]
    text = "北極点に到達したアルベール大公は会見した。北極点に立った大公は、「一人一人が温暖化について考えなければならない」と述べた。"
    assert holders_with(text, "一人一人が") == ["アルベール大公"]


def test_the_authorities_people_and_those_concerned_hold_it_where_this_company_refers_back():
    # 当局者, 当事者: the words' 当 is no "this"; 当社の社員 still stands for the company named before
    staff = _STAFF.replace("周囲の職員らも", "{}らも")
    assert holders_with(staff.format("当局者"), "操作に違和感") == ["当局者"]
    assert holders_with(_PRIEST.replace("住職は", "当事者らも"), "美術商に") == ["当事者"]
    assert holders_with(staff.format("当社の社員"), "操作に違和感") != ["当社の社員"]


def test_a_girl_at_the_quote_holds_it_over_words_carried_from_another_sentence():
    # 主治医 spoke in the sentence before; the girl this clause opens with is someone else (sentences written for the
    # project)
    text = ("主治医は「回復は順調だ」と話した。一般病床に移った5日には、母親と2週間ぶりに対面して女児は"
            "「お母さん、会いたかったよ」などと話したという。")
    assert holders_with(text, "お母さん") == ["女児"]


def test_words_named_again_in_the_next_sentence_are_still_carried_from_another():
    # 主治医 named again after the quote's sentence is no speaker written in it: the girl at the quote holds it
    text = ("主治医は「回復は順調だ」と話した。一般病床に移った5日には、母親と2週間ぶりに対面して女児は"
            "「お母さん、会いたかったよ」などと話したという。主治医も経過に満足している。")
    assert holders_with(text, "お母さん") == ["女児"]
    # written in the quote's own sentence after it, they are left as read
    text = ("主治医は「回復は順調だ」と話した。一般病床に移った5日には、母親と2週間ぶりに対面して女児は"
            "「お母さん、会いたかったよ」などと話したと主治医は明かした。")
    assert holders_with(text, "お母さん") == ["主治医"]
