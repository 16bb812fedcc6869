"""The sources a claim came through: 新華社によると, 中国外務省の発表によると, 読売新聞の3月17日の報道によると."""

from __future__ import annotations

import re

from core.claims.holders import title_after

# What a teller told, read as the source it is: が報じたところによると, がCNNに語ったところでは, の伝えたところによれば
TOLD_WHERE = (r"(?:が(?:[^、。「」]{1,20}?(?:に|として))?|の)(?:報じ|伝え|語っ|話し|述べ|明らかにし|発表し|説明し)"
              r"たところ(?:によると|によれば|では)")


# …によると, …の発表によれば, …の情報によるとして; what a teller told (AがBに語ったところによると, Aが報じたところでは,
# Aが…の話として伝えたところによれば): A is the source as if written Aによると
VIA = re.compile(r"(?:(?:の発表|の報道|の声明)?(?:によると|によれば)(?:して)?|" + TOLD_WHERE + r")、?")


def sources_of(body: str, people: list, s_start: int, claim_start: int) -> list[dict]:
    """Sources the claim is reported through: 新華社によると, 中国外務省の発表によると, ハッダド教育相によると."""
    out, listed = [], []  # listed: sources named before this one (朝日新聞・読売新聞・47NEWSによると)
    for mention in people:
        start, end = mention.start, mention.end
        title = title_after(body, end) if mention.type == "PERSON" else None
        at = title.end() if title else end
        aside = _SOURCE_ASIDE.match(body, at)
        if aside:  # 47NEWS(共同通信)によると, 日本放送協会(NHK)によれば
            at = aside.end()
        if body.startswith("」", at) and body[start - 1 : start] == "「":
            at += 1  # 「レディフ・コム」によると: the name in brackets
        if body.startswith("など", at) and VIA.match(body, at + 2) and VIA.match(body, at + 2).group(0):
            at += 2  # CNNなどによると: the outlet named first of those that told it
        dated = _DATED_REPORT.match(body, at, claim_start)
        if dated:  # 読売新聞の3月17日の報道によると, 朝日新聞の12日22時13分(UTC+9)の続報によれば: the outlet, on a day
            at = dated.end()
        if listed and listed[-1][1] != start:
            listed = []
        if s_start <= start and at <= claim_start and VIA.match(body, at) and VIA.match(body, at).group(0):
            out += [item for item, _ in listed] + [{"entity_id": mention.entity_id, "text": body[start:end]}]
            listed = []
        elif s_start <= start and at < claim_start and body[at] in "・、とや" and mention.type == "ORG":
            listed.append(({"entity_id": mention.entity_id, "text": body[start:end]}, at + 1))
    return out


_SOURCE_ASIDE = re.compile(r"[(（][^()（）「」。、]{1,20}[)）]")
# An outlet's report of a day or hour, between its name and によると: の3月17日の報道, の12日21時1分(UTC+9)付けの報道,
# の29日付の発表, の13日のさらに別の報道
_DATED_REPORT = re.compile(r"の[0-9０-９][^、。「」\n]{0,24}?の(?:上記とは|さらに)?(?:別の)?(?:報道|続報|記事|発表)(?=によ)")
