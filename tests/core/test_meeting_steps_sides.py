"""Where a missing meeting side is written, told without showing it (bench/meeting_steps.where_missing)."""

from bench.meeting_steps import where_missing
from core.model import Mention

BODY = "日本政府は声明を出した。岸田首相は10日、東京で尹錫悦大統領と会談した。両首脳は協力を確認した。"


def _mention(name: str, type_: str) -> Mention:
    start = BODY.index(name)
    return Mention(start=start, end=start + len(name), text=name, type=type_)


def test_a_side_in_the_mention_sentence_names_the_type_that_covers_it():
    at = BODY.index("会談")
    assert where_missing({"name": "尹錫悦"}, BODY, at, [_mention("尹錫悦", "PERSON")]) == (
        "name written in the mention's sentence, a PERSON mention there")


def test_a_side_named_only_in_another_sentence_is_told_apart():
    at = BODY.index("会談")
    assert where_missing({"name": "日本政府"}, BODY, at, [_mention("日本政府", "ORG")]) == (
        "name written elsewhere in the article, a ORG mention there")
    assert where_missing({"name": "日本政府"}, BODY, at, []) == (
        "name written elsewhere in the article, no entity mention there")


def test_a_side_the_text_never_writes_as_the_gold_does():
    assert where_missing({"name": "大韓民国"}, BODY, BODY.index("会談"), []) == (
        "name not written as the gold writes it")


def test_a_word_dropped_in_detection_is_told_by_the_gate_that_dropped_it():
    from bench.meeting_steps import traced_detection
    from core.nlp.entities import detect
    from core.registry import bundled_registry

    registry = bundled_registry()
    body = "自民党は10日、党本部で会議を開いた。"  # a party's own sitting: no partner, one side
    detected, drops = traced_detection(body, detect(body, registry), None, registry)
    assert detected == []
    assert [d.split(":")[0] for d in drops[body.index("会議")]] == ["word_not_a_meeting"]  # the gate, once
    kept = "日本政府と韓国政府は10日、ソウルで会議を開いた。"
    detected, drops = traced_detection(kept, detect(kept, registry), None, registry)
    assert [m.text for m in detected] == ["会議"] and drops == {}
