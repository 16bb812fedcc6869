"""Why a lacking meeting side with an entity mention was not read, told by closed classes
(bench/side_reasons.unread_reasons)."""

from bench.side_reasons import kind_of_mention, role_in_sentence, unread_reasons
from core.model import Mention

BODY = ("国際原子力機関(IAEA)は声明を出した。茂木外相は10日、ワシントンでブリンケン国務長官と会談した。"
        "会談には米国務省の高官も同席した。両氏は「トヨタ自動車の投資」に触れた。")


def _mention(name: str, type_: str, nth: int = 0) -> Mention:
    start = BODY.index(name)
    for _ in range(nth):
        start = BODY.index(name, start + 1)
    return Mention(start=start, end=start + len(name), text=name, type=type_)


MENTIONS = [_mention("国際原子力機関", "ORG"), _mention("茂木", "PERSON"), _mention("ワシントン", "GPE"),
            _mention("ブリンケン", "PERSON"), _mention("米", "GPE"), _mention("国務省", "ORG"),
            _mention("トヨタ自動車", "ORG")]


def test_the_kind_of_body_is_read_from_the_head_word():
    kinds = [kind_of_mention(m) for m in MENTIONS]
    assert kinds == ["international body", "person", "place", "person", "place", "ministry or government body",
                     "company"]
    assert kind_of_mention(Mention(start=0, end=3, text="自民党", type="ORG")) == "party"
    assert kind_of_mention(Mention(start=0, end=12, text="ドイツキリスト教民主同盟", type="ORG")) == "party"
    assert kind_of_mention(Mention(start=0, end=6, text="北大西洋条約機構", type="ORG")) == "international body"


def test_the_role_is_read_from_the_particle_after_the_mention():
    roles = {m.text: role_in_sentence(BODY, m.start, m.end) for m in MENTIONS}
    assert roles["国際原子力機関"].startswith("subject")  # told after its aside (IAEA)
    assert roles["茂木"].startswith("subject")  # 茂木外相は: told after the title
    assert roles["ブリンケン"].startswith("partner")  # ブリンケン国務長官と
    assert roles["国務省"] == "の-modifier of another noun"  # 国務省の高官
    assert roles["トヨタ自動車"] == "inside a quote"


def test_a_lacking_side_is_told_by_its_classes_and_never_by_its_text():
    at = BODY.index("会談")
    reasons = unread_reasons({"name": "国務省"}, BODY, at, MENTIONS, [{"name": "茂木", "entity_id": None}],
                             lambda side: None)
    assert reasons == ["kind: ministry or government body", "role in its sentence: の-modifier of another noun",
                       "distance: 1 sentence away", "meeting sentence: a subject, a partner",
                       "meeting sentence form: a sentence naming others before the word",
                       "Kaidan's sides there: one",
                       "form and sides: a sentence naming others before the word; a subject, a partner; Kaidan's sides one",
                       "kind and role: ministry or government body, の-modifier of another noun",
                       "together: out of the sentence, の-modifier of another noun; a subject, a partner;"
                       " Kaidan's sides one", "named out of the sentence: 1 after, its sentence has a meeting word, without Kaidan's sides,"
                       " の-modifier of another noun"]
    assert all("国務省" not in r for r in reasons)
    assert unread_reasons({"name": "大韓民国"}, BODY, at, MENTIONS, [], lambda side: None) == []


def test_a_person_lacking_while_kaidan_holds_their_country_is_told_apart():
    at = BODY.index("会談")
    country = {"ブリンケン": "country:US", "米国": "country:US"}
    reasons = unread_reasons({"name": "ブリンケン"}, BODY, at, MENTIONS, [{"name": "米国", "entity_id": "country:US"}],
                             lambda side: country.get(side.get("name")))
    assert reasons[-1] == "person: Kaidan holds their country"
    assert role_in_sentence(BODY, BODY.index("ワシントン"), BODY.index("ワシントン") + 5) == "a place (で/において)"
    assert reasons[2] == "distance: same sentence"


def test_the_form_of_the_meeting_sentence_is_told():
    from bench.side_reasons import meeting_sentence_form

    body = "日米首脳会談\n茂木外相は10日、ブリンケン国務長官と会談した。会談では協力を確認した。『日米外相が会談』。"
    forms = [meeting_sentence_form(body, m) for m in
             (body.index("会談"), body.index("会談した"), body.index("会談では"), body.index("会談』"))]
    assert forms == ["a line without 。 (a title or list)", "a sentence naming others before the word",
                     "opens on the meeting word (会談では…)", "in a cited headline (『』)"]


def test_a_subject_written_without_a_name_is_told_apart():
    from bench.side_reasons import unnamed_subject

    body = "茂木外相は10日、ブリンケン国務長官と会談した。両氏は会談で協力を確認した。首相は会談後に記者団に語った。会談は1時間続いた。"
    assert [unnamed_subject(body, i) for i in [m.start() for m in __import__("re").finditer("会談", body)]] == [
        False, True, True, False]


def test_a_sentence_ending_a_line_is_one_sentence_away():
    from bench.side_reasons import _distance

    body = "茂木外相はブリンケン国務長官と会った。\n会談は1時間続いた。"
    assert _distance(body, body.index("ブリンケン"), body.index("会談")) == "1 sentence away"


def test_a_place_is_told_by_what_the_gazetteer_knows_it_as():
    from bench.side_reasons import place_kind
    kinds = [place_kind(Mention(start=0, end=len(text), text=text, type=type_, entity_id=entity_id))
             for text, type_, entity_id in (("韓国", "GPE", "country:KR"), ("ソウル", "LOC", "loc:seoul"),
                                            ("釜山", "LOC", "loc:busan"), ("ワシントン州", "LOC", "loc:washington-state"),
                                            ("某島", "LOC", None))]
    assert kinds == ["a country", "a country's capital", "another city", "a region or another place",
                     "not in the gazetteer"]


def test_what_a_name_goes_on_to_is_told_in_closed_classes():
    from bench.side_reasons import follower_of

    text = "沖縄県知事と会談。トヨタ自動車の社長と会談。日本政府と協議。北朝鮮代表団と協議。米国の市場"
    assert follower_of(text, text.index("沖縄県") + 3) == "an office"
    assert follower_of(text, text.index("トヨタ自動車") + 6) == "an office"
    assert follower_of(text, text.index("日本政府") + 2) == "its government or side"
    assert follower_of(text, text.index("北朝鮮") + 3) == "a delegation or team"
    assert follower_of(text, text.index("米国") + 2) == "another noun"
