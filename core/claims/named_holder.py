"""The holder a claim's own sentence names: before its verb, its teller, the outlets opening it, at its quote."""

from __future__ import annotations

import re

from core.claims.at_quote import described_at_quote, kin_speaker, speaker_at_quote
from core.claims.clefts import focus_in
from core.claims.holders import OTHER_TITLE, titled_before
from core.claims.matter import in_matter
from core.claims.name_shape import SETTING
from core.claims.quote_verbs import told_again
from core.claims.report_topics import turned_topic
from core.claims.reports import OUTLET_OPENS, SHORT_OUTLET, THIS_IS, TOLD_AT_END, outlet_verb
from core.claims.seats import Seats
from core.claims.sentence_holder import next_speaker, sentence_holder
from core.claims.sources import VIA
from core.claims.subjects import named_in_gap, subject_of
from core.clauses.referents import referred
from core.clauses.spans import SpanIndex
from core.model import Mention
from core.nlp.offices import OFFICE_WORDS

# A country's press, not the country: 韓国メディア, 日本の主要メディア, 中国国営メディア, 北朝鮮国営通信
_MEDIA_OF = re.compile(r"の?(?:主要|大手|国営|官製|地元|現地|一部|複数の)?(?:メディア|マスコミ|報道機関|各紙|通信社?|テレビ|新聞)")


