"""The counterpart told before: talks named by their level (外相会談, 首脳会談, 国防相会談) whose clause names one person
of that level and no partner, after the article named one person of another country holding an office of that level
(ロシアのラブロフ外相は10日、…語った。\\n河野外相は11日、外相会談に臨んだ) — a meeting of foreign ministers has a foreign
minister across the table, and Japanese news names them before it leaves them out. Two such people of other countries
named before, or one of the side's own country, leave the talks as they are (which one met is not said)."""

from __future__ import annotations

from core.clauses.phrases import phrases
from core.clauses.referents import candidates, holds
from core.meetings.levels import level_of
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of, person_country
from core.meetings.traveller_met import country_told
from core.meetings.triggers import PARTNER_BEFORE
from core.scan_ending import search_ending

_KINDS = ("talks", "phone_call", "video_call")
# levels one person of each country holds (a cabinet's or a working level's many officials are no one person)
_ONE_HOLDER = ("heads", "foreign", "defence", "finance")
# how many meetings told before are asked whether the two met (a page of thousands of tellings reads a few per word)
_RECENT = 32


def counterpart_named_before(body: str, mention: MeetingMention, clause: int, start: int, people,
                             earlier: list[MeetingMention]) -> None:
    """Give talks of a level one person per country holds, one person of that level read and no partner in the
    clause, the one person of another country the article named before the talks' sentence with an office of that
    level, unless the two met in a meeting told before (河野外相は10日、ラブロフ外相と会談した。…11日には北京で外相
    会談に臨んだ: another meeting, its partner unnamed; talks told again are joined by the readers of references).
    people: the article's actors, a SpanIndex; earlier: the meetings told before."""
    if mention.kind not in _KINDS or len(mention.participants) != 1 or mention.title is not None or mention.cited:
        return
    level = level_of(body[max(mention.sentence[0], mention.start - 6) : mention.end])
    (side,) = mention.participants
    if level not in _ONE_HOLDER or level_of(side.office or "") != level \
            or (side.entity_id or "").startswith(("country:", "found:GPE:", "org:", "found:ORG:")):
        return
    if search_ending(PARTNER_BEFORE, body, clause, start) \
            or any(p.group == "partner" for p in phrases(body, clause, start)):
        return  # (…と会談し: a partner the clause names, read or not, is its own)
    if any(m.type == "PERSON" and not _is(body, m, side) for m in people.within(*mention.sentence)):
        return  # (外相会談に臨み、王毅外相と握手した: someone the sentence names may be the one met)
    # the people named before the word: the sentence names none but the side, whose office it may write (町村外相は
    # 11日、外相会談に臨み: a cabinet minister written with no country is Japan's, core.meetings.traveller_met.country_told)
    told = candidates(body, people, mention.start)
    code = country_told(body, side, told, home=True)
    own = f"country:{code}" if code else None
    if own is None:
        return
    others = {}
    for c in told:
        if c.office is None or level_of(c.office.group(0)) != level or _is(body, c.mention, side) \
                or not holds(c.office, c.office.group("office")):
            continue  # (メドベージェフ前首相, 副首相: one who no longer holds the office, or a deputy, meets no one by it)
        country = _country(c.mention.entity_id, c.country)
        if country == own:
            return  # (another of the side's own country at that level: whose talks these are is not clear)
        if country is not None:
            others[c.mention.entity_id or name_of(body, c.mention)] = c
    if len(others) != 1:
        return
    (c,) = others.values()
    met = {side.entity_id or side.name, c.mention.entity_id or name_of(body, c.mention)}
    if any(met <= {p.entity_id or p.name for p in m.participants} for m in earlier[-_RECENT:]):
        return
    mention.participants.append(Participant(name_of(body, c.mention), c.mention.entity_id,
                                            office=c.office.group("office")))


def _country(entity_id: str | None, written: str | None) -> str | None:
    """A person's country: the one written with them in the article, else the one Kaidan knows them by."""
    if written:
        return written
    code = person_country(entity_id)
    return f"country:{code}" if code else None


def _is(body: str, m, side: Participant) -> bool:
    """Whether the mention names the side (its entity, or its name)."""
    return bool(m.entity_id) and m.entity_id == side.entity_id or name_of(body, m) == side.name
