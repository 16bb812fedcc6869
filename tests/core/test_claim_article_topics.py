"""An article a sentence takes as its topic (記事では, 同記事では) tells the claim after it: its publisher, named in the
sentences before, holds it (core.claims.article_topics, core.claims.reports.publisher_before)."""

from tests.core.claim_helpers import candidates, claim_with, holder_of


def test_the_paper_that_reported_holds_what_its_article_says():
    text = ("16日、国内の技術者を海外企業が引き抜く動きがあると毎日新聞が報じた。"
            "同記事では「技術者の流出が続けば競争力が落ちる」と、危機感を示している。")
    assert holder_of(claim_with(text, "技術者の流出")) == "毎日新聞"


def test_an_outlet_where_the_article_was_published_in_the_passive_holds_it():
    text = ("被災地で進む仮設住宅整備の様子が産経新聞で報じられ、ネット上で話題を呼んでいる。\n"
            "記事では、町が整備した住宅では「結露や隣家の音が大幅に軽減された」と紹介している。")
    assert holder_of(claim_with(text, "結露や隣家")) == "産経新聞"


def test_a_name_in_the_sentence_before_the_article_is_not_carried_on():
    text = ("米紙「ウォール・ストリート・ジャーナル」は29日、島を奪い合うスマートフォン向けのゲームを紹介している。\n"
            "日本人が開発したこのゲームは無料で配布されている。記事では、「領土問題に柔らかい解決案を示している」と報じた。")
    assert holder_of(claim_with(text, "柔らかい解決案")) == "ウォール・ストリート・ジャーナル"


def test_a_subject_inside_a_clause_describing_a_noun_is_the_article_s_matter():
    text = ("東京のニュースサイト「ZAKZAK」は、タレントの降板騒動を報じた。\n"
            "同記事では、安倍晋三が会見を欠席した本当の理由は「分かっていない」としている。")
    assert holder_of(claim_with(text, "分かっていない")) == "ZAKZAK"


def test_words_quoted_in_the_report_do_not_name_its_publisher():
    # 「…幹部が…」と伝えており: the report's own words hold no publisher; the site that sent it out does
    text = ("同日配信されたZAKZAKの記事では「見舞いに訪れた事務所の幹部が追い返された」と伝えている。\n"
            "同記事では「事務所への不満が募っていたようだ」と推測している。")
    assert holder_of(claim_with(text, "不満が募って")) == "ZAKZAK"


def test_someone_the_article_reports_keeps_their_words():
    text = ("英紙「デイリー・メール」は、香川真司のインタビューを掲載した。\n"
            "記事では、香川は初ゴールについて「次はもっと遠くから決めたい」と語っている。")
    assert holder_of(claim_with(text, "もっと遠くから")) == "香川真司"
    text = ("韓国紙「朝鮮日報」は、桜の起源をめぐる論争を報じた。\n"
            "しかし、記事では韓国の植物学者の言葉を引用し、「問題は原産地ではない」としている。")
    assert holder_of(claim_with(text, "原産地ではない")) == "植物学者"


def test_the_publisher_is_read_once_for_all_claims_of_a_sentence(monkeypatch):
    # each claim read the sentences before again: a long sentence of quotes read them once a quote
    import core.claims.article_topics as article_topics
    calls = []
    real = article_topics.publisher_before
    monkeypatch.setattr(article_topics, "publisher_before", lambda *args: calls.append(args[-1]) or real(*args))
    quoted = "、".join(f"「第{n}の問題がある」と伝え" for n in range(30))
    text = "16日、企業の不正を毎日新聞が報じた。\n同記事では" + quoted + "ている。"
    held = [c for c in candidates(text) if "の問題がある" in c.text]
    assert len(held) == 30 and {holder_of(c) for c in held} == {"毎日新聞"}
    assert len(calls) == 1


