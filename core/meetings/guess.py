"""A first guess at a new meeting from the sentence a user marked, and how well known meetings fit it.

When the user ties a meeting mention to a meeting that is not in the library yet,
Kaidan proposes its kind, participants and date from the entity mentions of the
mention's sentence; the meeting card corrects them. Pure functions over the body
and the mentions the store returns: no library, no window.
"""

from __future__ import annotations

from typing import Mapping

from core.meetings.dates import date_range
from core.model import Mention
from core.text import sentence_end, sentence_start

# A first guess at the kind from the mention's own words; "talks" when none fits.
KIND_WORDS = (("電話", "phone_call"), ("オンライン", "video_call"), ("テレビ会議", "video_call"),
              ("サミット", "multilateral"), ("首脳会議", "multilateral"), ("交渉", "negotiation_round"),
              ("訪", "visit"), ("来日", "visit"), ("署名", "signing"), ("調印", "signing"), ("歴訪", "trip"))


def sentence_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (between 。 or line breaks) around a span."""
    left = sentence_start(body, start)
    return left, min(sentence_end(body, end) + 1, len(body))


def guess_kind(words: str) -> str:
    """The meeting kind the mention's words name (電話 → phone_call …), else talks."""
    return next((kind for word, kind in KIND_WORDS if word in words), "talks")


def guess_meeting(body: str, start: int, end: int, mentions: list[Mention],
                  names: Mapping[str, str]) -> dict:
    """Kind, participants and date for a new meeting, read from the entity mentions of the sentence.

    People linked to an entity take part; when the sentence names none, its linked
    countries do. names maps entity ids to their canonical names (the mention's own
    text stands in for an id it lacks). The date is the sentence's resolved date
    nearest the mention, as finely as its words say.
    """
    left, right = sentence_bounds(body, start, end)
    around = [m for m in mentions if left <= m.start and m.end <= right]
    people = [m for m in around if m.type == "PERSON" and m.entity_id]
    named = people or [m for m in around if m.type == "GPE" and m.entity_id]
    participants, seen = [], set()
    for m in named:
        if m.entity_id in seen:
            continue
        seen.add(m.entity_id)
        participants.append({"entity_id": m.entity_id, "name": names.get(m.entity_id) or m.text,
                             "role": "participant"})
    dates = sorted((m for m in around if m.type == "DATE" and m.value),
                   key=lambda m: abs(m.start - start))
    fields = {}
    if dates:
        first, last, precision = date_range(dates[0].value[:10], dates[0].text)
        fields = {"date_text": dates[0].text, "start_date": first, "precision": precision}
        if last != first:
            fields["end_date"] = last
    return {"kind": guess_kind(body[start:end]), "participants": participants, "fields": fields}


def fit_score(meeting: dict, sentence: str, day: str | None) -> int:
    """How well a meeting fits a mention: its participants named in the sentence, its month the article's."""
    points = sum(2 for p in meeting["participants"] if p["name"] and p["name"][:2] in sentence)
    if day and meeting["start"] and meeting["start"][:7] == day[:7]:
        points += 1
    return points
