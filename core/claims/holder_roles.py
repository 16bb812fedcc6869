"""What an option of the holder chooser is in its clause: the topic of the claim's sentence or the one carried from
before, the subject of a verb of saying, a country or body beside its own person, and how many sentences back.

These are the roles a reader weighs when two names stand near a claim, and they hold on any text: Aは「…」と述べた
makes A the subject of the verb; a sentence that names no topic goes on with the last one (Aは…と述べた。「…」);
米国のトランプ大統領 is the person speaking, not the country. core.claims.holder_chooser adds these columns to its rows.
"""

from __future__ import annotations

import re

from core.clauses.predicates import predicates

ROLE_FEATURES = (
    "sentence_topic", "carried_topic", "speech_subject", "owner_of_person", "person_of_owner",
    "country_beside_person", "sentences_back",
)
TOPIC = ("は", "も")
SUBJECT = ("は", "が", "も")
# What may stand between a country or body and its own person: の, a title or body (米国務省のプライス報道官)
_TITLE_RUN = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]+")
_OWNER_GAP = re.compile(r"(?:の|・)?(?:[\u4e00-\u9fff\u30a1-\u30faー]{1,8}の)?")


def carried_topic(article, before: int, reach: int, particle_after) -> tuple[str, int, int] | None:
    """(group key, start, end) of the last topic (a name with は or も, outside quotes) written in the `reach`
    sentences before the one starting at `before`: a paragraph that names its speaker once and goes on with its
    words carries it further than one sentence. particle_after(body, at) reads the particle after a name."""
    starts = [start for start, _ in article.sentences]
    first = starts[max(0, article.sentence_index(before) - 1 - reach)] if starts else 0
    best = None
    for key, (_, _, _, surfaces) in article.groups.items():
        for surface in surfaces:
            at = article.body.rfind(surface, first, before)
            while at >= 0:
                if particle_after(article.body, at + len(surface)) in TOPIC \
                        and not any(a < at < b for a, b in article.quotes):
                    if best is None or at + len(surface) > best[2]:
                        best = (key, at, at + len(surface))
                    break
                at = article.body.rfind(surface, first, at)
    return best


def _first_speech_after(text: str, at: int, end: int) -> int | None:
    """Where the first verb of saying after at (before end) stands, or None."""
    found = [s for kind, s, _ in predicates(text, at, end) if kind == "speech"]
    return min(found) if found else None


def role_rows(article, claim, options: list, particles: list[str | None], sentence_index) -> list[list[float]]:
    """One row of ROLE_FEATURES per option; particles[i] is option i's particle, sentence_index(at) the number of
    the sentence at a place."""
    text = article.masked
    s_start, s_end = article.sentence_of(claim.start)
    particles = [None if _in_quote(article, o) or _in_title(article.body, o, options) else p
                 for o, p in zip(options, particles)]
    subjects = sorted((o.start, o.end) for o, p in zip(options, particles) if p in SUBJECT)
    topics_here = [i for i, (o, p) in enumerate(zip(options, particles))
                   if p in TOPIC and s_start <= o.start and o.end <= claim.start]
    subjects_here = [o for o, p in zip(options, particles) if p in SUBJECT and s_start <= o.start < claim.start]
    topics_before = [i for i, (o, p) in enumerate(zip(options, particles)) if p in TOPIC and o.end <= s_start]
    topic = max(topics_here, key=lambda i: options[i].end, default=None)
    carried = None if subjects_here else max(topics_before, key=lambda i: options[i].end, default=None)
    people = [o for o in options if o.type == "PERSON"]
    here = sentence_index(claim.start)
    rows = []
    for i, (o, particle) in enumerate(zip(options, particles)):
        speech = False
        if particle in SUBJECT:
            o_end = article.sentence_of(o.start)[1] if o.end <= s_start else max(s_end, o.end)
            verb = _first_speech_after(text, o.end, o_end)
            if verb is not None:  # no other subject between the option and its verb
                speech = not any(o.end <= a < verb for a, _ in subjects if (a, _) != (o.start, o.end))
        owner = o.type in ("GPE", "ORG") and any(_owns(article.body, o, p) for p in people)
        owned = o.type == "PERSON" and any(_owns(article.body, q, o) for q in options if q.type in ("GPE", "ORG"))
        beside = o.type == "GPE" and any(s_start <= p.start < s_end for p in people)
        back = max(0, here - sentence_index(o.start)) if o.start < s_start else 0
        rows.append([float(i == topic), float(i == carried), float(speech), float(owner), float(owned),
                     float(beside), min(back, 3) / 3])
    return rows


def _in_quote(article, option) -> bool:
    return any(a < option.start < b for a, b in article.quotes)


def _in_title(body: str, option, options: list) -> bool:
    """Whether the option is written inside another's title, before that one's particle (ルイス・マキャベロ在日ペルー
    大使は: ペルー is no topic of its own)."""
    return any(q.end <= option.start and option.end < q.end + 14 and _TITLE_RUN.fullmatch(body, q.end, option.end)
               for q in options if q.type == "PERSON" and q is not option)


def _owns(body: str, owner, person) -> bool:
    """Whether a country or body is written right before a person of its own (米国のトランプ大統領, 中国外務省の…)."""
    if person.start < owner.end or person.start - owner.end > 12:
        return False
    gap = _OWNER_GAP.fullmatch(body, owner.end, person.start)
    return gap is not None
