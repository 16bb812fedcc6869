"""One entity for a name and its other spellings in one article (issue 12; meetings' sides and claims' holders)."""

from core.model import Mention
from core.nlp.article_aliases import unify_spellings
from core.nlp.entities import detect
from core.registry import bundled_registry
from core.text import fold

# Lines of Japanese Wikinews (CC BY 2.5).
NORTH_KOREA = ("また、2003年に脱退した「核拡散防止条約(NPT)」への再復帰と、国際原子力機関(IAEA)の核査察の"
               "無条件受け入れという義務も果たさねばいけないなど課題も多いという。\n"
               "北朝鮮は声明で、IAEAの査察官を国外に退去させると発表した。\n")
ANTARA = ("また、インドネシア国営ANTARA(NationalNewsAgency)は現地時間午前0時23分現在、少なくとも21人が死亡し、"
          "6人の身元を確認したと伝えている。\n")
SPD = ("同盟と第2党の社会民主党(SPD)は、CDUのメルケル党首を首相として連立を組むことで基本的に合意し、協議を続けている。\n"
       "東京新聞によれば、シュタインブリュック次期経済相(SPD)は、アウトバーンの民営化を検討するとした。\n")
DPJ = "時事通信によると、8月29日投票の民主党代表選の、国会議員による投票結果は次のとおりで、野田佳彦氏が新代表に選出された。\n"
MYANMAR = "ミャンマーの国軍は1日、アウンサンスーチー氏を拘束した。\n"
THAILAND = "タイの国軍は19日、クーデターを起こした。\n"
RECIFE = "ワールドカップの試合はレシフェ(ブラジル)で行われた。\n"


def _ids(text, surface):
    return {m.entity_id for m in detect(text, bundled_registry()) if m.text == surface}


def test_a_short_form_defined_in_brackets_and_written_bare_later_is_the_full_name():
    found = detect(NORTH_KOREA, bundled_registry())
    iaea = [m for m in found if m.text == "IAEA"]
    assert len(iaea) == 2  # in the brackets and bare on the next line
    assert {m.entity_id for m in iaea} == _ids(NORTH_KOREA, "国際原子力機関") == {"org:iaea"}


def test_two_names_of_their_own_take_the_one_written_first():
    folded = fold(ANTARA)
    start = folded.index("ANTARA")
    inner = folded.index("NationalNewsAgency")
    mentions = [Mention(start, start + 6, "ANTARA", "ORG", "found:ORG:ANTARA"),
                Mention(inner, inner + 18, "NationalNewsAgency", "ORG", "found:ORG:NationalNewsAgency")]
    unified = unify_spellings(folded, mentions, bundled_registry())
    assert [m.entity_id for m in unified] == ["found:ORG:ANTARA", "found:ORG:ANTARA"]


def test_the_reverse_order_acronym_then_name_is_one_entity():
    text = "JOC(日本オリンピック委員会)は会見を開いた。JOCの会長は辞任を否定した。\n"
    folded = fold(text)
    mentions = [Mention(0, 3, "JOC", "ORG", "found:ORG:JOC"),
                Mention(4, 15, "日本オリンピック委員会", "ORG", "found:ORG:日本オリンピック委員会"),
                Mention(folded.rindex("JOC"), folded.rindex("JOC") + 3, "JOC", "ORG", "found:ORG:JOC")]
    assert {m.entity_id for m in unify_spellings(folded, mentions, bundled_registry())} == {
        "found:ORG:日本オリンピック委員会"}


def test_an_acronym_in_brackets_after_a_person_is_not_added_as_that_persons_name():
    found = detect(SPD, bundled_registry())
    second_line = SPD.index("東京新聞")
    assert not [m for m in found if m.text == "SPD" and m.start > second_line and m.source == "abbreviation"]


