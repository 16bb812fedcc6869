"""People a claim's article has named so far, by surname (浦田弁護士は → 浦田和栄 named earlier)."""

from __future__ import annotations

import re

from core.claims.clauses import SURNAME
from core.claims.holders import PRIVATE_TITLES
from core.model import ShortForm
from core.nlp.offices import HONORIFICS, office_after
from core.scan import skipping

# What may follow a surname that stands alone: an honorific or a title, nothing else (石原慎太郎は is no 石原)
_PRIVATE_TITLE = re.compile(r"(?:" + PRIVATE_TITLES + r"|代表|議員|委員|委員長|知事|市長|町長|村長|総裁|党首|幹事長|被告|容疑者|記者|"
                            r"医師|局長|部長|課長|室長|園長|校長|教諭|研究員|主任|政務官|副大臣|書記官|裁判長|判事|検事|将軍|大佐)$")


# A surname that closes its sentence, after a word that is not part of a name (の石井。, した石井氏。)
_CLOSING_SURNAME = re.compile(r"(?<=[ぁ-ゖ、・])(?P<name>[\u4e00-\u9fff]{2})(?P<title>氏|さん|選手|監督|投手|容疑者|被告)?(?=。|\n|$)")
_CLOSING_SURNAME = skipping(_CLOSING_SURNAME)  # core.scan's skipping twin: the same matches


def shorter_writings(name: str) -> set[str]:
    """How an article writes a person's name after its first writing: the part after a middle dot (ジョージ・ブッシュ →
    ブッシュ) and a kanji name's first two letters, its surname (浦田和栄 → 浦田)."""
    out = {part for part in re.split(r"[・＝=]", name)[1:] if len(part) >= 2}
    if len(name) >= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", name):
        out.add(name[:2])
    return out


class Persons:
    """People named so far, by surname, so 浦田弁護士は finds 浦田和栄 named earlier.

    Two people of one surname (安倍晋三, 安倍昭恵) are both kept: the one written with the title the
    reference uses (安倍首相は) is meant, else the one named last.
    """

    def __init__(self) -> None:
        self.by_surname: dict[str, list[tuple[object, str, str]]] = {}  # surname: [(mention, name, title)], last first

    def add(self, body: str, people: list) -> None:
        for mention in people:
            name = body[mention.start : mention.end]
            if mention.type == "PERSON" and len(name) >= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", name):
                office = office_after(body, mention.end)
                known = [p for p in self.by_surname.get(name[:2], []) if p[1] != name]
                self.by_surname[name[:2]] = [(mention, name, office.group("office") if office else "")] + known

    def _person(self, surname: str, title: str = ""):
        people = self.by_surname.get(surname)
        if not people:
            return None
        if title and title not in HONORIFICS:
            titled = [p for p in people if p[2] and (p[2] == title or title.endswith(p[2]) or p[2].endswith(title))]
            if titled:
                return titled[0]
        return people[0]

    def full_name(self, text: str | None) -> str | None:
        """浦田 → 浦田和栄 when a person of that surname was named earlier."""
        person = self._person(text) if text and len(text) == 2 else None
        return person[1] if person is not None else text

    def surnames(self, body: str, s_start: int, s_end: int, people: list) -> list[ShortForm]:
        """Mentions made up for surnames of earlier people standing as subjects in the sentence.

        The surname must be whole: what follows it is a title or an honorific (石原知事は), not more
        of a name (石原慎太郎は is not 石原伸晃)."""
        if not any(body.find(surname, s_start, s_end) >= 0 for surname in self.by_surname):
            return []  # no surname of anyone named before is written in the sentence (most): found in C
        taken = {m.start for m in people}
        out = []
        for match in SURNAME.finditer(body, s_start, s_end):
            title = match.group("title")
            if title and not (title in HONORIFICS or _whole_title(body, match.end("name"), match.end("title"))):
                continue
            person = self._person(match.group("name"), title)
            if person is not None and match.start() not in taken:
                mention, name, _ = person
                out.append(ShortForm(match.start(), match.end("name"), match.group("name"), "PERSON",
                                     mention.entity_id, source=None, full_name=name))
        closing = _CLOSING_SURNAME.search(body, max(s_start, s_end - 8), s_end)
        if closing is not None and closing.start() not in taken:
            # …番組に出演した石井。: the sentence closes on a surname alone, the one named in full before (石井慧)
            person = self._person(closing.group("name"), closing.group("title") or "")
            if person is not None and not any(m.start == closing.start() for m in out):
                mention, name, _ = person
                out.append(ShortForm(closing.start(), closing.end("name"), closing.group("name"), "PERSON",
                                     mention.entity_id, source=None, full_name=name))
        return out


def _whole_title(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] is one title (首相, 米国務長官, 弁護士), as office_after reads it."""
    office = office_after(body, start)
    return (office is not None and office.end() == end) or _PRIVATE_TITLE.search(body[start:end]) is not None
