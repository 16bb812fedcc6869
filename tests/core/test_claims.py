"""Claims: candidates from real articles, the user's claims, decisions kept, browser queries."""

import json
from pathlib import Path

import pytest

from core.analysis import suggest_claims
from core.claims.evaluate import evaluate_claims, same_holder
from core.cli import main
from core.jobs import import_paths
from core.nlp.evaluate import read_jsonl
from core.sentences import sentence_spans
from core.store import open_db
from core.store.claim_queries import ClaimFilter, claim_rows, stance_summary, summary_csv
from core.store.claims import add_claim, claims_for, delete_claim, restore_claim, update_claim
from core.store.registry import load_registry
from core.store.scheme import add_topic, save_stance, stances, topics
from tests.core.claim_helpers import candidates, holder_of

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
GOLD = ROOT / "tests" / "fixtures" / "claims_gold" / "seeds.jsonl"


def test_a_quote_with_its_speech_verb_and_subject():
    [c] = candidates("会談後にルビオ長官は記者団に対し、「非常に建設的な会談だった」と指摘。")
    assert (c.text, c.cue, c.attribution, holder_of(c)) == ("「非常に建設的な会談だった」", "指摘", "direct", "ルビオ")


def test_reported_through_a_source():
    [first, second] = candidates("中国国営の新華社によると、習主席はトランプ大統領に対し、「台湾問題は最も重要」とし、"
                                 "「慎重に対処すべきだ」と伝えた。")
    assert holder_of(first) == holder_of(second) == "習近平"
    assert [v["text"] for v in second.via] == ["新華社"]
    assert (first.cue, second.cue) == ("し", "伝えた")


def test_indirect_speech_and_the_omitted_subject():
    found = candidates("ラブロフ外相は、両国が緊密な協力を維持していると述べた。また、協力の拡大を支持すると強調した。")
    assert [(holder_of(c), c.attribution) for c in found] == [("ラブロフ", "indirect"), ("ラブロフ", "indirect")]
    assert found[0].text == "両国が緊密な協力を維持している"


def test_holder_named_after_the_quote_and_a_bare_title():
    found = candidates("「合意を期待している」とベッセント氏は語った。ルビオ長官は会見した。長官は「前向きだ」と述べた。")
    assert [holder_of(c) for c in found] == ["ベッセント", "ルビオ"]


def test_scare_quotes_and_actions_are_not_claims():
    assert candidates("両外相は「相違点の管理」で合意し、約1時間会談した。") == []


def test_sentences_do_not_split_inside_quotes():
    text = "彼は「A。B。」と述べた。次の文。"
    assert [text[s:e] for s, e in sentence_spans(text)] == ["彼は「A。B。」と述べた。", "次の文。"]


def test_quotes_found_with_the_right_holder_on_the_seed_gold():
    report = evaluate_claims(read_jsonl(GOLD))
    assert report["quotes_right_holder"] >= 0.8, report["figures"]
    assert report["not_claims"] <= 0.2, report["figures"]


def test_holder_names_compare_without_titles():
    assert same_holder("マレー・ヒーバート氏", "ヒーバート")
    assert not same_holder("王毅", "ルビオ")


@pytest.fixture
def library(tmp_path):
    if not SEEDS.exists():
        pytest.fail("shared seeds are not next to the project", pytrace=False)
    path = tmp_path / "lib.db"
    import_paths([SEEDS], path)
    db = open_db(path)
    yield db, path
    db.close()


def article_with(db, words):
    return next(r[0] for r in db.execute("SELECT id, body FROM articles") if words in r[1])


def test_import_proposes_candidates_and_dismissed_ones_stay_away(library):
    db, _ = library
    article_id = article_with(db, "新華社")
    open_claims = claims_for(db, article_id, states=("candidate",))
    xi = [c for c in open_claims if c.holder_entity_id == "person:xi-jinping"]
    assert xi and xi[0].holder_via[0]["text"] == "新華社"
    update_claim(db, xi[0].id, state="dismissed")
    suggest_claims(db, article_id)
    again = claims_for(db, article_id, states=("candidate",))
    assert (xi[0].start, xi[0].end) not in {(c.start, c.end) for c in again}
    assert len(again) == len(open_claims) - 1


