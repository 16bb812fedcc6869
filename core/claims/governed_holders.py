"""A claim's holder taken from the subject that governs its verb of saying, where the readers before took a name
that stands where no subject governs it.

The readers before choose a holder by nearness, likelihood and many shapes of sentence; some take a name written
inside the claim itself (Aが司会をつとめる番組の継続を明言し: A is in the claim), a name that is only the subject of a
clause describing a noun or the owner of another noun, a source, or a speaker carried from an earlier sentence while
the claim's own sentence names who says it (Aは…していないが、Bは「…」と伝えている). Here the sentence's governor
(core.claims.governing) holds such a claim. A holder written as a governing subject of its own is kept, as is one the
governor's phrase names (米国のトランプ大統領: トランプ), and a governor that is only a title or a body's word with no
entity or speaker's ending is never taken. A person's kin as the governor (殺害されたAさんの両親は「…」, 遺族も参加し、
…を求めた) hold the claim over a holder the sentence does not name, which the readers carried from before.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from os.path import commonprefix

from core.claims.candidate import HOLDER_TYPES, Candidate
from core.claims.governing import Sentence, Subject
from core.claims.holders import SPEAKER_END
from core.claims.voices import VOICED, VOICES_HEARD
from core.clauses.titles import strip_title
from core.sentences import LONGEST
from core.text import sentence_end, shared_sentence_start

_VERB_REACH = 40  # letters after a claim in which its cue is looked for
# What makes a name with a person's in it another's: their cabinet, camp, office or family (安倍内閣, 小沢事務所)
_NOT_THE_PERSON = re.compile(r"(?:内閣|政権|政府|陣営|派|事務所|家|一家|夫妻|ファン|軍|チーム|側|後援会|グループ)$")
# A person's kin, who speak for themselves: Aさんの娘, 容疑者の父親; a family the article tells of, bare: 遺族は, 家族は
_KIN = re.compile(r"(?:娘|息子|妻|夫|夫人|母|父|母親|父親|両親|兄|弟|姉|妹|長男|長女|次男|次女|遺族|家族|親族)(?:ら|たち)?$")
_FAMILY = re.compile(r"(?:遺族|家族|親族)(?:ら|たち)?")
# A title or honorific after a person's name, within a subject's name: 伊藤調教師, 小野部長, 田中容疑者
_TITLE_TAIL = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:長|官|相|員|師|手|使|事|者|士|監督|教授|議員|親方|主席|首相|大統領|氏|さん|容疑者|被告))$")


def governed_holders(body: str, mentions: list, found: list[Candidate]) -> list[Candidate]:
    """The claims, each whose holder stands where no subject governs its verb held by its sentence's governor."""
    people = sorted((m for m in mentions if m.type in HOLDER_TYPES), key=lambda m: m.start)
    starts = [m.start for m in people]
    sentences: dict[int, Sentence] = {}
    out = []
    for claim in found:
        s_start = shared_sentence_start(body, claim.start, LONGEST)  # (on a page with no 。, one for many claims)
        sentence = sentences.get(s_start)
        if sentence is None:
            sentence = sentences[s_start] = Sentence(body, s_start, sentence_end(body, s_start, LONGEST))
        near = people[bisect_left(starts, s_start) : bisect_left(starts, max(sentence.end, claim.end) + _VERB_REACH)]
        out.append(_governed(body, near, sentence, claim))
    return out


def _governed(body: str, people: list, sentence: Sentence, claim: Candidate) -> Candidate:
    if VOICES_HEARD.search(claim.cue or "") or VOICED.search(claim.cue or ""):
        return claim  # 「…」という声が上がった: the voices hold it, whoever the sentence is about
    verb = body.find(claim.cue, claim.end, claim.end + _VERB_REACH) if claim.cue else -1
    governor = sentence.governor(claim.start, claim.end, verb if verb >= 0 else None)
    if governor is None or governor.refers:
        return claim  # no subject, or one standing for someone named elsewhere: the readers' own
    holder = _holder_of(body, people, governor)
    if holder is None or _names_holder(body, governor, claim, holder):
        return claim
    if _KIN.search(holder[1]) and holder[0] is None and not _places(body, people, claim, sentence.start) \
            and (governor.particle != "が" or claim.attribution in ("direct", "mixed")):
        # a person's kin as the verb's topic (or a quote's が-subject) speak for themselves where the readers' holder is
        # not in the sentence (carried from before, or none); reported words' が-kin are what is told (母親が…ことを報じた)
        return replace(claim, holder_entity_id=None, holder_text=holder[1])
    if holder[0] is None and claim.holder_entity_id or _holder_governs(body, people, sentence, claim, governor):
        return claim
    return replace(claim, holder_entity_id=holder[0], holder_text=holder[1])