def test_one_the_article_tells_of_with_the_outlet_s_verb_is_its_matter():
    text = ("東京のニュースサイト「ZAKZAK」は、人気俳優の近況を報じた。\n"
            "同記事では、木村拓哉は来月から海外で映画の撮影に入る予定だと伝えている。")
    assert holder_of(claim_with(text, "海外で映画の撮影")) == "ZAKZAK"


def test_a_publisher_opening_a_sentence_after_the_first_holds_the_article():
    # the publisher's sentence is seldom the page's first: the pattern once found a name opening a sentence only there
    text = ("大雨が続いている。\nロイター通信は、首相が辞任する意向を固めたと報じた。"
            "同記事では「辞任は避けられない情勢だ」としている。")
    assert holder_of(claim_with(text, "辞任は避けられない")) == "ロイター"
    text = ("大雨が続いている。米紙「ニューヨーク・タイムズ」は、首相が辞任する意向を固めたと報じた。"
            "記事では「辞任は避けられない情勢だ」としている。")
    assert holder_of(claim_with(text, "辞任は避けられない")) == "ニューヨーク・タイムズ"


def test_the_sentence_reader_reads_the_publisher_once_for_a_sentence_of_quotes(monkeypatch):
    # each claim held by the word 記事 read the four sentences before again: a page of such quotes read them once a quote
    import core.claims.sentence_claims as sentence_claims
    calls = []
    real = sentence_claims.publisher_before
    monkeypatch.setattr(sentence_claims, "publisher_before", lambda *args: calls.append(args[-1]) or real(*args))
    quoted = "、".join(f"「第{n}の問題がある」と述べ" for n in range(30))
    text = "16日、企業の不正を毎日新聞が報じた。\n記事では" + quoted + "た。"
    held = [c for c in candidates(text) if "の問題がある" in c.text]
    assert len(held) == 30 and {holder_of(c) for c in held} == {"毎日新聞"}
    assert len(calls) == 1


def test_a_sentence_of_many_quotes_is_blanked_once(monkeypatch):
    # each claim blanked its sentence's quotes again: a sentence of quotes after 記事では grew with its square
    import core.claims.article_topics as article_topics
    calls = []
    real = article_topics.blanked
    monkeypatch.setattr(article_topics, "blanked", lambda text, spans: calls.append(len(spans)) or real(text, spans))
    quoted = "、".join(f"「第{n}の問題がある」と伝え" for n in range(30))
    text = "16日、企業の不正を毎日新聞が報じた。\n同記事では" + quoted + "ている。"
    held = [c for c in candidates(text) if "の問題がある" in c.text]
    assert len(held) == 30 and {holder_of(c) for c in held} == {"毎日新聞"}
    assert calls == [30]


def test_a_message_the_article_tells_of_told_to_someone_stays_the_speaker_s():
    text = ("毎日新聞は、日米首脳の電話会談について報じた。\n"
            "記事では、安倍首相はオバマ大統領に対し、日米同盟を一層強化したいと伝えたという。")
    assert holder_of(claim_with(text, "日米同盟を一層強化")) == "安倍晋三"


def test_a_quote_the_article_tells_of_passed_on_by_someone_stays_the_speaker_s():
    text = ("毎日新聞は、日中首脳の電話会談について報じた。\n"
            "記事では、習近平国家主席は「両国の関係を大切にしたい」と伝えた。")
    assert holder_of(claim_with(text, "両国の関係を大切に")) == "習近平"


def test_a_clause_ending_in_ni_before_the_article_s_matter_is_no_one_a_message_is_told_to():
    text = ("東京のニュースサイト「ZAKZAK」は、人気俳優の近況を報じた。\n"
            "同記事では、木村拓哉の新作映画は公開が延期されたが、「早く見たい」と話す人もいるように、"
            "木村が延期に落胆したのではないかと伝えている。")
    assert holder_of(claim_with(text, "延期に落胆")) == "ZAKZAK"
