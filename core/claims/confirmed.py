"""What a confirmation establishes (…ことを確認した): a claim when it is a finding, no claim when it is an act or an
agreement.

A body that confirms a fact holds it (JTBは…夫婦が死んだことを確認している, 外務省は邦人に被害がないことを確認した,
遺体は…さんであることを確認した): the clause before こと is past, a state or a negated state. A plan the parties
confirm together is an agreement, not a view (両首脳は…連携していくことを確認した, …指名することを確認した, 核を持たない
ことを確認した: a verb in the plain non-past, or a verb negated), and a confirmation with a bare noun is an act
(死亡を確認した, 身元を確認した). A confirmation sought rather than made is none either (…義務がないことを確認し、
慰謝料を求めるために行われた, …ことを確認したい).
"""

from __future__ import annotations

import re

# The clause before こと told as a fact: past (死んだ, 感染した, 投入された), a state (所有している, 整っていない, 可能で
# ある, できる) or the absence of something (被害がない, 関係もない, 問題はなかった)
_FACT = re.compile(r"(?:た|だ|いる|ある|できる|いない|(?<=[がはもで])ない|なかった)(?:こと|事)$")
# After the stem 確認し, a confirmation sought: 確認し、…を求めるために (an aim), 確認しよう, 確認したい, 確認してほしい
_SOUGHT = re.compile(r"(?:、[^。、]{0,30}?ため(?:に|の|、)|よう|たい|てほしい|てもらい)")


def confirms_a_finding(body: str, start: int, end: int, verb_end: int) -> bool:
    """Whether 確認し, whose object is body[start:end] and whose stem ends at verb_end, confirms a fact someone
    holds (…ことを確認した) rather than doing an act or making an agreement. A fact cut down to its predicate
    (…、問題がないことを確認した read as ない) tells nothing on its own."""
    return end - start >= 6 and bool(_FACT.search(body, start, end)) and not _SOUGHT.match(body, verb_end)
