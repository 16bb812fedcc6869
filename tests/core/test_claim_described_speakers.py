"""Quotes said by people the article names only by what they are (関係者, 報道担当者, 店主, 郵便局員の男性): their words
are read with any predicate a named speaker's are, and the phrase is their holder (sentences from news no gold holds)."""

from core.claims.described_people import describes_people
from tests.core.claim_helpers import claims_with, holders_with

_DENIED = ("これに対し、サービスエリア関係者は「記事で指定されている場所でさえ、そうした事実が確認できなかった」"
           "「記事は完全なデマです」と真っ向から反論したのだ。")
_DESCRIBED = "施設は捜索を受けたが、警察の報道担当者は「売春宿そのものだった」と形容。"
_DELIGHTED = ("優勝決定の瞬間、会場から拍手と歓声が上がり、お好み焼き店の40歳の店主は「こんな大変なことを成し遂げて、"
              "日本を明るくしてくれたから、帰ってきたらサービスしたい」と大喜びだった。")
_NO_VERB = ("産経によると、開業後最初の電車に乗り込んだ神戸市の28歳の郵便局員の男性は"
            "「乗り換えなしで難波にいけるので便利になった」。")


def test_a_described_speaker_says_a_quote_closed_by_any_predicate_of_theirs():
    assert holders_with(_DENIED, "記事は完全なデマです") == ["サービスエリア関係者"]
    assert holders_with(_DENIED, "記事で指定されている") == ["サービスエリア関係者"]
    assert holders_with(_DESCRIBED, "売春宿そのもの") == ["警察の報道担当者"]
    assert holders_with(_DELIGHTED, "こんな大変なことを") == ["お好み焼き店の40歳の店主"]


def test_the_describing_clause_is_no_part_of_the_holder_and_the_source_is_not_the_speaker():
    assert holders_with(_NO_VERB, "乗り換えなしで") == ["神戸市の28歳の郵便局員の男性"]


def test_a_guess_at_what_anyone_thought_or_a_bare_person_says_nothing():
    assert holders_with("謹慎となったことがあるだけに、世間の人は「やっぱり」と思ったものだ。", "やっぱり") == []
    assert holders_with("これを2回繰り返し、3順目の3人目は指さされた人が「会えない」と嘆く。", "会えない") == []


def test_people_by_what_they_are_and_not_a_title_alone():
    for phrase in ("外務省幹部", "政府高官", "同国の報道官", "地元の市民", "28歳の男性", "郵便局員の女性(45)"):
        assert describes_people(phrase), phrase
    for phrase in ("報道官", "長官", "男性", "人", "会談の内容"):
        assert not describes_people(phrase), phrase


def test_a_title_alone_is_not_the_holder_of_words_with_an_open_predicate():
    assert holders_with("報道官は「断固反対する」と猛反発した。", "断固反対する") != ["報道官"]


def test_quotes_listed_with_nado_then_toshite_are_said_by_the_topic():
    listed = ("産経新聞によると、この地域では数年前から、麓に住む住民が、「日照や風通しが悪い」などとして解消を求めてきていた"
              "ため、同県が2010年度に枝打ちなどを計画。")
    assert holders_with(listed, "日照や風通し") == ["麓に住む住民"]
    [claim] = claims_with(listed, "日照")
    assert claim.text == "「日照や風通しが悪い」" and claim.attribution == "direct"


_CONFESSED = ("今回の番組テーマは「浮気をされた女たちが大集合!SP」という内容で、様々なゲストが「浮気された経験」を告白を"
              "するなか、元AKB48の大島麻衣は「AKB48に入る前に付き合っていた人を、元彼女に取られてしまった」"
              "「浮気されたけど私に対しては本気だったと思う」など、過去の恋愛を次々に暴露した。")
_PLEASED = ("韓国のネットユーザーはこの写真を見て、「優れたチェガンチャンミン」「我が国の芸能人たちを日本に行かせれば"
            "巨人になっている」など、喜びの反応をみせた。")


def test_quotes_closed_by_nado_and_a_comma_are_said_by_the_topic_before_them():
    assert holders_with(_CONFESSED, "AKB48に入る前に") == ["大島麻衣"]
    assert holders_with(_CONFESSED, "浮気されたけど") == ["大島麻衣"]
    assert holders_with(_PLEASED, "我が国の芸能人たち") == ["韓国のネットユーザー"]
    assert holders_with(_PLEASED, "優れたチェガンチャンミン") == ["韓国のネットユーザー"]


def test_names_listed_with_nado_and_a_comma_are_no_words_said():
    assert not claims_with("花王は「エコナマヨネーズタイプ」など、エコナシリーズの10商品を回収した。", "エコナマヨネーズ")


def test_words_about_a_matter_after_the_speakers_sentence_go_on_with_that_speaker():
    text = "岸田文雄外相は12日、記者会見を開いた。北朝鮮の核実験については「断じて容認できない」と憤りをあらわにした。"
    assert holders_with(text, "断じて容認できない") == ["岸田文雄"]
    ruled = ("判決は、セクハラ行為を認定した。また、上司らの事後対応についても、「原告を厄介者として退職に追い込もうとする"
             "露骨な取り扱い」と断じた。")
    assert claims_with(ruled, "原告を厄介者として")


def test_a_quote_alone_is_said_by_the_next_sentence_that_opens_with_its_time_then_names_the_speaker():
    text = ("岸田文雄外相は12日、ソウルで尹炳世外相と会談した。「両国関係は新たな段階に入った」。"
            "会談後、岸田氏はこう語った。")
    assert holders_with(text, "新たな段階") == ["岸田文雄"]
    assert holders_with("「両国関係は新たな段階に入った」。12日、外務省幹部はこう語った。", "新たな段階") == ["外務省幹部"]


def test_a_quote_held_though_more_follows_is_said():
    text = ("IAAFの関係者は処分について、「ドーピングに関する新たな情報に基づき、資格に疑義が生じた」としたものの、"
            "詳細については明らかにしていない。")
    assert holders_with(text, "資格に疑義が生じた") == ["IAAFの関係者"]
    # 落としたものの holds としたものの in its letters: no quote, no claim
    assert not claims_with("台風20号は、14日午後3時ごろまでに勢力を「強い台風」に落としたものの、北上を続けた。", "強い台風")


def test_a_person_of_the_story_in_one_letter_speaks_with_any_predicate():
    assert holders_with("逮捕された男は、調べに対し「見た人を驚かせたかった」と述べており容疑を認めている。", "驚かせたかった") == ["男"]
    assert holders_with("別れ話から、男が「死ねるものなら死んでみろ」と少女を宙づりにした。", "死ねるものなら") == ["男"]
    assert holders_with("母は「息子は帰ってこない」と肩を落とした。", "息子は帰って") == ["母"]
    assert describes_people("妻") and not describes_people("人")
