"""One character the tagger reads as a person's name stands only with a person's word after it (周氏, 茜さん,
原監督, Aさん) or as the short form of a fuller name the article writes (武豊 … 武は); a lone kanji in a phrase
(清き一票), a common word (堤, 岸) or a copyright mark's letter ((C) 2011) is no one."""

import pytest

from core.nlp.entities import detect
from core.registry import bundled_registry


def people(text):
    return [m.text for m in detect(text, bundled_registry(), None) if m.type == "PERSON"]


@pytest.mark.parametrize("text, letters", [
    ("自信と勇気を持って、白紙でない清き一票(?)を投じてみましょう!", "清"),
    ("発掘調査で古墳時代の堤の跡が見つかった。\n周辺の地形から、堤は「へ」の字状に築かれていたとみられる。\n"
     "酒に酔った状態で岸から10メートルほどの中洲に移った。", "堤岸"),
    ("映画『ガール』は5月26日から全国ロードショー。\n(C) 2011 Warner Bros. Entertainment Inc.", "C"),
])
def test_a_lone_letter_in_a_phrase_a_common_word_or_a_copyright_mark_is_no_person(text, letters):
    found = people(text)
    assert not any(letter in found for letter in letters)


def test_a_one_letter_name_with_a_persons_word_after_it_stays():
    text = ("横浜中華街の料理店の店主が4月8日に亡くなった。\n71歳。\n周氏は、父の仕事を継いで店を守った。\n"
            "編集者のTさん(36歳)は感動話に疑問を感じるという。")
    found = people(text)
    assert "周" in found and "T" in found


def test_a_short_form_of_a_fuller_name_in_the_article_stays():
    text = "なでしこジャパンの澤穂希が会見した。\n大竹さんは「澤のね、人間的な部分が凄い」と話した。"
    found = people(text)
    assert "澤穂希" in found and "澤" in found


def test_a_fuller_name_cut_through_where_it_is_written_is_no_short_form():
    from core.model import Mention
    from core.nlp.lone_letters import without_lone_letters
    text = "朝青龍、栃東下し5連覇"
    cut = [Mention(4, 5, "", "PERSON", source="tagger")]
    assert without_lone_letters(text, cut, [Mention(4, 6, "", "PERSON", source="tagger")]) == []
    text = "大関栃東が勝った。\n栃は「まだまだ」と話した。"
    at = text.index("栃は")
    alone = [Mention(at, at + 1, "", "PERSON", source="tagger")]
    assert without_lone_letters(text, alone, [Mention(2, 4, "", "PERSON", source="tagger")]) == alone


def test_a_letter_titled_once_or_followed_by_an_age_stays_a_person():
    text = ("原監督の女性関係をめぐり、中畑監督が会見した。\n"
            "ネットでは「原や巨人側は中畑を信頼しているのか」という声も出た。")
    assert people(text).count("原") == 2
    text = "この話を男性はどう感じるのだろうと、年下の透(30才)に直撃してみた。"
    assert "透" in people(text)


@pytest.mark.parametrize("text, letter", [
    # a speech clause describes it, with no fuller name in the article
    ("まず、「あれ、書いちゃお」と切り出した澤は、「守備の指示の時に困った」というエピソードを披露した。", "澤"),
    # listed with a person, or leading others with ら
    ("佐々木監督は年内に選抜合宿を行うことを示唆。澤や宮間ら主力は呼ばず、50人近い若手を招集した。", "澤"),
    ("打線の貧打が課題とされ、二岡、林ら強打者を獲得する一方、マイケル中村らを巨人に放出した。", "林"),
    # a given name in brackets tells two players apart
    ("投げては小林(宏)投手が8回に本塁打を打たれたが、後を継いだ投手が抑えた。", "宏"),
    ("僕は涌井(秀章)君と岸(孝之)君の奮起に期待したい。", "岸"),
    # the speaker of a quote its speech verb closes
    ("菅は衆議院厚生委員会で「転換理由を判断できる資料はなく不可解」と答弁した。", "菅"),
    # a Latin letter after a word for a person, as crime reports name people
    ("犯人は犯行に適する場所を求め、運転手の被害者Cに対し七飯町へ行くよう指示した。", "C"),
    # a story's character named by its part
    ("問題視されたのは、主人公・江の夫である徳川秀忠が、戦を避けるために手紙を出す場面だ。", "江"),
    ("ゾンビに立ち向かうヒロインの女子高生・恵役には、子役出身の女優が起用された。", "恵"),
    # a surname in brackets before it, as a transcript supplies one
    ("あんまり行けないですけど、(細貝)萌あたりは同級生なんで話しますし、遊びに行ったりもします。", "萌"),
])
def test_a_letter_the_sentence_treats_as_a_person_stays_one(text, letter):
    assert letter in people(text)


@pytest.mark.parametrize("text, letter", [
    # a quote after a topic is no speech without its verb
    ("周辺の地形から、堤は「へ」の字状に築かれていたとみられる。", "堤"),
    # a comma after a word parts clauses, not names
    ("同記事のコメント欄には、今も尚、上原さんを想うファンによる書き込みが増え続けている。", "尚"),
])
def test_a_letter_beside_a_quote_or_a_comma_alone_is_no_person(text, letter):
    assert letter not in people(text)
