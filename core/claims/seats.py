"""Who a title alone stands for when the article names nobody with it: the registry's holder of that office,
in the title's country, on the article's day (首相は in a 2006 article: 小泉純一郎; 米国務長官は in 2009:
ヒラリー・クリントン). A title of no recorded office, or one two people held that day, stays nobody."""

from __future__ import annotations

from core.clauses.referents import split_title
from core.nlp.office_terms import SAME_TITLE

# The roles the registry records offices under (Registry.offices_on)
_ROLES = ("head_of_government", "head_of_state", "foreign_minister", "defence_minister", "finance_minister",
          "trade_minister", "spokesperson", "deputy_leader", "security_adviser", "party_leader", "central_banker",
          "international_official", "ambassador", "envoy")


def seat_holder(registry, title: str, country: str | None, day: str | None):
    """The one person holding the office `title` names in `country` (an entity id; Japan when None) on `day`
    (ISO), or None. A country written in the title (米国務長官) is the caller's to pass."""
    if registry is None or not day or not title:
        return None
    split = split_title(title)
    office = split[1] if split is not None else title
    office = SAME_TITLE.get(office, office)
    where = (country or "country:JP").removeprefix("country:")
    found = {}
    for role in _ROLES:
        for person, held in registry.offices_on(day, role, where):
            if SAME_TITLE.get(held["office"], held["office"]) == office:
                found[person.id] = person
    return next(iter(found.values())) if len(found) == 1 else None
