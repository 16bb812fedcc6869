"""A sentence's quotes and how each one's tail opens, read once for the steps that read after a closing 」.

The sentence reader (core.claims.sentence_claims) hands one sentence to several steps that each read its quotes and
what follows them: the quote and its verb (core.claims.quotes.direct), the speaker named after it
(core.claims.voices.speaker_after), readers' voices (voices) and a remark told as a noun (core.claims.reports.remarks).
Each used to find the quotes again and to test the tail's first letters anew. QuoteTails holds that reading, made once a sentence; a step handed
none, or one read for another sentence or another body (stale), reads its own through tails_of, as before.
"""

from __future__ import annotations

from core.claims.quote_marks import quote_spans

# What a tail opens with when it tells the quote as said (「…」と, 「…」などと, 「…」との, 「…」という): every reading of a
# speaker, a position or a remark after a quote opens so (core.claims.voices, core.claims.reports)
TOLD_AFTER = ("と", "など")


class QuoteTails:
    """One sentence's quotes, read once: where it stands (body, start, end: what tells a stale reading) and
    spans: its outermost quotes, the first from the sentence's start when its opening mark was lost
    (core.claims.quote_marks.quote_spans); outer: the outermost 「…」 only (quote_marks.quotes);
    told: the ends of those quotes whose tail opens with と or など (TOLD_AFTER)."""

    __slots__ = ("body", "start", "end", "spans", "outer", "told")

    def __init__(self, body: str, s_start: int, s_end: int):
        self.body, self.start, self.end = body, s_start, s_end
        self.spans = spans = tuple(quote_spans(body, s_start, s_end))
        # a quote whose opening mark was lost starts at the sentence's start with no 「: every other opens on one
        self.outer = spans[1:] if spans and body[spans[0][0]] != "「" else spans
        self.told = frozenset([end for _, end in spans if body.startswith(TOLD_AFTER, end)])


def tails_of(body: str, s_start: int, s_end: int, tails: QuoteTails | None) -> QuoteTails:
    """tails when it was read for this very sentence of this very body, else a reading of its own."""
    if tails is not None and tails.body is body and tails.start == s_start and tails.end == s_end:
        return tails
    return QuoteTails(body, s_start, s_end)
