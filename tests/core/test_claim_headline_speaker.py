"""The headline's speaker: who a headline has say the words the body quotes again with nobody named (livedoor
sports news, outside the gold), and headlines that name nobody who speaks."""

from core.claims.headlines import headline_speaker
from core.claims.suggest import suggest
from core.model import Mention
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.claim_helpers import holder_of

RAMOS = ("W杯出場国で代表監督が決まっていない国が、日本と北朝鮮のみという現状。\n"
         "「ラモスさん、やっちゃえばいいじゃないですか？」という声がかかると、「いや、やりたいですよ。それは間違いないです」と"
         "キッパリ言い放ち、また、「僕だったら、選ばれてもいかない。現役の時だったら。遅すぎる。本当に情けない。寂しい」と続けるのだった。\n"
         "29日深夜放送、TBSのスポーツ番組「S1」でゲスト解説を務めたラモス瑠偉。\n")
RAMOS_TITLE = "【Sports Watch】代表監督不在に、ラモス「やりたいですよ。それは間違いない」"

YOSHIDA = ("日本テレビ「心ゆさぶれ! 先輩ROCK YOU」（2日放送）には、総合格闘家を引退した吉田秀彦が出演した。\n"
           "加藤浩次が「柔道って金メダル獲って当たり前的な空気って、日本にあるじゃないですか？」と尋ねるや、"
           "「みんな、金メダルしか頭にない」と明かした。\n"
           "格闘技に話題になると、「負けず嫌い。だから、シウバとやった時も、とりあえず一発殴られてみようと思って殴られたら、"
           "プチンとキレた」と苦笑い。\n")
YOSHIDA_TITLE = "【Sports Watch】吉田、シウバ戦振り返り「殴られたらプチンとキレた」"


def _claims(body, title=None):
    found = detect(body, bundled_registry(), None)
    return [(c.text[:12], holder_of(c)) for c in suggest(body, found, title=title)]


def test_a_quote_naming_nobody_that_repeats_the_headline_is_its_speakers():
    before = dict(_claims(RAMOS))
    after = dict(_claims(RAMOS, RAMOS_TITLE))
    assert before["「いや、やりたいですよ。"] != "ラモス瑠偉"
    assert after["「いや、やりたいですよ。"] == "ラモス瑠偉"



def test_the_headline_speaker_comes_before_the_subject_carried_from_another_sentence():
    # the asker as the topic (加藤浩次は「…」と尋ねるや): the topic is carried to the next sentence's quote
    asked_as_topic = YOSHIDA.replace("加藤浩次が「", "加藤浩次は「")
    before = dict(_claims(asked_as_topic))
    after = dict(_claims(asked_as_topic, YOSHIDA_TITLE))
    assert before["「負けず嫌い。だから、シ"] == "加藤浩次"  # the one who asked, a sentence before
    assert after["「負けず嫌い。だから、シ"] == "吉田秀彦"
    assert after["「みんな、金メダルしか頭"] == before["「みんな、金メダルしか頭"]  # repeats nothing: left as it was


def test_the_answer_to_a_question_asked_by_a_ga_subject_is_not_the_askers():
    # 加藤浩次が「…？」と尋ねるや、「…」と明かした: the が-subject of a clause of time asks, the guest answers
    claims = dict(_claims(YOSHIDA))
    assert claims["「みんな、金メダルしか頭"] == "吉田秀彦"
    assert claims["「負けず嫌い。だから、シ"] == "吉田秀彦"


def test_the_headline_is_never_a_claim_and_words_it_does_not_repeat_keep_their_holder():
    title = "【Sports Watch】ラモス「監督はもう誰でもいいから早く決めてくれ」"
    assert _claims(RAMOS, title) == _claims(RAMOS)
    body = RAMOS + "ラモス「やりたいですよ。それは間違いない」という見出しが躍った。\n"
    assert all(c.start < len(body) for c in suggest(body, detect(body, bundled_registry(), None), title=RAMOS_TITLE))


def _named(body, *names):
    return [Mention(body.index(n), body.index(n) + len(n), n, kind, None) for n, kind in names]


