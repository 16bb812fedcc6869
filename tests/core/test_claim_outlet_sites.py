"""An outlet's news site is the outlet: 47NEWS carries 共同通信's reports, so a claim told through it, written with or
without the outlet in brackets (47NEWS(共同通信)によると), is 共同通信's (Japanese Wikinews, CC BY 2.5)."""

from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.claim_helpers import candidates, holder_of


def test_the_site_and_its_outlet_in_brackets_are_one_body():
    text = "47NEWS(共同通信)によると、焼津市など一部で津波が観測されたと報じている。"
    ids = {m.text: m.entity_id for m in detect(text, bundled_registry(), None) if m.type == "ORG"}
    assert ids["47NEWS"] == ids["共同通信"]
    [c] = candidates(text)
    assert holder_of(c) == "共同通信"


def test_a_report_told_through_the_site_alone_is_the_outlets():
    text = "47NEWSは、沖縄県で35年ぶりとなる公式戦が那覇市で開かれると伝えた。"
    assert [holder_of(c) for c in candidates(text)] == ["共同通信"]