def test_a_place_in_brackets_is_where_the_place_is_not_another_spelling():
    folded = fold(RECIFE)
    city, country = folded.index("レシフェ"), folded.index("ブラジル")
    mentions = [Mention(city, city + 4, "レシフェ", "LOC", "found:LOC:レシフェ"),
                Mention(country, country + 4, "ブラジル", "GPE", "country:BR")]
    assert unify_spellings(folded, mentions, bundled_registry()) == mentions


def test_a_reading_in_brackets_is_the_same_place():
    text = "中国・雲南省の昭通市(しょうつうし)で地震があった。\n"
    folded = fold(text)
    city, reading = folded.index("昭通市"), folded.index("しょうつうし")
    mentions = [Mention(city, city + 3, "昭通市", "LOC", "found:LOC:昭通市"),
                Mention(reading, reading + 6, "しょうつうし", "LOC", "found:LOC:しょうつうし")]
    unified = unify_spellings(folded, mentions, bundled_registry())
    assert [m.entity_id for m in unified] == ["found:LOC:昭通市", "found:LOC:昭通市"]


def test_a_generic_party_name_is_not_another_countrys_party_in_japanese_politics():
    assert _ids(DPJ, "民主党") == {"found:ORG:民主党"}
    assert _ids("米民主党のオバマ上院議員は演説した。民主党は下院で多数を占める。\n", "民主党") == {"org:us-democratic-party"}


def test_the_national_army_is_the_army_of_the_country_the_article_names():
    assert _ids(MYANMAR, "国軍") == {"org:myanmar-military"}
    assert _ids(THAILAND, "国軍") == {"found:ORG:国軍"}


def test_a_name_shared_by_two_countries_bodies_follows_the_country_named():
    assert _ids("中国の共産党は北京で会議を開いた。\n", "共産党") == {"org:ccp"}
    assert _ids("共産党の志位委員長は記者会見で述べた。\n", "共産党") == {"org:japanese-communist-party"}


def test_a_proper_name_with_a_country_marked_alias_is_not_generic():
    # CNN is also written 米CNN, but no other country's CNN exists
    assert _ids("CNNによると、手術は無事成功した。\n", "CNN") == {"org:cnn"}


def test_a_party_short_form_is_its_party():
    text = "自民党の幹事長は会見した。自民は参院選で議席を減らした。\n"
    assert _ids(text, "自民") == _ids(text, "自民党") == {"org:ldp"}


def test_the_users_own_mentions_are_never_relinked():
    folded = fold(DPJ)
    start = folded.index("民主党")
    mine = Mention(start, start + 3, "民主党", "ORG", "org:us-democratic-party", source=None, origin="user")
    assert unify_spellings(folded, [mine], bundled_registry()) == [mine]


def test_hostile_brackets_do_not_crash():
    for text in ["(", "国連(", "国連()", "(IAEA)", "国際原子力機関(" + "A" * 500 + ")", "国連（ＵＮ" * 50]:
        detect(text, bundled_registry())


def test_a_party_in_brackets_after_a_title_is_the_persons_party_not_another_spelling():
    folded = fold(SPD)
    person = folded.index("シュタインブリュック")
    party = folded.rindex("SPD")
    mentions = [Mention(person, party - 1, "シュタインブリュック次期経済相", "ORG", "found:ORG:シュタインブリュック次期経済相"),
                Mention(party, party + 3, "SPD", "ORG", "org:spd")]
    assert unify_spellings(folded, mentions, bundled_registry()) == mentions


def test_a_common_word_in_brackets_says_what_not_who():
    text = "DVDは6日に発売されTSUTAYA(レンタル)で借りられる。\n"
    folded = fold(text)
    shop, word = folded.index("TSUTAYA"), folded.index("レンタル")
    mentions = [Mention(shop, shop + 7, "TSUTAYA", "ORG", "found:ORG:TSUTAYA"),
                Mention(word, word + 4, "レンタル", "ORG", "found:ORG:レンタル")]
    assert unify_spellings(folded, mentions, bundled_registry()) == mentions


