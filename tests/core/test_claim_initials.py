"""People an article keeps anonymous by an initial (Aさん, A子さん, M君) hold their words (core.nlp.anonymous_people,
read by the claims' sentence reader); sentences in the manner of livedoor lifestyle news."""

from core.nlp.anonymous_people import initial_people
from tests.core.claim_helpers import candidates, holder_of


def test_an_initial_before_an_honorific_is_a_person_only_there():
    body = "会社員のAさん(32歳)とA子さん、M君はOBさんとJリーグを観た。"
    assert [m.text for m in initial_people(body, [])] == ["A", "A子", "M"]


def test_a_person_written_by_an_initial_holds_their_quote_and_goes_on():
    text = "都内在住のAさん(32歳・会社員)は「最近は婚活がつらい」と話す。「もう疲れました」。"
    assert [holder_of(c) for c in candidates(text)] == ["A", "A"]
    text = "「結婚願望はありません。だって妻子にお金をつかいたくないですから」と公言するのは、Sさん（41歳・広告代理店）。"
    assert [holder_of(c) for c in candidates(text)] == ["S"]


def test_a_profile_under_an_initial_is_no_quote_of_theirs():
    text = "■Kさん\n全国の夏フェスという夏フェスを次々と制覇する、正真正銘の夏フェスガール。\n"
    assert candidates(text) == []


def test_a_suspect_or_a_minor_by_a_letter_is_a_person_also_after_what_they_are():
    body = "3年生の男子生徒・A容疑者とB被告、C少年と夫・Nさんに会ったが、M・Sさん、マギー・Qさん、NHK少年、少年Dは別だ。"
    assert [m.text for m in initial_people(body, [])] == ["A", "B", "C", "N"]


def test_a_suspect_by_a_letter_holds_the_words_not_a_description_cut_mid_word():
    text = ("スポーツニッポンによると、5月15日早朝、福島県会津若松市の県立高校の3年生の男子生徒・A容疑者(17歳)が"
            "福島県警察会津若松署に「母親を殺した」として出頭した。")
    assert [holder_of(c) for c in candidates(text)] == ["A"]
    text = ("その後A少年はネットカフェに入店して過ごした後、A少年の携帯電話からタクシー会社に「ネットカフェに迎えに来るように」"
            "と連絡し、死体を持参した上で警察へ出頭したという。")
    assert [holder_of(c) for c in candidates(text)] == ["A"]


def test_another_suspect_written_by_what_he_is_keeps_his_words():
    text = ("日本テレビの取材によれば、A容疑者は「稼ぐためにやった」と供述した。"
            "また、佐賀市に住む47歳の男は「生活費のためにやった」と供述している。")
    assert [holder_of(c) for c in candidates(text)] == ["A", "47歳の男"]


def test_a_description_before_a_letters_name_is_no_part_of_the_holder():
    assert [holder_of(c) for c in candidates("同級生・A少年(15歳)は「殺すつもりで刺した」と供述した。")] == ["A少年"]
    assert [holder_of(c) for c in candidates("女優のマギー・Qさんは「楽しかった」と話した。")] == ["マギー・Q"]


def test_a_description_in_katakana_before_a_suspects_letter_is_no_part_of_the_holder():
    assert [holder_of(c) for c in candidates("アルバイト・B少年(16歳)は「覚えていない」と供述した。")] == ["B少年"]
