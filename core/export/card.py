"""The dataset card (dataset.json): what an export holds, its label schemes and conventions."""

from __future__ import annotations

from typing import TYPE_CHECKING

import core
from core.clock import now
from core.export.scope import Scope
from core.export_names import CARD_NAME
from core.store import meetings
from core.store.mentions import mention_types
from core.store.registry import TYPES
from core.store.scheme import meeting_kinds, stances, topic_labels
from core.team.report import card_section

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

OFFSETS = ("start/end count Unicode code points into body (Python str indexing), end exclusive; "
           "body paragraphs are joined by \\n")


# What each format holds of the library, in the card so a reader knows what is not there.
CARRIES = {
    "jsonl": "everything: entities (rejected ones too), claims and claim candidates, meeting mentions, meetings, "
             "links, cleaning decisions; entities.jsonl: the entities the articles and meetings use and the "
             "user's own (all with --all-entities)",
    "csv": "articles, mentions, claims (candidates too), meeting mentions, meetings, participants, links: one table each",
    "conll": "entity spans as IOB2 tags (one span per token, no overlaps); no claims, no meetings",
    "hf": "entity spans as IOB2 ner_tags; no claims, no meetings",
    "spacy": "entity spans (train.json and DocBin, article id and content hash in user_data, sentence starts); "
             "no claims, no meetings",
    "brat": "entities, meeting mentions, claims and claim candidates as spans (stance, attribution, intensity as "
            "attributes; holder and target as relations and, with the note, in AnnotatorNotes; the detector's "
            "proposals and claim candidates marked Proposed); no rejected names, dismissed claims or meetings",
    "labelstudio": "decisions as the annotation (entities, meeting mentions, claims with stance, holder/target "
                   "relations, every claim field in the region's meta); detections and claim candidates as the "
                   "prediction; rejected names, dismissed claims and rejected meeting mentions in the task's "
                   "data (kaidan_decided_against); no meetings",
    "doccano": "entities and claims (stance in the label) as spans, holder/target relations; Kaidan's proposals, "
               "claim candidates, meeting mentions, entity ids, values, every claim field and the decisions "
               "against proposals in the example's metadata; no meetings",
    "w3c": "entities, accepted claims and meeting mentions as annotations; the texts in sources.jsonld",
}
TOKEN_FORMATS = ("conll", "hf", "spacy")


def entity_types(db: sqlite_utils.Database) -> list[str]:
    """The registry's types, then any other type a mention carries (DATE...)."""
    found = mention_types(db)
    return list(TYPES) + [t for t in found if t not in TYPES]


def annotators(db: sqlite_utils.Database) -> list[str]:
    names: set[str] = set()
    for table in ("mentions", "claims", "meetings", "meeting_mentions", "meeting_links", "changes"):
        names.update(r[0] for r in db.execute(f"SELECT DISTINCT annotator FROM {table} WHERE annotator IS NOT NULL"))
    return sorted(names)


def label_schemes(db: sqlite_utils.Database) -> dict:
    return {
        "entity_types": entity_types(db),
        "stances": [{k: s[k] for k in ("key", "label", "label_ja", "colour", "shortcut")} for s in stances(db)],
        "topics": topic_labels(db),  # name (as claims store it) and its English label
        "claim_attributions": ["direct", "indirect", "mixed", "unattributed"],
        "claim_intensities": ["low", "medium", "high"],
        "claim_target_kinds": ["entity", "meeting", "topic", "text"],
        "meeting_kinds": meeting_kinds(db),  # key (as exported), English and Japanese label
        "meeting_statuses": list(meetings.STATUSES),
        "participant_roles": list(meetings.ROLES),
        "link_relations": list(meetings.RELATIONS),
        "mention_states": ["proposed", "accepted", "rejected"],
    }


def token_note(split: bool) -> str:
    """How a token format met entity spans that start or end inside a token."""
    if split:
        return ("tokens are cut where an entity starts or ends inside one (米中 becomes 米 | 中), "
                "so no entity span is lost to the tokenizer")
    return "tokens are the tokenizer's own: an entity starting or ending inside one is listed in cut_spans.tsv"


def dataset_card(db: sqlite_utils.Database, fmt: str, scope: Scope, counts: dict, files: dict,
                 notes: list[str] = (), split_tokens: bool = True) -> dict:
    """The card written next to every export."""
    extra = {"tokens": token_note(split_tokens)} if fmt in TOKEN_FORMATS else {}
    return {
        "name": CARD_NAME,
        "format": fmt,
        "kaidan_version": core.__version__,
        "exported_at": now(),
        "scope": scope.describe(),
        "offsets": OFFSETS,
        "carries": CARRIES.get(fmt, ""),
        **extra,
        "counts": counts,
        "files": files,
        "labels": label_schemes(db),
        "annotators": annotators(db),
        "notes": list(notes),
        **card_section(db),  # a team library: agreement figures and adjudication state
    }