def test_a_generic_name_written_once_with_its_country_is_that_body():
    text = ("国軍とLTTEの戦闘が拡大、死者200人近くに―スリランカ北東部\n"
            "ノルウェーなどの仲介で停戦中だったスリランカ国軍とタミル・イーラム解放のトラ(LTTE)の内戦は、"
            "事実上再開し、北東部で散発的な戦闘が広がっている。\n")
    army = _ids(text, "スリランカ国軍")
    assert len(army) == 1 and _ids(text, "国軍") == army


def test_two_countries_armies_leave_the_bare_name_alone():
    text = "タイ国軍とカンボジア国軍が国境で交戦した。国軍の報道官は述べた。\n"
    assert len(_ids(text, "国軍")) == 1
    assert _ids(text, "国軍") != _ids(text, "タイ国軍")


def test_the_japanese_name_of_two_names_of_their_own_names_the_entity():
    text = "JOC(日本オリンピック委員会)は会見を開いた。\n"
    folded = fold(text)
    mentions = [Mention(0, 3, "JOC", "ORG", "found:ORG:JOC"),
                Mention(4, 15, "日本オリンピック委員会", "ORG", "found:ORG:日本オリンピック委員会")]
    assert {m.entity_id for m in unify_spellings(folded, mentions, bundled_registry())} == {
        "found:ORG:日本オリンピック委員会"}


def test_an_acronym_of_another_countrys_body_follows_the_full_name_the_article_writes():
    text = "オーストラリア放送協会(ABC)によると、首相は辞任を否定した。ABCは続報を伝えた。\n"
    found = _ids(text, "ABC")
    assert found == _ids(text, "オーストラリア放送協会") and "org:abc-news" not in found
    assert _ids("米ABCテレビによると、大統領は述べた。ABCは伝えた。\n", "ABC") == {"org:abc-news"}


def test_a_paper_carrying_an_agencys_story_is_not_the_agency():
    text = "西日本新聞(共同通信)・朝日新聞によると、首相は述べた。\n"
    assert _ids(text, "西日本新聞") != _ids(text, "共同通信") == {"org:kyodo"}


def test_a_quoted_name_and_its_acronym_in_brackets_are_one_body_then_and_later():
    # lines of Japanese Wikinews (CC BY 2.5)
    text = ("スーダンの反政府組織「正義と平等運動」(JEM)の部隊が、10日解放された38人の停戦監視部隊員の解放にかかわっていたことがわかった。\n"
            "サレー氏はJEMが今年4月停戦合意に調印したときの軍事部門の長だった。\n")
    jem = [m for m in detect(text, bundled_registry()) if m.text == "JEM"]
    assert len(jem) == 2 and {m.entity_id for m in jem} == _ids(text, "正義と平等運動") == {"found:ORG:正義と平等運動"}


def test_an_acronym_listed_first_in_brackets_with_the_place_after_it_is_the_body():
    text = ("公正取引委員会は27日、社団法人「日本音楽著作権協会」(JASRAC、東京都渋谷区)が行っている契約は"
            "独占禁止法違反にあたると認定した。\nJASRACは反論した。\n")
    assert _ids(text, "JASRAC") == _ids(text, "日本音楽著作権協会") == {"found:ORG:日本音楽著作権協会"}
    assert _ids(text, "東京都渋谷区") != _ids(text, "日本音楽著作権協会")


def test_a_party_short_form_listed_beside_other_parties_is_the_party_the_article_writes():
    text = ("衆議院総選挙で民主党が308議席を確保し、政権交代が実現する事となった。\n"
            "8月31日以後民主・社民・国民新党の3党による連立協議を開始する。\n")
    assert _ids(text, "民主") == _ids(text, "民主党")
    assert _ids("民主主義・自由主義を掲げる民主党の議員。", "民主") == set()


def test_a_generic_party_name_follows_the_country_the_article_speaks_of_most():
    text = ("衆議院総選挙で民主党が308議席を確保した。社民党と国民新党は連立を協議する。自民党と公明党は敗れた。\n"
            "鳩山氏は9月下旬に訪米する予定だ。\n")
    assert _ids(text, "民主党") == {"found:ORG:民主党"}