def test_user_claims_edit_delete_and_restore(library):
    db, _ = library
    article_id = article_with(db, "ルビオ")
    body = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    start = body.index("「われわれは")
    claim_id = add_claim(db, article_id, start, start + 20, annotator="tester",
                         holder_entity_id="person:marco-rubio", target_kind="topic", target_text="米中関係",
                         stance="favor", attribution="direct", cue="指摘")
    assert update_claim(db, claim_id, annotator="tester", stance="mixed", intensity="high") == \
        {"stance": "favor", "intensity": None}
    row = delete_claim(db, claim_id, annotator="tester")
    assert claims_for(db, article_id) == []
    restore_claim(db, row)
    [claim] = claims_for(db, article_id)
    assert (claim.id, claim.stance, claim.annotator) == (claim_id, "mixed", "tester")
    history = [r[0] for r in db.execute("SELECT action FROM changes WHERE target = 'claims' ORDER BY id")]
    assert history == ["add_claim", "update_claim", "delete_claim", "restore_claim"]
    with pytest.raises(ValueError):
        add_claim(db, article_id, 0, 10**6)


def test_browser_rows_summary_and_csv(library):
    db, _ = library
    registry = load_registry(db)
    for claim in claim_rows(db, registry, ClaimFilter(states=("candidate",))):
        stance = "against" if claim["holder_entity_id"] == "person:xi-jinping" else "neutral"
        update_claim(db, claim["id"], state="accepted", stance=stance, target_kind="topic", target_text="台湾")
    xi = claim_rows(db, registry, ClaimFilter(holder="習近平"))
    assert xi and all(r["holder"] == "習近平" and r["outlet"] == "ニューズウィーク日本版" for r in xi)
    assert claim_rows(db, registry, ClaimFilter(holder="習近平", stance="favor")) == []
    summary = stance_summary(claim_rows(db, registry))
    row = next(s for s in summary if s["holder"] == "習近平")
    assert row["target"] == "台湾" and row["stances"] == {"against": row["total"]}
    text = summary_csv(summary + [{"holder": "=cmd()", "target": "x", "total": 1, "stances": {}}],
                       [s["key"] for s in stances(db)])
    assert text.splitlines()[0] == "holder,target,total,favor,against,neutral,mixed"
    assert "'=cmd()" in text


def test_scheme_and_topics_belong_to_the_library(library):
    db, _ = library
    save_stance(db, "sceptical", "Sceptical", "#795548", "S")
    assert [s["key"] for s in stances(db)][-1] == "sceptical"
    assert add_topic(db, "半導体輸出規制") and not add_topic(db, "半導体輸出規制")
    assert "関税" in topics(db)


def test_claims_commands_and_export(library, tmp_path, capsys):
    _, path = library
    assert main(["claims", "suggest", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["claims", "list", "--holder", "習近平", "--json", "--db", str(path)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed and {r["holder"] for r in listed} == {"習近平"} and {r["state"] for r in listed} == {"candidate"}
    db = open_db(path)
    update_claim(db, listed[0]["id"], state="accepted", stance="against", annotator="tester")
    assert main(["export", "--out", str(tmp_path / "out"), "--db", str(path)]) == 0
    articles = [json.loads(l) for l in (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    [claim] = [c for a in articles for c in a["claims"]]
    # the export adds keys over time (origin, state), never renames these
    assert set(claim) >= {"start", "end", "text", "holder", "target", "stance", "intensity", "attribution",
                          "cue", "note", "annotator", "created", "updated"}
    assert claim["holder"]["entity_id"] == "person:xi-jinping" and claim["holder"]["via"][0]["text"] == "新華社"
    body = next(a["body"] for a in articles if a["claims"])
    assert body[claim["start"] : claim["end"]] == claim["text"]


def test_a_minister_named_by_a_shortened_ministry_holds_the_quote():
    # 経産相, 文科相: a ministry cut short and 相 is an office, so the name before it is the subject
    [c] = candidates("会談後、高橋経産相は記者団に「有意義だった」と述べた。")
    assert (c.text, holder_of(c)) == ("「有意義だった」", "高橋")
    assert c.holder_entity_id == "found:PERSON:高橋"  # the holder carries the person's entity


def test_the_subject_after_a_relative_clause_holds_the_quote_not_the_person_inside_it():
    [c] = candidates("サラ・ベネット・ビジネス貿易相と会談した高橋経産相は「協力を深めたい」と語った。")
    assert (c.text, holder_of(c)) == ("「協力を深めたい」", "高橋")
    assert c.holder_entity_id == "found:PERSON:高橋"


def test_other_shortened_ministries_are_offices_too():
    text = "伊吹文科相は差出人に対して、「命は一つしかない」と語った。"
    [c] = candidates(text)
    assert holder_of(c) == "伊吹"
