"""What a set's order (names hash differently from one run to the next) would decide is decided by the text:
the stops of a visit are linked in the order its visitors are written, and a claim's holder read at the first
of its writings that are equally near (sentences written for these tests)."""

from datetime import date

from core.claims.holder_chooser import Article
from core.meetings.plan import plan_meetings
from core.model import Mention
from core.nlp.entities import detect
from core.registry import bundled_registry

REGISTRY = bundled_registry()
TALKS = "岸田首相は10日、バイデン大統領と会談した。林外相は10日、ブリンケン国務長官と会談した。"


def _stops(visitors: str) -> list[str]:
    text = f"{visitors}は10日、米国を訪問した。{TALKS}"
    plan = plan_meetings(text, detect(text, REGISTRY, date(2024, 4, 12)), "2024-04-12", None, REGISTRY)
    return [talks.participants[0].name for talks, visit, relation, _ in plan.links
            if relation == "part_of" and visit.kind == "visit"]


def test_a_visits_talks_are_linked_in_the_order_its_visitors_are_written():
    # a set of the two visitors' names iterates in one order for both writings: one of them would fail
    assert _stops("岸田首相と林外相") == ["岸田", "林"]
    assert _stops("林外相と岸田首相") == ["林", "岸田"]


def _holder_at(first: str, second: str) -> int:
    body = f"報道官は「{first}が来日し、{second}が演説する」と述べた。"
    mentions = [Mention(body.find(text), body.find(text) + len(text), text, "PERSON", "person:xi-jinping")
                for text in (first, second)]
    start, end = body.find("「"), body.find("」") + 1
    [option] = Article(body, mentions).options(start, end)
    return option.start


def test_of_two_writings_of_a_holder_equally_near_the_claim_the_first_is_read():
    # both inside the claim, both three characters: the set of surfaces would pick the same one for both orders
    assert _holder_at("習近平", "習主席") == len("報道官は「")
    assert _holder_at("習主席", "習近平") == len("報道官は「")
