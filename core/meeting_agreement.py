"""Whether a meeting Kaidan proposed agrees with a gold meeting: its sides, its date, and why it does not.

The gold names people as the text writes them (岩屋 / 岩屋毅) and countries where the text tells a meeting by
countries only (日中首脳会談); Kaidan names entities. These rules say when the two are the same side, so every
score of meetings (the evaluation, the identity report, the benches) judges agreement one way.
"""

from __future__ import annotations

import re


_TITLES = re.compile(r"(氏|さん|長官|外相|首相|大統領|国家主席|主席|報道官|総理大臣|総理|市長|知事|教授|枢機卿)$")


def participant_key(participant: dict) -> str | None:
    """What a side is matched by: its entity, or the gold's hint (a bare country code read as country:XX)."""
    key = participant.get("entity_id") or participant.get("entity_hint")
    if key and len(key) == 2 and key.isupper():
        key = f"country:{key}"
    return key


def _names_agree(a: str | None, b: str | None, person: bool = False) -> bool:
    """The same name written shorter or longer (岩屋 / 岩屋毅, トランプ / ドナルド・トランプ).

    Kaidan's person (person=True: a is Kaidan's) agrees as the whole name, the surname that
    opens it, or one of its ・ parts, never as a name cut at its head (武健二 for 鬼武健二).
    """
    a, b = _TITLES.sub("", a or ""), _TITLES.sub("", b or "")
    if not a or not b:
        return False
    if a == b:
        return True
    if not person:
        return min(len(a), len(b)) >= 2 and (a in b or b in a)
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and (long.startswith(short) or short in re.split(r"[・=＝]", long))


def same_person(p: dict, gold_name: str, registry) -> bool:
    """Kaidan's participant and the gold's name are one: by name, or by the name or an alias of its entity."""
    entity = registry.get(p["entity_id"]) if p.get("entity_id") else None
    person = (p.get("entity_id") or "").startswith(("person:", "found:PERSON:"))
    names = [p.get("name")] + ([entity.name, *entity.aliases] if entity is not None else [])
    return any(_names_agree(name, gold_name, person) for name in names if name)


def country_level(gold_meeting: dict) -> bool:
    """A meeting the text tells by countries only (日中首脳会談): compare countries."""
    return all((participant_key(p) or "").startswith("country:") for p in gold_meeting["participants"])


def participants_right(gold_meeting: dict, kaidan: list[dict], country_of, registry) -> bool:
    """Each gold participant is one of Kaidan's, and Kaidan names nobody else."""
    return participant_gaps(gold_meeting, kaidan, country_of, registry) == (0, 0)


def participant_gaps(gold_meeting: dict, kaidan: list[dict], country_of, registry) -> tuple[int, int]:
    """(gold participants Kaidan lacks, Kaidan participants the gold lacks)."""
    lacking, extra = unmatched_sides(gold_meeting, kaidan, country_of, registry)
    return len(lacking), len(extra)


def unmatched_sides(gold_meeting: dict, kaidan: list[dict], country_of, registry) -> tuple[list, list]:
    """(the gold's sides Kaidan lacks, Kaidan's sides the gold lacks); by country when the gold names countries only."""
    if country_level(gold_meeting):
        want = {participant_key(p) for p in gold_meeting["participants"]}
        got = {k if (k := p.get("entity_id") or "").startswith("country:") else country_of(k) or p["name"]
               for p in kaidan}
        return sorted(want - got), sorted(got - want)
    left, lacking = list(kaidan), []
    for g in gold_meeting["participants"]:
        hint = participant_key(g)
        # the host of a visit may be named by its country (トランプ氏の中国訪問: 中国 for 習近平)
        host_country = country_of(hint) if hint and g.get("role") == "host" else None
        match = next((p for p in left if (hint and p.get("entity_id") == hint)
                      or same_person(p, g["name"], registry)
                      or (host_country and p.get("entity_id") == host_country)), None)
        if match is None:
            lacking.append(g)
        else:
            left.remove(match)
    return lacking, left


MISS_REASONS = ("not proposed", "participant missing", "extra participant", "date missing",
                "date wrong or coarser", "split in two")


def miss_reasons(gold_meeting: dict, overlapping: list[dict], country_of, registry) -> list[str]:
    """Why a gold meeting was not found: not proposed at all, or what is wrong with the closest of the
    proposals touching its mentions (fewest faults), and "split in two" when several proposals share them."""
    if not overlapping:
        return ["not proposed"]
    faults = []
    for m in overlapping:
        missing, extra = participant_gaps(gold_meeting, named_sides(m), country_of, registry)
        found = [MISS_REASONS[1]] * bool(missing) + [MISS_REASONS[2]] * bool(extra)
        if not date_right(m["start"], gold_meeting):
            found.append(MISS_REASONS[3] if not m["start"] else MISS_REASONS[4])
        faults.append(found)
    reasons = min(faults, key=len)
    return reasons + ["split in two"] * (len(overlapping) > 1)


_FINER_THAN_MONTH = ("day", "part_of_day", "days", "week")


def date_right(kaidan_start: str | None, gold_meeting: dict) -> bool:
    """Kaidan's date falls in the gold's range and is no coarser than the text (any date when it gives none)."""
    start, precision = gold_meeting.get("start"), gold_meeting.get("precision") or "day"
    if not start:
        return True
    if not kaidan_start:
        return False
    end = gold_meeting.get("end") or start
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", kaidan_start):
        return start[:10] <= kaidan_start <= end[:10] if len(start) >= 10 else kaidan_start.startswith(start)
    if precision in _FINER_THAN_MONTH:
        return False  # the text names the day, Kaidan only a month or a year
    if re.fullmatch(r"\d{4}-\d{2}", kaidan_start):
        return precision != "year" and start[:7] <= kaidan_start <= end[:7]
    return kaidan_start == start[: len(kaidan_start)] and precision == "year"


def named_sides(meeting: dict) -> list[dict]:
    """Kaidan's participants; a named meeting with nobody named (主要国首脳会議) stands as its own body."""
    if meeting["participants"] or not meeting.get("title"):
        return meeting["participants"]
    return [{"name": meeting["title"], "entity_id": None}]
