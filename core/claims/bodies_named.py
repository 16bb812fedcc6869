"""Bodies the entity detector reads apart or misses: a country's ministry, a name in brackets told as a source."""

from __future__ import annotations

import re

from core.model import Mention

# A ministry written with no country: the detector reads it as Japan's (外務省), unless its country stands before it
_BARE_MINISTRY = frozenset("外務省 国防省 内務省 財務省 法務省 外交部 国防部 国務省 経済省 情報省 内閣".split())


def ministries_of_their_country(body: str, mentions: list) -> list:
    """Mentions with a country's ministry read as one body: パキスタン外務省スポークスマン is Pakistan's
    ministry, not Japan's 外務省 after the place パキスタン."""
    joined, drop = [], set()
    places = {m.end: m for m in mentions if m.type == "GPE" and m.entity_id and m.entity_id != "country:JP"}
    for mention in mentions:
        place = places.get(mention.start) if mention.type == "ORG" and mention.text in _BARE_MINISTRY else None
        if place is None:
            continue
        name = body[place.start : mention.end]
        joined.append(Mention(place.start, mention.end, name, "ORG", f"found:ORG:{name}", source=None))
        drop.update((id(place), id(mention)))
    taken = [(m.start, m.end) for m in mentions]
    for named in _BRACKETED_NAME.finditer(body):  # 「アムネスティ・インターナショナル」によれば: a name the detector missed
        start, end = named.span("name")
        source = body.startswith(("によると", "によれば"), named.end())
        if not any(a < end and start < b for a, b in taken) and (
                _FOREIGN_LETTERS.fullmatch(named.group("name")) or source and (
                    _FOREIGN_LETTERS.search(named.group("name")) or _BODY_WORD.search(named.group("name")))):
            joined.append(Mention(start, end, named.group("name"), "ORG", f"found:ORG:{named.group('name')}", source=None))
    if not joined:
        return mentions
    return sorted([m for m in mentions if id(m) not in drop] + joined, key=lambda m: m.start)


# A body named in brackets as a source or a topic: ニュースサイト「レディフ・コム」によると, 「オブザーバー」は、
_BRACKETED_NAME = re.compile(r"「(?P<name>[\u30a1-\u30faー・A-Za-z0-9\u4e00-\u9fff＝=.]{2,30})」(?=によると|によれば|は、)")
_FOREIGN_LETTERS = re.compile(r"[\u30a1-\u30faA-Za-zー・.]{2,}")
_BODY_WORD = re.compile(r"(?:新聞|通信|放送|協会|連盟|機構|委員会|団体|財団|研究所)$")
