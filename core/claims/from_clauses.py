"""Claims checked against the clause reader (core.clauses): the holder is the subject of the clause
whose complement or object the claim is, when the surface rules named nobody, named someone only
inside a quote, or named a country whose person speaks (米国のトランプ大統領は → トランプ); and the
quotes told as a statement (「…」とする声明を明らかにした, 「…」という発言) or judged (…とみている)
that the surface rules did not read.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import replace

from core.clauses import Argument, Clause
from core.clauses.body_references import refers_to_a_body
from core.clauses.phrases import phrases
from core.clauses.referents import STAFF
from core.clauses.titles import only_a_title, strip_title
from core.claims.holders import SPEAKER_END
from core.claims.clauses import TITLE
from core.claims.described_subjects import described_speaker
from core.claims.persons import shorter_writings
from core.claims.quote_marks import quotes


class _Clauses(list):
    """Clauses in text order with their starts, for a binary search."""

    def __init__(self, clauses: list[Clause]) -> None:
        super().__init__(sorted(clauses, key=lambda c: c.start))
        self.starts = [c.start for c in self]


def ordered(clauses: list[Clause]) -> list[Clause]:
    """The clauses ready for clause_of (sorted, with their starts)."""
    return _Clauses(clauses)


def clause_of(body: str, clauses: list[Clause], start: int, end: int) -> Clause | None:
    """The clause whose complement or object is the span start..end (at least half of it), or whose
    quote it comes right before (「A」、「B」と述べた: both are said)."""
    best = None
    starts = [c.start for c in clauses] if not isinstance(clauses, _Clauses) else clauses.starts
    for i in range(bisect_left(starts, end - 1), len(clauses)):
        clause = clauses[i]
        if clause.sentence[0] > start:
            break  # clauses of later sentences
        for said in (clause.complement, clause.object):
            if said is None:
                continue
            before = body.startswith("「", start) and body[end - 1 : end] == "」" and body[end:said.start] in ("", "、") \
                and body.startswith("「", said.start)
            if before or _half(said.start, said.end, start, end):
                if best is None or clause.start < best.start:
                    best = clause
    return best


def _half(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    shared = min(a_end, b_end) - max(a_start, b_start)
    return shared > 0 and shared >= 0.5 * min(a_end - a_start, b_end - b_start)


def holder_of(subject: Argument) -> tuple[str | None, str]:
    """(entity id, text) of a clause's subject as a claim's holder."""
    head = subject.head
    return (head.entity_id if head is not None else None), subject.name()


def better_holder(body: str, candidate, clause: Clause | None, registry_type) -> tuple | None:
    """(entity id, text) the clause reader gives where the surface rules went wrong, else None."""
    if clause is None or clause.subject is None or clause.relative or clause.subject.only_a_title():
        return None
    subject = clause.subject
    if candidate.holder_entity_id is None and candidate.holder_text and subject.head is not None \
            and only_a_title(strip_title(candidate.holder_text)):
        return holder_of(subject)  # 新首相は: the person named before with that title
    if candidate.holder_entity_id is None and candidate.holder_text is None:
        return holder_of(subject)
    s_start = clause.sentence[0]
    text = candidate.holder_text
    described = described_speaker(body, subject, text, s_start, candidate.holder_entity_id) \
        if s_start <= subject.start and subject.end <= candidate.start else None
    if described is not None:
        return None, described  # 手島さんが経営していた店の建具店のオーナーも「…」: the owner, not 手島
    if text and HEDGED.search(candidate.cue) and any(text == v["text"] for v in candidate.via):
        return None  # 茨城新聞によると、…勝又容疑者が…殺害したものと見られている: the source's judgement, not the suspect's
    if text and not subject.carried and subject.start >= s_start \
            and (subject.particle == "は" or body.startswith("が、", subject.end) or subject.start >= candidate.end) \
            and not _written(body, strip_title(text), s_start, clause.sentence[1],
                             registry_type(candidate.holder_entity_id) == "PERSON") \
            and not any(v["text"] == subject.name() for v in candidate.via) \
            and not _read_back(candidate, subject.name()):  # CNNは、Aが…と伝えた: A, via CNN
        # FEMAのポーリソン長官代行は「…」と語った: the sentence names its speaker (同省の報道官は: the ministry the rules
        # read 同省 as, never 同省 itself)
        return holder_of(subject)
    later = body.find(strip_title(text), subject.end, candidate.start) if text else -1
    if text and candidate.attribution != "direct" and not subject.carried and body.startswith("は、", subject.end) \
            and body.find(strip_title(text), s_start, subject.start) < 0 and later >= 0 \
            and not body.startswith("は、", later + len(text)) \
            and not any(v["text"] == subject.name() for v in candidate.via):  # BBCは、Aが…と語ったと伝えた: A, via BBC
        return holder_of(subject)  # 警察当局などは、住民グループが…と指摘した: the topic set off by a comma holds
    if text and _only_inside_quotes(body, text, s_start, candidate.start, candidate):
        return holder_of(subject)  # 「…受講者はいなかった」「…」と反論した: not the one inside the quote
    explicit = not subject.carried and subject.particle in ("は", "が", "も")
    inside = candidate.start <= subject.start < candidate.end  # AUでは、スーダン政府が…と非難: the claim's own subject
    if explicit and text and any(text == v["text"] for v in candidate.via) and clause.source is not None \
            and not candidate.cue.startswith(("報じ", "報道")) \
            and not subject.only_a_title() and not (inside and subject.particle == "が" and _JUDGED.match(candidate.cue)):
        # 毎日新聞によると、原告らは「…」: the source told it, 原告ら hold it (not the subject of what is judged: 朝日新聞に
        # よれば、…5000人が死亡したと推計している, the outlet's estimate)
        return holder_of(subject)
    if text and explicit and not (inside and registry_type(candidate.holder_entity_id) == "ORG") \
            and _only_a_setting(body, text, s_start, subject.start):
        return holder_of(subject)  # 東京都では、…グループが…声明を発表した: the group, not the place
    head = subject.head
    if head is not None and head.type == "PERSON" and not subject.carried and candidate.holder_entity_id \
            and registry_type(candidate.holder_entity_id) == "GPE" \
            and any(m.entity_id == candidate.holder_entity_id for m in subject.members):
        return holder_of(subject)  # 米国のトランプ大統領は: the person, not their country
    if clause.kind == "position" and subject.particle == "が" and not subject.carried and s_start <= subject.start \
            and clause.object is not None and subject.end <= clause.object.start and subject.end <= candidate.start \
            and candidate.cue.startswith(("を", "に")) and text and body.find(strip_title(text), subject.start, clause.object.start) < 0 \
            and _people_or_body(subject) \
            and not _RELATIVE.search(body, subject.end, clause.object.start) \
            and not any(p.group == "topic" for p in phrases(body, subject.end, clause.object.start)):
        # …、14日には数千人が内務省を包囲し…即時退陣を要求: the crowd, not the earlier clauses' topic (not a が inside a
        # relative clause: 第3者が…介入するといった過剰行為は…を求める, …枢機卿が現教皇に選出された2005年4月の選挙においては)
        return holder_of(subject)
    return None


# A subject that is a word referring back to a body, maybe with its people: 同省, 同社の広報担当者, 同省報道官
_REFERS_BACK = re.compile(r"(?P<body>同[\u4e00-\u9fff]{1,4}?)(?:の?" + STAFF + ")?")


def _read_back(candidate, name: str) -> bool:
    """Whether the rules read the body a 同X subject refers back to as an entity, not taking the source for it (同社の
    広報部は, 読売新聞によれば: the company, which the clause reader may still give as 同社)."""
    back = _REFERS_BACK.fullmatch(name)
    return bool(candidate.holder_entity_id) and back is not None and refers_to_a_body(back.group("body")) \
        and not any(v["text"] == candidate.holder_text for v in candidate.via)


def _written(body: str, name: str, start: int, end: int, person: bool) -> bool:
    """Whether a holder's name is written in [start, end): in full, or a person's shorter as a topic with a title (岡部幸雄 as
    岡部氏は, シェルダン・ラビン as ラビンCEOは: the rules read the sentence's own speaker, no one carried from before;
    not 村田さんの所属事務所は, someone of theirs, nor a name inside a quote)."""
    if body.find(name, start, end) >= 0:
        return True
    if not person:
        return False
    quoted = quotes(body, start, end)
    return any(not any(a < m.start() < b for a, b in quoted)
               for short in shorter_writings(name)
               for m in re.compile(re.escape(short) + _TITLE_TO_TOPIC).finditer(body, start, end))


# What a shorter writing's title may be up to its は or も: letters of a title (氏, CEO, 新長官, 容疑者) or an
# honorific, never a clause (岡部が育てた馬は: the horse, of whom the clause tells; kana there is a verb's or a particle's)
_TITLE_TO_TOPIC = r"(?:さん|ちゃん|くん|さま|[^\u3041-\u3096、。「」の]){0,10}?(?:は|も)"


# A verb closing on the noun it describes (選出された2005年, 受ける必要): the が before it is that clause's own
_RELATIVE = re.compile(r"[たるいう](?=[\u4e00-\u9fff0-9０-９\u30a1-\u30fa])")


def _people_or_body(subject: Argument) -> bool:
    """A subject that names a person, a body or people by what they are (地元住民, 厚労省職員7人全員), not a thing
    (合意形成のルール) nor a share of a group named before (所属選手のうち29人)."""
    if subject.head is not None:
        return True
    text = re.sub(r"(?:ら|たち|全員)$", "", subject.text)
    return "のうち" not in text and bool(SPEAKER_END.search(text) or text.endswith(("住民", "市民", "国民")))


# A judgement or an estimate, which nobody makes of themselves (…5000人が死亡したと推計している, …犯人が…と見ており)
_JUDGED = re.compile(r"^(?:推計|予想|予測|推定|試算|見込|見て|みて|判断)")
# A judgement in the passive, nobody's but the source's that tells it: と見られている, とみられる, と考えられている, と見込まれる
HEDGED = re.compile(r"^(?:見|み|考え|思わ|推測さ|推定さ|推計さ|予想さ|予測さ|見込ま)(?:られ|れ)")


def _only_a_setting(body: str, text: str, s_start: int, limit: int) -> bool:
    """Whether text is written before limit only as a setting (東京都では、), never as a subject."""
    at, found = body.find(text, s_start, limit), False
    while at >= 0:
        if not body.startswith(("では", "で、", "において"), at + len(text)):
            return False
        found, at = True, body.find(text, at + 1, limit)
    return found


# ニュースサイト「X」他は, 「アムネスティ・インターナショナル」によれば: a name in brackets, not a quote
# What follows a body's name in brackets, not a quote: 「X」紙は, 「X」他は, 「X」(RadioPublicAfrican)は
_NAME_IN_BRACKETS = re.compile(r"(?:[(（][^()（）「」。]{1,40}[)）])?(?:紙|誌|社)?(?:他|ほか|など)?(?:は|が|も|によ(?:れば|ると))")


def _only_inside_quotes(body: str, text: str, s_start: int, limit: int, candidate) -> bool:
    """Whether text is written before limit in the sentence, and only inside quotes other than the claim."""
    spans = [q for q in quotes(body, s_start, max(limit, candidate.end)) if q != (candidate.start, candidate.end)
             and not _NAME_IN_BRACKETS.match(body, q[1])]  # ニュースサイト「X」他は: a name, not a quote
    at, found = body.find(text, s_start, limit), False
    while at >= 0:
        if not any(a < at < b for a, b in spans):
            return False
        found, at = True, body.find(text, at + 1, limit)
    return found


def missed(body: str, clauses: list[Clause], taken: list[tuple[int, int]]) -> list[tuple]:
    """(start, end, cue, attribution, holder) of quotes and judgements the surface rules did not read."""
    out, taken = [], sorted(taken)
    for clause in clauses:
        said = clause.complement
        if said is None or clause.relative or clause.subject is None or clause.subject.only_a_title():
            continue
        quoted = body.startswith("「", said.start) and body.endswith("」", said.start, said.end)
        if clause.kind == "speech" and not quoted and not clause.predicate.startswith(("みて", "見て")):
            continue  # a reported clause: the surface rules read those, with their own checks
        if _TOLD_TO.match(clause.predicate):
            continue  # 「無愛想だね」と言われて, 先輩から「…」と指摘される: the subject was spoken to, not the speaker
        near = bisect_left(taken, (said.start, said.start))
        if any(_half(a, b, said.start, said.end) for a, b in taken[max(0, near - 3) : near + 3]) or said.end - said.start < 4:
            continue
        if any(m.start() <= said.start < m.end() for m in TITLE.finditer(body, *clause.sentence)):
            continue  # 『…』: a cited headline
        out.append((said.start, said.end, clause.predicate, "direct" if quoted else "indirect", clause.subject))
        insort(taken, (said.start, said.end))
    return out


# A verb of speech in the passive, not a respectful one (述べられた, 話された are the imperial family's words)
_TOLD_TO = re.compile(r"(?:言わ|聞か|訊か|尋ねら|問わ|指摘さ|批判さ|非難さ|注意さ|説明さ|答えら|叱ら|怒ら|褒めら|ほめら)れ")


def with_holder(candidate, holder: tuple) -> object:
    entity_id, text = holder
    return replace(candidate, holder_entity_id=entity_id, holder_text=text)


# A foreign surname and a title of a person (エレバン団長, ハーマン大佐, オコナー元判事), not of a body (バッハ史料館)
_TITLED = re.compile(r"(?P<name>[\u30a1-\u30faー]{2,})[\u4e00-\u9fff]{0,4}(?:長|官|員|相|将軍|[大中少]?[将佐尉]|判事|検事|騎手|選手|"
                     r"監督|候補|教授|博士|氏|師|士|司教|主教|枢機卿|元帥|提督|大使|総裁|書記|主席|大統領|国王|女王|王子|王女|"
                     r"容疑者|被告)")


def full_name(body: str, text: str, before: int) -> str:
    """ダクラッラー → マーディ・ダクラッラー, when the full name was written before; a surname with a title
    no list knows (メーリス団長) is that person too, the whole surname (not a name it begins)."""
    titled = _TITLED.fullmatch(text)
    if titled is not None:
        whole = full_name(body, titled.group("name"), before)
        return whole if whole != titled.group("name") else text
    if not re.fullmatch(r"[\u30a1-\u30faー]{2,}", text):
        return text
    found = None
    for found in re.finditer(r"[\u30a1-\u30faー]{2,}(?:・[\u30a1-\u30faー]{2,})*・" + re.escape(text) + r"(?![\u30a1-\u30faー])",
                             body[:before]):
        pass
    return found.group(0) if found else text
