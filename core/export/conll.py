"""CoNLL IOB2 for sequence taggers: a fugashi token and its tag per line, sentences apart."""

from __future__ import annotations

from core.export.cells import one_token
from core.export.context import ExportContext, Writer
from core.export.iob import CUT_HEADER, tagged_sentences

# The CoNLL-2003 document line, space-separated exactly so: spaCy's `convert --converter ner`
# splits documents only on this literal line, and flair's column readers see "-DOCSTART-" as
# the first column. conllu insists on tab-separated fields: give it the line with tabs
# (CONLLU_DOCSTART), and it reads a sentence of its own between blank lines.
DOCSTART = "-DOCSTART- -X- O O"
CONLLU_DOCSTART = DOCSTART.replace(" ", "\t")


class ConllWriter(Writer):
    """ner.conll (token TAB tag); cut_spans.tsv lists entity spans that cut a token."""

    def __init__(self, ctx: ExportContext) -> None:
        super().__init__(ctx)
        self.out = self.files.open("ner.conll")

    def add(self, item) -> None:
        cuts = self.ctx.cuts
        sentences = tagged_sentences(item.id, item.body, item.entities(), cuts, self.ctx.split_tokens)
        # -DOCSTART- then a blank line, as CoNLL-2003 readers expect between documents
        parts = [DOCSTART, ""]
        for sentence in sentences:
            parts.extend(f"{surface}\t{_tag(tag)}" for surface, tag in sentence)
            parts.append("")
        self.out.write("\n".join(parts) + "\n")
        self.files.count("ner.conll", len(sentences))

    def finish(self) -> dict[str, int]:
        write_cuts(self)
        return super().finish()


def _tag(tag: str) -> str:
    """An IOB2 tag whose type is one token, whatever the library's type names hold."""
    return tag if tag == "O" else tag[:2] + one_token(tag[2:])


def write_cuts(writer: Writer) -> None:
    """The report of entity spans a token format could not carry."""
    handle = writer.files.open("cut_spans.tsv")
    handle.write(CUT_HEADER + "\n")
    for cut in writer.ctx.cuts:
        handle.write(cut.line() + "\n")
    writer.files.count("cut_spans.tsv", len(writer.ctx.cuts))
