"""The phrases before a place in a sentence are those the whole sentence's reading finds there."""

from core.clauses.phrases import phrases, phrases_before

_SENTENCES = [
    "米国のトランプ大統領は、記者団に「関税は引き上げる」と述べた。",
    "外務省の発表によると、両国の首脳は来月会談する予定だという。",
    "政府は北朝鮮のミサイル発射について、国連安保理で強く批判した。",
    "同社の広報担当者は、事故の原因については調査中だとしている。",
]


def test_the_phrases_before_any_place_are_those_the_whole_reading_finds():
    for text in _SENTENCES:
        whole = phrases(text, 0, len(text))
        assert len(whole) >= 2
        for until in range(len(text) + 1):
            assert phrases_before(text, 0, len(text), until) == [p for p in whole if p.end < until], (text, until)


def test_a_long_particle_right_before_the_place_is_read_whole():
    text = "外務省の発表によると、会談は来月だ。"
    until = text.index("によると") + 1  # the particle begins before it and runs past it
    [source] = [p for p in phrases_before(text, 0, len(text), until) if p.group == "source"]
    assert source.particle == "の発表によると" and text[source.start:source.end] == "外務省"


def test_a_sentence_opens_with_a_topic_only_with_a_topic_particle_after_an_actor():
    from core.clauses.reader import _may_open_with_topic
    from core.model import Mention

    text = "トランプ大統領は10日、ホワイトハウスに戻った。"
    trump = Mention(0, 4, "トランプ", "PERSON", source=None)
    assert _may_open_with_topic(text, [trump], len(text))
    text = "ホワイトハウスに戻ったトランプ大統領に記者が詰め寄った。"
    trump = Mention(11, 15, "トランプ", "PERSON", source=None)
    assert not _may_open_with_topic(text, [trump], len(text)) and not _may_open_with_topic(text, [], len(text))
