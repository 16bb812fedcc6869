"""The export formats' names and who reads each, without the writers: what `export --help` and the export
dialog list. core.export writes them (its writers load the tokenizer's and every format's modules, which a
command's start does not need)."""

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
