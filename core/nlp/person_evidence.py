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
from core.nlp.linking import person_next_to, short_forms
from core.nlp.offices import PRIVATE_TITLES, office_after

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


def surnames_after_full_names(folded: str, chosen: list[Mention]) -> dict[str, int]:
    """The surnames of the full names an article reads as people (松本 of 松本薫, ウェア of ジョージ・ウェア), each with
    where its first full name ends: a surname alone after it names the same person (松本の金メダル).

    Only a full name more than a context's guess reads as a person: a rule's, or UniDic's written once at least
    as a word of its own (秋田|魁 read as a name inside 秋田魁新報 is a newspaper's), or the tagger's with a title,
    an honorific or an age next to it (its 出雲駅伝 or サルベージ・マイス read as a person give no surname)."""
    out: dict[str, int] = {}
    for mention in chosen:
        if mention.type != "PERSON" or (mention.entity_id or "person:")[:7] != "person:":
            continue
        name = folded[mention.start : mention.end]
        shorts = [short for short in short_forms(name) if len(short) >= 2 and short not in out]
        if shorts and (mention.source not in _GUESSED or (
                mention.source == "unidic" and _written_alone(folded, name)) or person_next_to(folded, name)):
            for short in shorts:
                out[short] = mention.end
    return out


_KANJI_AFTER = re.compile(r"[\u4e00-\u9fff]")
_PRIVATE_TITLE = re.compile(PRIVATE_TITLES)


def _written_alone(folded: str, name: str) -> bool:
    """Whether one of name's occurrences ends the word: no kanji after it but a title's or an honorific's."""
    position = folded.find(name)
    while position >= 0:
        end = position + len(name)
        if not _KANJI_AFTER.match(folded, end) or person_after(folded, end) or office_after(folded, end) \
                or _PRIVATE_TITLE.match(folded, end):
            return True
        position = folded.find(name, end)
    return False
