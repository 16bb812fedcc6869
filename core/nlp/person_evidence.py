"""What in an article says a name is a person's: a word only a person takes written right after it.

A name written several times in one article names one thing; the tagger reads each
occurrence in its own context and may read 千早 as a place in one paragraph while the
article writes 占い師の千早と申します and 千早先生. The words here follow a person's name and
no place's or body's (a body takes 社長, 監督, 選手, 教授 too: トヨタ社長, 日本代表監督), so
one of them after one occurrence is the article's strongest evidence of the name's kind.
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.person_support import full_name_read
from core.nlp.short_forms import short_forms
from core.nlp.tokens import Token

# A person's honorific or standing; a one-letter one (氏, 君) not starting a longer word (氏名, 君主).
_PERSON_AFTER = re.compile(r"(?:さん|ちゃん|くん|先生|容疑者|被告|夫人|と申します|と申し|(?:氏|君)(?![\u4e00-\u9fff]))")
# The spans a context reading alone found, which the article's evidence may retype.
_GUESSED = ("tagger", "unidic")


def person_after(folded: str, end: int) -> bool:
    """Whether a person's honorific or self-introduction follows right after end."""
    return _PERSON_AFTER.match(folded, end) is not None


def honorific_cut(folded: str, mention: Mention) -> Mention:
    """A guessed body's or place's span that ends in a person's honorific (千早先生 read as a body): the person,
    cut before it (two letters at least); any other mention as it is."""
    if mention.source not in _GUESSED or mention.entity_id is not None or mention.type == "PERSON":
        return mention
    for cut in range(mention.start + 2, mention.end):
        found = _PERSON_AFTER.match(folded, cut)
        if found and found.end() == mention.end:
            return Mention(mention.start, cut, "", "PERSON", None, source=mention.source,
                           confidence=mention.confidence)
    return mention


def surnames_after_full_names(folded: str, chosen: list[Mention], written, tokens: list[Token] | None = None,
                               index_at: dict | None = None) -> dict[str, int]:
    """The surnames of the full names an article reads as people (松本 of 松本薫, ウェア of ジョージ・ウェア), each with
    where its first full name ends: a surname alone after it names the same person (松本の金メダル). Only full names
    more than a context's guess reads (core.nlp.person_support.full_name_read): the tagger's 出雲駅伝 gives no 出雲.
    written: the surfaces read as mentions of their own; only those are looked for as surnames."""
    out: dict[str, int] = {}
    for mention in chosen:
        if mention.type != "PERSON" or (mention.entity_id or "person:")[:7] != "person:":
            continue
        name = folded[mention.start : mention.end]
        shorts = [short for short in short_forms(name) if len(short) >= 2 and short in written and short not in out]
        if shorts and full_name_read(folded, name, mention, tokens, index_at):
            for short in shorts:
                out[short] = mention.end
    return out