def test_who_a_headline_names_as_speaking():
    body = "錦織圭が勝った。松岡修造は喜んだ。テリー伊藤も話した。TBSの番組。北斗晶は書いた。フジモリ元大統領。"
    people = _named(body, ("錦織圭", "PERSON"), ("松岡修造", "PERSON"), ("テリー伊藤", "PERSON"), ("TBS", "ORG"),
                    ("北斗晶", "PERSON"), ("フジモリ", "PERSON"))

    def speaker(title):
        found = headline_speaker(title, body, people)
        return (found.speaker.text, found.words) if found is not None else None

    assert speaker("錦織圭快挙も、松岡修造氏は「正直言います……」") == ("松岡修造", "正直言います……")
    assert speaker("テリー、岡田監督に「僕らもボロクソいってましたから」")[0] == "テリー伊藤"  # the topic, then whom he told
    assert speaker("北斗キッパリ「風俗は浮気」に賛否")[0] == "北斗晶"  # a surname, then a word of manner
    assert speaker("「早く決めてほしい」 松岡修造氏")[0] == "松岡修造"  # named after the quote
    assert speaker("フジモリ元大統領、来年4月のペルー大統領選に出馬表明") == ("フジモリ", "来年4月のペルー大統領選に出馬")
    assert speaker("錦織圭に「すごすぎる」の声") is None  # readers' voices about him
    assert speaker("錦織圭快挙も「信じられない」") is None  # no word of saying between the name and the quote
    assert speaker("TBS「ニュース23」新総合司会者決まる") is None  # a name in brackets, no words
    assert speaker("岡田武史監督「勝ちにいく」") is None  # nobody the body names
    assert speaker(None) is None


def test_a_quote_whose_verb_describes_the_person_named_after_it():
    text = ("W杯出場国で代表監督が決まっていない国が、日本と北朝鮮のみという現状。「いや、情けなさすぎるよ。特に選ばれた選手達の"
            "モチベーションは下がります」と露骨にムッとした表情で話しはじめるラモス瑠偉。\n"
            "「今はすごく嬉しいです」と語る浅田真央は、前夜の食事について触れられると笑顔を見せた。\n"
            "「この作品はとても大切」と語る本作。\n")
    assert _claims(text) == [("「いや、情けなさすぎるよ", "ラモス瑠偉"), ("「今はすごく嬉しいです」", "浅田真央")]


def test_a_quote_closed_by_the_long_matter_it_touched_on():
    text = ("鳥越俊太郎は作品の映像美について語った。また「3.11の震災や、経済など、今の日本には閉塞感が漂ってる。矢沢さんなんかは"
            "お子さんが希望だよね」と矢沢の妊娠と震災のことに触れながら、映画の話を続けた。\n")
    (said,) = suggest(text, detect(text, bundled_registry(), None))
    assert said.text.startswith("「3.11の震災") and holder_of(said) == "鳥越俊太郎" and "触れ" in said.cue


def test_a_clause_with_its_own_subject_describes_the_person_it_speaks_of():
    text = "2位は、攝津正。その攝津が「あれだけのスピードとキレがあって、尚且つコントロールがいい」と語る田中将大は1位だった。\n"
    assert [h for _, h in _claims(text)] != ["田中将大"]


def test_a_sentence_closing_on_the_surname_of_one_named_before_makes_them_the_speaker_next():
    text = ("柔道五輪金メダリストで現在は総合格闘家の石井慧。今春には離婚が報じられた。\n"
            "そんな折、26日放送の同番組に出演した石井。次長課長・河本準一の恐妻家エピソードなどが紹介されると、自身の経験に基づき、"
            "「離婚までは走れっていいますからね」と達観したように言い出した。\n")
    assert [h for _, h in _claims(text)] == ["石井慧"]


def test_a_cleft_on_a_compound_verb_closes_on_its_speaker():
    text = ("フリーの演技に全てを懸ける浅田真央。\n"
            "それでも、浅田の逆転勝利を「可能です」と言い切るのは、トリノ五輪金メダリストの荒川静香だ。\n")
    assert _claims(text) == [("「可能です」", "荒川静香")]


def test_a_name_in_quotes_before_a_clause_that_touches_on_a_matter_is_no_claim():
    text = ("アクセス第1位に輝いた記事では、“日本のインディー・ジョーンズ”と呼ばれる生物学者が“生命の起源”に迫るという本作の謎に"
            "ついて言及しています。\n")
    assert not any(said.startswith("“日本の") for said, _ in _claims(text))
