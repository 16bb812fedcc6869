"""The clause reader on sentences of Japanese Wikinews (CC BY 2.5; development articles of the
claims draws): who says or does what, a person over their country, a holder after its quote,
a body named without an entity, a subject carried over, quotes never read as the outer subject,
partners of a meeting, predicates that only describe a noun."""

from core.clauses import read_clauses
from core.nlp.entities import detect
from core.registry import bundled_registry


def clauses(text):
    return read_clauses(text, detect(text, bundled_registry(), None))


def only(text, kind=None):
    found = [c for c in clauses(text) if kind is None or c.kind == kind]
    assert len(found) == 1, found
    return found[0]


def test_a_quote_and_its_speaker_set_off_as_the_topic():
    text = "一方、ハワード・ディーン民主党全国委員長は同じ日、「この判決によってさらに宗派間抗争が激化することを懸念する」と語った。"
    c = only(text)
    assert c.kind == "speech" and c.predicate.startswith("語")
    assert c.subject.name() == "ハワード・ディーン" and not c.subject.carried
    assert c.complement.text == "「この判決によってさらに宗派間抗争が激化することを懸念する」"


def test_a_person_stands_for_the_phrase_not_their_country():
    text = "アメリカ合衆国のジョージ・ブッシュ大統領は5日、テキサス州で「イラクの民主主義にとって大きな成果だ」とする声明を明らかにした。"
    c = only(text)
    assert c.subject.name() == "ジョージ・ブッシュ"
    assert {m.type for m in c.subject.members} == {"GPE", "PERSON"}
    assert c.complement.text == "「イラクの民主主義にとって大きな成果だ」"  # the quote told as a statement


def test_a_body_named_without_an_entity_and_its_source():
    text = "毎日新聞によると安倍氏陣営の幹部は「批判票ではないか」とみている。"
    c = only(text)
    assert c.subject.name() == "安倍氏陣営の幹部"  # the cadre, not 安倍
    assert c.subject.head is None
    assert c.source.name() == "毎日新聞"


def test_a_reported_clause_runs_from_after_its_subject_to_its_to():
    text = "イラク政府は、30日午前6時ごろに、サッダーム・フセイン元大統領の死刑を執行したと発表した。"
    c = only(text)
    assert c.subject.name() == "イラク政府"
    assert c.complement.text == "30日午前6時ごろに、サッダーム・フセイン元大統領の死刑を執行した"


def test_the_holder_after_the_quote():
    text = "「パキスタンが必要とするようないかなる支援」も供与すると、フランスのフィリップ・ドゥストブラジ外相が語った。"
    c = only(text)
    assert "ドゥストブラジ" in c.subject.name()


def test_a_subject_inside_a_quote_is_never_the_subject_outside_it():
    text = ("石原都知事は会見で、言葉について説明した。\n"
            "また、「フランス語のやっかいさは阻害要因になっている。\n東京都が設立した首都大学東京で、フランス語の受講者はいなかった」"
            "「批判が当たっているか当たっていないか真摯に考えるべきではないか」と反論した。")
    said = [c for c in clauses(text) if c.predicate.startswith("反論")]
    assert said and all(c.subject.name() == "石原" and c.subject.carried for c in said)


def test_the_first_of_listed_people_heads_the_subject():
    text = ("朝日新聞によれば、ドイツのアンゲラ・メルケル首相、イタリアのロマーノ・プローディ首相、"
            "フランスのフィリップ・ドストブラジ外相は、死刑に反対の立場を述べた。")
    c = clauses(text)[0]
    assert c.subject.name() == "アンゲラ・メルケル"
    assert sum(m.type == "PERSON" for m in c.subject.members) >= 2


def test_the_partners_of_a_meeting():
    text = "岸田文雄首相は13日、ホワイトハウスでバイデン大統領と会談した。"
    c = only(text, "meeting")
    assert "岸田" in c.subject.name()
    assert [p.name() for p in c.partners] == ["バイデン"]


def test_a_predicate_that_describes_a_noun_is_marked():
    text = "読売新聞によれば、バグダード東部では、5日午後、判決を歓迎する数千人のデモが行われた。"
    c = only(text, "position")
    assert c.relative and c.object.text == "判決"


def test_a_title_alone_stands_for_the_person_named_before_with_it():
    text = "ルビオ国務長官は10日、王毅外相と会談した。\n長官は記者団に対し、「建設的な話し合いだった」と述べた。"
    said = [c for c in clauses(text) if c.kind == "speech"]
    assert said and said[0].subject.name() == "ルビオ" and not said[0].subject.only_a_title()


def test_a_match_or_an_era_a_sentence_opens_with_is_not_carried_to_the_next_quote():
    # livedoor sports-watch (outside the gold): the match against a club was carried two sentences on as who spoke
    text = ("前述したDeNA戦では、4番・阿部の送りバントや、サヨナラのピンチで誰もが敬遠するであろう場面も、"
            "得点圏打率の高い中村と真っ向勝負し、被弾。\n"
            "そんな折、19日の「女性自身」は、元中日監督・落合博満氏による講演の発言を紹介する記事を掲載。"
            "原監督の采配を皮肉って、「（原監督が）寝ていれば勝つ」と嫌味を述べつつ、指摘も行ったという。")
    said = [c for c in clauses(text) if c.predicate.startswith("述べ")]
    assert said and all(c.subject is None or "DeNA" not in c.subject.text for c in said)
    for opening in ("昨年10月のタジキスタン戦では2ゴールを挙げた。", "サガン鳥栖時代は、出場機会が少なかった。"):
        said = [c for c in clauses(opening + "「気持ちを強くもって戦うことが大事」と話した。") if c.predicate.startswith("話")]
        assert said and all(c.subject is None for c in said), opening
    # a side itself, the topic a sentence opens with, is still carried to the quote after it
    said = [c for c in clauses("ハーフナー・マイクは昨年10月にゴールを挙げた。「自信になった」と話した。")
            if c.predicate.startswith("話")]
    assert said and said[0].subject.name() == "ハーフナー・マイク" and said[0].subject.carried


def test_the_topic_a_sentence_opens_with_is_read_only_when_a_clause_carries_it(monkeypatch):
    import core.clauses.reader as reader

    cut = []
    phrases = reader.phrases
    monkeypatch.setattr(reader, "phrases", lambda body, s, e, *a: cut.append(s) or phrases(body, s, e, *a))
    opening = "米国務省は先週、新たな制裁の内容をまとめた。"  # no predicate of speech, position or meeting
    # the next clause names its own subject: the first sentence's opening is never cut into phrases
    c = only(opening + "ロシア外務省は「制裁は不当だ」と反発した。")
    assert c.subject.name() == "ロシア外務省" and not c.subject.carried and cut == []
    # a clause naming no subject carries the topic the sentence before opens with, read then
    c = only(opening + "「制裁は続ける」と述べた。")
    assert c.subject.name() == "米国務省" and c.subject.carried and cut == [0]
