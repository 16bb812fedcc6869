"""How a person's full name is shortened later in an article, and the mentions those short forms give.

A new person's surname alone after the full name (長井健司さん … 長井の銃撃), the last part of a name written
in parts (ジョージ・ウェア … ウェア候補), or the name written again (アネルカ選手 … アネルカが) names the same
person: later_short_forms adds those the tagger missed, short_forms_retyped makes a PERSON of those it read
as an organisation or a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import Mention
from core.nlp.offices import office_after
from core.nlp.person_support import SEPARATORS, common_word, guessed_thing, person_supported
from core.nlp.text_index import Occurrences
from core.nlp.tokens import Token


def later_short_forms(folded: str, chosen: list[Mention], starts: set, ends: set,
                      tokens: list[Token] | None = None) -> list[Mention]:
    """A new person's surname alone after the full name (長井健司さん … 長井の銃撃), or the name written
    again (アネルカ選手 … アネルカが): PERSON mentions.

    Names no registry entry holds, and a known person's full name (中川昭一) whose surname
    UniDic cuts where the title pass cannot read it (混入|中|川|農相); only two characters or
    more, only on token edges and where no other mention stands.
    """
    taken = bytearray(len(folded) + 1)
    occurrences = Occurrences(folded, starts)  # each name's places found once, not at each of its mentions
    walked_from: dict[str, set[int]] = {}  # each name's places looked at so far
    for mention in chosen:
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    out = []
    for mention in chosen:
        if mention.type != "PERSON" or (mention.entity_id is not None and not (
                mention.entity_id.startswith("person:") and len(folded[mention.start : mention.end]) >= 3)):
            continue
        name = folded[mention.start : mention.end]
        if tokens is not None and common_word(tokens, starts, mention.start, mention.end):
            continue  # 鳥インフルエンザ read as a person once is not spread through the article
        again = (name,) if person_supported(folded, name, mention, tokens, starts) else ()
        shorts = () if guessed_thing(folded, name, mention, tokens, starts) else short_forms(name)
        for short in shorts + again:  # the whole name written again counts too (アネルカ選手 … アネルカ)
            if len(short) < 2:
                continue
            walked = walked_from.setdefault(short, set())
            for position in occurrences.after(short, mention.end):
                if position in walked:
                    break  # walked on from here for an earlier mention: taken then, or no place for it then or now
                walked.add(position)
                end = position + len(short)
                inside_other = folded[end : end + 1] in SEPARATORS or folded[position - 1 : position] in SEPARATORS
                if position in starts and end in ends and not any(taken[position:end]) and not inside_other:
                    out.append(Mention(position, end, "", "PERSON", source="title"))
                    taken[position:end] = b"\x01" * len(short)
    return out


def short_forms_retyped(folded: str, chosen: list[Mention], tokens: list[Token] | None = None,
                        index_at: dict | None = None) -> list[Mention]:
    """The tagger's organisation or place that is a new person's surname written before: a PERSON.

    Only spans the tagger or UniDic alone found, after the full name: the last part of a name
    written in parts (ジョージ・ウェア … ウェア候補), or a kanji surname before a title
    (前原誠司 … 前原大臣).
    """
    shorts: dict[str, tuple[int, bool]] = {}
    for mention in chosen:
        name = folded[mention.start : mention.end]
        if mention.type == "PERSON" and mention.entity_id is None:
            if tokens is not None and common_word(tokens, index_at, mention.start, mention.end):
                continue
            parts = "・" in name or "=" in name or "＝" in name
            for short in short_forms(name):
                if len(short) >= 2:
                    shorts.setdefault(short, (mention.end, parts))
            if len(name) >= 2 and person_supported(folded, name, mention, tokens, index_at):
                shorts.setdefault(name, (mention.end, True))  # the same name again is the same person
    if not shorts:
        return chosen
    out = []
    for mention in chosen:
        text = folded[mention.start : mention.end]
        after, parts = shorts.get(text, (len(folded), False))
        if mention.source in ("tagger", "unidic") and mention.entity_id is None and mention.type in ("ORG", "LOC", "GPE") \
                and after <= mention.start and (parts or office_after(folded, mention.end)):
            mention = Mention(mention.start, mention.end, "", "PERSON", source=mention.source, confidence=mention.confidence)
        out.append(mention)
    return out


@lru_cache(maxsize=4096)  # the same names come back in every article and in each pass
def short_forms(name: str) -> tuple[str, ...]:
    """How a full name is shortened later in an article: its last part, a kanji surname, or a katakana surname
    before a kanji given name (ダルビッシュ of ダルビッシュ有)."""
    parts = [p for p in name.replace("＝", "・").replace("=", "・").split("・") if p]
    if len(parts) > 1:
        return (parts[-1],)
    if len(name) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in name):
        return (name[:1], name[:2])
    head = _KANA_SURNAME.match(name)
    return (head.group(0),) if head is not None else ()


_KANA_SURNAME = re.compile(r"[\u30a1-\u30faー]{3,}(?=[\u4e00-\u9fff]{1,2}$)")