def named_holder(body: str, people: list, index: SpanIndex, seats: Seats, s_start: int, s_end: int, start: int, end: int,
                 cue: str, attribution: str, gap: tuple | None, told_by, said_before: int | None):
    """(holder mention, holder text, whether named, whether an outlet's report with no one named) of the claim at
    [start, end), read from its own sentence: the words before its verb, its teller, the outlets opening the
    sentence, the speaker written at the quote."""
    holder, holder_text, _ = subject_of(body, people, index, *gap) if gap else (None, None, None)
    if gap and cue in ("という", "によると", "によれば") and (source := VIA.match(body, gap[1])) is not None \
            and source.group(0):
        # 人権団体によれば、…という, 交通局によると、「…」。: the source named holds what it tells
        holder = next((m for m in people if m.start == gap[0] and m.end <= gap[1]), None)
        holder_text = None if holder is not None else body[gap[0]:gap[1]]
    if holder is None and holder_text is None and gap and gap[1] > end and not body.startswith(("は", "が", "も"), gap[1] - 1):
        holder = focus_in(body, people, *gap)  # 「…」と話すのは、…高田英男氏。: the one the cleft closes on
    if gap is None and said_before is not None and attribution == "direct":
        # 「…」と述べたほか、公明党幹部は「…」と述べている: the speaker named after the last report
        local = next_speaker(body, people, index, said_before, start)
        if local is not None and not _in_matter(body, *local, s_start, start):  # …と語ると同時に、Xが…ことについては「…」
            holder, holder_text = local
    if told_by is not None and told_by.holder is not None:
        holder = next((m for m in people if m.start == told_by.holder[0] and m.end <= told_by.holder[1]
                       and (m.end == told_by.holder[1] or body[m.end] not in "の紙誌"  # not 韓国 of 韓国のSNS, 韓国紙
                            and "の" not in body[m.end : told_by.holder[1]])  # nor サーリーフ of サーリーフ候補の批判者
                       and not (m.type == "GPE" and _MEDIA_OF.match(body, m.end, told_by.holder[1]))), None)
        holder_text = None if holder is not None else (
            named_in_gap(body, *told_by.holder) or body[told_by.holder[0]:told_by.holder[1]])
        if holder is None and holder_text in OFFICE_WORDS:  # CNNは、首相が…と述べたと報じた: whoever holds it
            at = told_by.holder[0]
            holder = referred(body, index, holder_text, at, s_start)
            seated = seats.holder(body, index, holder_text, at, s_start) if holder is None else None
            if seated is not None:
                holder = Mention(at, at + len(holder_text), holder_text, "PERSON", seated.id, source=None)
            holder_text = None
    if holder is None and holder_text is None and gap:
        holder_text = named_in_gap(body, *gap)
        # 「…」と首相は述べた: an office is read as core.clauses.referents reads it (office and country)
        titled = (referred(body, index, holder_text, gap[0], s_start) if holder_text in OFFICE_WORDS
                  else None) or (titled_before(body, index, holder_text, gap[0]) if holder_text else None)
        if titled is not None or holder_text in OFFICE_WORDS or (holder_text and OTHER_TITLE.fullmatch(holder_text)):
            # 「…」と判事は主張: the last person named with that title (ロバーツ判事), never the title itself
            holder = titled or referred(body, index, holder_text, gap[0])
            at = body.rfind(holder_text, gap[0], gap[1])
            seated = seats.holder(body, index, holder_text, at, s_start) \
                if holder is None and holder_text in OFFICE_WORDS else None
            if seated is not None:  # 「…」と首相は述べた, no 首相 named: the one in office that day
                holder = Mention(at, at + len(holder_text), holder_text, "PERSON", seated.id, source=None)
            holder_text = None
    opener = OUTLET_OPENS.match(body, s_start, start) if outlet_verb(cue) and told_by is None else None
    if opener is not None and gap is not None and gap[0] >= opener.end() and (SHORT_OUTLET.match(
            re.split("[や・]", body[gap[0]:gap[1]])[0]) or any(m.start == gap[0] and m.type == "ORG" for m in people)):
        opener = None  # AP通信などは、…117名、読売や共同は…109人と伝えている: the second outlet tells its part
    if opener is not None:  # 各報道機関はブチュタ氏は…と伝えている: the outlets opening the sentence report it
        # 米紙ニューヨーク・タイムズは: the paper, not the country before it; 朝日新聞や読売新聞は: the first
        holder = next((m for m in people if m.type == "ORG" and opener.start("name") <= m.start
                       and m.end <= opener.end("name")), None) \
            or next((m for m in people if m.start == opener.start("name")), None)
        holder_text = None if holder is not None else opener.group("name")
    explicit = holder is not None or holder_text is not None
    reported = outlet_verb(cue) and not explicit
    if reported and THIS_IS.match(body, s_start):
        pass  # これは、…北朝鮮が…表明したものだと伝えた: the outlet, named before, tells it
    elif not explicit and attribution == "position" and (turned := turned_topic(body, people, s_start, start)):
        holder, holder_text = turned  # …を発表したが、これに対して、…関係者は懸念を示している: the turn's topic
        explicit = True
    elif not explicit and attribution in ("direct", "position") and (
            at_quote := speaker_at_quote(body, people, s_start, start, attribution == "direct")):
        holder, holder_text = at_quote  # 総務省は…を行い、トレンドマイクロも「…」と話している
        explicit = True
    elif not explicit and attribution == "direct" and (described := described_at_quote(body, people, s_start, start)):
        holder, holder_text = described  # …出演を控えていたキーファーだったが、「…」と明かしている
        explicit = True
    elif not explicit:
        # 貴乃花親方が提出したという退職届については「…」: who is named in the matter does not speak; the
        # speaker is named before it (首相は、日中関係については「…」) or not in this sentence
        holder, holder_text = sentence_holder(body, people, index, s_start, start, attribution == "direct" and (
            told_again(body, end, s_end) or TOLD_AT_END.search(body, end, s_end) is not None))
        if attribution == "direct" and _in_matter(body, holder, holder_text, s_start, start):
            holder, holder_text = None, None
        if holder is None and holder_text is None:
            holder_text = kin_speaker(body, s_start, start)  # 男は「…」, 容疑者の妻は「…」
        explicit = holder is not None or holder_text is not None
    if holder is None and holder_text and SETTING.search(holder_text):
        return None, None, False, reported  # 試合序盤は「…」と呟き: when it was said; the one spoken of goes on
    return holder, holder_text, explicit, reported


def _in_matter(body: str, holder, holder_text: str | None, s_start: int, start: int) -> bool:
    """Whether the holder read (a mention, else its text) is named inside the phrase of matter before the quote."""
    if holder is None and not holder_text:
        return False
    end = holder.end if holder is not None else body.rfind(holder_text, s_start, start) + len(holder_text)
    return in_matter(body, end, s_start, start)
