"""One body written with its legal form and without it: 株式会社ネクシィーズ and ネクシィーズ, 楽天株式会社 and 楽天,
(株)ネクシィーズ, 公益財団法人日本相撲協会 and 日本相撲協会.

A company's press release and the paper's own report name it in full, a headline and a later article drop the
form. Two outlets telling one negotiation or signing then name one side two ways; a body the registry does not know
is a found name, so the merge (core.meetings.same_sides) and the batch's blocks (core.batch.identity) read both
names as the one body's.
"""

from __future__ import annotations

import re

_FOUND_BODY = "found:ORG:"
# the forms Japanese law gives companies and other bodies, written before or after the name
_FORMS = ("株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "一般社団法人", "公益社団法人", "一般財団法人",
          "公益財団法人", "特定非営利活動法人", "NPO法人", "学校法人", "社会福祉法人", "独立行政法人", "医療法人")
_ABBREVIATED = r"[(（](?:株|有)[)）]"
_FORM = re.compile(rf"^(?:{'|'.join(_FORMS)}|{_ABBREVIATED})|(?:{'|'.join(_FORMS)}|{_ABBREVIATED})$")
# a name left after its form must still be a name (株式会社KK: two letters; not a bare form)
_SHORTEST = 2


def bare_body(key) -> str:
    """A found body's key with its legal form taken off (found:ORG:株式会社ネクシィーズ → found:ORG:ネクシィーズ);
    other keys, and a name that would be left too short, are their own."""
    if not str(key).startswith(_FOUND_BODY):
        return key
    name = key[len(_FOUND_BODY):]
    bare = _FORM.sub("", name)
    return _FOUND_BODY + bare if bare != name and len(bare) >= _SHORTEST else key


def one_body(a, b) -> bool:
    """Two found bodies written with and without a legal form (株式会社ネクシィーズ / ネクシィーズ); bodies the
    registry knows are told apart by their ids."""
    return a != b and str(a).startswith(_FOUND_BODY) and str(b).startswith(_FOUND_BODY) \
        and bare_body(a) == bare_body(b)
