"""A person's name the entity detector cut before an honorific, read whole (羽賀|保里 + さん → 羽賀紗保里, （弓|気田さん）).

A given name the detector does not know is often left out or read as a second person: 羽賀紗保里さん gives 羽賀 and
保里, 田中一郎容疑者 gives 田中. Before an honorific or a suspect's or defendant's title, the kanji run from the first
person's start to the honorific is one name, the holder its claims are written with.
"""

from __future__ import annotations

import re

from core.model import Mention
from core.nlp.offices import OFFICE_WORDS, PRIVATE_TITLES

# What follows a whole name only: an honorific, or what the police and courts call a person
_AFTER_NAME = re.compile(r"(?:氏|さん|容疑者|被告人?|受刑者)")
_KANJI = re.compile(r"[\u4e00-\u9fff]+")
# A title inside the run: 石田元首相さん, 田中社長氏 are a name and a title, not a longer name
_TITLE_INSIDE = re.compile("|".join(sorted(OFFICE_WORDS, key=len, reverse=True)) + "|" + PRIVATE_TITLES + "|元|前|現")


# Kanji between an opening bracket and a person's mention: the name's first letters (（弓|気田さん）); not at a line's
# start, where a word may open the sentence (一方|由美さんは)
_OPENED_BEFORE = re.compile(r"(?<=[(（])(?P<head>[\u4e00-\u9fff]{1,2})$")


def whole_names(body: str, mentions: list) -> list:
    """mentions with each person cut before an honorific joined into one (羽賀 + 紗保里さん → 羽賀紗保里)."""
    joined, drop = [], set()
    people = [m for m in mentions if m.type == "PERSON"]
    for mention in people:
        if id(mention) in drop or not _KANJI.fullmatch(mention.text):
            continue
        opened = _OPENED_BEFORE.search(body, max(0, mention.start - 4), mention.start)
        if opened is not None and _AFTER_NAME.match(body, mention.end) and not _TITLE_INSIDE.search(opened.group("head")):
            # （弓気田さん）: the detector kept 気田; the bracket opens the name
            name = body[opened.start("head") : mention.end]
            joined.append(Mention(opened.start("head"), mention.end, name, "PERSON", f"found:PERSON:{name}", source=None))
            drop.add(id(mention))
            continue
        run = _KANJI.match(body, mention.end)
        if run is None or mention.end - mention.start + run.end() - run.start() > 6:
            continue  # no name goes on, or a run too long for one name (a title or a word follows)
        at = run.end()
        if _AFTER_NAME.match(body, at) is None or _TITLE_INSIDE.search(run.group()):
            continue  # no honorific after the run, or a title inside it (石田元首相さん, 田中社長氏)
        inside = [m for m in mentions if mention.end <= m.start < at and m is not mention]
        if any(m.type != "PERSON" for m in inside):
            continue  # 山田東京都知事: a place, not more of the name
        name = body[mention.start:at]
        joined.append(Mention(mention.start, at, name, "PERSON", f"found:PERSON:{name}", source=None))
        drop.add(id(mention))
        drop.update(id(m) for m in inside)
    if not joined:
        return mentions
    return sorted([m for m in mentions if id(m) not in drop] + joined, key=lambda m: m.start)
