"""spaCy: the JSON training format `spacy convert` reads, and a .spacy DocBin when spaCy is installed.

spaCy is never a dependency: without it only train.json is written, and
`python -m spacy convert train.json .` turns it into train.spacy.
"""

from __future__ import annotations

import importlib.util
import json

from core.errors import Reason
from core.export.conll import write_cuts
from core.export.context import ExportContext, Writer
from core.export.iob import choose_spans, entity_boundaries, sentence_tokens, token_labels


def doc_tokens(body: str, sentences: list[list[tuple[int, int, str]]]) -> list[list[dict]]:
    """Sentences of spaCy tokens {orth, space, start, end} whose text joins back to body exactly.

    spaCy keeps one trailing space per token; any other gap (a newline,
    an ideographic space) becomes a whitespace token of its own.
    """
    out: list[list[dict]] = []
    position = 0
    for sentence in sentences:
        tokens: list[dict] = []
        for start, end, surface in sentence:
            gap = body[position:start]
            if gap:
                previous = tokens[-1] if tokens else (out[-1][-1] if out else None)
                if gap == " " and previous is not None and not previous["space"]:
                    previous["space"] = " "
                else:
                    (out[-1] if out and not tokens else tokens).append(
                        {"orth": gap, "space": "", "start": position, "end": start})
            tokens.append({"orth": surface, "space": "", "start": start, "end": end})
            position = end
        out.append(tokens)
    if position < len(body) and out:
        out[-1].append({"orth": body[position:], "space": "", "start": position, "end": len(body)})
    return out


def sentence_starts(sentences: list[list[dict]]) -> list[bool]:
    """Per token: whether a sentence starts there (spaCy's Doc(sent_starts=...))."""
    return [k == 0 for sentence in sentences for k in range(len(sentence))]


def biluo(tags: list[str]) -> list[str]:
    """IOB2 tags (O, B-X, I-X, or - for unknown) as spaCy's BILUO."""
    out = []
    for i, tag in enumerate(tags):
        following = tags[i + 1] if i + 1 < len(tags) else "O"
        continues = following.startswith("I-")
        if tag.startswith("B-"):
            out.append(("B-" if continues else "U-") + tag[2:])
        elif tag.startswith("I-"):
            out.append(("I-" if continues else "L-") + tag[2:])
        else:
            out.append(tag)
    return out


class SpacyWriter(Writer):
    def __init__(self, ctx: ExportContext) -> None:
        super().__init__(ctx)
        self.out = self.files.open("train.json")
        self.out.write("[\n")
        self.first = True
        self.docbin = None
        if importlib.util.find_spec("spacy") is not None:
            from spacy.tokens import DocBin
            from spacy.vocab import Vocab

            self.vocab, self.docbin = Vocab(), DocBin(store_user_data=True)

    def add(self, item) -> None:
        body, cuts = item.body, self.ctx.cuts
        before = len(cuts)
        spans = choose_spans(item.id, item.entities(), cuts)
        boundaries = entity_boundaries(spans) if self.ctx.split_tokens else set()
        sentences = doc_tokens(body, sentence_tokens(body, boundaries))
        flat = [t for s in sentences for t in s]
        words = [(t["start"], t["end"], t["orth"]) for t in flat]
        labels = token_labels(words, spans, item.id, cuts)
        tags = ["O" if label is None else f"{label[1]}-{label[0]}" for label in labels]
        for cut in cuts[before:]:  # a token an unaligned span touches is unknown, not outside
            for i, t in enumerate(flat):
                if t["start"] < cut.end and cut.start < t["end"] and tags[i] == "O":
                    tags[i] = "-"
        ner = biluo(tags)
        aligned = [s for s in spans if not any(c.start == s.start and c.end == s.end for c in cuts[before:])]
        json_sentences, i = [], 0
        for sentence in sentences:
            json_sentences.append({"tokens": [{"id": i + k, "orth": t["orth"], "space": t["space"], "ner": ner[i + k]}
                                              for k, t in enumerate(sentence)], "brackets": []})
            i += len(sentence)
        doc = {"id": item.id, "paragraphs": [{
            "raw": body, "sentences": json_sentences, "cats": [], "links": [],
            "entities": [[s.start, s.end, s.type] for s in aligned]}]}
        self.out.write(("" if self.first else ",\n") + json.dumps(doc, ensure_ascii=False))
        self.first = False
        self.files.count("train.json")
        if self.docbin is not None:
            self._add_doc(item, sentences, aligned)

    def _add_doc(self, item, sentences: list[list[dict]], aligned: list[dict]) -> None:
        """One Doc: Kaidan's tokens, its sentence starts, the entities, the article id in user_data."""
        from spacy.tokens import Doc

        flat = [t for s in sentences for t in s]
        starts = sentence_starts(sentences)
        doc = Doc(self.vocab, words=[t["orth"] for t in flat], spaces=[bool(t["space"]) for t in flat],
                  sent_starts=starts)
        doc.ents = [span for span in (doc.char_span(s.start, s.end, label=s.type) for s in aligned) if span]
        doc.user_data["article_id"] = item.id
        doc.user_data["content_hash"] = item.row.content_hash
        self.docbin.add(doc)

    def finish(self) -> dict[str, int]:
        self.out.write("\n]\n")
        write_cuts(self)
        counts = super().finish()
        if self.docbin is not None:
            self.files.write_whole("train.spacy", self.docbin.to_bytes())
            counts["train.spacy"] = len(self.docbin)
        else:
            self.ctx.notes.append(Reason("spaCy is not installed: train.json only "
                                         "(`python -m spacy convert train.json .`)", "no_spacy"))
        return counts
