"""One type per name in an article, and names introduced by their kind (real Wikinews sentences)."""

from core.model import Mention
from core.nlp.entities import detect
from core.nlp.name_votes import one_type_per_name
from core.registry import bundled_registry


def found(text, names):
    return [(m.text, m.type) for m in detect(text, bundled_registry(), None) if m.text in names]


FUND = (
    "10月1日に阪神電鉄がグループ企業の阪神百貨店を完全子会社し、株式を交換したことで、村上ファンドがもつ阪神電鉄の持ち株比率が38.1%に達した。\n"
    "朝日新聞などによれば、公開されている村上ファンドの投資額としてはこれまで最高額を投資した。\n"
    "9月27日に、村上ファンドが阪神株の26%を取得し筆頭株主となっていることが判明し、グループの阪神タイガースのセリーグ優勝とも重なり、注目されていた。\n"
    "報道によれば、村上ファンド側は純粋な投資であるとしている。\n"
    "村上ファンドは基本的に株式を保有する会社への経営への参加を行っておらず、今回も経営への参加の意図はないとしている。\n"
    "村上ファンドでは、これまで株式を保有する会社に、増配などを求めてきた。\n"
)


def test_a_name_the_tagger_reads_once_otherwise_takes_the_type_of_its_other_occurrences():
    kinds = {kind for _, kind in found(FUND, ("村上ファンド",))}
    assert kinds == {"ORG"}
    text = ("気象庁は30日午後、山口県を除いた中国・近畿・東海・北陸・関東甲信の各地方で梅雨明けしたとみられると発表した。\n"
            "各地域とも昨年より12日遅く、平年より近畿は11日、中国、東海と関東甲信は10日、北陸は8日遅かった。")
    assert found(text, ("近畿", "北陸")) == [("近畿", "LOC"), ("北陸", "LOC"), ("近畿", "LOC"), ("北陸", "LOC")]


def test_the_vote_retypes_only_the_taggers_and_unidics_spans_and_only_with_a_majority():
    text = "ハマースが勝った。ハマースは述べた。ハマースの代表。"
    rule = Mention(0, 4, "", "ORG", source="title")
    weak = Mention(9, 13, "", "PERSON", source="tagger", confidence=0.9)
    known = Mention(18, 22, "", "PERSON", "registry-id", source="tagger", confidence=0.9)
    out = one_type_per_name(text, [rule, weak, known])
    assert [m.type for m in out] == ["ORG", "ORG", "PERSON"]  # a registry entity keeps its type
    # a tie (one rule against two sure tagger spans) changes nothing
    sure = [Mention(9, 13, "", "PERSON", source="tagger", confidence=1.0),
            Mention(18, 22, "", "PERSON", source="tagger", confidence=1.0)]
    out = one_type_per_name(text, [rule, *sure])
    assert [m.type for m in out] == ["ORG", "PERSON", "PERSON"]
    # places vote together: a LOC and a GPE reading of one surface are not two types
    places = [Mention(0, 4, "", "GPE", "x", source="gazetteer"), Mention(9, 13, "", "LOC", source="tagger", confidence=0.9)]
    assert [m.type for m in one_type_per_name(text, places)] == ["GPE", "LOC"]


def test_a_name_after_the_word_for_its_kind_is_an_organisation():
    text = ("アルジャジーラによれば、インド政府はアル・マンスリアンを、武装組織ラシュカル・エ・タイバが改名したものとみている。\n"
            "ラシュカル・エ・タイバは、パキスタンを拠点に活動するカシミール分離独立派のイスラム系武装組織で、アルカイーダとの接点が疑われている。")
    assert found(text, ("ラシュカル・エ・タイバ",)) == [("ラシュカル・エ・タイバ", "ORG")] * 2
    assert ("ハマース", "ORG") in found("イスラム主義団体ハマースが過半数の76議席を得た。", ("ハマース",))
    assert ("アルカイダ", "ORG") in found("国際的なテロ組織・アルカイダの最高指導者が死亡した。", ("アルカイダ",))


def test_a_common_word_after_a_kind_word_and_a_legal_form_are_no_name_of_their_own():
    assert found("団体ツアーの客が増えた。企業イメージが悪化した。", ("ツアー", "イメージ")) == []
    found_here = [m.text for m in detect("株式会社ミクシィは2006年に上場した。", bundled_registry(), None)]
    assert "ミクシィ" not in found_here  # 株式会社 belongs to the name the tagger reads


