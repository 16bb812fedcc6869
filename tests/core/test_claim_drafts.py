"""What the claim editor starts from, on a bundled sample: a selection's holder, attribution and targets."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.claims.drafts import (
    ClaimDraft, draft_for_claim, draft_for_selection, entity_label, entity_named, stored_fields,
)
from core.jobs import import_paths
from core.paths import resource
from core.store import open_db
from core.store.claims import claims_for
from core.store.mentions import mentions_for
from core.store.registry import registry_entities


@pytest.fixture(scope="module")
def article(tmp_path_factory):
    """The bundled phone-call sample, imported: body, claims and candidates, mentions, registry."""
    db_path = tmp_path_factory.mktemp("drafts") / "library.db"
    import_paths([resource("samples") / "02_beikan_denwa_kaidan.txt"], str(db_path))
    db = open_db(str(db_path))
    (article_id, body) = db.execute("SELECT id, body FROM articles").fetchone()
    entities = {e.id: e for e in registry_entities(db)}
    yield (article_id, body, claims_for(db, article_id, ("accepted", "candidate")),
           mentions_for(db, article_id), entities)
    db.close()


def quote_span(body: str) -> tuple[int, int]:
    start = body.index("「同盟")
    return start, body.index("」", start) + 1


def test_a_selected_quote_takes_its_speaker_from_the_suggestion(article):
    article_id, body, _claims, mentions, entities = article
    start, end = quote_span(body)
    draft = draft_for_selection(article_id, body, start, end, [], mentions, entities, ["安全保障"])
    assert draft.claim_id is None and draft.text == body[start:end]
    assert draft.holder_label == "朴" and draft.attribution == "direct"
    kinds = {kind for _label, kind, _ref in draft.targets}
    assert {"entity", "topic"} <= kinds
    assert ("安全保障", "topic", "安全保障") in draft.targets
    assert ("米国", "entity", "country:US") in draft.targets  # named in the same sentence


def test_a_selection_over_a_candidate_adds_that_candidate(article):
    article_id, body, claims, mentions, entities = article
    candidate = next(c for c in claims if c.state == "candidate")
    draft = draft_for_selection(article_id, body, candidate.start, candidate.end - 1, claims, mentions,
                                entities, [])
    assert draft.claim_id == candidate.id and draft.state == "candidate" and draft.verb == "Add"
    assert draft.holder_entity_id == candidate.holder_entity_id


def test_an_unquoted_selection_without_a_speaker_is_unattributed(article):
    article_id, body, _claims, mentions, entities = article
    start = body.index("一方")
    draft = draft_for_selection(article_id, body, start, start + 2, [], mentions, entities, [])
    assert draft.holder_label == "" and draft.attribution == "unattributed"


def test_an_existing_claim_shows_its_stored_values(article):
    _article_id, body, claims, mentions, entities = article
    claim = replace(next(c for c in claims if c.state == "candidate"), target_kind="entity",
                       target_ref="country:US", target_text="米国", stance="support")
    draft = draft_for_claim(claim, body, mentions, entities, [])
    assert isinstance(draft, ClaimDraft) and draft.stance == "support"
    assert draft.target_label == entities["country:US"].name
    assert entity_label("no:such-entity", "そのまま", entities) == "そのまま"


def test_names_typed_in_the_editor_resolve_to_one_registry_entity(article):
    *_rest, entities = article
    us = entities["country:US"]
    assert entity_named(us.name, entities) == "country:US"
    assert entity_named((us.en or us.name).upper(), entities) == "country:US"  # English names, any case
    assert entity_named("どこにもない名前", entities) is None and entity_named("", entities) is None


def test_stored_fields_keep_the_proposal_or_take_what_was_typed(article):
    article_id, body, _claims, mentions, entities = article
    start, end = quote_span(body)
    draft = draft_for_selection(article_id, body, start, end, [], mentions, entities, [])
    proposed = draft.holder_label
    draft.target_text = entities["country:US"].name
    kept = stored_fields(draft, proposed, entities)
    assert kept["holder_entity_id"] == draft.holder_entity_id and kept["holder_via"] == draft.via
    assert (kept["target_kind"], kept["target_ref"]) == ("entity", "country:US")
    draft.holder_label, draft.target_text = "韓国大統領府", "北東アジアの安全保障"
    typed = stored_fields(draft, proposed, entities)
    assert typed["holder_entity_id"] == "org:korea-presidential-office" and typed["holder_via"] == []
    assert (typed["target_kind"], typed["target_ref"]) == ("topic", "北東アジアの安全保障")


def test_a_selected_quote_naming_nobody_takes_the_headlines_speaker():
    from core.nlp.entities import detect
    from core.registry import bundled_registry

    body = ("W杯出場国で代表監督が決まっていない国が、日本と北朝鮮のみという現状。\n"
            "「ラモスさん、やっちゃえばいいじゃないですか？」という声がかかると、「いや、やりたいですよ。それは間違いないです」と"
            "キッパリ言い放った。\n29日深夜放送、TBSのスポーツ番組「S1」でゲスト解説を務めたラモス瑠偉。\n")
    mentions = detect(body, bundled_registry(), None)
    start = body.index("「いや")
    end = body.index("」", start) + 1
    plain = draft_for_selection(1, body, start, end, [], mentions, {}, [])
    headed = draft_for_selection(1, body, start, end, [], mentions, {}, [],
                                 title="代表監督不在に、ラモス「やりたいですよ。それは間違いない」")
    assert plain.holder_label != "ラモス瑠偉" and headed.holder_label == "ラモス瑠偉"
