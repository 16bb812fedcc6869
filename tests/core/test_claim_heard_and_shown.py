"""Two forms of a quote whose speaker is named before it: words heard from someone (Xからは「…」と感謝の言葉が聞かれた,
と結果を悔やむ声が聞かれ, と喜びの声が上がった) and a feeling, resolve, view or praise shown with an object (と不快感を
あらわにした, と決意を新たにした, と持論を展開した, と続投を明言した, と健闘をたたえた)."""

from tests.core.claim_helpers import held_quotes as _held


def test_words_heard_from_someone():
    text = "試合後、田中太郎選手からは「チーム全員で勝ち取った勝利です」と喜びの言葉が聞かれた。"
    assert _held(text, ("田中太郎", "PERSON", None)) == [("「チーム全員で勝ち取った勝利です」", "田中太郎")]
    text = "地元の鈴木一郎市長からは「復旧にはまだ時間がかかる」と不安を口にする声が上がった。"
    assert [h for _, h in _held(text, ("鈴木一郎", "PERSON", None))] == ["鈴木一郎"]
    text = "町長から「避難所を増やしてほしい」と要望の声が出た。"
    assert len(_held(text)) == 1


def test_a_voice_no_one_is_named_to_have_raised_is_no_claim():
    text = "会場では「もっと早く知らせてほしかった」と不満の声が聞かれた。"  # nobody it came from
    assert _held(text) == []


def test_a_feeling_resolve_view_or_praise_shown_with_an_object():
    for verb in ("不快感をあらわにした", "決意を新たにした", "持論を展開した", "続投を明言した", "相手の健闘をたたえた"):
        text = f"山本浩二監督は記者会見で「この結果は受け入れるしかない」と{verb}。"
        assert _held(text, ("山本浩二", "PERSON", None)) == [("「この結果は受け入れるしかない」", "山本浩二")], verb


def test_a_name_set_out_in_shops_is_no_statement():
    text = "山本浩二社長は「ハッピーセット」と新商品を全国で展開した。"  # a name, no words said
    assert _held(text, ("山本浩二", "PERSON", None)) == []


def test_a_voice_after_との_stays_with_those_it_came_from():
    text = "山田花子がイケメンを射止めたことで世間からは「あっぱれ花ちゃん！」との声があがったが、母親からも「負けちゃったね」という嫌な言い方をされた。"
    assert _held(text, ("山田花子", "PERSON", None)) == [("「あっぱれ花ちゃん！」", "世間")]  # not the one it was about
