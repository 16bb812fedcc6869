"""Kaidan's records: one frozen shape from detection and the store to export."""

import ast
import dataclasses
from pathlib import Path

import pytest

from core.analysis import reference_date
from core.jobs import import_paths
from core.model import Article, Link, Meeting, MeetingMention, Mention, Participant
from core.nlp.entities import detect
from core.registry import bundled_registry
from core.store import open_db
from core.store.articles import get_article
from core.store.holders import linked_mentions
from core.store.meetings import participant_records
from core.store.mentions import add_user_mention, mentions_for, update_mention
from core.store.records import record_of

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "01_nichigou_gaisho_kaidan.txt"


@pytest.fixture
def library(tmp_path):
    article_id = import_paths([SAMPLE], tmp_path / "lib.db").imported[0][1]
    db = open_db(tmp_path / "lib.db")
    yield db, article_id
    db.close()


def test_the_model_imports_nothing_of_kaidan():
    tree = ast.parse((ROOT / "core" / "model.py").read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert imported and not {m for m in imported if m.split(".")[0] in ("core", "ui", "main")}


def test_stored_mentions_are_frozen_records_over_the_body(library):
    db, article_id = library
    body = get_article(db, article_id).body
    mentions = mentions_for(db, article_id)
    assert mentions and all(isinstance(m, Mention) for m in mentions)
    assert all(body[m.start : m.end] == m.text and m.article_id == article_id for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mentions[0].state = "accepted"


def test_a_decision_shows_in_the_record_and_its_dict(library):
    db, article_id = library
    first = mentions_for(db, article_id)[0]
    update_mention(db, first.id, state="accepted", annotator="aoki")
    again = next(m for m in mentions_for(db, article_id) if m.id == first.id)
    assert (again.state, again.annotator, again.origin) == ("accepted", "aoki", "detected")
    row = again.to_dict()
    assert (row["start"], row["end"], row["state"]) == (first.start, first.end, "accepted")
    assert set(row) == set(Mention.field_names())


def test_detection_and_the_store_give_one_shape(library):
    db, article_id = library
    article = get_article(db, article_id)
    found = detect(article.body, bundled_registry(), reference_date(article.published, article.dateline))
    stored = mentions_for(db, article_id)
    assert found and all(type(m) is Mention for m in found)
    # what detection proposed is what the store holds, span for span (no decision taken yet)
    assert {(m.start, m.end, m.type) for m in stored} <= {(m.start, m.end, m.type) for m in found}


def test_user_mentions_and_linked_mentions_are_records(library):
    db, article_id = library
    body = get_article(db, article_id).body
    start = body.index("外相")
    mention_id, _ = add_user_mention(db, article_id, start, start + 2, "PERSON", entity_id="user:x", annotator="baba")
    mine = next(m for m in mentions_for(db, article_id) if m.id == mention_id)
    assert (mine.origin, mine.state, mine.source, mine.text) == ("user", "accepted", None, "外相")
    linked = linked_mentions(db, [article_id])[article_id]
    assert any((m.start, m.entity_id) == (start, "user:x") for m in linked)


def test_a_row_becomes_a_record_whatever_columns_it_brings():
    row = {"id": 3, "article_id": 1, "start_char": 4, "end_char": 6, "text": "王毅", "type": "PERSON",
           "origin": "user", "state": "accepted", "a_later_column": 1}
    mention = record_of(Mention, row)
    assert (mention.start, mention.end, mention.id, mention.source) == (4, 6, 3, "gazetteer")
    assert record_of(Participant, {"id": 1, "meeting_id": 2, "name": "王毅", "entity_id": None,
                                   "role": "visitor", "office": "外相"}) == Participant("王毅", None, "visitor", "外相")


def test_participants_of_a_stored_meeting_are_records(library):
    from core.store.meetings import create_meeting

    db, _ = library
    meeting_id = create_meeting(db, "talks", participants=[
        {"entity_id": "person:wang-yi", "name": "王毅", "role": "host", "office": None}])
    assert participant_records(db, meeting_id) == [Participant("王毅", "person:wang-yi", "host")]


def test_meeting_mentions_are_records_tied_or_not(library):
    from core.store.meetings import add_meeting_mention, attach_mention, create_meeting, meeting_mentions_for

    db, article_id = library
    body = get_article(db, article_id).body
    start = body.index("会談")
    meeting_id = create_meeting(db, "talks")
    mentions = {m.start: m for m in meeting_mentions_for(db, article_id)}
    mention_id = mentions[start].id if start in mentions else add_meeting_mention(db, article_id, start, start + 2)
    attach_mention(db, mention_id, meeting_id, "aoki")
    [tied] = [m for m in meeting_mentions_for(db, article_id) if m.id == mention_id]
    assert isinstance(tied, MeetingMention)
    assert (tied.text, tied.meeting_id, tied.state, tied.article_id) == ("会談", meeting_id, "confirmed", article_id)


def test_links_are_records_and_export_in_their_own_shape(library):
    from core.export.records import link_records
    from core.store.meetings import add_link, create_meeting, links_of

    db, article_id = library
    first, second = create_meeting(db, "talks"), create_meeting(db, "phone_call")
    link_id = add_link(db, first, second, "precedes", evidence="会談に先立ち", article_id=article_id, annotator="aoki")
    [link] = [k for k in links_of(db, second) if k.id == link_id]
    assert isinstance(link, Link) and (link.from_id, link.to_id, link.state) == (first, second, "accepted")
    [row] = [r for r in link_records(db) if (r["from"], r["to"]) == (first, second)]
    assert list(row) == ["from", "to", "relation", "origin", "state", "evidence", "article_id", "annotator", "created"]
    assert (row["from"], row["to"], row["evidence"], row["annotator"]) == (first, second, "会談に先立ち", "aoki")


def test_an_article_is_a_record_with_the_librarys_columns_in_order(library):
    db, article_id = library
    article = get_article(db, article_id)
    assert isinstance(article, Article) and article.id == article_id
    assert article.title == "日豪外相が東京で会談 重要鉱物の供給網で協力文書に署名へ"
    assert isinstance(article.body_lines, list) and article.body.startswith("【東京=外信部】")
    columns = [r[1] for r in db.execute("PRAGMA table_info(articles)")]
    # every column of the library, in the order they were added (the order `show --json` and the CSV
    # export print), whatever order the table stores them in (large texts last, since schema 14)
    assert sorted(article.to_dict()) == sorted(columns) and len(article.to_dict()) == len(columns)
    assert get_article(db, article_id + 1000) is None


def test_a_meeting_is_a_record_and_exports_in_its_shape(library):
    from core.export.records import meeting_records
    from core.store.meetings import create_meeting, get_meeting, update_meeting

    db, _ = library
    meeting_id = create_meeting(db, "visit", "scheduled", [{"entity_id": None, "name": "ハリス", "role": "visitor"}],
                                start_date="2025-10", precision="month", place_text="キャンベラ")
    assert update_meeting(db, meeting_id, status="held") == {"status": "scheduled"}
    meeting = get_meeting(db, meeting_id)
    assert isinstance(meeting, Meeting) and (meeting.kind, meeting.status, meeting.start_date) == ("visit", "held", "2025-10")
    [row] = [r for r in meeting_records(db) if r["id"] == meeting_id]
    assert (row["start"], row["place"], row["participants"][0]["name"]) == \
        ("2025-10", {"entity_id": None, "text": "キャンベラ"}, "ハリス")


def test_mentions_pickle_as_themselves_with_every_field():
    """Workers send mentions to the writer pickled: each comes back equal, of its own class, on every protocol."""
    import copy
    import pickle

    from core.model import ShortForm

    mention = Mention(1, 3, "米国", "GPE", "country:US", confidence=0.5, id=4, state="accepted", context="…米国…")
    short = ShortForm(5, 7, "岸田", "PERSON", "person:kishida", source=None, full_name="岸田文雄")
    for record in (mention, short):
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            again = pickle.loads(pickle.dumps(record, protocol=protocol))
            assert again == record and type(again) is type(record)
        assert copy.deepcopy(record) == record
    assert pickle.loads(pickle.dumps(short)).full_name == "岸田文雄"


def test_mentions_are_made_as_the_frozen_dataclass_makes_them():
    """Mention's quicker __init__ takes the same arguments and defaults and gives the same frozen record."""
    import dataclasses
    import inspect

    import pytest

    from core.model import ShortForm

    @dataclasses.dataclass(frozen=True, slots=True)
    class Plain(Mention):
        pass  # the dataclass's own __init__, over the same fields

    for args, kwargs in [((1, 3, "米国", "GPE"), {}),
                         ((1, 3, "米国", "GPE", "country:US"), {"confidence": 0.5, "state": "accepted", "detached": 1}),
                         ((), {"start": 4, "end": 6, "text": "", "type": "DATE", "value": "2025-07-11", "source": "date"})]:
        made, plain = Mention(*args, **kwargs), Plain(*args, **kwargs)
        assert dataclasses.astuple(made) == dataclasses.astuple(plain)
        assert made == Mention(*args, **kwargs) and hash(made) == hash(Mention(*args, **kwargs))
    assert str(inspect.signature(Mention)) == str(inspect.signature(Plain))
    assert Mention.__init__ is not Plain.__init__  # the quicker one is in use
    mention = Mention(1, 3, "米国", "GPE")
    assert (mention.source, mention.origin, mention.state, mention.detached) == ("gazetteer", "detected", "proposed", 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.start = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        Mention(1, 3)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Mention(1, 3, "米国", "GPE", colour="red")  # type: ignore[call-arg]
    short = ShortForm(5, 7, "岸田", "PERSON", full_name="岸田文雄")
    assert (short.full_name, short.entity_id, dataclasses.replace(short, end=6).end) == ("岸田文雄", None, 6)
