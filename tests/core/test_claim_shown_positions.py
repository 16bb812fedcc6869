"""Positions told as a content noun and a verb that states or shows it, with no verb of saying (…という立場を明確に
していた, …との疑惑を提起した, …とする姿勢を見せている, …という思いがあった), a stance stated after a quote given as its
reason (「…」として解剖反対を表明), and requests told with 提案 (…上場させるよう提案していた) are claims of their holder.
A manner shown (強気な姿勢), a request received (…よう依頼を受けて), the writer's guess (…を求めることも考えられる), quotes
summed up as a feeling (…と述べるなど、危機感を示す), what a project is part of (…の一環としており), a name given with
としての and a verb or a manner before と (落とした, 騒然としている) are none (Japanese Wikinews, CC BY 2.5)."""

from tests.core.claim_helpers import candidates, holder_of, wikinews_claims_body


def _sentence_with(ident, words):
    body = wikinews_claims_body(ident)
    start = body.rfind("\n", 0, body.index(words)) + 1
    return body[start : body.index("。", start) + 1]


def test_a_position_made_clear_beside_a_reaction():
    found = candidates(_sentence_with("wn-02017", "という立場を明確にしていた"))
    assert [c.text for c in found if c.cue.startswith("立場を")] == ["司法解剖に応じない"]
    assert any(c.cue == "反発し" for c in found)  # the reaction to the remark is still read


def test_a_suspicion_raised_keeps_its_whole_clause():
    [c] = [c for c in candidates(_sentence_with("wn-02017", "との疑惑を提起した")) if c.cue.startswith("疑惑")]
    assert c.text == "何らかの外圧があったのではないか"


def test_a_stance_stated_after_the_quote_given_as_its_reason():
    found = candidates(_sentence_with("wn-02017", "として解剖反対を表明"))
    assert [c.text for c in found if c.attribution != "direct"] == ["解剖反対"]
    assert holder_of(found[-1]) == "ペク・ナムギ闘争本部"


def test_a_feeling_held_by_the_named_topic():
    [c] = candidates(_sentence_with("wn-01778", "という思いがあったという"))
    assert c.text == "ほとんどテレビタレントの橋下氏に任せておけない" and "熊谷" in holder_of(c)
    assert candidates("この問題には、制度そのものを見直すべきだという考えがある。") == []  # nobody named holds it


def test_an_attitude_shown_with_what_it_aims_at():
    [c] = candidates(_sentence_with("wn-01778", "姿勢を見せている"))
    assert c.text.startswith("福祉や医療に重点を置こう") and "梅田" in holder_of(c)
    assert candidates("これに対し同社の担当者は当初、強気な姿勢を見せていた。") == []  # a manner shown


def test_a_listing_proposed_as_a_request():
    [c] = candidates(_sentence_with("wn-01849", "上場させるよう提案していた"))
    assert c.cue == "提案" and "ヘラクレス市場" in c.text and holder_of(c) == "村上ファンド"
    received = candidates("警察によると、男は知人から書類を運ぶよう依頼を受けて上京したという。")
    assert [c for c in received if c.cue == "依頼"] == []  # a request received is not the receiver's


def test_the_writers_guess_and_a_summary_of_quotes_are_no_claims():
    guess = candidates(_sentence_with("wn-01849", "求めることも考えられる"))
    assert not any("何らかの対応" in c.text for c in guess)
    summed = candidates(_sentence_with("wn-01849", "危機感を示す"))
    assert [c.attribution for c in summed] == ["direct"]  # 西川社長's quote, no 危機感 beside it


def test_what_a_plan_is_part_of_and_a_name_given_with_toshiteno():
    found = candidates(_sentence_with("wn-02258", "一環としており"))
    assert not any(c.text.endswith("一環") or c.text == "「スポーツの聖地」" for c in found)


def test_a_verb_or_a_manner_before_to_holds_nothing():
    assert candidates("台風はその後、勢力を落とした。") == []
    assert candidates("発表を受けて、ネット上が騒然としている。") == []
    [c] = candidates("気象庁は、この地震による津波の心配はないとしている。")
    assert c.text == "この地震による津波の心配はない"


def test_a_stance_told_as_what_it_came_to():
    [c] = candidates("民主党は最終的に、独自候補の擁立を支持する形となった。")
    assert "擁立" in c.text and holder_of(c) == "民主党"


def test_a_view_that_something_will_be_held_with_toshiteiru():
    [c] = candidates(_sentence_with("wn-01008", "だろうとしている"))
    assert c.text.endswith("加盟がしやすくなるだろう") and c.cue == "している"


def test_a_view_after_the_quote_given_as_its_reason_and_a_plan_shown():
    found = candidates(_sentence_with("wn-01657", "取り組む考えを示した"))
    assert "地方行財政への改革や活性化に取り組む考え" in [c.text for c in found]
    found = candidates(_sentence_with("wn-02034", "構想を示しており"))
    assert any(c.cue == "構想を示" and c.text.endswith("国際部隊の構想") for c in found)


def test_conditions_given_with_the_matter_first():
    [c] = candidates(_sentence_with("wn-02034", "休戦の条件として挙げている"))
    assert c.text == "イスラエル兵の解放とヒズボラの武装解除" and holder_of(c) == "イスラエル"
    listed = candidates(_sentence_with("topic-news-6895397", "などの理由を根拠として挙げた"))
    assert not any(c.text == "などの理由" for c in listed)  # the quotes are what is given


def test_a_view_denied_outright_is_not_made_clear():
    # 明確に否定した: the view is denied, not held; 明確にした still tells it held
    denied = candidates("同社の社長は、献金を受けていたという見方を明確に否定した。")
    assert not any(c.cue.startswith("見方を") for c in denied)
    [held] = [c for c in candidates("同社の社長は、献金を受けていないという立場を明確にした。") if c.cue.startswith("立場を")]
    assert held.text == "献金を受けていない"


def test_a_feeling_the_named_topic_did_not_have():
    had = "熊谷氏は橋下氏の立候補表明を見て、テレビタレントの橋下氏に任せておけないという思いがありました。"
    assert [c.cue for c in candidates(had)] == ["という思いがあり"]
    assert candidates(had.replace("ありました", "ありませんでした")) == []  # denied: nobody holds it


def test_a_manner_shown_with_an_adjective_is_no_position():
    assert [c for c in candidates("これに対し同社の担当者は当初、厳しい姿勢を見せていた。") if c.cue.startswith("姿勢を")] == []
    [c] = [c for c in candidates("これに対し同社の担当者は当初、交渉に応じない姿勢を見せていた。") if c.cue.startswith("姿勢を")]
    assert c.text == "交渉に応じない姿勢"


def test_a_manner_told_with_a_doubled_or_a_mimetic_word_holds_nothing():
    # 堂々と, 淡々と, しっかりと, はっきりと: how someone was, like 騒然と; nobody holds that clause
    for text in ("同社の社長は会見でも終始、堂々としていた。", "試合後の監督は、意外なほど淡々としていた。",
                 "搬送された男性は、意識がはっきりとしているという。",
                 "会見での監督は終始しっかりとしていた。"):
        assert [c.cue for c in candidates(text) if c.attribution == "indirect"] == [], text
    [c] = candidates("気象庁は、この地震による津波の心配はないとしている。")  # a clause held is still read
    assert c.text == "この地震による津波の心配はない"
