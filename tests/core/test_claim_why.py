"""Why a gold claim was missed or got a wrong holder: one cause each (core.claims.why, eval_claims --why)."""

from core.claims.evaluate import evaluate_claims
from core.claims.candidate import Candidate
from core.claims.why import MISSED_QUOTE, WRONG_HOLDER, missed_quote_cause, wrong_holder_cause
from core.model import Mention
from core.registry import bundled_registry

# Wikinews (wn-02289): a witness's words, his name written after them
BODY = ("イスラエルのタクシー運転手メイア・ファルハンさん(40歳)が軽症をおった。\n報道機関に対して、「音を聞いた。\n"
        "車が衝撃を受けた。\n」とファルハンさんは語った。")
QUOTE = "「音を聞いた。\n車が衝撃を受けた。\n」"


def _claim(holder="メイア・ファルハン", text="ファルハンさん", via=None):
    start = BODY.index(QUOTE)
    return {"start": start, "end": start + len(QUOTE), "text": QUOTE, "holder": holder, "holder_text": text,
            "via": via, "attribution": "direct"}


def _person(name):
    at = BODY.index(name)
    return Mention(at, at + len(name), name, "PERSON", None)


def _is_farhan(mention):
    return "ファルハン" in mention.text


def test_a_quote_proposed_cut_short_is_split():
    start = BODY.index(QUOTE)
    cut = Candidate(start, start + 3, BODY[start : start + 3], "語った", "direct")
    assert missed_quote_cause(BODY, _claim(), [cut], [], _is_farhan) == MISSED_QUOTE[0]


def test_a_speaker_written_nowhere_near_is_no_speaker():
    assert missed_quote_cause(BODY, _claim("モサド", "モサド"), [], [], _is_farhan) == MISSED_QUOTE[1]


def test_a_speaker_written_but_not_a_mention_is_not_an_entity():
    assert missed_quote_cause(BODY, _claim(), [], [], _is_farhan) == MISSED_QUOTE[2]
    assert missed_quote_cause(BODY, _claim(), [], [_person("メイア・ファルハン")], _is_farhan) == MISSED_QUOTE[3]


def test_wrong_holders_by_cause():
    registry = bundled_registry()
    people = [_person("メイア・ファルハン")]
    assert wrong_holder_cause(BODY, _claim("目撃者ら", "目撃者ら"), "報道機関", None, people, _is_farhan) == WRONG_HOLDER[0]
    assert wrong_holder_cause(BODY, _claim(via="報道機関"), "報道機関", None, people, _is_farhan) == WRONG_HOLDER[1]
    assert wrong_holder_cause(BODY, _claim(), "報道機関", None, [], _is_farhan) == WRONG_HOLDER[2]
    assert wrong_holder_cause(BODY, _claim(), None, None, people, _is_farhan) == WRONG_HOLDER[4]
    israel = registry.get("country:IL")
    assert israel is not None and israel.type == "GPE"
    assert wrong_holder_cause(BODY, _claim(), "イスラエル", israel, people, _is_farhan) == WRONG_HOLDER[5]
    assert wrong_holder_cause(BODY, _claim(), "報道機関", None, people, _is_farhan) == WRONG_HOLDER[6]


def test_each_missed_quote_and_wrong_holder_of_the_seed_gold_has_one_cause():
    from core.nlp.evaluate import read_jsonl
    from tests.core.test_claims import GOLD
    report = evaluate_claims(read_jsonl(GOLD))
    quoted = report["figures"]["quoted claims proposed"].split(" = ")[0].split("/")
    held = report["figures"]["holder right on proposed claims"].split(" = ")[0].split("/")
    missed, wrong = int(quoted[1]) - int(quoted[0]), int(held[1]) - int(held[0])
    assert sum(report["causes"][c] for c in MISSED_QUOTE) == missed
    assert sum(report["causes"][c] for c in WRONG_HOLDER) == wrong
    assert missed + wrong > 0
