"""A quote whose sentence names no entity as speaker but describes one as its topic right before it (この教諭は,
女の子(小学4年)は, 両局では, 2選手は) is that topic's, not a name carried from a sentence before; a topic that only
refers back (社長は, 同市は, 寺本町長は) keeps the one named before (sentences written for the project, in the forms
of Japanese Wikinews articles outside every gold)."""

from tests.core.claim_helpers import holder_of_the


def test_a_person_described_as_topic_holds_the_quote_over_a_name_before():
    text = ("葛西紀明選手が銀メダルを獲得した。地元の下川町では約130人が声援を送った。"
            "地元のスキー少年団の女の子(小学4年)は「ジャンプがすごかったです」と述べている。")
    assert holder_of_the(text, "「ジャンプがすごかったです」") == "女の子"
    text = ("北海道教育委員会は高校に事実確認を求めた。"
            "この教諭は、「進路指導の確認のためだった」と説明した。")
    assert holder_of_the(text, "「進路指導の確認のためだった」") == "この教諭"


def test_bodies_and_people_counted_as_topic_hold_the_quote():
    text = ("俳優の滝口幸平氏が死去した。日本テレビとTBSは番組の扱いを検討した。"
            "両局では「代役で続け、後任が決まり次第発表します」と番組を継続する方針を示している。")
    assert holder_of_the(text, "「代役で続け、後任が決まり次第発表します」") == "両局"
    text = ("関東学院大学の春口広監督は部員を処分すると発表した。"
            "逮捕された2選手は「自分らが吸うために育てた」と説明していた。")
    assert holder_of_the(text, "「自分らが吸うために育てた」") == "2選手"


def test_a_topic_referring_back_keeps_the_one_named_before():
    text = ("フジテレビの村上光一社長は20日、謝罪を明らかにした。"
            "社長は処分がありうるとし「大事な人材。戻って欲しい」と述べた。")
    assert holder_of_the(text, "「大事な人材。戻って欲しい」") == "村上光一"
    text = "神奈川県は長谷寺に調査を求めた。寺側は反論した。県は「原状回復の指導を行う」と話している。"
    assert holder_of_the(text, "「原状回復の指導を行う」") == "神奈川県"


def test_where_it_was_said_is_no_speaker():
    text = ("フジテレビの村上光一社長は20日、会見を開いた。"
            "会見では「反省の期間を経て戻って欲しい」と述べた。")
    assert holder_of_the(text, "「反省の期間を経て戻って欲しい」") == "村上光一"


def test_an_unquoted_report_is_the_described_topic_s_too():
    text = ("朝日新聞は、モーリタニアの首都で軍部が大統領と首相を拘束したと伝えた。"
            "なお、大統領報道官は、このクーデターの首謀者は大統領警護部隊のトップであると発表した。")
    assert holder_of_the(text, "このクーデターの首謀者は大統領警護部隊のトップである") == "大統領報道官"


def test_a_person_named_by_family_name_and_title_keeps_the_full_name():
    text = ("ジャスティン・ガトリン選手が100メートルで優勝した。表彰式は夜に行われた。"
            "ガトリン選手はレース後、「すべてがうまくいった」と話した。")
    assert holder_of_the(text, "「すべてがうまくいった」") == "ジャスティン・ガトリン"


def test_a_sentence_of_many_described_speakers_is_read_quote_by_quote():
    from tests.core.claim_helpers import candidates

    text = "北海道教育委員会は調査を始めた。" + "、".join(f"{n}人の生徒は「わからない」と話し" for n in range(2, 302)) + "ている。"
    found = [c for c in candidates(text) if c.text == "「わからない」"]
    assert len(found) >= 290
    assert [c.holder_text for c in found[:3]] == ["2人の生徒", "3人の生徒", "4人の生徒"]
    assert all(c.holder_text and c.holder_text.endswith("人の生徒") for c in found)


def test_a_topic_of_a_question_before_is_no_speaker():
    # a question ends its sentence with no 。: the topic asked about is not the one who answers after it
    text = ("久美子さん(33歳)は「今年こそ結婚したい」と話す。\n"
            "なぜミナミさんの彼氏は結婚を決めないのか？ ミナミさんによると「彼の仕事が忙しいからだと思います」という。")
    assert holder_of_the(text, "「彼の仕事が忙しいからだと思います」") != "彼氏"


def test_when_it_was_said_before_the_topic_is_not_the_speaker_s_name():
    # その後2人は, この日同社は: an adverb of time with no comma before the topic; the topic is the noun after it
    from core.claims.candidate import Candidate
    from core.claims.described_topics import described_topics

    text = "兵庫県警は窃盗の疑いで男2人を逮捕した。その後2人は「金が欲しかった」と供述した。"
    start = text.index("「")
    claim = Candidate(start, text.index("」") + 1, "「金が欲しかった」", "供述した", "direct", None, "兵庫県警", [], 0.75)
    [held] = described_topics(text, [], [claim])
    assert held.holder_text == "2人"
