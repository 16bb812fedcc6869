"""A view an inquiry acts on or a judgement of a case (…と見て調べている, …とみている) is held by the investigating body,
named as the sentence's topic before the judged clause, as a topic inside it, as a source, or in a sentence before;
never by the judged clause's own subject (the suspect, the victim) nor by the outlet that tells it; nobody's when no
body is named."""

from tests.core.claim_helpers import candidates, holder_of


def _views(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, holder_of(c)) for c in candidates(text) if c.cue.startswith(("見て", "みて"))]


def test_the_body_before_the_victim_named_as_topic_holds_the_view():
    text = ("3日朝、横浜市のアパートで女性が倒れているのが見つかった。"
            "部屋には遺書があり、神奈川県警港北署は山田花子さんは自殺を図ったと見て調べを進めている。")
    assert _views(text) == [("自殺を図った", "神奈川県警港北署")]
    text = "スイス検察当局ではベルナール氏について、容疑者の可能性もある「参考人」と見ていることを明らかにした。"
    assert [holder for _, holder in _views(text)] == ["スイス検察当局"]
    # a view held by someone neither suspect nor victim is left as read
    text = "県警の調べで、湖から魚が見つかった。中村教授は、今回見つかった魚はその子孫であると見ている。"
    assert _views(text) == [("今回見つかった魚はその子孫である", "中村")]


def test_a_suspect_or_victim_judged_in_a_later_sentence_is_not_the_holder():
    text = ("警視庁目黒警察署の幹部の説明では、車内に練炭があった。"
            "車内には家族に宛てた手紙が置かれており、佐藤さんは自殺したものとみている。")
    assert _views(text) == [("自殺したもの", "警視庁目黒警察署")]
    text = ("静岡県警は、無職の男を殺人の疑いで逮捕した。"
            "容疑者は被害者を工具で殴った後に首を絞めたことが直接の死因だとみている。")
    assert [holder for _, holder in _views(text)] == ["静岡県警"]


def test_a_body_opening_the_judged_clause_holds_it_and_leaves_the_claim():
    text = "また遺体には複数の傷があり、県警はこれらの工具を使って被害者を殺害したものと見ており、購入履歴を調べている。"
    assert _views("静岡県警は28日、司法解剖の結果を発表した。" + text) == [
        ("これらの工具を使って被害者を殺害したもの", "静岡県警")]
    text = "捜査一課は普段から家族との口論が絶えなかったことが事件につながったのではないかとみている。"
    assert _views(text) == [("普段から家族との口論が絶えなかったことが事件につながったのではないか", "捜査一課")]


def test_a_body_told_as_the_source_or_named_before_holds_a_view_the_outlet_tells():
    text = ("埼玉県警は14日、20代の男3人を死体遺棄の疑いで逮捕した。"
            "朝日新聞によると、逮捕された3人が2人を殺した可能性もあると見て調べている。")
    assert _views(text) == [("逮捕された3人が2人を殺した可能性もある", "埼玉県警")]
    text = ("通報を受けて群馬県警高崎署員が駆け付けた。"
            "産経新聞が同署の話として伝えたところによると、窓ガラスが割れており、何者かが侵入し盗んだと見ている。")
    assert [holder for _, holder in _views(text)] == ["群馬県警高崎署"]


def test_a_view_an_inquiry_acts_on_with_no_body_named_is_nobodys():
    text = ("新聞社の社員、山本一郎容疑者(35)が13日、覚せい剤を所持していた疑いで逮捕されたことが分かった。"
            "同容疑者は「使ったことがある」と容疑を認めていて、使用した疑いもあるとみて調べている。")
    assert _views(text) == [("使用した疑いもある", None)]


def test_a_body_named_with_another_beside_it_holds_the_view():
    text = ("共同通信が市警察や消防の話として伝えたところによると、"
            "建物の配線が古く、漏電から火が出たと見ている。")
    assert [holder for _, holder in _views(text)] == ["市警察"]
    text = "周辺は雪が多く屋根に積もっており、地元警察・消防はこの雪の重みで屋根が崩壊したとみている。"
    assert _views(text) == [("この雪の重みで屋根が崩壊した", "地元警察")]


def test_a_word_ending_like_a_body_that_names_none_is_not_the_body_named_before():
    # 部署, 放課後, 課題, 課程 end or begin like a station or a section (港北署, 捜査一課) but name no body
    for between in ("市は各部署に注意を呼びかけた。", "市は放課後の見回りを強めた。", "市は安全対策を重要課題に挙げた。",
                    "同大は博士課程の学生を派遣した。"):
        text = ("神奈川県警は3日、火災の現場を調べた。" + between
                + "山田花子さんが火の不始末から出火させたとみて調べている。")
        assert _views(text) == [("火の不始末から出火させた", "神奈川県警")], between


def test_a_body_opening_the_clause_a_person_named_before_judges_is_the_clauses_own_topic():
    # the professor judges the authorities: 当局は is the judged clause's topic, not its holder
    text = "経済学者の中村一郎教授は、当局は事故の原因を隠しているとみている。"
    assert _views(text) == [("当局は事故の原因を隠している", "中村一郎")]
    text = "県警は3日、男を逮捕した。中村一郎弁護士は、警察は男の説明を信じていないと見ている。"
    assert _views(text) == [("警察は男の説明を信じていない", "中村一郎")]


def test_a_person_the_sentence_names_as_its_topic_holds_their_own_inquiry():
    text = ("静岡県警は3日、川で見つかった魚の死骸を回収した。"
            "中村一郎教授は、この魚は絶滅した種の子孫であるとみて調査を続けている。")
    assert _views(text) == [("この魚は絶滅した種の子孫である", "中村一郎")]
    # a person the rules carried from a sentence before, or one named as another part, still yields to the body
    text = ("中村一郎教授は川で見つかった魚を調べた。静岡県警は3日、男を逮捕した。"
            "男が魚を盗んだとみて調べている。")
    assert [holder for _, holder in _views(text)] == ["静岡県警"]


class _Counted:
    """The body pattern, counting the letters its scans read."""

    def __init__(self, pattern):
        self.pattern, self.letters = pattern, 0

    def finditer(self, text, pos=0, endpos=None):
        self.letters += (len(text) if endpos is None else min(endpos, len(text))) - pos
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def test_same_words_are_read_back_without_scanning_the_letters_before_each_claim_again(monkeypatch):
    import core.claims.inquiry_holders as inquiry

    counted = _Counted(inquiry._BODY)
    monkeypatch.setattr(inquiry, "_BODY", counted)
    text = "大阪府警吹田署は3日、男を逮捕した。" + "同署は山田花子さんは自殺を図ったと見て調べている。" * 300
    views = _views(text)
    assert len(views) == 300 and {holder for _, holder in views} == {"大阪府警吹田署"}
    # the letters the body pattern reads stay within a few times the page's, however many 同 words read back
    assert counted.letters <= 4 * len(text)
