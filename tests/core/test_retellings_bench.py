"""The retelling bench (bench/perturb_retellings.py): a record's sentence retold without its day words, and
without its partner (the one side told as the partner taken out, the other side still named)."""

from bench.perturb_retellings import retold, without_partner

BODY = "石破茂首相は10日、北京で習主席と会談した。両首脳は経済協力の拡大で一致した。"
SIDES = [{"name": "石破茂", "entity_id": "person:shigeru-ishiba"}, {"name": "習", "entity_id": "person:xi-jinping"}]


def record(body=BODY, participants=SIDES):
    start = body.index("会談")
    return {"mentions": [{"article_id": 1, "start": start, "end": start + 2}], "date_text": "10日",
            "participants": participants}


def test_the_partner_is_taken_out_and_the_subject_kept():
    assert without_partner("石破茂首相は10日、北京で習主席と会談した。", record()) == "石破茂首相は10日、北京で会談した。"
    assert without_partner("石破茂首相は習主席との会談で一致した。", record()) == "石破茂首相は会談で一致した。"


def test_no_partner_when_no_side_or_two_sides_are_told_as_the_partner():
    assert without_partner("石破茂首相と習主席は会談した。", record()) is None  # both sides the subject
    assert without_partner("石破茂首相は習主席と会談した。", record(participants=SIDES[:1])) is None


def test_retold_without_the_day_and_the_partner():
    assert retold(record(), {1: BODY}) == "石破茂首相は北京で習主席と会談した。"
    assert retold(record(), {1: BODY}, None, True) == "石破茂首相は10日、北京で会談した。"
    assert retold(record(), {1: BODY}, "", True) == "石破茂首相は北京で会談した。"
