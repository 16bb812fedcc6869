"""Reports of reports and reports told apart from what they report.

- An outlet that tells what someone said: 選管のモリス委員長は…と語った、とBBCは伝えた and
  BBCは、選挙監視団が、…を賞賛したと伝えた. The speaker holds the claim, the outlet is its source.
- An outlet's report told in a sentence of its own after the report: …確実となった。17日のBBCなどが
  伝えた。 The sentence before is the outlet's claim.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.clauses.predicates import predicates

# The verbs by which an outlet passes on what it learnt
_OUTLET_VERB = re.compile(r"(?:伝え|報じ|報道)")
# A sentence that only says who reported: 17日のBBCなどが伝えた。 ロイター通信がこれを報じた。
_REPORTED_BY = re.compile(
    r"(?:このニュースは|これは)?(?:(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日|同日|前日)(?:付)?の?)?(?P<name>[^、。「」をにでとはがの]{2,24}?(?:の[^、。「」をにでとはがの]{2,12})?)"
    r"(?:など(?:の各社)?|ら|各紙|各社)?(?:が|は)(?:[0-9０-９]{1,2}日、?)?(?:これを|この(?:こと|ニュース)を)?(?:伝え|報じ|報道し)(?:た|ている|ていた)。?$")
# A subject opening the reported clause: 選挙監視団が、 / 同国政府は
_INNER_SUBJECT = re.compile(r"(?P<name>[^、。「」をにでとはがも]{2,20}?)(?:ら|側)?(?:が|は)、?")
# Words that end the name of people or a body that speak (選挙監視団, 国連人権理事会, 外務省)
_SPEAKER_END = re.compile(r"(?:当局|人|員|者|家|官|団|省|庁|局|府|会|党|社|紙|軍|派|機関|政府|代表|幹部|関係者|連合|組合|連盟|"
                          r"協会|団体|委員会|閣僚|各国|諸国|政権)$")


_SAID_ON_A_DAY = re.compile(r"と[0-9０-９]{1,2}日、?(?P<cue>語っ|述べ|話し|言っ|明らかにし|表明し|発表し|強調し|主張し)(?:た|ている|ていた)$")


class Told(NamedTuple):
    """Who passed a claim on (the span naming the outlet) and, when read here, who holds it."""

    reporter: tuple[int, int] | None
    holder: tuple[int, int] | None = None


def outlet_verb(cue: str) -> bool:
    return _OUTLET_VERB.match(cue) is not None


def inner_report(body: str, start: int, end: int, mentions: list) -> tuple[int, int, str, tuple[int, int]] | None:
    """(start, end, cue, holder span) of what the subject of an outlet's report said, when the reported
    clause start..end is itself a report (選挙監視団が、…ことを賞賛した), else None."""
    subject = _INNER_SUBJECT.match(body, start, end)
    if subject is None:
        return None
    name = subject.span("name")
    named = any(m.start == name[0] and m.end <= name[1] and m.type in ("PERSON", "ORG") for m in mentions)
    if not named and not _SPEAKER_END.search(subject.group("name")):
        return None
    last = None
    for kind, p_start, p_end in predicates(body, subject.end(), end):
        if kind in ("speech", "position"):
            last = (p_start, p_end)
    dated = _SAID_ON_A_DAY.search(body, subject.end(), end)
    if dated is not None:  # …を望むと23日語った: the day stands between と and the verb
        last = dated.span("cue")[0], end
    lead = re.search(r"[とをに](?:[0-9０-９]{1,2}日、?)?$", body[subject.end() : last[0]]) if last else None
    if last is None or last[1] != end or lead is None:
        return None  # …望むと23日語ったと伝えた: a day may stand between と and the verb
    said_end = subject.end() + lead.start()
    if body.endswith("こと", subject.end(), said_end):
        said_end -= 2  # …ことを賞賛した: what is praised is before こと
    if said_end - subject.end() < 4:
        return None
    return subject.end(), said_end, body[last[0] : last[1]], name


def reported_by(body: str, s_start: int, s_end: int) -> tuple[int, int] | None:
    """The span of the outlet a sentence names when all it says is who reported (…などが伝えた。)."""
    match = _REPORTED_BY.fullmatch(body, s_start, s_end)
    if match is None:
        return None
    return match.span("name")
