"""A title alone read as its office holder on the article's day, from the registry."""

from __future__ import annotations

import re

from core.claims.quote_marks import quotes
from core.clauses.referents import country_before, country_near, split_title
from core.clauses.spans import SpanIndex
from core.nlp.office_terms import seat_holder
from core.nlp.offices import OFFICE_WORDS
from core.sentences import LONGEST
from core.text import stop_start


class Seats:
    """Who holds a title alone, read from the registry's office holders on the article's day."""

    def __init__(self, registry, day: str | None):
        self.registry, self.day = registry, day

    def holder(self, body: str, index: SpanIndex, title: str, at: int, s_start: int):
        """The person the registry seats in the office `title` (written at `at`), in its country, or None."""
        if self.registry is None or not self.day:
            return None
        qualified = split_title(title)
        if qualified is not None and qualified[0] == "同国":
            return None
        country = country_near(index, body, at, at + len(title)) if qualified is not None and qualified[0] \
            else country_before(index, body, at)
        inside = quotes(body, s_start, at)
        if country is None and any(m.type == "GPE" and m.entity_id not in (None, "country:JP")
                                   and not any(a <= m.start < b for a, b in inside) for m in index.within(s_start, at)):
            return None  # ロシアとの交渉で、首相は: whose 首相 the sentence does not say
        return seat_holder(self.registry, qualified[1] if qualified is not None else title, country, self.day)


# A title as the topic or subject of the clause before a quote: 首相は, 米国務長官が, 韓国外相は、
_TITLE_TOPIC = re.compile(r"(?:^|(?<=[、。\n]))(?P<title>[\u4e00-\u9fff]{1,8})(?:は|が)、?")


def seated_topic(body: str, index: SpanIndex, start: int, seats: Seats):
    """The office holder a title alone before the quote at start stands for, when nobody is named with it."""
    s_start = stop_start(body, start, LONGEST)
    title = None
    for title in _TITLE_TOPIC.finditer(body, s_start, start):
        pass
    if title is None or title.group("title") not in OFFICE_WORDS and split_title(title.group("title")) is None:
        return None
    if any(m.type == "PERSON" for m in index.within(max(s_start, title.start() - 12), title.end())):
        return None  # 岸田首相は: named, the rules above read it
    return seats.holder(body, index, title.group("title"), title.start("title"), s_start)
