"""A name written again is the same person only where the article supports a person's reading
(issue 12): a disease or a company the tagger once read as a person is not spread through the article."""

from core.model import Mention
from core.nlp.entities import detect
from core.nlp.person_support import common_word, person_supported
from core.nlp.short_forms import later_short_forms, short_forms_retyped
from core.nlp.tokens import tokenize
from core.registry import bundled_registry
from core.text import fold

# Japanese Wikinews (CC BY 2.5), outside the news gold.
BIRD_FLU = (
    "インドネシアで鳥インフルエンザ流行、4人の死亡を確認\n"
    "インドネシアで鳥インフルエンザ(H5N1型)が流行し、ジャワ島のジャカルタを中心に患者が出ている。\n"
    "日本経済新聞(日経)によれば、インドネシア保健省は21日までに4人の死亡を確認、さらに3人の死亡者を"
    "鳥インフルエンザへの感染により死亡したおそれがあるとして、血液検査による確認調査を行った。\n"
    "3人のうち1人は、その後、検査により、鳥インフルエンザではなかったとされたと報じられた。\n"
    "鳥インフルエンザの感染を疑わせる死亡者は、ジャカルタで21日に2人、カリマンタンで23日に1人が出たと保健省から発表された。\n"
)
COMPANY = (
    "サンケイスポーツによると、サッカーJリーグ2部(J2リーグ)の東京ヴェルディの経営について、"
    "情報通信業大手のネクシィーズが同チームの株式取得を検討していることが3月19日(UTC+9)までにわかった。\n"
    "またサンスポによれば、ネクシィーズは「(経営権取得を)やるならば、マジョリティーを取ることを考えなければいけない」と話している。\n"
    "しかし、日刊スポーツによるとヴェルディホールディングスの渡貫大志社長は「ネクシィーズには支援・協力をお願いしてるとしかいえない」とした。\n"
)


def _context(text):
    folded = fold(text)
    tokens = tokenize(folded)
    index_at = {t.start: i for i, t in enumerate(tokens)}
    return folded, tokens, index_at, {t.end for t in tokens}


def test_a_disease_is_no_person_anywhere_in_the_article():
    found = detect(BIRD_FLU, bundled_registry(), None)
    assert not any("インフルエンザ" in m.text for m in found if m.type == "PERSON")
    assert "インドネシア" in [m.text for m in found]


def test_a_word_ending_in_a_class_head_or_a_known_common_noun_is_a_common_word():
    folded, tokens, index_at, _ = _context(BIRD_FLU)
    at = folded.find("鳥インフルエンザ")
    assert common_word(tokens, index_at, at, at + len("鳥インフルエンザ"), whole=False)
    assert common_word(tokens, index_at, at + 1, at + len("鳥インフルエンザ"))  # インフルエンザ alone
    folded, tokens, index_at, _ = _context("フランス代表のアネルカ選手が交代させられた。ジョージ・ウェア候補が勝った。")
    for name in ("アネルカ", "ジョージ・ウェア"):
        at = folded.find(name)
        assert not common_word(tokens, index_at, at, at + len(name))


def test_a_name_the_tagger_alone_read_as_a_person_is_not_written_again_as_one():
    folded, tokens, index_at, ends = _context(COMPANY)
    first = folded.find("ネクシィーズは")
    wrong = Mention(first, first + len("ネクシィーズ"), "", "PERSON", source="tagger")
    assert not person_supported(folded, "ネクシィーズ", wrong)
    assert later_short_forms(folded, [wrong], index_at, ends, tokens) == []
    later = folded.find("ネクシィーズには")
    company = Mention(later, later + len("ネクシィーズ"), "", "ORG", source="tagger")
    retyped = short_forms_retyped(folded, [wrong, company], tokens, index_at)
    assert [m.type for m in retyped] == ["PERSON", "ORG"]


def test_a_name_with_a_role_beside_it_is_written_again_as_the_person():
    text = ("フランス代表のアネルカ選手が交代させられた。\n"
            "フランスサッカー連盟は、アネルカに対し公式な謝罪を求めたが、これを拒みアネルカは代表から追放された。")
    folded, tokens, index_at, ends = _context(text)
    first = folded.find("アネルカ")
    read = Mention(first, first + 4, "", "PERSON", source="tagger")
    assert person_supported(folded, "アネルカ", read)
    assert [folded[m.start : m.end] for m in later_short_forms(folded, [read], index_at, ends, tokens)] == ["アネルカ"] * 2


def test_a_persons_marks_support_the_name_written_again():
    folded = fold("直後、F.アロンソ以下トップ3が入った。横綱朝青龍が小結琴欧州に敗れた。ロシア出身の露鵬(28歳幕内)が否定した。")
    for name in ("F.アロンソ", "朝青龍", "露鵬"):
        at = folded.find(name)
        assert person_supported(folded, name, Mention(at, at + len(name), "", "PERSON", source="tagger"))
    # a kanji word the tagger read as a person, with nothing of a person beside it, is not (小惑星「糸川」)
    folded = fold("探査機はやぶさが、小惑星「糸川」に着陸していたことが分かった。30分ほど「糸川」に着陸した。")
    at = folded.find("糸川")
    assert not person_supported(folded, "糸川", Mention(at, at + 2, "", "PERSON", source="tagger"))


def _written_again(text, name):
    """The names later_short_forms writes again after the tagger's reading of name as a person."""
    folded, tokens, index_at, ends = _context(text)
    at = folded.find(name)
    read = Mention(at, at + len(name), "", "PERSON", source="tagger")
    return [folded[m.start : m.end] for m in later_short_forms(folded, [read], index_at, ends, tokens)]


def test_a_name_the_tagger_alone_reads_that_ends_in_a_common_word_gives_no_surname():
    # a race named after a place (出雲|駅伝): its place is no surname in the shrine's name after it
    assert _written_again("第26回出雲全日本大学選抜駅伝競走(出雲駅伝)が13日、島根県出雲市の出雲大社正面鳥居前-"
                          "出雲ドーム前間の6区間44.5kmで行われた。", "出雲駅伝") == []
    # a person's full name (its last word a given name) still gives its surname
    assert _written_again("悲願の金メダル獲得となった松本薫。帰国後は部屋の掃除ができた。松本の代名詞となった闘志は変わらず。",
                          "松本薫") == ["松本"]


def test_a_persons_role_the_tagger_reads_into_the_name_still_gives_its_surname():
    # 田辺|騎手: the role is a person's (a jockey), no common word ending a thing's name; 先生 is a person's honorific
    assert _written_again("日刊スポーツによると、田辺騎手は「うれしい」と語った。『1000万馬券演出の田辺「名を残せた」』。",
                          "田辺騎手") == ["田辺"]
    assert _written_again("占い師の水森太陽先生に聞いた。◆水森先生プロフィール", "水森太陽") == ["水森"]
