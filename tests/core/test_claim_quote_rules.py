"""The rules that read a sentence's quotes are tried only where a quote closes in it: with the same claims found."""

import pytest

import core.claims.sentence_claims as reader
from core.claims.candidate import HOLDER_TYPES
from core.claims.seats import Seats
from core.clauses.spans import SpanIndex
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.claim_helpers import candidates, holder_of
from tests.shared_data import LIVEDOOR, require

# The rules read_sentences leaves untried in a sentence where no 」 closes, each called as it calls them.
QUOTE_RULES = {
    "direct": lambda body, s, e, people, spans, i: reader.direct(body, s, e, people),
    "said_after": lambda body, s, e, people, spans, i: reader.said_after(body, s, e),
    "captioned": lambda body, s, e, people, spans, i: reader.captioned(body, s, e, people),
    "verbless": lambda body, s, e, people, spans, i: reader.verbless(body, s, e, people),
    "said_next": lambda body, s, e, people, spans, i: reader.said_next(body, s, e, spans[i + 1 : i + 5]),
    "continued": lambda body, s, e, people, spans, i: reader.continued(body, s, e, *spans[i + 1]) if i + 1 < len(spans) else [],
    "carried_on": lambda body, s, e, people, spans, i: reader.carried_on(body, s, e, _SAID),
    "standing_alone": lambda body, s, e, people, spans, i: reader.standing_alone(body, s, e, spans[max(0, i - 2) : i], people, "談"),
    "closing_quote": lambda body, s, e, people, spans, i: reader.closing_quote(body, s, e, [(s, s + 2, "述べ", "direct", None)], people),
    "speaker_after": lambda body, s, e, people, spans, i: reader.speaker_after(body, s, e, people),
    "voices": lambda body, s, e, people, spans, i: reader.voices(body, s, e, None),
    "remarks": lambda body, s, e, people, spans, i: reader.remarks(body, s, e, people, []),
    "headline_quote": lambda body, s, e, people, spans, i: reader.headline_quote(body, s, e, people),
}


class _Said:
    """A claim of the sentence before whose speaker may go on (what carried_on is handed)."""

    attribution, cue = "direct", "述べた"


_SAID = _Said()
# Sentences that open a quote and never close it, or quote nothing: what a quote rule must find nothing in.
_OPEN_QUOTES = ["首相は「今後も対話を続けたい", "「首相は対話を続けたいと述べた。", "外相は記者団に対し、対話を続けると述べた。",
                "ネット掲示板では「すごい", "グリー田中社長「挑戦する"]


def _livedoor_bodies(count: int = 40) -> list[str]:
    files = sorted(require(LIVEDOOR / "topic-news").glob("topic-news-*.txt"))[:count]
    return ["\n".join(path.read_text(encoding="utf-8").split("\n")[3:]) for path in files]


@pytest.mark.parametrize("name", sorted(QUOTE_RULES))
def test_a_quote_rule_finds_nothing_where_no_quote_closes(name):
    rule = QUOTE_RULES[name]
    tried = 0
    for body in _livedoor_bodies() + _OPEN_QUOTES:
        index = SpanIndex(detect(body, bundled_registry(), None), HOLDER_TYPES)
        spans = reader.joined_lines(body, reader.sentence_spans(body))
        for i, (s, e) in enumerate(spans):
            if body.find("」", s, e) < 0:
                assert rule(body, s, e, index.within(s, e), spans, i) == [], (name, body[s:e])
                tried += 1
    assert tried > 300


def test_the_quote_rules_are_not_tried_where_no_quote_closes(monkeypatch):
    body = "外相は10日、来日した。首相は記者団に対し、対話を続けると述べた。首相は「対話を続けたい」と述べた。"
    seen = []
    for name in QUOTE_RULES:
        rule = getattr(reader, name)
        monkeypatch.setattr(reader, name, lambda *args, _rule=rule, _name=name: seen.append((_name, args[1])) or _rule(*args))
    mentions = detect(body, bundled_registry(), None)
    found = reader.read_sentences(body, mentions, Seats(None, None))
    quoted = body.index("首相は「")
    assert {name for name, _ in seen} >= {"direct", "speaker_after", "voices", "remarks"}
    assert all(start == quoted for _, start in seen)  # the two sentences before close no quote
    assert [(c.text[-6:], c.attribution) for c in found] == [("対話を続ける", "indirect"), ("を続けたい」", "direct")]


def test_quotes_and_reported_speech_are_still_read():
    text = "菅首相は記者団に対し、増税は避けたいと述べた。その上で「対話を続けたい」と語った。"
    claims = candidates(text)
    assert [(c.text, c.attribution) for c in claims] == [("増税は避けたい", "indirect"), ("「対話を続けたい」", "direct")]
    assert {holder_of(c) for c in claims} == {holder_of(claims[0])} and holder_of(claims[0])
