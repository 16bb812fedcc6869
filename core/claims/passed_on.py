"""Words an outlet passes on: the one it names as speaking holds them, the outlet is `via`.

「ニュース24」は、ある外交官が、「…」と語り、…と報じた and CNNは、ある外交官が「…」と語ったと報じた: the
diplomat's quote, and the quotes chained after it under the same speaker (AGI通信は、…首相が「A」と論評し、「B」と
発言したと伝えた: both the prime minister's); ボストングローブ紙は、サーリーフ候補の批判者は、…べきだと主張していると伝えた: the critics'
view, its content without their name and verb (…複数の医師が、…と語っていると伝えた; …チェアマンは会見で「…」と話した
ことを伝えた). The sentence must close on the outlet's own verb (…と報じた,
…と伝えた), so a quote the outlet itself makes, or a speaker's words with no outlet telling them, stay as read. A
position the outlet names its taker for, the outlet named after it, is the taker's (人権団体は…懸念を示しているとBBCは
伝えた, 中山美穂が…反原発の姿勢を示していると、アサ芸プラスが報じた), and so are words said before the outlet named
after them (ケリー国務長官は、…にあると述べたとCNNが報じた: Kerry's words, CNN via; 労働党は、…を呼びかける示唆を行った
と「スタッフ」は報じている: a statement made, the outlet in brackets).
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.claims.holders import SPEAKER_END, NOT_A_HOLDER
from core.claims.report_tellers import is_outlet
from core.sentences import LONGEST
from core.text import stop_start

# The outlet's verb closing the sentence after the claim: …と語り、…と報じた, …と語ったと伝えた
_OUTLET_CLOSE = re.compile(r"(?:と|ことを)(?:報じ|伝え)(?:た|ている|ていた)。?$")
# The speaker right before the quote, a が- or は-subject set off or not by a comma (ある外交官が、「)
_SPEAKER_BEFORE = re.compile(r"(?:^|(?<=[、。\n]))(?P<name>(?:ある|別の|一部の|複数の)?[^、。「」はがをにでと]{2,20}?)(?:が|は)、?"
                             r"(?:[^、。「」はがをにでと]{1,8}で、?)?$")  # …チェアマンは会見で「…」
# An indirect claim that opens on its own speaker and closes on their verb: 批判者は、…べきだと主張している
_INNER_TOPIC = re.compile(r"^(?P<name>[^、。「」]{2,20}?)(?:は|が)、(?P<said>[^「」]{6,}?)と"
                          r"(?P<verb>主張|述べ|語っ|話し|指摘|強調|批判|非難|警告|説明)(?:し)?(?:て(?:いる|いた)|た)?$")


# A quote told before this one under the same speaker, its verb chained on (「A」と論評し、「B」と発言した)
_CHAINED = re.compile(r"「[^「」]{2,}」と[^、。「」はが]{1,8}、$")


def _before_chained(body: str, s_start: int, at: int) -> int:
    """Where the quotes chained before the quote at `at` begin (Aが「X」と論評し、「Y」: where 「X」 opens), so the
    speaker before the first is the speaker of them all; at itself when none is."""
    chained = _CHAINED.search(body, s_start, at)
    while chained is not None:
        at = chained.start()
        chained = _CHAINED.search(body, s_start, at)
    return at


# People named by a trade SPEAKER_END does not end: 医師, 弁護士, 住民
_TRADE = re.compile(r"(?:医師|弁護士|教師|技師|住民|市民|患者)$")


def _speaker(name: str, people: list, start: int) -> tuple[str | None, str] | None:
    """(entity id, text) of who name is, if it can speak: a person or body found there, or people named by trade."""
    found = [m for m in people if start <= m.start and m.end <= start + len(name) and m.type in ("PERSON", "ORG")]
    if found and "の" not in name[found[-1].end - start:]:  # not サーリーフ候補の批判者: the critics, not the candidate
        return found[-1].entity_id, found[-1].text
    bare = re.sub(r"^(?:ある|別の|一部の|複数の)", "", name)
    if (SPEAKER_END.search(bare) or _TRADE.search(bare)) and not NOT_A_HOLDER.search(bare):
        return None, bare
    return None


def passed_on(body: str, candidate, people: list, outlet: str | None, kind: str | None):
    """The candidate with the speaker an outlet names as holder and the outlet as via, or as it was."""
    telling = candidate.cue.startswith(("報じ", "伝え"))  # the holder read is the one who tells it
    if not (is_outlet(outlet, kind) or telling and candidate.attribution == "indirect"):
        return candidate
    s_start = stop_start(body, candidate.start, LONGEST)
    s_end = body.find("。", candidate.end, candidate.end + LONGEST)
    s_end = min(len(body), candidate.end + LONGEST) if s_end < 0 else s_end + 1
    via = [{"entity_id": candidate.holder_entity_id, "text": candidate.holder_text or outlet or ""}]
    if telling and candidate.attribution == "indirect" and _TOLD_BY.match(body, candidate.end):
        inner = _inner_position(body, candidate, people, s_start, via)  # …懸念を示しているとBBCは伝えた
        return inner if inner is not candidate else _inner_said(body, candidate, people, s_start, via)
    if not _OUTLET_CLOSE.search(body, candidate.end, s_end) or telling and candidate.attribution == "direct":
        return candidate
    if candidate.attribution == "direct":
        named = _SPEAKER_BEFORE.search(body, s_start, _before_chained(body, s_start, candidate.start))
        if named is None or outlet and outlet in named.group("name"):
            return candidate
        speaker = _speaker(named.group("name"), people, named.start("name"))
        if speaker is None:
            return candidate
        return replace(candidate, holder_entity_id=speaker[0], holder_text=speaker[1], via=via + candidate.via)
    inner = _INNER_TOPIC.match(candidate.text)
    if inner is None or not body.startswith("と", candidate.end):
        return candidate
    speaker = _speaker(inner.group("name"), people, candidate.start)
    if speaker is None:
        return candidate
    start = candidate.start + inner.start("said")
    end = candidate.start + inner.end("said")
    return replace(candidate, start=start, end=end, text=body[start:end], cue=inner.group("verb"),
                   holder_entity_id=speaker[0], holder_text=speaker[1], via=via + candidate.via)


# The outlet named after what it tells, before its verb: …と、朝日新聞が報じた, …とBBCは伝えた
_TOLD_BY = re.compile(r"と、?(?:「[^、。「」]{1,20}?」|[^、。「」]{1,20}?)(?:が|は)、?(?:報じ|伝え)")  # 「スタッフ」は報じ
# A position its taker is named with, inside what the outlet tells: 人権団体は…懸念を示していると(BBCは伝えた),
# 警察幹部らが拘束を否定したと(朝日新聞が報じた), 中山美穂がツイッターで反原発の姿勢を示していると(…が報じており),
# 選挙管理委員会は、18日、…の当選を発表したと(ロイターが伝えた)
_INNER_POSITION = re.compile(r"(?<![^、。\n])(?:[0-9０-９]{1,2}日、)?(?P<name>[^、。「」はがをにでと]{2,20}?)(?:は|が)、?"
                             r"(?:[0-9０-９]{1,2}日、)?(?P<said>[^「」。、]{2,}?(?P<noun>懸念|姿勢|意向|考え|方針|見方|立場)?)"
                             r"(?P<verb>(?<=[念勢向え針方場])を示|を(?:否定|批判|非難|歓迎|表明|支持|要求|求め|発表|公表))"
                             r"(?:し|め)?(?:て(?:いる|いた)|た)?$")


def _inner_position(body: str, candidate, people: list, s_start: int, via: list):
    """The candidate as the position its taker holds, the outlet as via, when what it tells is a position taken by
    someone it names (…人権団体は…懸念を示していると伝えた); else as it was."""
    inner = _INNER_POSITION.search(body, s_start, candidate.end)
    if inner is None:
        return candidate
    speaker = _speaker(inner.group("name"), people, inner.start("name"))
    if speaker is None:
        return candidate
    start, end = inner.start("said"), inner.end("said")  # …反原発の姿勢, …拘束 (what is denied)
    cue = (inner.group("noun") or "") + inner.group("verb")  # 姿勢を示, を否定
    return replace(candidate, start=start, end=end, text=body[start:end], cue=cue,
                   holder_entity_id=speaker[0], holder_text=speaker[1], via=via + candidate.via)


# Words said inside what the outlet tells, their speaker before them: 長官は、…にあると述べたと(CNNが報じた)
_INNER_SAID = re.compile(r"^(?P<said>[^「」]{2,}?)(?:と、?(?P<verb>述べ|語っ|話し|指摘し|強調し|主張し|説明し|明らかにし|表明し|"
                         r"示唆し|警告し|発表し)|(?P<act>(?:示唆|発言|主張|提案|要請|要求|表明)を行っ))(?:て(?:いる|いた)|た)$")


def _inner_said(body: str, candidate, people: list, s_start: int, via: list):
    """The candidate as the words its speaker said, the outlet as via, when what the outlet tells is someone's saying
    and the speaker opens the clause right before it (Aは、…と述べたとCNNが報じた); else as it was."""
    inner = _INNER_SAID.match(candidate.text)
    named = _SPEAKER_BEFORE.search(body, s_start, candidate.start) if inner is not None else None
    speaker = _speaker(named.group("name"), people, named.start("name")) if named is not None else None
    if speaker is None:
        return candidate
    end = candidate.start + inner.end("said")
    return replace(candidate, end=end, text=body[candidate.start:end], cue=inner.group("verb") or inner.group("act"),
                   holder_entity_id=speaker[0], holder_text=speaker[1], via=via + candidate.via)
