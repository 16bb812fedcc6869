"""The subject that governs a claim's verb of saying (core.claims.governing), and the claims whose holder the
readers took where no subject governs it, held by that subject instead (core.claims.governed_holders)."""

from core.claims.governing import Sentence, top_level
from tests.core.claim_helpers import candidates, holder_of


def _governor(text, quote_at, verb=None):
    """The words of the subject governing the claim that opens at the quote_at-th 「 of text (its verb: verb)."""
    start = -1
    for _ in range(quote_at):
        start = text.index("「", start + 1)
    end = text.index("」", start) + 1
    found = Sentence(text, 0, len(text)).governor(start, end, text.find(verb, end) if verb else None)
    return text[found.start : found.end] if found is not None else None


def test_a_subject_inside_a_clause_describing_a_noun_governs_nothing():
    text = "田中社長は会見で、佐藤氏が司会をつとめる「朝の情報ライブ」の継続を明言した。"
    assert _governor(text, 1) == "田中社長"


def test_a_topic_whose_clause_is_joined_to_another_gives_way_to_the_next_topic():
    text = "東西旅行は乗客の氏名を明らかにしていないが、エジプトの観光省は、「4人が乗っていた」と伝えている。"
    assert _governor(text, 1) == "エジプトの観光省"


def test_a_ga_subject_of_the_main_clause_after_the_topic_says_the_quote():
    text = "官房長官は、林外相が「遺憾だ」と述べたことを明らかにした。"
    assert _governor(text, 1) == "林外相"


def test_a_subordinate_clause_s_subject_answered_by_the_topic_does_not_govern():
    text = "首相は、記者が「辞任するのか」と尋ねると、「考えていない」と答えた。"
    assert _governor(text, 2) == "首相"


def test_a_source_is_no_subject_the_topic_after_it_is():
    text = "共同通信によると、中国外務省の報道官は「断固反対する」と述べた。"
    assert _governor(text, 1) == "中国外務省の報道官"


def test_a_speaker_between_the_quote_and_its_verb_governs_it():
    text = "「対話を続ける」と、韓国の外相は記者団に述べた。"
    assert _governor(text, 1, "述べた") == "韓国の外相"


def test_a_clause_of_cause_gives_no_subject_to_the_words_after_it():
    text = "理事会が開かれていたため、「会見は取りやめる」と発表された。"
    assert _governor(text, 1) is None


def test_a_sentence_cut_inside_a_quote_reads_only_what_follows_the_quote():
    # the 。 inside the first quote ends a "sentence": its words are blanked, and the topic after it governs
    text = "難しい。やれるはずだ」としている他、協会の川淵会長は「応援はしたい」と話している。"
    assert top_level(text).startswith("〓" * 11 + "としている他")
    assert _governor(text, 1) == "協会の川淵会長"


def test_the_governor_of_a_claim_is_read_alike_however_many_subjects_come_before():
    # one sentence read once for all its claims: each claim's governor is its own
    text = "、".join(f"第{i}団体の代表は「賛成{i}」と述べ" for i in range(1, 90)) + "た。"
    sentence = Sentence(text, 0, len(text))
    at = text.index("「賛成60」")
    found = sentence.governor(at, at + len("「賛成60」"), None)
    assert text[found.end : at] == "は" and text[found.start - 3 : found.start] == "第60"


def test_a_position_taken_in_a_clause_naming_another_is_the_main_subject_s():
    text = "16日、東京テレビの山田太郎社長が都内の新春会見で、鈴木一郎が司会をつとめる「朝の情報ライブ」の4月以降の継続を明言した。"
    at = text.index("4月以降")
    assert [holder_of(c) for c in candidates(text) if c.start <= at < c.end] == ["山田太郎"]


def test_the_body_after_a_joined_clause_holds_the_quote_not_the_topic_before():
    text = ("摘発された業者は、8月5日に「A社に買収されました」とする告知を掲載したが、カードの管理会社である"
            "ビーシーエス株式会社は「そのような事実は一切ない」として否定している。")
    at = text.index("そのような事実")
    assert [holder_of(c) for c in candidates(text) if c.start <= at < c.end] == ["ビーシーエス株式会社"]


def test_a_topic_right_after_the_first_is_what_the_words_are_about():
    text = "王毅外相は、日本は「歴史を直視すべきだ」と述べた。"
    assert _governor(text, 1) == "王毅外相"


def test_a_topic_after_the_first_one_s_own_predicate_speaks():
    text = "名馬マイネルは乗馬となる事が決まり、同馬を管理する国枝調教師は「よく頑張ってくれた」と話した。"
    assert _governor(text, 1) == "国枝調教師"


def test_a_quote_after_a_clause_that_answers_a_prompt_is_the_topic_s():
    text = "吉田は、司会者が「金メダルは？」と尋ねるや、「負けず嫌いだから」と明かした。"
    assert _governor(text, 2) == "吉田"


def test_a_person_s_kin_named_with_an_honorific_is_a_subject_of_their_own():
    text = "会見の後、田中一郎さんの長女は「父は何も知らなかった」と話した。"
    assert _governor(text, 1) == "田中一郎さんの長女"


def test_kin_owned_by_a_name_with_an_aside_then_an_honorific_govern_the_verb():
    text = "被害者である会社員・山本花子さん(当時41)の両親も「厳しい判決を望む」と訴えた。"
    assert _governor(text, 1) == "会社員・山本花子さん(当時41)の両親"


def test_a_person_s_kin_hold_their_words_not_the_body_carried_from_before():
    text = ("大阪府警は12日、男を殺人の疑いで逮捕したと発表した。"
            "殺害された佐藤美咲さんの両親は、「本当のことを話してほしい」と語った。")
    at = text.index("本当のこと")
    assert [holder_of(c) for c in candidates(text) if c.start <= at < c.end] == ["佐藤美咲さんの両親"]


def test_a_bereaved_family_as_the_topic_hold_the_demand_they_make():
    text = ("東京地裁で開かれた初公判で、検察は懲役15年を求刑した。"
            "裁判には被害者参加制度に基づいて遺族も参加し、より重い刑を求めていた。")
    at = text.index("より重い刑")
    assert [holder_of(c) for c in candidates(text) if c.start <= at < c.end] == ["遺族"]


def test_kin_told_of_by_an_outlet_are_what_it_reports_not_its_holder():
    text = "22日、週刊東西は、元五輪選手の山田太郎の母親が、生活保護を受給していることを報じた。"
    assert "母親" not in "".join(holder_of(c) or "" for c in candidates(text))


class _Unwalked(str):
    """A sentence that fails when walked letter by letter (its brackets are found by a search instead)."""

    def __iter__(self):
        raise AssertionError("the sentence was walked letter by letter")


def test_quotes_and_asides_are_blanked_from_bracket_to_bracket():
    text = _Unwalked("外相は「日本は『遺憾』だ」と述べ、報道官(同省の)は記者団に話した)。")
    blanked = top_level(text)
    assert blanked == "外相は「" + "〓" * 8 + "」と述べ、報道官(" + "〓" * 3 + ")は記者団に話した)。"  # the stray ) stays
    assert len(blanked) == len(text)  # offsets stay the sentence's
    # a quote opened before the sentence: what comes before its close is blanked, its close too
    assert top_level(_Unwalked("やれる」と述べた。")) == "〓〓〓〓と述べた。"


def test_the_subject_and_mark_patterns_are_searched_as_skipping_twins():
    from core.claims import governing
    from core.scan_twins import plain_of

    assert plain_of(governing._SUBJECT) is not governing._SUBJECT
    assert plain_of(governing._MARK) is not governing._MARK
