"""What an annotated dataset's import says, in the interface language.

Core says it in English under codes (core.datasets.words): what a format holds that Kaidan does not take
over, why a span was left out, why a task failed, what was counted. Each code has its words here; a test
checks that every code core has is worded.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

NOT_CARRIED = {
    "extra_annotations": QT_TRANSLATE_NOOP("DatasetImport", "extra annotations of the same task (the latest one "
                                                             "is kept)"),
    "extra_predictions": QT_TRANSLATE_NOOP("DatasetImport", "extra predictions of the same task"),
    "ls_not_a_list": QT_TRANSLATE_NOOP("DatasetImport", "Label Studio {what} that are not a list"),
    "ls_by_id": QT_TRANSLATE_NOOP("DatasetImport", "Label Studio {what} given only by id or not as objects"),
    "ls_second_labels": QT_TRANSLATE_NOOP("DatasetImport", "second and further labels on one span"),
    "ls_results": QT_TRANSLATE_NOOP("DatasetImport", "Label Studio {kind} results"),
    "ls_relations": QT_TRANSLATE_NOOP("DatasetImport", "Label Studio relations other than claim → holder/target"),
    "ls_meeting_ties": QT_TRANSLATE_NOOP("DatasetImport", "ties of meeting mentions to meetings (meetings are not "
                                                          "in Label Studio)"),
    "doccano_cats": QT_TRANSLATE_NOOP("DatasetImport", "doccano document categories (cats)"),
    "doccano_labels": QT_TRANSLATE_NOOP("DatasetImport", "doccano document labels (text classification)"),
    "doccano_relations_not_objects": QT_TRANSLATE_NOOP("DatasetImport", "doccano relations that are not objects"),
    "doccano_relations": QT_TRANSLATE_NOOP("DatasetImport", "doccano relations other than claim → holder/target"),
    "doccano_entries": QT_TRANSLATE_NOOP("DatasetImport", "doccano {key} entries that are not [start, end, value]"),
    "other_form": QT_TRANSLATE_NOOP("DatasetImport", "annotations of articles whose text is in the library in "
                                                     "another form (not merged)"),
    "brat_events": QT_TRANSLATE_NOOP("DatasetImport", "brat events"),
    "brat_normalizations": QT_TRANSLATE_NOOP("DatasetImport", "brat normalizations"),
    "brat_equivalences": QT_TRANSLATE_NOOP("DatasetImport", "brat equivalences"),
    "brat_other": QT_TRANSLATE_NOOP("DatasetImport", "other brat lines"),
    "brat_attributes": QT_TRANSLATE_NOOP("DatasetImport", "brat attributes other than a claim's "
                                                          "Stance/Attribution/Intensity"),
    "brat_relations": QT_TRANSLATE_NOOP("DatasetImport", "brat relations other than Claim Holder/Target"),
    "brat_meeting_ties": QT_TRANSLATE_NOOP("DatasetImport", "ties of meeting mentions to meetings (meetings are "
                                                            "not in brat)"),
    "entities_there": QT_TRANSLATE_NOOP("DatasetImport", "user entities already in this library (kept as they are)"),
    "meetings_there": QT_TRANSLATE_NOOP("DatasetImport", "meetings already in the library (kept as they are)"),
    "participants_left": QT_TRANSLATE_NOOP("DatasetImport", "meeting participants without a name or with a role "
                                                            "outside the scheme"),
    "articles_there": QT_TRANSLATE_NOOP("DatasetImport", "annotations of articles already in the library "
                                                         "(not merged)"),
    "ties_missing": QT_TRANSLATE_NOOP("DatasetImport", "meeting mention ties to meetings missing from "
                                                       "meetings.jsonl"),
    "links_missing": QT_TRANSLATE_NOOP("DatasetImport", "links to meetings missing from meetings.jsonl"),
    "links_there": QT_TRANSLATE_NOOP("DatasetImport", "meeting links already in the library (kept as they are)"),
}
LEFT_OUT = {
    "offsets_not_numbers": QT_TRANSLATE_NOOP("DatasetImport", "offsets that are not whole numbers"),
    "end_before_start": QT_TRANSLATE_NOOP("DatasetImport", "spans whose end is before their start"),
    "empty_spans": QT_TRANSLATE_NOOP("DatasetImport", "empty spans"),
    "offsets_outside": QT_TRANSLATE_NOOP("DatasetImport", "offsets outside the text"),
    "offsets_not_pairs": QT_TRANSLATE_NOOP("DatasetImport", "offsets that are not start-end pairs"),
    "discontinuous": QT_TRANSLATE_NOOP("DatasetImport", "discontinuous spans"),
    "text_mismatch": QT_TRANSLATE_NOOP("DatasetImport", "spans whose offsets do not match their text"),
    "labels_not_text": QT_TRANSLATE_NOOP("DatasetImport", "labels that are not text"),
    "labels_too_long": QT_TRANSLATE_NOOP("DatasetImport", "labels longer than {limit} characters"),
    "labels_control": QT_TRANSLATE_NOOP("DatasetImport", "labels with control characters or line breaks"),
    "bad_values": QT_TRANSLATE_NOOP("DatasetImport", "{what} with bad values ({error})"),
    "claim_outside": QT_TRANSLATE_NOOP("DatasetImport", "claims whose {field} is outside the library's scheme "
                                                        "(claim kept without it)"),
    "brat_fields": QT_TRANSLATE_NOOP("DatasetImport", "brat lines without the fields their kind needs"),
    "cards_unread": QT_TRANSLATE_NOOP("DatasetImport", "dataset cards that could not be read (their label schemes "
                                                       "were not): {error}"),
    "stances_not_names": QT_TRANSLATE_NOOP("DatasetImport", "stance labels that are not names"),
    "topics_not_names": QT_TRANSLATE_NOOP("DatasetImport", "topics that are not names"),
    "statuses_outside": QT_TRANSLATE_NOOP("DatasetImport", "article statuses outside the scheme (left new)"),
    "entities_unusable": QT_TRANSLATE_NOOP("DatasetImport", "entities without a usable id, type or name"),
    "meetings_outside": QT_TRANSLATE_NOOP("DatasetImport", "meetings whose {fields} is outside the scheme"),
    "spans_not_objects": QT_TRANSLATE_NOOP("DatasetImport", "spans that are not objects"),
    "relations_outside": QT_TRANSLATE_NOOP("DatasetImport", "meeting links whose relation is outside the scheme"),
}
FAILED = {
    "not_a_task": QT_TRANSLATE_NOOP("DatasetImport", "not a task (a JSON object)"),
    "task_no_text": QT_TRANSLATE_NOOP("DatasetImport", "the task has no text"),
    "no_text": QT_TRANSLATE_NOOP("DatasetImport", "no text"),
    "no_body_text": QT_TRANSLATE_NOOP("DatasetImport", "no body text"),
    "bad_value": QT_TRANSLATE_NOOP("DatasetImport", "a bad value ({error})"),
    "unknown_format": QT_TRANSLATE_NOOP("DatasetImport", "unknown dataset format “{format}”"),
    "not_an_export": QT_TRANSLATE_NOOP("DatasetImport", "not a {format} export: {error}"),
    "not_brat": QT_TRANSLATE_NOOP("DatasetImport", "no .ann files: not a brat folder"),
    "no_text_file": QT_TRANSLATE_NOOP("DatasetImport", "no {name} next to it"),
    "not_kaidan": QT_TRANSLATE_NOOP("DatasetImport", "not a Kaidan export (no articles.jsonl with entities)"),
    "hash_differs": QT_TRANSLATE_NOOP("DatasetImport", "its text is not the one the batch analysed (content hash "
                                                       "differs)"),
}
KINDS = {
    "entity_mentions": QT_TRANSLATE_NOOP("DatasetImport", "entity mentions"),
    "decisions": QT_TRANSLATE_NOOP("DatasetImport", "decisions on proposals"),
    "claims": QT_TRANSLATE_NOOP("DatasetImport", "claims"),
    "meeting_mentions": QT_TRANSLATE_NOOP("DatasetImport", "meeting mentions"),
    "user_entities": QT_TRANSLATE_NOOP("DatasetImport", "user entities"),
    "meetings": QT_TRANSLATE_NOOP("DatasetImport", "meetings"),
    "participants": QT_TRANSLATE_NOOP("DatasetImport", "participants"),
    "links": QT_TRANSLATE_NOOP("DatasetImport", "links"),
    "spans": QT_TRANSLATE_NOOP("DatasetImport", "spans"),
    "stance_labels": QT_TRANSLATE_NOOP("DatasetImport", "stance labels"),
    "entities": QT_TRANSLATE_NOOP("DatasetImport", "entities"),
    "cleaning_fixes": QT_TRANSLATE_NOOP("DatasetImport", "cleaning fixes"),
    "meeting_links": QT_TRANSLATE_NOOP("DatasetImport", "meeting links"),
}
READ_AS = {
    "min_decided": QT_TRANSLATE_NOOP("DatasetImport", "Label Studio JSON_MIN spans taken as decisions"),
    "min_proposed": QT_TRANSLATE_NOOP("DatasetImport", "Label Studio JSON_MIN spans kept as the proposals Kaidan "
                                                       "listed in the task's data"),
    "min_unlisted": QT_TRANSLATE_NOOP("DatasetImport", "Label Studio JSON_MIN spans read without Kaidan's list of "
                                                       "its proposals (a span as the library proposed it stays a "
                                                       "proposal)"),
}
# What an import tells of an article it analysed in part (core.analysis_limit.too_long_note).
NOTES = {
    "too_long_article": QT_TRANSLATE_NOOP("DatasetImport", "{length} characters, too long to analyse whole: "
                                                           "entities, claims and meetings were found in the first "
                                                           "{analysed}; the whole text is stored and searchable"),
}
# Where in a dataset a thing is (core.datasets.words.PLACES): within a file or another place.
PLACES = {
    "line": QT_TRANSLATE_NOOP("DatasetImport", "{within} line {number}"),
    "task": QT_TRANSLATE_NOOP("DatasetImport", "{within} task {number}"),
    "task_id": QT_TRANSLATE_NOOP("DatasetImport", "{within} task {number} (id {ident})"),
    "result": QT_TRANSLATE_NOOP("DatasetImport", "{within} result {ident}"),
    "offsets": QT_TRANSLATE_NOOP("DatasetImport", "{within} [{start}, {end}]"),
    "article": QT_TRANSLATE_NOOP("DatasetImport", "{within} article {number} [{start}, {end}] {quoted}"),
    "stances": QT_TRANSLATE_NOOP("DatasetImport", "{within} stances"),
    "topics": QT_TRANSLATE_NOOP("DatasetImport", "{within} topics"),
    "stance": QT_TRANSLATE_NOOP("DatasetImport", "{within} stance {key}"),
}
LINES = {
    "skipped_file": QT_TRANSLATE_NOOP("DatasetImport", "skipped: {source} — {reason}"),
    "part": QT_TRANSLATE_NOOP("DatasetImport", "analysed in part: {source}: {note}"),
    "part_more": QT_TRANSLATE_NOOP("DatasetImport", "analysed in part: {n} more"),
    "not_carried": QT_TRANSLATE_NOOP("DatasetImport", "not carried over: {what} ({n})"),
    "read_as": QT_TRANSLATE_NOOP("DatasetImport", "{what}: {n}"),
    "left_out": QT_TRANSLATE_NOOP("DatasetImport", "skipped: {reason} ({n}): {listed}"),
    "more_places": QT_TRANSLATE_NOOP("DatasetImport", "; and {n} more"),
    "merged": QT_TRANSLATE_NOOP("DatasetImport", "merged into articles already in the library: {n} (their "
                                                 "decisions stand; conflicts: {conflicts})"),
    "conflict": QT_TRANSLATE_NOOP("DatasetImport", "conflict: {where}: {what}"),
    "place": "{where}",  # a place in a list of places: nothing to translate around it
}
# The fields of a claim or a meeting a reason names (keys of core.datasets.checks' schemes).
FIELDS = {
    "stance": QT_TRANSLATE_NOOP("DatasetImport", "stance"),
    "attribution": QT_TRANSLATE_NOOP("DatasetImport", "attribution"),
    "intensity": QT_TRANSLATE_NOOP("DatasetImport", "intensity"),
    "target kind": QT_TRANSLATE_NOOP("DatasetImport", "target kind"),
    "kind": QT_TRANSLATE_NOOP("DatasetImport", "kind"),
    "status": QT_TRANSLATE_NOOP("DatasetImport", "status"),
}
WORDED = {**NOT_CARRIED, **LEFT_OUT, **FAILED, **KINDS, **READ_AS, **NOTES, **PLACES}


def coded_words(reason) -> str | None:
    """A coded reason of core.datasets.words in the interface language (its coded details worded too);
    None for a reason without such a code."""
    template = WORDED.get(getattr(reason, "code", ""))
    if template is None:
        return None
    details = {key: _worded(value) for key, value in reason.details.items()}
    if "field" in details:
        details["field"] = _field(details["field"])
    if "names" in details:  # the fields a meeting had outside the scheme
        details["fields"] = translate("DatasetImport", " or ").join(_field(name) for name in details["names"])
    if reason.code == "too_long_article":
        details.update(length=f"{details['length']:,}", analysed=f"{details['analysed']:,}")
    return translate("DatasetImport", template).format(**details)


def place_words(where: str) -> str:
    """Where a dataset's task or row is, for a list of failed files: the file by its name, the place in the
    interface language ("dc.jsonl の 3 行目"); a plain path by its name."""
    if getattr(where, "code", "") not in PLACES:
        return Path(where).name
    details = {**where.details, "within": place_words(where.details["within"])}
    return translate("DatasetImport", PLACES[where.code]).format(**details)


def say(line: str, **fields) -> str:
    """One line of an import's summary (a key of core.datasets.words.LINES), for DatasetSummary.messages."""
    return translate("DatasetImport", LINES[line]).format(**{key: _worded(value) for key, value in fields.items()})


def _worded(value):
    words = coded_words(value)
    return value if words is None else words


def _field(name: str) -> str:
    template = FIELDS.get(name)
    return translate("DatasetImport", template) if template else name
