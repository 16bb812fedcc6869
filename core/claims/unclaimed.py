"""The subjects of sentences with no claim, which the omitted subject of later claims continues."""

from __future__ import annotations

import re

from core.claims.clefts import cleft_focus
from core.claims.holders import group_topic_span, opening_topic, title_after
from core.claims.quote_marks import quotes
from core.claims.subjects import subject_of
from core.clauses.spans import SpanIndex
from core.model import Mention


def last_subjects(body: str, index: SpanIndex, unread: list, last_subject, last_person, last_speaker):
    """last_subject, last_person and last_speaker after the sentences with no claim in unread (oldest
    first), each of which makes its subject the last one, a person's the last person, and ends the last
    speaker's turn unless the subject is a body: read from the newest back, only until a person is found
    (older sentences can change none of the three then)."""
    subject_found = None
    for s_start, s_end, people in reversed(unread):
        subject = _subject_of_sentence(body, people, index, s_start, s_end)
        if subject is None:
            continue
        if subject_found is None:
            subject_found = last_subject = subject
        if subject.type != "ORG":
            last_speaker = None  # a person or a country named: theirs now
        if subject.type == "PERSON":
            return last_subject, subject, last_speaker
    return last_subject, last_person, last_speaker


def _subject_of_sentence(body: str, people: list, index: SpanIndex, s_start: int, s_end: int):
    """The subject of a sentence with no claim, or None."""
    asked = interviewee(body, people, s_start, s_end)
    if asked is not None:
        return asked  # …担当する羽賀紗保里さんに…お話を伺ってきました。「…」と説明してくれました: the one interviewed speaks next
    said_inside = quotes(body, s_start, s_end)  # never inside the sentence's quotes (首相は「日本は…」: 首相, not 日本)
    subject, _, end = subject_of(body, [m for m in people if not any(a < m.start < b for a, b in said_inside)], index,
                                 s_start, s_end)
    if subject is not None and body.endswith(("が", "が、"), s_start, end) and _DEED_ANSWERED.match(body, end, s_end):
        subject = None  # 会見では、王毅外相が訪日したことにも触れた: the deed touched on is his, the omitted topic goes on
    if subject is None:
        subject = opening_topic(body, s_start, s_end)  # 西日本スポーツでは、…: a name no entity knows
    if subject is None:
        subject = _person_topic(body, s_start, s_end)  # AP通信によれば、少年は…向かった: 彼は next is him
    if subject is None:
        subject = cleft_focus(body, people, s_start, s_end)  # 監督を務めるのは、…スタントン。…彼は「…」
    return subject


# A deed made a noun by こと that the sentence's own verb reacts to: …が訪日したことにも触れた, …が発射したことを非難した
# (its が-subject did the deed; whoever touches on it is the omitted topic; not …ことを明らかにした, which it may tell)
_DEED_ANSWERED = re.compile(r"[^、。「」]*?[たるい](?:こと|事)(?:に|を|について|に対して?)(?:も|は)?、?[^、。「」がは]{0,12}?"
                            r"(?:触れ|言及|歓迎|批判|非難|評価|感謝|抗議|謝罪|遺憾|懸念|反発)[^、。「」]{0,8}。?$")


# The one an interview asks: Xさんに…お話を伺ってきました, X氏に話を聞いた, X監督にインタビューした, Xさんに聞いてみました
# (the interviewer named as the subject between: X監督に、…松下賢次アナウンサーが独占インタビューを行った)
_ASKED = re.compile(r"(?:氏|さん)?に(?:[^。「」、にを]{0,30}?(?:について|を|の))?、?(?:[^。「」に]{1,40}?が、?)?"
                    r"(?:お?話を(?:伺|うかが|聞|聴|訊)|[\u4e00-\u9fff]{0,4}インタビュー(?:し|を)|取材し|(?:聞|訊)いて(?:み|き))")


def interviewee(body: str, people: list, s_start: int, s_end: int) -> Mention | None:
    """The person a sentence asks for their words (…羽賀紗保里さんに…についてお話を伺ってきました), or None."""
    if "に" not in body[s_start:s_end]:
        return None
    for mention in people:
        if mention.type != "PERSON" or not s_start <= mention.start < s_end:
            continue
        title = title_after(body, mention.end)
        at = title.end() if title is not None else mention.end
        if _ASKED.match(body, at, s_end) is not None:
            return mention
    return None


def _person_topic(body: str, s_start: int, s_end: int) -> Mention | None:
    """A person a sentence takes as its topic by what they are (少年は), as a mention of its own."""
    found = group_topic_span(body, s_start, s_end)
    if found is None or not _PERSON_NOUN.fullmatch(found[0]):
        return None
    at = body.rfind(found[0], s_start, found[1])
    return Mention(at, at + len(found[0]), found[0], "PERSON", source=None)


_PERSON_NOUN = re.compile(r"少年|少女")


class OmittedSubject:
    """The last subject, person and speaker named, which a claim whose sentence names no holder continues (the
    omitted subject of Japanese prose), as read_sentences keeps them from sentence to sentence.

    The sentences with no claim since the last claim change the three (last_subjects), but reading their subjects
    is the costliest step of a claim's holder: they are read only when the next claim's sentence asks for one of the
    three before it sets it. A sentence whose claims each name their person sets all three, and the sentences
    before it are never read; the three are always what reading them first would have left.
    """

    __slots__ = ("_body", "_index", "_values", "_unread", "_set")

    def __init__(self, body: str, index: SpanIndex) -> None:
        self._body, self._index = body, index
        self._values = [None, None, None]  # subject, person, speaker
        self._unread: list = []  # the sentences with no claim not yet read, oldest first
        self._set: set[int] = set()  # which of the three a claim set since those sentences were left unread

    def after(self, unread: list) -> None:
        """A sentence with a claim follows the sentences in unread (oldest first, none of them read yet)."""
        self._unread, self._set = unread, set()

    def settle(self) -> None:
        """The sentence's claims are read: what the sentences before it change of the three is read now, unless the
        claims set all three."""
        if self._unread and len(self._set) < 3:
            self._read()
        self._unread = []

    def _get(self, i: int):
        if self._unread and i not in self._set:
            self._read()
        return self._values[i]

    def _put(self, i: int, value) -> None:
        self._values[i] = value
        self._set.add(i)

    def _read(self) -> None:
        # each of the three last_subjects returns depends on its own value before only, so one set since is passed
        # as it is now and kept
        read = last_subjects(self._body, self._index, self._unread, *self._values)
        self._values = [self._values[i] if i in self._set else read[i] for i in range(3)]
        self._unread = []

    subject = property(lambda self: self._get(0), lambda self, value: self._put(0, value))
    person = property(lambda self: self._get(1), lambda self, value: self._put(1, value))
    speaker = property(lambda self: self._get(2), lambda self, value: self._put(2, value))
