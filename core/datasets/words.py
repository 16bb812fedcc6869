"""What an annotated dataset's import says: core's words (the command line prints them) for each thing it
leaves out, fails on or counts, each under a code, so the window says the same thing in its own language
(ui/jobs/dataset_words words every code here; a test holds the two together)."""

from __future__ import annotations

from core.errors import Reason

# What a format holds that Kaidan does not take over (DatasetSummary.skip).
NOT_CARRIED = {
    "extra_annotations": "extra annotations of the same task (the latest one is kept)",
    "extra_predictions": "extra predictions of the same task",
    "ls_not_a_list": "Label Studio {what} that are not a list",
    "ls_by_id": "Label Studio {what} given only by id or not as objects",
    "ls_second_labels": "second and further labels on one span",
    "ls_results": "Label Studio {kind} results",
    "ls_relations": "Label Studio relations other than claim → holder/target",
    "ls_meeting_ties": "ties of meeting mentions to meetings (meetings are not in Label Studio)",
    "doccano_cats": "doccano document categories (cats)",
    "doccano_labels": "doccano document labels (text classification)",
    "doccano_relations_not_objects": "doccano relations that are not objects",
    "doccano_relations": "doccano relations other than claim → holder/target",
    "doccano_entries": "doccano {key} entries that are not [start, end, value]",
    "other_form": "annotations of articles whose text is in the library in another form (not merged)",
    "brat_events": "brat events",
    "brat_normalizations": "brat normalizations",
    "brat_equivalences": "brat equivalences",
    "brat_other": "other brat lines",
    "brat_attributes": "brat attributes other than a claim's Stance/Attribution/Intensity",
    "brat_relations": "brat relations other than Claim Holder/Target",
    "brat_meeting_ties": "ties of meeting mentions to meetings (meetings are not in brat)",
    "entities_there": "user entities already in this library (kept as they are)",
    "meetings_there": "meetings already in the library (kept as they are)",
    "participants_left": "meeting participants without a name or with a role outside the scheme",
    "articles_there": "annotations of articles already in the library (not merged)",
    "ties_missing": "meeting mention ties to meetings missing from meetings.jsonl",
    "links_missing": "links to meetings missing from meetings.jsonl",
    "links_there": "meeting links already in the library (kept as they are)",
}
# Why a span or a value was left out (DatasetSummary.reject; core.datasets.checks).
LEFT_OUT = {
    "offsets_not_numbers": "offsets that are not whole numbers",
    "end_before_start": "spans whose end is before their start",
    "empty_spans": "empty spans",
    "offsets_outside": "offsets outside the text",
    "offsets_not_pairs": "offsets that are not start-end pairs",
    "discontinuous": "discontinuous spans",
    "text_mismatch": "spans whose offsets do not match their text",
    "labels_not_text": "labels that are not text",
    "labels_too_long": "labels longer than {limit} characters",
    "labels_control": "labels with control characters or line breaks",
    "bad_values": "{what} with bad values ({error})",
    "claim_outside": "claim {field}s outside the library's scheme (claim kept without it)",
    "brat_fields": "brat lines without the fields their kind needs",
    "cards_unread": "dataset cards that could not be read (their label schemes were not): {error}",
    "stances_not_names": "stance labels that are not names",
    "topics_not_names": "topics that are not names",
    "statuses_outside": "article statuses outside the scheme (left new)",
    "entities_unusable": "entities without a usable id, type or name",
    "meetings_outside": "meetings whose {fields} is outside the scheme",
    "spans_not_objects": "spans that are not objects",
    "relations_outside": "meeting links whose relation is outside the scheme",
}
# Why a task, a row or a whole dataset failed.
FAILED = {
    "not_a_task": "not a task (a JSON object)",
    "task_no_text": "task has no text",
    "no_text": "no text",
    "no_body_text": "no body text",
    "bad_value": "bad value ({error})",
    "unknown_format": "unknown dataset format {format!r}",
    "not_an_export": "not a {format} export: {error}",
    "not_brat": "no .ann files: not a brat folder",
    "no_text_file": "no {name} next to it",
    "not_kaidan": "not a Kaidan export (no articles.jsonl with entities)",
    "hash_differs": "its text is not the one the batch analysed (content hash differs)",
}
# What an import counts: the annotations it brought, the things a store of them may fail on.
KINDS = {
    "entity_mentions": "entity mentions",
    "decisions": "decisions on proposals",
    "claims": "claims",
    "meeting_mentions": "meeting mentions",
    "user_entities": "user entities",
    "meetings": "meetings",
    "participants": "participants",
    "links": "links",
    "spans": "spans",
    "stance_labels": "stance labels",
    "entities": "entities",
    "cleaning_fixes": "cleaning fixes",
    "meeting_links": "meeting links",
}
# How the spans of a format that cannot mark proposals were read (Label Studio's JSON_MIN).
READ_AS = {
    "min_decided": "Label Studio JSON_MIN spans taken as decisions",
    "min_proposed": "Label Studio JSON_MIN spans kept as the proposals Kaidan listed in the task's data",
    "min_unlisted": "Label Studio JSON_MIN spans read without Kaidan's list of its proposals "
                    "(a span as the library proposed it stays a proposal)",
}
# Where in a dataset a thing is: within a file (a path) or another place, by code.
PLACES = {
    "line": "{within} line {number}",
    "task": "{within} task {number}",
    "task_id": "{within} task {number} (id {ident})",
    "result": "{within} result {ident}",
    "offsets": "{within} [{start}, {end}]",
    "article": "{within} article {number} [{start}, {end}] {quoted}",
    "stances": "{within} stances",
    "topics": "{within} topics",
    "stance": "{within} stance {key}",
}
# The lines of an import's summary (DatasetSummary.messages), each with its fields.
LINES = {
    "skipped_file": "skipped: {source} — {reason}",
    "part": "analysed in part: {source}: {note}",
    "part_more": "analysed in part: {n} more",
    "not_carried": "not carried over: {what} ({n})",
    "read_as": "{what}: {n}",
    "left_out": "skipped: {reason} ({n}): {listed}",
    "more_places": "; and {n} more",
    "merged": "merged into articles already in the library: {n} (their decisions stand; conflicts: {conflicts})",
    "conflict": "conflict: {where}: {what}",
    "place": "{where}",
}
_ALL = {**NOT_CARRIED, **LEFT_OUT, **FAILED, **KINDS, **READ_AS}


def said(code: str, **details) -> Reason:
    """Core's words for code, its details filled in, as a Reason carrying the code and the details."""
    return Reason(_ALL[code].format(**details), code, **details)


def at(code: str, within: str, **details) -> Reason:
    """A place in a dataset (a key of PLACES) within a file or another place, as a Reason carrying both."""
    return Reason(PLACES[code].format(within=within, **details), code, within=within, **details)


def in_english(line: str, **fields) -> str:
    """A summary line (a key of LINES) in core's words: how the command line says it."""
    return LINES[line].format(**fields)
