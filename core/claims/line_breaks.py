"""Sentences a page's layout broke over lines, joined again for the claim reader.

Pages copied from a browser keep their <br>: a speaker's line may end on its topic with no predicate and the
quote open the next (南果歩さんは\\n「…」), and a quote may end its line with its verb on the next (「…」\\nと話した).
The sentence splitter cuts at every line end; the claim reader reads such lines as one sentence, so the quote
finds its speaker and its verb. Spaces left between a quote and its と are read past the same way.
"""

from __future__ import annotations

import re

# A line that is only a topic or subject and its particle, no predicate: 依田巽チェアマンは、, 南果歩さんは
_DANGLING = re.compile(r"[^。「」\n]{1,40}?(?:は|が|も|では|からは)、?[ \u3000]*")
_VERB_LINE = ("と", "などと")  # a line that opens with what closes a quote: と話した, などと語った (not など、批判が殺到)


def joined_lines(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans with a dangling topic line joined to the quote after it, and a quote's line to the line
    that opens with its と; other spans as they were."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            before_start, before_end = out[-1]
            between = body[before_end:start]
            if "\n" in between and not between.strip() and (
                    body.startswith("「", start) and _DANGLING.fullmatch(body, before_start, before_end)
                    or body[before_end - 1] == "」" and body.startswith(_VERB_LINE, start)):
                out[-1] = (before_start, end)
                continue
        out.append((start, end))
    return out


# Spaces a writer left between a quote and its と: 「…」 と改めて大会を振り返ると, 「…」　と苛立ちを露わにした
_SPACES_BEFORE_VERB = re.compile(r"[ \u3000]{1,3}(?=(?:など)?と)")


def after_line_break(body: str, at: int, end: int) -> int:
    """Where a quote's verb is read from: past a line break when the next line opens with と (「…」\\nと話した), or
    past the spaces left before its と (「…」 と語った)."""
    if body.startswith("\n", at) and at + 1 < end and body.startswith(_VERB_LINE, at + 1):
        return at + 1
    spaces = _SPACES_BEFORE_VERB.match(body, at, end)
    return spaces.end() if spaces is not None else at
