"""A learned chooser of a claim's holder among the people, bodies and countries near it, beside the rules.

For each claim the rules proposed, the options are every person, organisation and country named in its
sentence or the sentence before (an entity once, at its nearest writing; a person also by surname or family
name), the topic carried on from up to three sentences further back (Aは…。…。「…」), the holder of the claim before
and of the last quote, and the rules' own pick. Each option is described by shapes that hold across texts: its
type, its particle (は, が, も, の, によると, と), whether a title follows it, whether it is only a title, where it stands
(before the claim in its sentence, inside a quote, after the claim, the sentence before), its distance in
characters, clauses and sentences, whether it is carried over from the claim before, the kind of speech verb, and its
role in the clause (core.claims.holder_roles: the topic of the claim's sentence or the one carried on, the subject of
a verb of saying, a country or body beside its own person). A conditional logit (one softmax over a claim's options), trained by
bench/train_holder_chooser.py, scores them. The model is a small JSON file under resources/claims/.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from core.claims.candidate import HOLDER_TYPES
from core.claims.holders import blanked
from core.claims.holder_roles import ROLE_FEATURES, carried_topic, role_rows
from core.claims.persons import shorter_writings
from core.claims.reports import outlet_verb
from core.clauses.titles import only_a_title, strip_title
from core.nlp.offices import office_after
from core.softmax_scorer import SoftmaxScorer
from core.sentences import sentence_at, sentence_spans

MODEL = ("claims", "holder_chooser.json")
_PARTICLE = re.compile(r"(?P<title>[\u4e00-\u9fff\u30a1-\u30faー・]{0,12})(?:[(（][^()（）。]{0,16}[)）])?(?:氏|さん|ら|たち|側|当局|政府)?[(（]?[0-9０-９]{0,3}[)）]?"
                       r"(?P<p>によると|によれば|の話では|の説明では|は|が|も|の|と|に|を|で)?(?P<comma>、)?")
_MEDIA = re.compile(r"(?:新聞|通信|放送|テレビ|紙|誌|ニュース|タイムズ|ポスト|ジャーナル|TV|News|Times|Post)$")
_PASSIVE = re.compile(r"(?:られ|され|れる|れた)")

FEATURES = (
    "person", "org", "gpe", "text_only", "media",
    "rules_pick", "rules_pick_sure", "rules_pick_weak",
    "before_in_sentence", "inside_claim", "in_other_quote", "after_claim", "previous_sentence", "earlier",
    "wa", "ga", "mo", "no", "source", "to", "ni_wo_de", "no_particle", "comma",
    "titled", "title_only", "words_before_particle",
    "wa_before", "ga_before", "source_before", "wa_previous", "no_before", "after_named_with_to", "first_wa",
    "log_distance", "clauses_between", "same_clause",
    "first_in_sentence", "nearest_before", "nearest_after",
    "carried", "last_quoted", "salience",
    "outlet_cue_media", "outlet_cue_person", "direct_person", "direct_gpe", "indirect_gpe", "indirect_org",
    "passive_cue",
) + ROLE_FEATURES
CARRIED_REACH = 3  # sentences before the one before the claim in which a topic carried on may still be written


@dataclass(frozen=True)
class Option:
    """One possible holder of a claim: an entity (or the rules' words), where it is written nearest the claim."""

    entity_id: str | None
    text: str
    type: str
    start: int
    end: int


class Article:
    """What the chooser reads of one article once: sentences, quotes, holders' writings by entity."""

    def __init__(self, body: str, mentions: list) -> None:
        self.body = body
        self.sentences = sentence_spans(body)
        self.quotes = [m.span() for m in re.finditer(r"「[^「」]*」", body)]
        people = [m for m in mentions if m.type in HOLDER_TYPES]
        self.groups: dict[str, tuple[str | None, str, str, set[str]]] = {}  # key: (entity, name, type, surfaces)
        for m in people:
            key = m.entity_id or m.text
            entity, name, kind, surfaces = self.groups.get(key, (m.entity_id, m.text, m.type, set()))
            surfaces.add(m.text)
            if m.type == "PERSON":
                surfaces |= shorter_writings(m.text)  # ジョージ・ブッシュ → ブッシュ, 浦田和栄 → 浦田
            if len(m.text) > len(name):
                name = m.text
            self.groups[key] = (entity, name, kind, surfaces)
        self.counts = {key: sum(body.count(s) for s in surfaces) for key, (_, _, _, surfaces) in self.groups.items()}
        self.masked = blanked(body, self.quotes, "＿")  # a verb quoted is not read as the clause's own
        self._starts = [start for start, _ in self.sentences]

    def sentence_index(self, at: int) -> int:
        """The number of the sentence a place is in (the one before it, between sentences)."""
        return bisect_right(self._starts, at)

    def sentence_of(self, at: int) -> tuple[int, int]:
        """(start, end) of the sentence holding at; (at, at) between sentences."""
        i = sentence_at(self.sentences, self._starts, at)
        return self.sentences[i] if i >= 0 else (at, at)

    def previous_start(self, s_start: int) -> int:
        """Where the sentence before the one at s_start begins, across a line break (s_start itself if none)."""
        return max((start for start, end in self.sentences if end <= s_start), default=s_start)

    def options(self, start: int, end: int) -> list[Option]:
        """Each entity written in the claim's sentence or the one before, at its writing nearest the claim."""
        s_start, s_end = self.sentence_of(start)
        before = self.previous_start(s_start)
        out = []
        for key, (entity, name, kind, surfaces) in self.groups.items():
            places = []
            for surface in surfaces:
                at = self.body.find(surface, before, s_end)
                while at >= 0:
                    places.append((at, at + len(surface)))
                    at = self.body.find(surface, at + 1, s_end)
            if not places:
                continue
            places = [p for p in places if not any(q != p and q[0] <= p[0] and p[1] <= q[1] for q in places)]
            # nearest, longest, then first written: one place on every run, whatever order the set of surfaces
            # gave (two writings inside the claim are at one distance)
            place = min(places, key=lambda p: (_distance(p, start, end), -p[1] + p[0], p[0]))
            out.append(Option(entity, name, kind, *place))
        topic = carried_topic(self, before, CARRIED_REACH, _particle_after)
        if topic is not None and not any(_key(o.entity_id, o.text) == topic[0] for o in out):
            entity, name, kind, _ = self.groups[topic[0]]
            out.append(Option(entity, name, kind, topic[1], topic[2]))
        return out


def _distance(place: tuple[int, int], start: int, end: int) -> int:
    if place[1] <= start:
        return start - place[1]
    if place[0] >= end:
        return place[0] - end + 5  # after the claim: a little farther than the same distance before it
    return (end - start) + 10  # inside the claim


def _key(entity_id, text) -> str:
    return entity_id or text or ""


def features(article: Article, claim, options: list[Option], rules: tuple, carried: tuple | None,
             quoted: tuple | None) -> list[list[float]]:
    """One row of FEATURES per option of the claim; rules, carried, quoted: (entity_id, text) of the rules' pick,
    of the claim before and of the last quote."""
    body = article.body
    s_start, s_end = article.sentence_of(claim.start)
    befores = [o for o in options if s_start <= o.start and o.end <= claim.start]
    afters = [o for o in options if o.start >= claim.end and o.end <= s_end]
    nearest_before = max(befores, key=lambda o: o.end) if befores else None
    nearest_after = min(afters, key=lambda o: o.start) if afters else None
    first = min((o for o in options if o.start >= s_start), key=lambda o: o.start, default=None)
    cue = claim.cue or ""
    outlet = outlet_verb(cue)
    direct = claim.attribution in ("direct", "mixed")
    rows = []
    particles = [_particle(body, o) for o in options]
    roles = role_rows(article, claim, options, particles, article.sentence_index)
    for o, particle, role in zip(options, particles, roles):
        picked = _same(o, rules)
        tail = _PARTICLE.match(body, o.end)
        inside = claim.start <= o.start and o.end <= claim.end
        before = s_start <= o.start and o.end <= claim.start
        after = o.start >= claim.end and o.end <= s_end
        previous = o.end <= s_start
        earlier = previous and o.end <= article.previous_start(s_start)
        if before:
            gap = body[o.end : claim.start]
        elif after:
            gap = body[claim.end : o.start]
        else:
            gap = body[o.end : claim.start] if o.end <= claim.start else ""
        distance = len(gap) if (before or after or previous) else 0
        clauses = gap.count("、") + gap.count("。")
        media = o.type == "ORG" and bool(_MEDIA.search(o.text))
        rows.append([
            float(o.type == "PERSON"), float(o.type == "ORG"), float(o.type == "GPE"), float(o.type == "TEXT"),
            float(media),
            float(picked), float(picked and claim.confidence >= 0.75), float(picked and claim.confidence < 0.75),
            float(before), float(inside), float(any(a <= o.start < b for a, b in article.quotes) and not inside),
            float(after), float(previous), float(earlier),
            float(particle == "は"), float(particle == "が"), float(particle == "も"), float(particle == "の"),
            float(particle in ("によると", "によれば", "の話では", "の説明では")), float(particle == "と"),
            float(particle in ("に", "を", "で")), float(particle is None), float(bool(tail and tail.group("comma"))),
            float(office_after(body, o.end) is not None), float(only_a_title(o.text)),
            float(bool(tail and tail.group("title"))),
            float(before and particle == "は"), float(before and particle == "が"),
            float(before and particle in ("によると", "によれば", "の話では", "の説明では")),
            float(previous and not earlier and particle == "は"), float(before and particle == "の"),
            float(after and body.startswith("と", claim.end) and body.find("、", claim.end, o.start) < 0),
            float(before and particle == "は" and not any(p.start < o.start and p.start >= s_start for p in befores)),
            math.log1p(distance), min(clauses, 6) / 6, float(clauses == 0 and (before or after)),
            float(o is first), float(o is nearest_before), float(o is nearest_after),
            float(carried is not None and _same(o, carried)), float(quoted is not None and _same(o, quoted)),
            math.log1p(article.counts.get(_key(o.entity_id, o.text), 1)),
            float(outlet and media), float(outlet and o.type == "PERSON"), float(direct and o.type == "PERSON"),
            float(direct and o.type == "GPE"), float(not direct and o.type == "GPE"), float(not direct and o.type == "ORG"),
            float(bool(_PASSIVE.search(cue))),
            *role,
        ])
    return rows


def _particle(body: str, option: Option) -> str | None:
    """The particle after an option's name, past its title (ルイス・マキャベロ在日ペルー大使は → は)."""
    return _particle_after(body, option.end)


def _particle_after(body: str, at: int) -> str | None:
    tail = _PARTICLE.match(body, at)
    return tail.group("p") if tail else None


def _same(option: Option, holder: tuple) -> bool:
    """Whether the option is the holder: the same entity, or the holder's words are its name, maybe shortened or
    with a title (ブッシュ, ブッシュ大統領 for ジョージ・ブッシュ; not 韓国の郵政事業本部 for 韓国)."""
    entity_id, text = holder
    if entity_id and option.entity_id:
        return entity_id == option.entity_id
    if not text:
        return False
    name = strip_title(text)
    return name == option.text or (len(name) >= 2 and name in option.text)


def claim_options(article: Article, claim) -> list[Option]:
    """The claim's options, the rules' pick among them (as words of its own when no entity found matches it)."""
    options = article.options(claim.start, claim.end)
    rules = (claim.holder_entity_id, claim.holder_text)
    if (claim.holder_entity_id or claim.holder_text) and not any(_same(o, rules) for o in options):
        text = claim.holder_text or claim.holder_entity_id
        at = article.body.rfind(text, 0, claim.start)
        at = at if at >= 0 else max(0, claim.start - 1)
        options.append(Option(claim.holder_entity_id, text, "TEXT", at, at + len(text)))
    return options


class Chooser(SoftmaxScorer):
    """Scores a claim's options; probabilities are a softmax over one claim's options."""

    FEATURES = FEATURES


@lru_cache(maxsize=1)
def shipped() -> Chooser | None:
    """The chooser shipped under resources/, or None when the file is missing or from another feature set."""
    return Chooser.load(*MODEL)


# How the chooser's opinion is used: "rules" (not asked), "learned" (its best option), "tiebreak" (its best option
# only where the rules' pick is weak: a holder carried over or not named with the claim, confidence below WEAK,
# and the chooser at least SURE of its own), "overrule" (its best option when it is at least CERTAIN of it and
# gives the rules' pick below DOUBT). bench/train_holder_chooser.py measures each.
POLICY = "rules"
WEAK = 0.75
SURE = 0.5
CERTAIN = 0.8
DOUBT = 0.1


def described(body: str, mentions: list, claims: list) -> list[tuple[list[Option], list[list[float]]]]:
    """Each claim's options and their feature rows, in the claims' order (the rules' picks carried along)."""
    article = Article(body, mentions)
    out, carried, quoted = [], None, None
    for claim in sorted(claims, key=lambda c: c.start):
        options = claim_options(article, claim)
        out.append((options, features(article, claim, options, (claim.holder_entity_id, claim.holder_text),
                                       carried, quoted)))
        if claim.holder_entity_id or claim.holder_text:
            carried = (claim.holder_entity_id, claim.holder_text)
            if claim.attribution == "direct":
                quoted = carried
    return out


def choose(claim, options: list[Option], rows: list[list[float]], chooser: Chooser, policy: str) -> object:
    """The claim with the holder the policy keeps."""
    if policy == "rules" or not options:
        return claim
    probabilities = chooser.probabilities(rows)
    best = max(range(len(options)), key=lambda i: (probabilities[i], -i))
    if policy == "tiebreak" and (claim.confidence >= WEAK or probabilities[best] < SURE):
        return claim
    rules = (claim.holder_entity_id, claim.holder_text)
    theirs = max((p for o, p in zip(options, probabilities) if _same(o, rules)), default=0.0)
    if policy == "overrule" and (probabilities[best] < CERTAIN or theirs >= DOUBT):
        return claim
    option = options[best]
    if option.type == "TEXT" or _same(option, (claim.holder_entity_id, claim.holder_text)):
        return claim
    return replace(claim, holder_entity_id=option.entity_id, holder_text=option.text)


def chosen(body: str, mentions: list, claims: list, policy: str | None = None,
           chooser: Chooser | None = None) -> list:
    """The claims with the holders the chooser picks under the policy (the rules' own when off or unshipped)."""
    policy = policy or POLICY
    chooser = chooser or (shipped() if policy != "rules" else None)
    if policy == "rules" or chooser is None or not claims:
        return claims
    ordered = sorted(claims, key=lambda c: c.start)
    return [choose(claim, options, rows, chooser, policy)
            for claim, (options, rows) in zip(ordered, described(body, mentions, ordered))]
