"""Who is named in the matter a quote answers (…が行った演説に触れ、…が発表した声明に対し, …について) does not say it:
the speaker is the topic named after the matter, or the one the sentences before carry. Sentences of Japanese
Wikinews articles outside every gold (CC BY 2.5, the Wikinews contributors) and of the kind they are for."""

from tests.core.claim_helpers import candidates, holder_of, holders_opening as _holders


def test_a_subject_inside_the_clause_describing_the_matter_touched_on_does_not_speak():
    # wn-00502: 与党 is the subject of the clause describing the situation, the prime minister carried over speaks
    text = ("官邸による会見内容によると、福田首相は会見の冒頭に総理就任の9月26日から一年を自ら総括。\n"
            "与党が過半数割れをした参議院選挙後という状況に触れ、「積年の問題が顕在化、その処理に忙殺された」と述べた。")
    assert _holders(text, "「積年の問題") == ["福田康夫"]
    # the same words with the subject of the touching itself: it speaks
    text = "福田首相は会見を開いた。伊吹文明幹事長が参議院選挙の結果に触れ、「積年の問題が顕在化した」と述べた。"
    assert _holders(text, "「積年の問題") == ["伊吹文明"]


def test_a_subject_inside_the_clause_describing_what_is_answered_does_not_speak():
    text = ("林芳正官房長官は26日の会見で、中国の対応を批判した。\n"
            "また、習近平国家主席が発表した声明に対し「受け入れられない」と述べた。")
    assert _holders(text, "「受け入れられない」") == ["林芳正"]
    text = "習近平国家主席が日本の対応に触れ、「事実と異なる」と強調した。"  # its own subject, no clause between
    assert _holders(text, "「事実と異なる」") == ["習近平"]


def test_the_topic_named_right_after_the_matter_speaks():
    # wn-02860 (a quote sample's tuning part): アリ王子 right after …について is the topic, not the person named before
    text = ("ミシェル・プラティニ会長が本命と目されている。\n"
            "さらに、2018年と2022年のFIFAワールドカップの招致不正疑惑についてアリ王子は「不正の事実が判明したら、"
            "開催権を剥奪すべきだ」という自らの見解を明らかにした。")
    assert _holders(text, "「不正の事実") == ["アリ"]  # the person, read with 王子 as his title
    # wn-03571: the brewery after …について, not the newspaper the sentence cites
    text = "また、岩手日報によると、ビール製造再開についてベアレン醸造所では当面の安全対策が整ったためとしている。"
    assert [holder_of(c) for c in candidates(text)] == ["ベアレン醸造所"]


def test_a_speaker_named_after_a_report_only_inside_the_matter_is_not_taken():
    # wn-02860: after …と語ると同時に、 the next name is inside the matter (…会長が…目されていることについては)
    text = ("立候補を表明した翌日の9月10日に、アリ王子がロンドンにおいて記者会見を行った時も「自分がサッカーの未来を救うと"
            "信じている」と改めて立候補への意気込みを語ると同時に、2015年2月に行われたFIFA会長選でアリ王子を支持した"
            "UEFA(欧州サッカー連盟)のミシェル・プラティニ会長が今回の会長選で本命と目されていることについては「プラティニと"
            "戦うために立候補するわけではない。FIFAのためだ」とFIFAの組織改革への意欲を示した。")
    assert "ミシェル・プラティニ" not in _holders(text, "「プラティニと戦う")


def test_a_subject_of_a_deed_the_quote_answers_right_before_it_is_no_speaker():
    text = "岸田首相は10日、記者会見を開いた。\nその上で、トランプ氏が関税を引き上げたことに「極めて遺憾だ」と述べた。"
    quote = next(c for c in candidates(text) if c.text == "「極めて遺憾だ」")
    assert holder_of(quote) == "岸田文雄"


def test_a_subject_whose_own_quote_is_the_matter_answered_is_no_speaker():
    text = ("中国外務省は1日、声明を発表した。\n"
            "また、記者会見で外務省の鹿取克章報道官が「厳重な抗議を行っている」と発言した事に対し、"
            "「強い憤りを表明する」とした。")
    quote = next(c for c in candidates(text) if c.text == "「強い憤りを表明する」")
    assert holder_of(quote) != "鹿取克章"


def test_the_words_a_quote_answers_leave_the_speaker_carried_before_them():
    text = ("岸田首相は10日、記者会見を開いた。\n"
            "トランプ大統領が「日本は不公平だ」と批判したことについて、「事実に反する」と反論した。")
    found = {c.text: holder_of(c) for c in candidates(text)}
    assert found["「日本は不公平だ」"] == "トランプ"
    assert found["「事実に反する」"] == "岸田文雄"
