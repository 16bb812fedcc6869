"""Who said it, who met whom, read from a dependency parse (UD labels, as GiNZA gives them).

Pure functions over a sentence's words, so bench/compare_parsers.py can ask a parser's
tree the same questions Kaidan's rules answer, and tests can check them without the
parser: a Word is one token with its character span in the parsed text and the index of
its head (its own index at the root).
"""

from __future__ import annotations

from typing import NamedTuple

NAME_PARTS = ("compound", "flat", "fixed")  # what builds a name leftwards (岸田 文雄 首相, 国務 省)
SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
CLIMB = ("advcl", "conj", "obj", "obl", "ccomp", "xcomp", "nmod")  # a clause sharing its subject upwards
PARTNER_CASES = ("と", "との")
NOT_BEFORE_QUOTE_TO = ("NOUN", "PROPN", "PRON", "NUM")  # 大統領と (a partner), not 「…」と (a complement)


class Word(NamedTuple):
    i: int
    text: str
    pos: str
    dep: str
    head: int
    start: int
    end: int


def children(words: list[Word], i: int) -> list[Word]:
    return [w for w in words if w.head == i and w.i != i]


def case_of(words: list[Word], i: int) -> str:
    """The particles marking word i (は, と, との, によると), with what is fixed to them."""
    parts = []
    for w in children(words, i):
        if w.dep in ("case", "mark") and w.i > i:
            parts.append(w)
            parts += [f for f in children(words, w.i) if f.dep == "fixed"]
    return "".join(w.text for w in sorted(parts, key=lambda w: w.i))


def _left_parts(words: list[Word], i: int) -> list[int]:
    """i and the words directly left of it that build the same name (compounds of compounds)."""
    taken = {i}
    changed = True
    while changed:
        changed = False
        first = min(taken)
        if first > 0 and words[first - 1].dep in NAME_PARTS and words[first - 1].head in taken:
            taken.add(first - 1)
            changed = True
    return sorted(taken)


def name_span(words: list[Word], i: int) -> tuple[int, int]:
    """The characters of the name headed by word i: its compounds (ルビオ 長官), and for a
    word standing alone (a bare title) its owner before の (中国外務省 の 報道官)."""
    parts = _left_parts(words, i)
    if len(parts) == 1:
        owner = next((w for w in children(words, i) if w.dep == "nmod" and case_of(words, w.i) == "の"
                      and w.i == parts[0] - 2), None)
        if owner is not None:
            parts = _left_parts(words, owner.i) + parts
    return words[parts[0]].start, words[i].end


def is_partner(words: list[Word], i: int) -> bool:
    """Marked as who one does it with: と, との, とは, とも (not として)."""
    case = case_of(words, i)
    return case.startswith("と") and not case.startswith("として")


def _subject_here(words: list[Word], i: int) -> int | None:
    """A subject of predicate i, or its topic (Xは, which GiNZA sometimes files as dislocated)."""
    return next((w.i for w in children(words, i) if w.dep in SUBJECTS
                 or (w.dep == "dislocated" and case_of(words, w.i) == "は")), None)


def has_name(words: list[Word], i: int) -> bool:
    return any(words[j].pos == "PROPN" for j in _left_parts(words, i))


def subject_of(words: list[Word], i: int, climb: int = 3) -> int | None:
    """The subject of predicate i; a clause without one shares the subject of the clause it
    hangs from (XはYと会談し、…述べた; 会談を行った), up to `climb` steps up; a relative
    clause's subject is the name it qualifies (会談した首相)."""
    first = i
    for _ in range(climb + 1):
        subject = _subject_here(words, i)
        if subject is not None:
            return subject if subject < first else None  # one after it is a later clause's
        if words[i].dep == "acl" and has_name(words, words[i].head):
            return words[i].head
        if words[i].head == i or words[i].dep not in CLIMB:
            return None
        i = words[i].head
    return None


def _source(words: list[Word], start: int, end: int) -> int | None:
    """AによるとB…: A, outside the claim at [start, end), wherever the parser hung it."""
    found = [w.i for w in words if not (w.start < end and start < w.end) and case_of(words, w.i).startswith("によ")]
    return found[-1] if found else None


def _topic_before(words: list[Word], start: int, end: int) -> int | None:
    """Xは「…」と述べた, the parser hanging Xは on the quote's first predicate: the last subject
    standing before the claim whose head is inside it."""
    inside = {w.i for w in words if w.start < end and start < w.end}
    found = [w.i for w in words if w.end <= start and w.head in inside
             and (w.dep in SUBJECTS or (w.dep == "dislocated" and case_of(words, w.i) == "は"))]
    return found[-1] if found else None


