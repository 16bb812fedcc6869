"""A person's or body's own page, edition, post or statement named before a claim speaks for them
(core.claims.own_media)."""

from tests.core.claim_helpers import claim_with, holder_of


def test_the_agency_whose_web_page_carried_the_words_holds_them():
    text = ("津波注意報は午前2時に解除された。\n"
            "NHKによれば、注意報が解除されたとき、気象庁のウェブページで「津波注意報を解除しました」と掲載した。")
    assert holder_of(claim_with(text, "津波注意報を解除しました")) == "気象庁"


def test_the_paper_whose_edition_criticised_holds_the_criticism_not_the_media_before():
    text = ("各メディアは疑惑を大きく報じた。\n"
            "ドイツの新聞であるフランクフルター・アルゲマイネの電子版は今回の疑惑について「新たな連盟の設立が必要だ」と厳しく批判した。")
    assert holder_of(claim_with(text, "新たな連盟")) == "フランクフルター・アルゲマイネ"


def test_someone_named_after_the_medium_speaks_the_medium_only_reports():
    text = "8日のスポニチアネックスの記事では、中畑監督が「この企画は二度とやらないでほしい」と訴えていることも報じられている。"
    assert holder_of(claim_with(text, "この企画")) != "スポーツニッポン"


def test_a_topic_named_before_the_medium_speaks_on_another_s_site():
    text = "所属事務所のロックダムアーティスツはチャゲアスの公式サイト上で「そのような事実はない」として否定している。"
    assert holder_of(claim_with(text, "そのような事実")) == "ロックダムアーティスツ"


def test_the_speaker_carried_on_answers_an_article_or_a_statement_named_as_its_matter():
    # Xの記事について, Xの声明に対し: what the secretary answers, not the paper or the ministry speaking
    before = "菅義偉官房長官は12日の記者会見で質問に答えた。"
    assert holder_of(claim_with(before + "ニューヨーク・タイムズの記事について「事実無根だ」と反論した。",
                                "事実無根")) == "菅義偉"
    assert holder_of(claim_with(before + "中国外務省の声明に対し、「全く受け入れられない」と反発した。",
                                "受け入れられない")) == "菅義偉"


def test_voices_a_page_received_are_not_its_owner_s():
    # the fans' words sent to the actor's page: the fans hold them, not the actor
    text = "騒動は広がった。高岡蒼佑のツイッターには、ファンから「応援しています」との声が寄せられた。"
    assert holder_of(claim_with(text, "応援しています")) == "ファン"
    text = "騒動は広がった。高岡蒼佑のブログには「応援しています」とのコメントが殺到している。"
    assert holder_of(claim_with(text, "応援しています")) != "高岡蒼佑"
