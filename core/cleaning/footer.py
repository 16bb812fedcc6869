"""Page furniture that reads as sentences: a directory of the outlet's services, lists of other articles.

A site's footer often lists its services or other articles as a name, then one
sentence about it, again and again. Each sentence looks like article text, but
an article is not written as a run of short one-sentence lines each under its
own short title. Three such pairs in a row are furniture, whatever they say.
"""

from __future__ import annotations

import re

from core.cleaning.lines import PROSE, Line

ENTRY_NAME = 30  # characters of an entry's name at most
DESCRIPTION = 90  # characters of its one-sentence description at most
MIN_ENTRIES = 3  # name + description pairs in a row that make a directory
_NAME_KINDS = ("heading", "other", "bullet", "item", "anchor", "repeated")
# A numbered or marked step (1）, 2：, 3., STEP4, ■) is an article's list, not a directory's entry.
_LISTED = re.compile(r"^\s*(?:[0-9０-９]+|[①-⑳]|STEP|Step|[■□◆◇●○▼▽▲△・※★☆【［\[（(〈《「『]|第)")


def mark_entry_runs(lines: list[Line]) -> None:
    """Mark runs of at least MIN_ENTRIES name + one-sentence pairs as 'directory'."""
    content = [line for line in lines if line.kind != "blank"]
    # where an entry may start by its lines' kinds and length alone: most pages have no three in a row
    starts = {k for k, (name, description) in enumerate(zip(content, content[1:]))
              if description.kind == PROSE and name.kind in _NAME_KINDS and len(description.stripped) <= DESCRIPTION}
    if not any(all(k + 2 * e in starts for e in range(1, MIN_ENTRIES)) for k in starts):
        return
    i, n = 0, len(content)
    while i < n - 1:
        j = i
        while j + 1 < n and _is_entry(content[j], content[j + 1]):
            j += 2
        if (j - i) // 2 >= MIN_ENTRIES:
            for line in content[i:j]:
                line.kind = "directory"
            i = j
        else:
            i += 1


def _is_entry(name: Line, description: Line) -> bool:
    # the kinds first: on most pairs of lines they decide before any pattern runs
    if description.kind != PROSE or name.kind not in _NAME_KINDS:
        return False
    text = description.stripped
    return (2 <= len(name.stripped) <= ENTRY_NAME and len(text) <= DESCRIPTION and not _LISTED.match(name.stripped)
            and text.count("。") <= 1 and not text.startswith("\u3000") and not description.text.startswith("\u3000"))