def predicate_of(words: list[Word], start: int, end: int) -> int | None:
    """The word outside characters [start, end) that the span hangs from: the speech verb of a claim."""
    inside = {w.i for w in words if w.start < end and start < w.end}
    for w in words:
        if w.i in inside and w.head not in inside and w.head != w.i:
            head = w.head
            while words[head].dep in ("fixed", "aux") and words[head].head != head:
                head = words[head].head
            return head
    return None


def holder(words: list[Word], start: int, end: int) -> tuple[int, int] | None:
    """The characters of who says the claim at [start, end): the subject of its speech verb,
    else the source of the sentence (Aによると), never a word inside the claim."""
    verb = predicate_of(words, start, end)
    if verb is None:
        return None
    who = subject_of(words, verb)
    if who is None or start <= words[who].start < end:
        who = _topic_before(words, start, end)
    if who is None or start <= words[who].start < end:
        who = _source(words, start, end)
    if who is None or start <= words[who].start < end:
        return None
    return name_span(words, who)


def main_subject(words: list[Word]) -> tuple[int, int] | None:
    """The subject of the sentence's root: who a next sentence without a subject goes on about."""
    root = next((w.i for w in reversed(words) if w.head == w.i), None)
    who = subject_of(words, root) if root is not None else None
    return name_span(words, who) if who is not None else None


def complements(words: list[Word]) -> list[tuple[int, int]]:
    """The clauses a predicate reports (「…」と述べた, …と批判した, …との考えを示した), as character spans."""
    out = []
    for w in words:
        markers = [c for c in children(words, w.i) if c.dep in ("case", "mark") and c.i > w.i]
        marker = next((c for c in reversed(markers) if c.text == "と"), None)
        if marker is None or w.head == w.i:
            continue
        after = [c.text for c in markers if c.i > marker.i]
        if after and after != ["の"]:  # とは, とも: a partner or a topic, not a report
            continue
        before = words[marker.i - 1]
        if before.pos in NOT_BEFORE_QUOTE_TO and before.text != "」":
            continue
        if not after and words[w.head].pos not in ("VERB", "ADJ", "AUX"):
            continue
        out.append((words[first_under(words, w.i)].start, before.end))
    return out


def first_under(words: list[Word], i: int) -> int:
    """The index of the first word under i (i itself when nothing before it hangs from it); a source
    (Aによると) hanging from it is the report's, not the clause's."""
    under, changed = {i}, True
    while changed:
        changed = False
        for w in words:
            if w.head in under and w.i not in under and w.i != w.head and not case_of(words, w.i).startswith("によ"):
                under.add(w.i)
                changed = True
    return min(under)


def participants(words: list[Word], i: int) -> list[tuple[int, int]]:
    """Who meets at meeting word i (会談, 会見, 会う, 協議): the subject of its clause, the と/との
    partners of the word or of the verb it is an argument of, the names before の (AとBの会談),
    and those joined to any of them (AとBは, A、B両氏と)."""
    heads = []
    subject = subject_of(words, i)
    if subject is None:  # Xが…を訪れた際に…と会談し: the last named subject before the word
        subject = next((w.i for w in reversed(words[:i]) if has_name(words, w.i)
                        and (w.dep in SUBJECTS or (w.dep == "dislocated" and case_of(words, w.i) == "は"))), None)
    if subject is not None:
        heads.append(subject)
    heads += [w.i for w in children(words, i) if has_name(words, w.i) and (
        (w.dep == "nmod" and case_of(words, w.i) == "の")  # AとBの会談
        or (w.dep == "compound" and w.i == _left_parts(words, i)[0]))]  # インド訪問
    predicate = i
    for _ in range(2):
        heads += [w.i for w in children(words, predicate) if w.dep in ("obl", "nmod") and is_partner(words, w.i)
                  and w.i not in heads]
        if words[predicate].dep not in ("obj", "obl", "compound") or words[predicate].head == predicate:
            break
        predicate = words[predicate].head
    for head in heads:  # grows while it is read: the joined of the joined
        for w in children(words, head):
            joined = w.dep == "conj" or (w.dep == "nmod" and (is_partner(words, w.i) or not case_of(words, w.i)))
            if joined and w.i not in heads:
                heads.append(w.i)
    return [name_span(words, h) for h in heads]
