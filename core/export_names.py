"""The export formats' names, who reads each and the files each writes, without the writers: what `export --help`
and the export dialog list, what an export checks its folder for and what an import knows an export by.
core.export writes them (its writers load the tokenizer's and every format's modules, which a command's start
does not need)."""

from __future__ import annotations

# One line on who reads each format (the export dialog and `export --help` show it), in the order listed.
READERS = {
    "jsonl": "Kaidan itself (lossless, re-importable), jq, pandas.read_json(lines=True)",
    "csv": "Excel, LibreOffice, pandas, R: one table per file",
    "conll": "CoNLL-2003 style NER readers (flair, seqeval, conllu)",
    "spacy": "spaCy: `spacy convert train.json .`, or train.spacy (DocBin) when spaCy is installed",
    "hf": "Hugging Face datasets: load_dataset('json', data_files='ner.jsonl')",
    "brat": "the brat annotation tool (and standoff readers)",
    "labelstudio": "Label Studio: import tasks.json into a project set up with label_config.xml",
    "doccano": "doccano: sequence labeling project with relations, import dataset.jsonl",
    "w3c": "Web Annotation tools (Hypothesis-style re-anchoring, Recogito)",
}
FORMATS = tuple(READERS)

CARD = "dataset.json"  # the card every export writes beside its files (core.export.card)
CARD_NAME = "Kaidan export"  # the card's name: an import knows a folder for Kaidan's export by it
_CUTS = "cut_spans.tsv"
# The names each format writes (patterns for brat's per-article files); Label Studio's and doccano's first is the
# file their importers read back.
FILES = {
    "jsonl": ("articles.jsonl", "entities.jsonl", "meetings.jsonl", "meeting_links.jsonl"),
    "csv": ("articles.csv", "mentions.csv", "claims.csv", "meeting_mentions.csv", "meetings.csv",
            "participants.csv", "links.csv"),
    "conll": ("ner.conll", _CUTS),
    "hf": ("ner.jsonl", "labels.json", _CUTS),
    "spacy": ("train.json", "train.spacy", _CUTS),
    "brat": ("annotation.conf", "visual.conf", "article-[0-9]*.txt", "article-[0-9]*.ann"),  # article-000042
    "labelstudio": ("tasks.json", "label_config.xml"),
    "doccano": ("dataset.jsonl",),
    "w3c": ("annotations.jsonld", "sources.jsonld"),
}
