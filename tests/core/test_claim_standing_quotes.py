"""Quotes standing alone as a sentence or a paragraph, their speaker named just before with no verb of speech, as
features and interviews write them (core.claims.standing): proposed as the words of the one named, or of the one an
interviewer's question asks; a title, a term, a question, a cheer or words with nobody named before are not."""

from tests.core.claim_helpers import candidates, holder_of


def _proposed(text, opening):
    return [c for c in candidates(text) if c.text.startswith(opening)]


def test_words_standing_alone_after_the_sentence_naming_their_speaker_are_proposed():
    text = ("会社員の実和さん(33歳)の場合、旅先で撮った写真を友人に見せることはほとんどないという。\n"
            "「写真を見せられても、他の人にとってはどうでもいいことでしょう。だから私は見せないんです」。\n"
            "「それに、ネットなら必ずコメントしなきゃいけないってこともないし、気が楽なんですよ」。\n"
            "夏は旅行に行く機会が多い季節だ。")
    first, second = _proposed(text, "「写真を"), _proposed(text, "「それに")
    assert [(c.attribution, c.cue) for c in first + second] == [("direct", "談"), ("direct", "談")]


def test_a_named_person_holds_the_words_that_follow_their_sentence():
    text = "田中一郎監督は今季限りでの退任が決まった。\n「選手たちには本当に感謝しています。来季も応援してください」\n"
    claims = _proposed(text, "「選手たち")
    assert len(claims) == 1 and holder_of(claims[0]) == "田中一郎"


def test_the_answer_to_an_interviewers_question_is_proposed():
    text = ("——それまでは、どのような業務を担当されていたのですか？\n"
            "「会社へ復帰した時は、法人営業のマネージャーで、新規の開拓と人材の育成が任務でした」\n")
    assert len(_proposed(text, "「会社へ")) == 1


def test_titles_terms_questions_cheers_and_words_nobody_is_named_for_are_not():
    named = "人気店の店長を務める佐藤花子さんは、この春に新しいメニューを加えた。\n"
    assert len(_proposed(named + "「いちごは毎朝、近くの農家から届くんです」。", "「いちご")) == 1  # words said: proposed
    for standing in ("「春のいちご大福フェア」。", "「本当に売れると思いますか？」。", "「かわいい！」。",
                     "「Hawaii Five-0 Blu-ray」\n"):
        assert _proposed(named + standing, standing[:4]) == [], standing
    nobody = "新しいスマートフォンが発売された。画面は大きく、電池も長持ちする。\n「片手で持てる大きさにこだわりました」\n"
    assert _proposed(nobody, "「片手で") == []


def test_headlines_in_a_list_of_sources_are_not_words_said():
    sources = ("試合後、田中一郎監督は会見に応じなかった。\n"
               "『横綱、連勝は24でストップ』。\n共同通信、2005年7月17日。\n"
               "「横綱が完敗、連勝は24で止まる」。\n『毎日新聞』、2005年7月17日。\n")
    assert _proposed(sources, "「横綱が") == []
    said = sources.replace("『横綱、連勝は24でストップ』。\n共同通信、2005年7月17日。\n", "").replace("『毎日新聞』、2005年7月17日。\n", "")
    assert len(_proposed(said, "「横綱が")) == 1  # the same words after the sentence naming him: his


def test_the_person_the_sentence_before_closes_on_holds_the_words_not_the_topic_before():
    text = ("美咲さんは最近、ツイッターをほとんど使わなくなったという。\n"
            "そして「こっそり外してもバレないと思ったら、バレた」という経験があるのは祥子さん（30歳）。\n"
            "「その人は一日に百回もつぶやくので、私のタイムラインはあっという間に埋まっちゃうんです」\n")
    claims = _proposed(text, "「その人")
    assert len(claims) == 1 and holder_of(claims[0]) == "祥子"


def test_the_one_asked_holds_the_words_and_one_the_words_speak_of_does_not():
    asked = ("尚美さんが周りからよく言われるのが「隙がない」ということ。そこで、会社員のコウジさんに意見を求めた。\n"
             "「女性は隙というと、ボディタッチを想像するかもしれませんが、それは違うと思うんです」\n")
    claims = _proposed(asked, "「女性は")
    assert len(claims) == 1 and holder_of(claims[0]) == "コウジ"
    spoken_of = ("「この時期に休まれるのは本当に困った」と話してくれたのは、美容師の涼子さん（39歳）。"
                 "昨年12月、後輩のK子さんは妊娠が分かったとたん、休みがちになった。\n"
                 "「最低限の人数で年末に突入という状況で、まさかK子が妊娠するなんて、本当に予想外でした」\n")
    claims = _proposed(spoken_of, "「最低限")
    assert len(claims) == 1 and holder_of(claims[0]) == "涼子"


