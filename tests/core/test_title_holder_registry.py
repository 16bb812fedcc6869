"""A title alone is read against the registry Kaidan is given, the library's (the bundled gazetteer and
its user's entries), by one lookup that meetings and claims share (core.nlp.office_terms.seat_holder):
a prime minister a user records before the bundled holders begin is who 首相は means on his days."""

import datetime as dt

from core.claims.suggest import suggest
from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from core.nlp.office_terms import seat_holder
from core.registry import Entity, Registry, bundled_registry

BUNDLED = bundled_registry()
KAIFU = Entity("user:toshiki-kaifu", "PERSON", "海部俊樹", origin="user", attributes={
    "surname": "海部", "country": "JP", "offices": [
        {"office": "首相", "country": "JP", "from": "1989-08-10", "to": "1991-11-05", "roles": ["head_of_government"]}]})
LIBRARY = Registry([*BUNDLED.entities.values(), KAIFU])


def test_the_lookup_reads_the_registry_it_is_given():
    assert seat_holder(BUNDLED, "首相", None, "1990-07-12") is None
    assert seat_holder(LIBRARY, "首相", None, "1990-07-12").id == "user:toshiki-kaifu"
    assert seat_holder(LIBRARY, "総理", "country:JP", "1990-07").id == "user:toshiki-kaifu"  # 総理 is a 首相
    assert seat_holder(LIBRARY, "首相", None, "1992-01-01") is None  # after his days
    assert seat_holder(LIBRARY, "外相", None, "1990-07-12") is None  # not his office
    assert seat_holder(None, "首相", None, "1990-07-12") is None


def test_a_bare_prime_minister_at_a_meeting_is_the_librarys_holder():
    text = "首相は10日、ホワイトハウスでブッシュ大統領と会談した。"

    def first_side(registry):
        [proposal] = plan_meetings(text, detect(text, registry, dt.date(1990, 7, 12)), "1990-07-12", None,
                                   registry).proposals
        return proposal.participants[0]

    assert first_side(LIBRARY).entity_id == "user:toshiki-kaifu"
    assert first_side(BUNDLED).entity_id != "user:toshiki-kaifu"


def test_a_bare_prime_minister_who_speaks_is_the_librarys_holder():
    text = "首相は、記者団に「選挙で信を問いたい」との意向を伝えた。"

    def holder(registry):
        found = detect(text, registry, dt.date(1990, 7, 12))
        [claim] = [c for c in suggest(text, found, "1990-07-12", registry) if c.text.startswith("「")]
        return claim.holder_entity_id

    assert holder(LIBRARY) == "user:toshiki-kaifu"
    assert holder(BUNDLED) is None
