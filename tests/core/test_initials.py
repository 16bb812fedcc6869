"""A short form of first letters (社民, 日航, 民放連) and the full name the article writes (issue 13: a side written
under another name), and a Latin name with its reading in kana (USEN(ユーセン))."""

from core.nlp.entities import detect
from core.nlp.initials import _initials_of
from core.registry import bundled_registry

# Lines of Japanese Wikinews (CC BY 2.5).
COALITION = ("8月31日以後民主・社民・国民新党の3党による連立協議を開始\n"
             "鳩山由紀夫民主党代表は9月に開催される予定の特別国会で、総理大臣に指名され、社会民主党・国民新党との"
             "連立政権を立ち上げるものと見られると伝えている。\n")
JUMBO = ("朝日新聞・産経新聞によると、「ジャンボ」の愛称で親しまれた日本航空のボーイング747が、定期運航便のラストフライトを"
         "迎えた。\n中でも、日航は、一時は80機以上を所有し、同機の世界最大の利用会社となっていた。\n")
BROADCASTERS = ("また、民間放送事業者で組織する日本民間放送連盟の広瀬道貞会長は、「民間放送事業者にも多大な影響が及んでくる」と"
                "述べた。\n日本音楽著作権協会に対する公正取引委員会の「排除措置命令」に関する民放連会長コメントについて。\n")
HOSPITAL = ("天皇陛下(78)は入院なされている東京大学病院にて2月18日心臓の冠動脈バイパス手術を受けられた。\n"
            "東大と順天堂大学の医療スタッフによって執刀が執り行われた。\n")
USEN = ("ライブドアの経営支援に、有線放送事業で日本最大手であるUSEN(ユーセン)が名乗り上げていることが14日わかった。\n"
        "朝日新聞によると、USENがライブドアの株式の大半を買収する。\n")


def _ids(text, surface):
    return {m.entity_id for m in detect(text, bundled_registry()) if m.text == surface}


def test_a_party_written_in_full_is_the_party_its_short_form_names():
    assert _ids(COALITION, "社会民主党") == _ids(COALITION, "社民") == {"org:sdp-japan"}


def test_a_short_form_of_the_first_letters_of_each_word_is_the_full_name():
    assert _ids(JUMBO, "日航") == _ids(JUMBO, "日本航空") != {None}


def test_a_scope_word_opening_the_name_may_be_left_out_of_the_short_form():
    assert _ids(BROADCASTERS, "民放連") == _ids(BROADCASTERS, "日本民間放送連盟") != {None}


def test_a_short_form_of_a_part_of_a_longer_name_is_not_that_name():
    assert _ids(HOSPITAL, "東大").isdisjoint(_ids(HOSPITAL, "東京大学病院"))


def test_initials_are_taken_from_consecutive_words_or_the_first_words_and_the_head():
    assert _initials_of("社民", ["社会", "民主", "党"])
    assert _initials_of("陸連", ["日本", "陸上", "競技", "連盟"])
    assert _initials_of("近鉄", ["近畿", "日本", "鉄道"])
    assert not _initials_of("厚労省", ["厚生", "労働", "省", "元", "局"])  # more than a head left after it
    assert not _initials_of("東大", ["東京", "大学", "病院"])
    assert not _initials_of("民主", ["民主党"])


def test_a_latin_name_keeps_its_name_when_the_bracket_reads_it_in_kana():
    assert _ids(USEN, "USEN") == _ids(USEN, "ユーセン") == {"found:ORG:USEN"}


EXCHANGE = ("東京証券取引所のJリート(不動産投資信託証券市場)の上場企業で初の破綻となった。\n"
            "東証は11月10日付けでニューシティ社の上場廃止を決めた。\n")


def test_an_exchange_is_named_whole_and_its_short_form_is_the_exchange():
    found = {(m.text, m.type, m.entity_id) for m in detect(EXCHANGE, bundled_registry())}
    assert ("東京証券取引所", "ORG", "found:ORG:東京証券取引所") in found
    assert ("東証", "ORG", "found:ORG:東京証券取引所") in found
