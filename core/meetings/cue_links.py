"""Links between meetings of one article read from a cue in a sentence (に先立ち, に向けて, の際, を受け, a signing as
the talks' 結果), from a visit's stops and from containers (a negotiation round, a summit week), and the dates a link
gives."""

from __future__ import annotations

import re

from core.meetings.agreement import LOOK_BACK, is_country, subset
from core.meetings.mention import MeetingMention
from core.meetings.proposal import Proposal
from core.meetings.same_dates import dates_agree
from core.meetings.setting import OUTCOME

# "A に先立ち B": B precedes A; "A に向けて B": B prepares A; "A の際 B": B is part of A.
_LINK_CUES = [
    ("precedes", re.compile(r"(?:に先立ち|に先立って|の前日|の数時間前|の前に|の直前|を前に|を控え|前に|直前に)")),
    ("prepares", re.compile(r"(?:に向けて|に向け|へ向けた|に向けた|の準備)")),
    ("part_of", re.compile(r"(?:の際|の合間|の傍ら|に合わせて|に出席するため|の場で|の関連)")),
    ("follow_up", re.compile(r"(?:を受け|の後|に続き|に続いて)")),
]


def article_links(proposals: list[Proposal], body: str, country_of=None) -> list[tuple[Proposal, Proposal, str, str]]:
    """(from, to, relation, evidence) for meetings of one article related by a cue in one sentence."""
    owner = {id(m): p for p in proposals for m in p.mentions}
    mentions = sorted((m for p in proposals for m in p.mentions), key=lambda m: m.start)
    by_sentence: dict[tuple[int, int], list[MeetingMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    links = _stops_of_visits(by_sentence, owner, body) + _day_before(proposals, body) + containers(proposals, body)
    known = {(id(a), id(b), relation) for a, b, relation, _ in links}
    links += [(owner[id(m)], owner[id(m.at_meeting)], "part_of", body[m.sentence[0] : m.sentence[1]])
              for m in mentions if m.at_meeting is not None and id(m.at_meeting) in owner
              and owner[id(m)] is not owner[id(m.at_meeting)]
              and (id(owner[id(m)]), id(owner[id(m.at_meeting)]), "part_of") not in known]
    if country_of is not None:
        links += _talks_on_a_trip(proposals, body, {(id(a), id(b)) for a, b, _, _ in links}, country_of)
    for i, a in enumerate(mentions):
        outcome = OUTCOME.match(body, a.end)  # 首脳会談での合意を受けて: the cue after what came of it
        for relation, cue in _LINK_CUES:
            if not cue.match(body, outcome.end() if outcome else a.end):
                continue
            later = [b for b in by_sentence[a.sentence] if b.start > a.end and owner[id(b)] is not owner[id(a)]]
            journeys = _journeys_to(body, outcome.end() if outcome else a.end, later, owner)
            later = [b for b in later if b not in journeys]
            # with no meeting after the cue, the sentence continues the meeting told in the sentence before it
            # (会談で…強調した。石破・トランプ首脳会談に向けて論点整理した: the talks just described prepare the
            # summit); one told further back is no longer what the sentence speaks of (ほぼ1年にわたる交渉の結果。
            # …(13 sentences)… 協定の詳細は、6カ国協議の後、決定される: no follow-up of that negotiation)
            earlier = next((b for b in reversed(mentions[max(0, i - LOOK_BACK) : i])
                            if b.end <= a.sentence[0] and owner[id(b)] is not owner[id(a)]), None)
            if earlier is not None and body[earlier.sentence[1] : a.sentence[0]].strip():
                earlier = None
            other = later[0] if later else None if journeys else earlier
            if other is not None:
                links.append((owner[id(other)], owner[id(a)], relation, body[a.sentence[0] : a.sentence[1]]))
            if relation == "part_of" and later:  # …会合に出席するため…を訪れた両外相は、会談した: the talks too
                links += [(owner[id(b)], owner[id(a)], relation, body[a.sentence[0] : a.sentence[1]])
                          for b in later[1:] if owner[id(b)].status == owner[id(later[0])].status
                          and owner[id(b)].kind not in ("multilateral",) and owner[id(b)] is not owner[id(later[0])]]
            break
    links += signed_as_result(proposals, body)
    seen: set = set()  # one link per pair and relation, however many of its mentions gave it
    return [link for link in links if (id(link[0]), id(link[1]), link[2]) not in seen
            and not seen.add((id(link[0]), id(link[1]), link[2]))]


# 交渉の結果, 協議の結果: what the talks came to (a signing, or a decision that is no meeting)
_AS_RESULT = re.compile(r"の結果")


def signed_as_result(proposals: list[Proposal], body: str) -> list[tuple[Proposal, Proposal, str, str]]:
    """(signing, talks, "part_of", evidence): an agreement signed as the result of talks (交渉の結果「日韓大陸棚協定」が
    締結された) is signed at their end, part of them as a signing at talks is; the signing told after the cue in its
    sentence, or, none there, in the sentence just before (…地域協定を結んだ。ほぼ1年にわたる非公開の交渉の結果。).
    A result that is no signing (話し合いの結果、退団を決意, 協議の結果…勝ちとなった) links nothing."""
    links = []
    for talks in proposals:
        if talks.kind not in ("talks", "negotiation_round", "multilateral"):
            continue
        for mention in (m for m in talks.mentions if _AS_RESULT.match(body, m.end)):
            begin, end = mention.sentence
            signings = [p for p in proposals if p.kind == "signing" and p.status == talks.status]
            after = [p for p in signings if any(mention.end < m.start < end for m in p.mentions)]
            before = [p for p in signings if any(m.sentence[1] <= begin and not body[m.sentence[1]:begin].strip()
                                                 for m in p.mentions)]
            links += [(signing, talks, "part_of", body[begin:end]) for signing in (after or before)[:1]]
    return links


_TO_ATTEND = re.compile(r"に出席する(?:ため|ために)")


def _journeys_to(body: str, cue_at: int, later: list[MeetingMention], owner: dict) -> list[MeetingMention]:
    """The visits and trips told after 〜に出席するため: each is the journey made to the gathering, which it holds,
    not a part of it (会合に出席するためクアラルンプールを訪れた両外相は…会談した: the talks are part of the
    gathering, the visit is not)."""
    if not _TO_ATTEND.match(body, cue_at):
        return []
    return [b for b in later if owner[id(b)].kind in ("visit", "trip")]


def containers(proposals: list[Proposal], body: str) -> list[tuple[Proposal, Proposal, str, str]]:
    """Talks inside a negotiation round of the same sides, or held where and when a summit meets, are part of it;
    talks told as under way hold instead a dated round of theirs (it is one session of them).

    Inside a round means of its status (a summit still planned is no session of a round held: 首脳会談を控える中、
    貿易交渉は前進した) and on a day it may hold: with neither dated, sides in common say nothing of when (停戦合意に
    調印したとき, told beside the talks mediated since, is no session of them)."""
    links = []
    for outer in proposals:
        if outer.kind not in ("negotiation_round", "multilateral") or not outer.mentions:
            continue
        for talks in proposals:
            if talks is outer or talks.kind not in ("talks", "signing") or not talks.mentions:
                continue
            if outer.kind == "negotiation_round":
                inside = subset(talks.participants, outer.participants) or subset(outer.participants,
                                                                                   talks.participants)
                inside = inside and talks.status == outer.status and bool(talks.start or outer.start) \
                    and dates_agree(talks.start, outer.start)
            else:  # a summit week: the talks share its place and a known date
                inside = bool(outer.place and talks.place == outer.place and outer.start and talks.start
                              and dates_agree(talks.start, outer.start))
            if inside and outer.kind == "negotiation_round" and outer.start and _told_ongoing(talks, body):
                sentence = outer.mentions[0].sentence  # 話し合いを続けているが、10月に行なった交渉の際: a session of them
                links.append((outer, talks, "part_of", body[sentence[0] : sentence[1]]))
            elif inside:
                sentence = talks.mentions[0].sentence
                links.append((talks, outer, "part_of", body[sentence[0] : sentence[1]]))
    return links


# 話し合いを続けている, 協議を継続する: talks told as a process under way, which holds sessions
_ONGOING = re.compile(r"を(?:続け|継続)")


def _told_ongoing(talks: Proposal, body: str) -> bool:
    """Whether the talks are told as under way (…との話し合いを続けている): then a dated round of their sides
    is one session of them, not what holds them."""
    return any(_ONGOING.match(body, m.end) for m in talks.mentions)


def _day_before(proposals: list[Proposal], body: str) -> list[tuple[Proposal, Proposal, str, str]]:
    """A meeting dated 前日 of another one with a person in common came before it."""
    from datetime import date, timedelta

    links = []
    by_start: dict[str, list[Proposal]] = {}
    for proposal in proposals:
        by_start.setdefault(proposal.start or "", []).append(proposal)
    for earlier in proposals:
        if earlier.date_text != "前日" or not earlier.start or len(earlier.start) != 10 or not earlier.mentions:
            continue
        next_day = (date.fromisoformat(earlier.start) + timedelta(days=1)).isoformat()
        people = {p.entity_id or p.name for p in earlier.participants if not is_country(p)}
        for later in by_start.get(next_day, []):
            if later is not earlier and \
                    people & {p.entity_id or p.name for p in later.participants}:
                sentence = earlier.mentions[0].sentence
                links.append((earlier, later, "precedes", body[sentence[0] : sentence[1]]))
                break
    return links


def _stops_of_visits(by_sentence, owner, body: str) -> list[tuple[Proposal, Proposal, str, str]]:
    """Talks the visitor holds in the sentence of a visit are part of it (訪米中の外相は…と会談した)."""
    links = []
    for visit in (m for sentence in by_sentence.values() for m in sentence):
        visitors = {p.entity_id or p.name for p in visit.participants if p.role == "visitor"}
        if visit.kind not in ("visit", "trip") or not visitors:
            continue
        for talks in by_sentence[visit.sentence]:
            same_sentence = talks.start > visit.end
            if same_sentence and talks.kind in ("talks", "negotiation_round", "signing") \
                    and visitors & {p.entity_id or p.name for p in owner[id(talks)].participants} \
                    and owner[id(talks)] is not owner[id(visit)]:
                links.append((owner[id(talks)], owner[id(visit)], "part_of",
                              body[visit.sentence[0] : visit.sentence[1]]))
    return links


def _talks_on_a_trip(proposals: list[Proposal], body: str, known: set, country_of) -> list[tuple]:
    """Talks a visitor holds anywhere in the article, at agreeing dates, are stops of the visit or trip.

    A visit to one country takes only talks with someone of that country (岩屋 in Washington
    meets ウォルツ); a trip through several takes any.

    A trip's two talks with different leaders stay two meetings: only the link is proposed.
    """
    links = []
    talks_of: dict[str, list[Proposal]] = {}  # person → the talks they hold in the article
    for talks in proposals:
        if talks.kind in ("talks", "negotiation_round", "signing") and talks.mentions:
            for p in talks.participants:
                talks_of.setdefault(p.entity_id or p.name, []).append(talks)
    for visit in proposals:
        # the visitors in the order written, so their talks are linked in that order on every run (a set's order of
        # names changes from one run to the next)
        visitors = dict.fromkeys(p.entity_id or p.name for p in visit.participants if p.role == "visitor")
        if visit.kind not in ("visit", "trip") or not visitors or not visit.mentions:
            continue
        candidates = {id(t): t for key in visitors for t in talks_of.get(key, [])[:LOOK_BACK]}
        for talks in candidates.values():
            if talks is visit or (id(talks), id(visit)) in known:
                continue
            hosts = {p.entity_id for p in visit.participants if p.role == "host" and p.entity_id}
            sides = {country_of(p.entity_id) or p.entity_id for p in talks.participants if p.entity_id}
            # the partner's country unknown (a name no list holds): met during the visit, in the host country
            partners = [p for p in talks.participants if (p.entity_id or p.name) not in visitors]
            unknown = bool(partners) and all(p.entity_id is None or (p.entity_id.startswith("found:")
                                                                       and country_of(p.entity_id) is None)
                                              for p in partners)
            if visit.kind == "visit" and not hosts & sides and not unknown:
                continue
            if _on_the_journey(talks, visit, body) and talks.status == visit.status:
                sentence = talks.mentions[0].sentence
                links.append((talks, visit, "part_of", body[sentence[0] : sentence[1]]))
    return links


JOURNEY_DAYS = 14  # how long a journey told only by its first day (26日から…を訪問) may last


def _on_the_journey(talks: Proposal, visit: Proposal, body: str) -> bool:
    """Whether the talks' date agrees with the visit's, or falls on the days of a journey told from its first day
    (26日から日本、韓国を訪問 takes the talks of the 27th and the 29th)."""
    from datetime import date, timedelta

    if dates_agree(talks.start, visit.start):
        return True
    if not (talks.start and visit.start and len(talks.start) == 10 and len(visit.start) == 10):
        return False
    last = visit.end if visit.end and len(visit.end) == 10 and visit.end != visit.start else None
    if last is None:
        begin, end = visit.mentions[0].sentence
        if not visit.date_text or visit.date_text + "から" not in body[begin:end]:
            return False
        last = (date.fromisoformat(visit.start) + timedelta(days=JOURNEY_DAYS)).isoformat()
    return visit.start <= talks.start <= last


def date_from_links(links) -> None:
    """A meeting held 数時間前 / 前日 of a dated one takes its date from it."""
    from datetime import date, timedelta

    for source, target, relation, evidence in links:
        if relation != "precedes" or not target.start or len(target.start) != 10:
            continue
        if source.start and len(source.start) == 10:
            continue
        if "数時間前" in evidence or "直前" in evidence:
            source.start, source.end, source.precision = target.start, target.start, "day"
        elif "の前日" in evidence:
            source.start = source.end = (date.fromisoformat(target.start) - timedelta(days=1)).isoformat()
            source.precision = "day"
