"""A company's name written after its legal form (株式会社孔官堂, 株式会社満開製作所, 有限会社OMO) is one ORG.

The legal form says the words after it are a company's name, whatever they are (common words: 四季社,
映画24区; a word UniDic does not know: 孔官堂), so neither UniDic's classes nor the tagger need to know the
name. The name runs over the nouns glued after the form and ends where a particle, a mark or a verb begins;
it must end where a name may (before は, が, の, を, と, a comma or a bracket), and its last word must not be an act
(株式会社設立の…) nor the name a kind of company (株式会社形式で). A guess of the tagger or of UniDic inside it
(a person's name read in 孔官堂) gives way; a name a rule read there stays.
"""

from __future__ import annotations

import re

from core import scan
from core.model import Mention
from core.nlp.tokens import Token

_FORM = re.compile(r"株式会社|有限会社|合同会社")
_NAME_ENDS = re.compile(r"[はがのともを、」』）)]")
_MARKS = re.compile(r"[\u30a1-\u30faーA-Za-z0-9\u4e00-\u9fff々・]+")


def with_legal_form_names(folded: str, chosen: list[Mention], tokens: list[Token], index_at: dict[int, int]) -> list[Mention]:
    """The mentions (sorted), each name written right after a legal form an ORG mention with the form (index_at:
    a token's index by its start)."""
    forms = list(scan.finditer(_FORM, folded))
    if not forms:
        return chosen
    added, dropped = [], set()
    for form in forms:
        first = index_at.get(form.end())
        if first is None or form.start() and _MARKS.match(folded[form.start() - 1]):
            continue  # the form ends another name (妖精眼鏡株式会社): that name is read elsewhere
        last = first
        while last + 1 < len(tokens) and tokens[last + 1].start == tokens[last].end and _name_word(tokens[last + 1]):
            last += 1
        if not _name_word(tokens[first]) or ",数詞," in tokens[first].pos:
            continue
        run = tokens[first : last + 1]
        if len(run) == 1 and run[0].pos.startswith("接尾辞"):
            continue  # 株式会社等: a suffix alone names nothing
        if "サ変可能" in run[-1].pos or not _NAME_ENDS.match(folded, run[-1].end) \
                or not _MARKS.fullmatch(folded, run[0].start, run[-1].end):
            continue
        start, end = form.start(), run[-1].end
        inside = [m for m in chosen if m.start < end and start < m.end]
        if any(m.start < start or m.end > end or m.source not in ("tagger", "unidic") for m in inside):
            continue  # a mention across the span's edges, or a rule's inside it: the rules' reading stands
        dropped.update(map(id, inside))
        added.append(Mention(start, end, "", "ORG", source="compound"))
    if not added:
        return chosen
    return sorted([m for m in chosen if id(m) not in dropped] + added, key=lambda m: m.start)


def _name_word(token: Token) -> bool:
    """A noun, a noun's suffix or a word UniDic does not know: a word of a name."""
    return token.unknown or token.pos.startswith(("名詞", "接尾辞,名詞的", "接頭辞"))
