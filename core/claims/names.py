"""People the entity detector missed in a meeting sentence, read from UniDic's person-name tags.

Only sentences that speak of a meeting are read (a tokenizer pass over one sentence),
so the cost stays linear. A surname alone (浦田弁護士は) stands for the person of that
surname named earlier in the article (浦田和栄).
"""

from __future__ import annotations

import re

from core.model import ShortForm
from core.nlp.offices import office_after
from core.nlp.tokens import tokenize

_KANJI_NAME = re.compile(r"[\u4e00-\u9fff]{3,5}")
_TITLE = re.compile(r"(?:監督|社長|会長|選手|投手|オーナー|教授)")


class EarlierPeople:
    """Full names of the people named so far in an article, by surname."""

    def __init__(self) -> None:
        self.by_surname: dict[str, tuple[str, str | None]] = {}
        self.by_initial: dict[str, set[tuple[str, str | None]]] = {}

    def add(self, name: str, entity_id: str | None) -> None:
        if _KANJI_NAME.fullmatch(name):
            self.by_surname.setdefault(name[:2], (name, entity_id))
            self.by_initial.setdefault(name[0], set()).add((name, entity_id))

    def resolve(self, surname: str) -> tuple[str, str | None] | None:
        """The person a two-character surname stands for, or one of one character (王監督 → 王貞治) when only one fits."""
        if len(surname) == 1:
            people = self.by_initial.get(surname, set())
            return next(iter(people)) if len(people) == 1 else None
        return self.by_surname.get(surname)


def _is_name(pos: str) -> bool:
    return pos.startswith("名詞,固有名詞,人名")


def missed_people(body: str, s_start: int, s_end: int, taken: list[tuple[int, int]],
                  earlier: EarlierPeople) -> list[dict]:
    """PERSON mentions for name runs in [s_start, s_end) that no known mention covers.

    Sentences are at most a few thousand characters (core.claims.suggest.sentences cuts longer ones).
    """
    tokens = tokenize(body[s_start:s_end])
    out, i = [], 0
    while i < len(tokens):
        if not _is_name(tokens[i].pos):
            i += 1
            continue
        j = i + 1
        # ハンス・キュング, ベネディクト16世, 関淳一: the rest of the name
        while j < len(tokens) and (_is_name(tokens[j].pos) or tokens[j].surface in ("・", "=", "＝")
                                   or (tokens[j - 1].surface in ("・", "=", "＝") and re.fullmatch(r"[\u30a1-\u30ff]+", tokens[j].surface))
                                   or (tokens[j].pos.startswith("名詞,数詞") and j + 1 < len(tokens)
                                       and tokens[j + 1].surface == "世")
                                   or (tokens[j].surface == "世" and tokens[j - 1].pos.startswith("名詞,数詞"))):
            j += 1
        start, end = s_start + tokens[i].start, s_start + tokens[j - 1].end
        i = j
        if body[end - 1] in "・=＝" or any(a < end and start < b for a, b in taken):
            continue
        name, entity_id = body[start:end], None
        # a one-character surname counts only with a title after it (王監督と, 習主席は)
        titled = len(name) == 1 and (office_after(body, end) or _TITLE.match(body, end))
        known = earlier.resolve(name) if len(name) == 2 or titled else None
        if known:
            name, entity_id = known
        elif end - start < 2:
            continue
        out.append(ShortForm(start, end, body[start:end], "PERSON", entity_id, source=None, full_name=name))
    return out
