"""Quotes whose speaker names the occasion they spoke on before the quote (…の死去に際し「…」と号泣した), quotes of praise
(「…」と称えた, not a name given: 「…」と称した), and quotes a verb of speech tells as the matter of an intent shown
(「…」と応じる考えを示した): each is the named speaker's statement."""

from tests.core.claim_helpers import candidates, holder_of, quoted


def _said(text):
    return [(c.text, holder_of(c)) for c in quoted(text)]


def test_the_occasion_between_the_speaker_and_the_quote():
    # Wikinews, outside the gold: the speaker, then the occasion (に際し), then the quote and a verb no list holds
    text = ("スポーツ報知によると、同じ軍事評論家で、江畑氏と同年齢の神浦元彰氏は江畑氏の死去に際し"
            "「戦友をまた一人失いました」と号泣した。")
    assert _said(text) == [("「戦友をまた一人失いました」", "神浦元彰")]
    assert _said("佐藤外相は会談を前に「率直に話し合いたい」と意気込んだ。") == [("「率直に話し合いたい」", "佐藤")]
    assert _said("鈴木氏は判決を受けて「到底納得できない」と憤った。") == [("「到底納得できない」", "鈴木")]


def test_praise_is_said_a_name_given_is_not():
    text = "オルフェーヴルの強さを、騎乗していた池添謙一騎手は「この馬が世界一強い」とこれ以上ない分かりやすい表現で称えた。"
    assert _said(text) == [("「この馬が世界一強い」", "池添謙一")]
    assert not quoted("山田監督は自らを「ミスター・ベースボール」と称した。")


def test_a_quote_told_as_the_matter_of_an_intent_shown():
    said = _said("首相は会談で来年の訪日を招請した。習氏は「喜んで日本を訪れたい」と応じる考えを示した。")
    assert ("「喜んで日本を訪れたい」", "習近平") in said
    assert _said("外務省は「断固抗議する」と伝える方針を明らかにした。") == [("「断固抗議する」", "外務省")]
    assert not quoted("「評価する」と答える人は多い。")  # the verb still describes a noun: nobody is quoted


def test_a_quote_closed_by_an_intent_or_its_gist_made_known():
    # Wikinews, outside the gold: 「…」意向を明らかにした was read as a claim of the one word 意向
    text = ("スポーツニッポン新聞社の報道によると、星野仙一氏が9月10日、大阪市内で会見し、「2006年度も阪神に残留する」"
            "意向を明らかにした。")
    assert _said(text) == [("「2006年度も阪神に残留する」", "星野仙一")]
    assert _said("外務省は「早期に協議を再開したい」旨を伝えた。") == [("「早期に協議を再開したい」", "外務省")]


def test_speakers_listed_each_with_a_topic_before_their_words():
    # Wikinews and livedoor news, outside the gold: Aは「…」、Bは「…」とそれぞれ話した
    text = ("日刊スポーツによると、ユーピロンユーに騎乗した田辺騎手は「小倉競馬場に名前を残せてよかった」、"
            "またホッコーマスカットの大橋厩務員は「まさか2着に頑張るとは」とそれぞれに喜びや驚きを話した。")
    assert [h for _, h in _said(text)] == ["田辺騎手", "大橋"]
    text = "フリーライターの桧山珠美氏は「打ち切りは視聴者への裏切り」、影山貴彦氏は「テレビ離れが加速する」とそれぞれ危惧している。"
    assert [h for _, h in _said(text)] == ["桧山珠美", "影山貴彦"]
    assert [h for _, h in _said("米国務省のプライス報道官は「深く憂慮している」、国防総省のカービー報道官は"
                                "「警戒を続ける」と述べた。")] == ["プライス", "カービー"]
    # a place is no speaker: the line before it is not joined to the one written there
    said = quoted("張り紙には英語でも「No Japs Allowed」、更に下段には「独島は韓国の領土」と書いてある。")
    assert not any("No Japs" in c.text for c in said)


def test_a_quote_made_a_fact_the_speaker_told_or_confirmed():
    # Wikinews, outside the gold: 「…」ことを + where it was said, however long, or a verb of confirmation
    text = ("また、伊勢丹の武藤社長は店舗の統廃合に関して「リストラありきで統合に臨まない」ことを同日行われた記者会見の"
            "なかで明らかにした。")
    assert [h for _, h in _said(text)] == ["武藤"]
    # the が before the quote is the fact's own subject; the topic before it told it
    assert _said("両首脳は両国関係が「着実に改善に向かっている」ことを再確認した。") == [("「着実に改善に向かっている」", "両首脳")]
    assert not quoted("審査員は「アピール能力が圧倒的に優れていた」ことを評価された。")  # a passive: others' view
    # a clause between is no setting: the plan considered is the claim, with its quote
    [c] = candidates("戸賀崎氏は「最後の挨拶を生中継する」ことも検討しているとツイッターで明かしている。")
    assert c.attribution == "mixed"


def test_words_that_came_from_someone_as_their_words():
    said = _said("首相は「協力を深めたい」と述べた。習氏からは「首相の来訪を心待ちにしている」との言葉があったという。")
    assert ("「首相の来訪を心待ちにしている」", "習近平") in said


def test_quotes_closed_by_nado_no_ga_or_wo():
    said = _said("岸田外相は「北朝鮮の挑発は容認できない」などの考えを示した。")
    assert said == [("「北朝鮮の挑発は容認できない」", "岸田文雄")]
    assert _said("岸田外相は「北朝鮮の挑発は容認できない」旨の発言をした。") == [("「北朝鮮の挑発は容認できない」", "岸田文雄")]
    assert [q for q, _ in _said("岸田外相は会見で「北朝鮮の挑発は容認できない」が、「対話の道は閉ざさない」と述べた。")] == [
        "「北朝鮮の挑発は容認できない」", "「対話の道は閉ざさない」"]
    assert [q for q, _ in _said("岸田外相は演説で「核兵器のない世界を実現しなければならない」を訴えた。")] == [
        "「核兵器のない世界を実現しなければならない」"]
    # a catchphrase repeated is no statement
    assert not quoted("「そんなの関係ねえ」を繰り返し「おっぱっぴー」と掛け声が続く、あれだ。")


def test_a_view_told_with_a_quote_is_no_prompt_for_another_speaker():
    # livedoor sports, outside the gold (reworded): Xが「…」といった見解を述べると、… the words after are still X's
    text = ("福田氏は「凄いシュートだ」と語った。釜本氏が「とにかくシュートの練習をしなきゃ」といった見解を述べると、"
            "「世界を知る人が指導者にならないとダメだ」と続けた。海外移籍の話もあったという釜本氏。"
            "「ドイツのチームに行くことになってた」と話した。")
    assert [h for _, h in _said(text)] == ["福田", "釜本", "釜本", "釜本"]


def test_a_speaker_described_by_a_clause_between_two_quotes_is_found_by_name():
    # livedoor sports, outside the gold (reworded): the clause before the name is no holder's phrase
    said = _said("「あれはどうして？」と、松岡氏に訊かれた錦織圭は、「自分の中で決めていた」と語る。")
    assert ("「自分の中で決めていた」", "錦織圭") in said
