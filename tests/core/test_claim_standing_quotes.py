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