def _holder_of(body: str, people: list, governor: Subject) -> tuple[str | None, str] | None:
    """(entity id, text) the governor names: its person, else the entity its whole name is, else its words when they
    end as people or a body do (Aの報道官), else None."""
    inside = [m for m in people if governor.start <= m.start and m.end <= governor.end]
    person = [m for m in inside if m.type == "PERSON" and m.start >= governor.name_start
              and not _NOT_THE_PERSON.search(body, m.end, governor.end)]  # 鬼武健二チェアマン, not 安倍内閣
    if person:
        return person[-1].entity_id, person[-1].text
    whole = [m for m in inside if m.end == governor.end and m.start >= governor.name_start]
    if whole:
        return whole[-1].entity_id, whole[-1].text
    phrase = body[governor.start : governor.end]
    if (SPEAKER_END.search(phrase) or _KIN.search(phrase)) and (inside or governor.start < governor.name_start):
        return None, phrase  # インドネシア上院の報道官: the body's people; ペクさんの娘: a person's kin
    if _FAMILY.fullmatch(phrase):
        return None, phrase  # 遺族は: the family of whom the article tells
    return None


def _names_holder(body: str, governor: Subject, claim: Candidate, holder: tuple) -> bool:
    """Whether the claim's holder already is the governor or a name its phrase holds."""
    if claim.holder_entity_id and claim.holder_entity_id == holder[0]:
        return True
    text = strip_title(claim.holder_text or "")
    if not text:
        return False
    name = strip_title(holder[1])
    shared = len(commonprefix([name, text]))  # 伊藤調教師 for 伊藤正徳: the surname, then a title
    return text in body[governor.start : governor.end] or text in holder[1] or name in text \
        or shared >= 2 and _TITLE_TAIL.fullmatch(name, shared) is not None \
        or _short_form(body, text, name)


def _short_form(body: str, full: str, short: str) -> bool:
    """Whether the article gave short as full's short form in brackets (日本高等学校野球連盟(高野連))."""
    return any(f"{full}{a}{short}{b}" in body for a, b in ("()", "（）"))


def _holder_governs(body: str, people: list, sentence: Sentence, claim: Candidate, governor: Subject) -> bool:
    """Whether the claim's holder may stand as the readers took it: written after the claim (「…」とAが報じた, …という
    Aの発表を伝えた), or before it anywhere but as the subject of a clause describing a noun or a source the governor
    follows (Aによると、Bは…: B; FNLは…、人権団体によれば、…という: the source tells it). A holder written only inside
    the claim, only where no subject governs, or (a quote's) not in the sentence at all, carried from before, does
    not."""
    places = _places(body, people, claim, sentence.start)
    quoted = claim.attribution in ("direct", "mixed")
    if not places:
        return not quoted or not claim.holder_text and not claim.holder_entity_id
    if any(a >= claim.end for a, _ in places):
        return True
    before = [(a, b) for a, b in places if b <= claim.start]
    if not quoted:  # reported words: the topic before them may be their own matter (Aによると、Bは…とみられる)
        return any(not _closed_before(sentence, claim, governor, a, b, ("modifier",)) for a, b in before)
    return any(not (_SOURCE.match(body, b) and governor.start >= b and not _OUTLET_OR_PASSIVE.search(claim.cue or ""))
               and not _closed_before(sentence, claim, governor, a, b, ("modifier", "joint", "subordinate"))
               for a, b in before)


# A source's particle after a name and its title: Aによると, A氏の話では
_SOURCE = re.compile(r"[^、。「」]{0,8}?(?:によると|によれば|の話では|の話として|の調べでは)")
# A cue by which the source tells the words: …と報じた, …と伝えられている, …とみられる
_OUTLET_OR_PASSIVE = re.compile(r"報じ|伝え|報道|られ|され|とい")


def _closed_before(sentence: Sentence, claim: Candidate, governor: Subject, a: int, b: int, kinds: tuple) -> bool:
    """Whether a place is a subject's whose clause closes before the claim in one of kinds: one describing a noun
    (Aが司会をつとめる番組), a topic's clause joined to another (Aは…ないが、), a subordinate clause a が-subject opens
    within the governor's topic (Aは、Bが…と話すと、)."""
    for s in sentence.subjects:
        if s.start <= a and b <= s.end and s is not governor:
            closed = s.clause(claim.start)
            if s.particle != "が":
                return closed == "joint" and closed in kinds  # a topic is never inside a clause describing a noun
            if closed == "subordinate":  # (a が-subject's: a topic's clause returned above)
                return closed in kinds and governor.particle in ("は", "も")
            return closed in kinds
    return False


def _places(body: str, people: list, claim: Candidate, s_start: int) -> list[tuple[int, int]]:
    """Where the claim's holder is written in its sentence (by its entity, else by its words)."""
    end = sentence_end(body, claim.end, _VERB_REACH)  # the verb's sentence, not the next one's names
    if claim.holder_entity_id:
        return [(m.start, m.end) for m in people
                if m.entity_id == claim.holder_entity_id and s_start <= m.start and m.end <= end]
    text = claim.holder_text
    if not text:
        return []
    out, at = [], body.find(text, s_start, end)
    while at >= 0:
        out.append((at, at + len(text)))
        at = body.find(text, at + len(text), end)
    return out
