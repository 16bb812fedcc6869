"""Two countries joined by と and glued to the meeting word by の (米国と北朝鮮の実務者協議, 米国と中国の5日の首脳会談):
the word names its own sides, as a compound of letters does (米朝協議: core.meetings.country_letters). A person of a
third country in the clause speaks or hears of the talks (菅官房長官は…米国と北朝鮮の協議の報告を受ける)."""

from __future__ import annotations

from core.clauses.phrases import of_group


def countries_joined(body: str, actors, clause: int, start: int) -> set[str]:
    """The two countries (entity ids) written AとBの right before the word at start, B glued to it by の (a day, an
    ordinal or a short noun may stand between: AとBの5日の実務者協議); empty when there are none."""
    glued = {p.end for p in of_group(body, clause, start)}
    countries = [m for m in actors if m.type == "GPE" and clause <= m.start and m.end <= start
                 and (m.entity_id or "").startswith("country:")]
    for a, b in zip(countries, countries[1:]):
        if body[a.end : b.start] == "と" and b.end in glued and a.entity_id != b.entity_id:
            return {a.entity_id, b.entity_id}
    return set()