# a Wikinews report (in no gold): a surname that is also a town's name, read as a place where no honorific follows
SCHOOLBOY = (
    "読売新聞によると、7月4日午前8時ごろ(UTC+9)、奈良県の近鉄桜井駅のホームで、橿原市の私立高校3年生の浜田知哉君(18歳)が同級生・A少年(17歳)に包丁で腹と背中を切られる事件があった。\n"
    "浜田君は病院に運ばれたが1時間半後死亡。\n"
    "読売によると、警察の調べでは浜田君とA少年は桜井市の私立高校の同級生で、事件があった当日は1学期の期末試験最終日で、その登校の最中だったという。\n"
    "通報を受けて駆けつけた桜井警察署員がA少年を事情聴取したところ「(浜田君の)顔を見て刺した」と供述し容疑を認めたため、その場で現行犯逮捕をしたという。\n"
    "読売の別の記事によると、逮捕されたA少年は調べに対し「最近浜田君が約束を守らないので、殺人をするつもりで刺した。\n"
)


def test_a_persons_honorific_after_one_occurrence_makes_every_occurrence_a_persons():
    kinds = [kind for _, kind in found(SCHOOLBOY, ("浜田",))]
    assert len(kinds) >= 4 and set(kinds) == {"PERSON"}
    # a fortune-teller's column: one self-introduction decides the name the tagger reads as a place and a body
    text = "はじめまして、占い師の千早と申します。\n千早先生の占いはよく当たると評判です。\nこれから千早が毎週の運勢をお届けします。"
    assert found(text, ("千早", "千早先生")) == [("千早", "PERSON")] * 3


def test_a_guessed_body_ending_in_a_persons_honorific_is_the_person_cut_before_it():
    text = "小学校の担任、橋本先生が初恋だという奈々さん(33 歳)\n「中学生の時は塾の先生も好きになったし、先生という言葉にやたら弱いんです」"
    assert ("橋本", "PERSON") in found(text, ("橋本", "橋本先生"))
    assert not [m for m in found(text, ("橋本先生",))]


def test_the_honorific_evidence_yields_to_a_trusted_reading_of_another_kind_and_to_common_words():
    text = "ハマースが勝った。ハマースさんは述べた。ハマースの代表。"
    rule = Mention(0, 4, "", "ORG", source="title")
    weak = Mention(9, 13, "", "ORG", source="tagger", confidence=0.6)
    other = Mention(20, 24, "", "ORG", source="tagger", confidence=0.6)
    assert [m.type for m in one_type_per_name(text, [rule, weak, other])] == ["ORG"] * 3  # a tie: each as read
    assert [m.type for m in one_type_per_name(text, [weak, other])] == ["PERSON"] * 2
    # 様 ends common words (同様, 王子様) and 氏 starts them (氏名): no person's honorific
    text = "ドラマの主人公アニー同様、マラソンで走った。登録者の氏名を公表した。"
    guessed = [Mention(7, 11, "", "ORG", source="tagger", confidence=0.6), Mention(23, 26, "", "ORG", source="tagger")]
    assert [m.type for m in one_type_per_name(text, guessed)] == ["ORG", "ORG"]


def test_a_surname_alone_after_a_full_name_read_as_a_person_is_the_person():
    # real sentence forms from sports and entertainment news: the surname alone, read as a place by a guess
    text = ("柔道女子57キロ級で悲願の金メダル獲得となった松本薫。帰国後は部屋の掃除ができたという。\n"
            "また、松本の代名詞となった闘志あふれる表情は変わらず、番組が街頭で尋ねた松本への質問も紹介された。")
    kinds = {kind for name, kind in found(text, ("松本",))}
    assert kinds == {"PERSON"}
    full = Mention(text.index("松本薫"), text.index("松本薫") + 3, "", "PERSON", source="unidic")
    later = text.index("松本の代名詞")
    guessed = Mention(later, later + 2, "", "LOC", source="tagger", confidence=0.7)
    assert [m.type for m in one_type_per_name(text, [full, guessed])] == ["PERSON", "PERSON"]
    # a trusted reading of another kind stands (a tie)
    trusted = Mention(later, later + 2, "", "LOC", source="gazetteer")
    assert one_type_per_name(text, [full, trusted])[1].type == "LOC"


def test_a_full_name_only_a_guess_reads_gives_no_surname():
    # UniDic's name inside a newspaper's (秋田|魁|新報), the tagger's race or film read as a person
    text = "秋田魁新報によると、大館市の高校で教諭が処分された。\n『秋田・大館高校:教諭が女子生徒に』。"
    guessed = [Mention(0, 3, "", "PERSON", source="unidic"),
               Mention(text.index("秋田・"), text.index("秋田・") + 2, "", "LOC", source="unidic")]
    assert [m.type for m in one_type_per_name(text, guessed)] == ["PERSON", "LOC"]
    text = "島根県の出雲駅伝は10日に行われた。出雲大社正面鳥居前から出雲ドーム前までの6区間を走った。"
    guessed = [Mention(4, 8, "", "PERSON", source="tagger", confidence=0.6),
               Mention(text.index("出雲大社"), text.index("出雲大社") + 2, "", "LOC", source="tagger", confidence=0.6)]
    assert [m.type for m in one_type_per_name(text, guessed)] == ["PERSON", "LOC"]