def test_a_kin_word_with_san_is_no_one_named():
    text = ("よしみさんの彼の離婚の原因は、前の妻の浮気だった。許すつもりだったが、奥さんが妊娠していることが分かって離婚。\n"
            "「彼はそういう痛みを経験しているから、絶対に人を傷つけたくないと言うんです」\n")
    claims = _proposed(text, "「彼はそう")
    assert len(claims) == 1 and holder_of(claims[0]) == "よしみ"


def test_readers_lines_under_a_lead_in_or_after_voices_are_not_read_as_the_star_named_before():
    lead_in = ("今季は打率を戻しているイチロー。大手掲示板では——\n"
               "「色々な記録が途絶えそうだし、そろそろ日本に帰ってくるかねえ」\n")
    assert _proposed(lead_in, "「色々") == []
    voices = ("さんまが番組で香川について語ったため、ネット掲示板では、下記の通り、批判に近いコメントが相次いだ。\n"
              "「さんまさんは嫌いじゃないけど、これはちょっと言い過ぎだと思います」\n")
    assert _proposed(voices, "「さんまさんは") == []


def test_a_long_list_of_readers_lines_after_voices_is_no_ones_words_to_its_end():
    # the two lines after the announcement were dropped, the third on read as the person a line had just named
    text = ("ソフトバンクの孫正義社長は、新しい料金プランを始めるとつぶやいた。\n"
            "このつぶやきに対して、下記のコメントが寄せられている。\n"
            "「今度のプランはすごく分かりやすくていいと思います」\n"
            "「家族みんなで乗り換えようかと本気で考えています」\n"
            "「やっぱり孫さんは決めるのが早くて頼もしいですね」\n"
            "「前のプランより高くなるなら困ってしまいますよ」\n"
            "「これで地方の電波も良くなってくれると嬉しいです」\n"
            "様々な意見が寄せられている。")
    lines = ("「今度", "「家族", "「やっぱり", "「前の", "「これで")
    assert [c.text[:3] for c in candidates(text) if c.text.startswith(lines)] == []
    # an interview's lines after the one it presents are still theirs, however many
    named = "人気店の店長を務める佐藤花子さんに、この春の新しいメニューについて聞いた。\n"
    said = ["「いちごは毎朝、近くの農家から届くんです」", "「朝のうちに全部を仕込んでしまうんですよ」",
            "「お客さんの笑顔を見るのが何よりの楽しみなんです」"]
    held = [holder_of(c) for c in candidates(named + "\n".join(said)) if c.text in said]
    assert len(held) == 3 and held[0] == "佐藤花子"


def test_words_opening_on_each_connective_the_rule_reads_are_proposed():
    from core.claims.standing import CONNECTIVES

    named = "人気店の店長を務める佐藤花子さんは、この春に新しいメニューを加えた。\n"
    for word in CONNECTIVES + ("一方",):
        said = f"{word}、「いちごは毎朝、近くの農家から届くんです」。"
        assert len(_proposed(named + said, "「いちご")) == (word != "一方"), word


def test_a_page_of_such_words_with_no_line_break_is_read_once(monkeypatch):
    # each sentence reads the line after it for a list of sources: never the rest of the page, its square
    import core.claims.standing as standing

    read, pattern = [0], standing._SOURCE_LINE

    class Counted:
        def search(self, text, *span):
            read[0] += len(text)
            return pattern.search(text, *span)

    sentence = "「いちごは毎朝、近くの農家から届くんです」。"
    body = "人気店の店長を務める佐藤花子さんは、この春に新しいメニューを加えた。" + sentence * 2000
    monkeypatch.setattr(standing, "_SOURCE_LINE", Counted())
    spans = [(0, body.index("「"))] + [(at, at + len(sentence)) for at in range(body.index("「"), len(body), len(sentence))]
    for i in range(1, len(spans)):
        assert standing.standing_alone(body, *spans[i], spans[max(0, i - 2) : i], [], "談" if i > 1 else None)
    assert read[0] <= 4 * len(body), read[0]
