"""People a claim's article has named so far, by surname (浦田弁護士は → 浦田和栄 named earlier)."""

from __future__ import annotations

import re

from core.claims.clauses import SURNAME
from core.model import ShortForm


class Persons:
    """People named so far, by surname, so 浦田弁護士は finds 浦田和栄 named earlier."""

    def __init__(self) -> None:
        self.by_surname: dict[str, object] = {}
        self.names: dict[str, str] = {}

    def add(self, body: str, people: list) -> None:
        for mention in people:
            name = body[mention.start : mention.end]
            if mention.type == "PERSON" and len(name) >= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", name):
                self.by_surname[name[:2]] = mention
                self.names[name[:2]] = name

    def full_name(self, text: str | None) -> str | None:
        """浦田 → 浦田和栄 when a person of that surname was named earlier."""
        person = self.by_surname.get(text) if text and len(text) == 2 else None
        return self.names.get(text, text) if person is not None else text

    def surnames(self, body: str, s_start: int, s_end: int, people: list) -> list[ShortForm]:
        """Mentions made up for surnames of earlier people standing as subjects in the sentence."""
        if not self.by_surname:
            return []
        taken = {m.start for m in people}
        out = []
        for match in SURNAME.finditer(body, s_start, s_end):
            person = self.by_surname.get(match.group("name"))
            if person is not None and match.start() not in taken:
                out.append(ShortForm(match.start(), match.end("name"), match.group("name"), "PERSON",
                                     person.entity_id, source=None, full_name=body[person.start : person.end]))
        return out
