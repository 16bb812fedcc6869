"""Hugging Face token classification: JSONL rows of tokens and ner_tags plus the label list."""

from __future__ import annotations

import json

from core.export.conll import write_cuts
from core.export.context import ExportContext, Writer
from core.export.iob import tagged_sentences


def label_names(entity_types: list[str]) -> list[str]:
    """O, then B- and I- of each type: the ClassLabel names ner_tags index into."""
    return ["O"] + [f"{prefix}-{t}" for t in entity_types for prefix in ("B", "I")]


class HfWriter(Writer):
    """ner.jsonl, one sentence a row: {id, article_id, sentence, tokens, ner_tags}; labels.json."""

    def __init__(self, ctx: ExportContext) -> None:
        super().__init__(ctx)
        self.names = label_names(ctx.labels["entity_types"])
        self.index = {name: i for i, name in enumerate(self.names)}
        self.out = self.files.open("ner.jsonl")

    def add(self, item) -> None:
        for number, sentence in enumerate(tagged_sentences(item.id, item.body, item.entities(), self.ctx.cuts,
                                                                  self.ctx.split_tokens)):
            row = {"id": f"{item.id}-{number}", "article_id": item.id, "sentence": number,
                   "tokens": [s for s, _ in sentence], "ner_tags": [self.index[t] for _, t in sentence]}
            self.out.write(json.dumps(row, ensure_ascii=False) + "\n")
            self.files.count("ner.jsonl")

    def finish(self) -> dict[str, int]:
        handle = self.files.open("labels.json")
        # the shape of datasets' Features, so ner_tags can be cast to ClassLabel(names=...)
        handle.write(json.dumps({"ner_tags": {"names": self.names}, "scheme": "IOB2"}, ensure_ascii=False, indent=1))
        self.files.count("labels.json", len(self.names))
        write_cuts(self)
        return super().finish()
