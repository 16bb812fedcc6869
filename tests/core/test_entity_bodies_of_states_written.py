"""A bare body's name written after another state's name (中国の外務省) is that state's body, never the body of
the state whose news it is (外務省 alone is Japan's)."""

import datetime

from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.meeting_helpers import proposals_in

REGISTRY = bundled_registry()
REPORT = datetime.date(2010, 5, 10)


def _bodies(text):
    return [(m.text, m.entity_id) for m in detect(text, REGISTRY, REPORT) if m.type == "ORG"]


def test_each_states_ministry_is_its_own_in_one_sentence():
    text = "日本の外務省と中国の外務省は9日、北京で協議を行った。"
    assert _bodies(text) == [("外務省", "org:japan-mofa"), ("外務省", "org:china-mfa")]
    sides = [sorted(p.entity_id for p in m.participants) for m in proposals_in(text, REPORT)]
    assert sides == [["org:china-mfa", "org:japan-mofa"]]


def test_a_state_whose_ministry_the_registry_lacks_gets_one_of_its_own():
    text = "シリアの外務省は3日、国連の調査団が10日に訪問すると明らかにした。"
    assert _bodies(text)[0] == ("外務省", "found:ORG:シリア外務省")


def test_the_ministry_of_the_home_state_or_a_bare_one_stays_japans():
    assert _bodies("日本の外務省は9日、声明を出した。") == [("外務省", "org:japan-mofa")]
    assert _bodies("中国を訪れた記者に、外務省は9日、注意を促した。") == [("外務省", "org:japan-mofa")]


def test_a_body_after_two_states_written_together_is_left_as_it_was():
    # the ministries of both states: no one entity says that, so the bare name keeps its reading
    assert _bodies("日本と中国の外務省は9日、協議した。") == [("外務省", "org:japan-mofa")]
