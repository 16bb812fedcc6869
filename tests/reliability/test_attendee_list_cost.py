"""The people a meeting's sentence lists as attending it cost the attendee reader work that grows with the page, not
its square: each person's joint to the next (、, と, や) is matched where it stands, not on a copy of the rest of the
page. Work is counted, not timed: the letters sliced off the page."""

from core.meetings.detect import detect_meetings
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.reliability.counting import CopiedText

REGISTRY = bundled_registry()
SENTENCE = "外相会合が9日、ジャカルタで開かれた。林外相、ブリンケン国務長官らが出席した。"  # invented


def _copied(sentences: int) -> tuple[int, list]:
    """(letters sliced off the page, each meeting's participants) on a page of sentences each listing two people."""
    text = SENTENCE * sentences
    mentions = detect(text, REGISTRY, None)
    CopiedText.copied = 0
    found = detect_meetings(CopiedText(text), mentions)
    return CopiedText.copied, [[p.name for p in m.participants] for m in found]


def test_a_page_of_attendee_lists_is_not_copied_for_each_person():
    small, small_found = _copied(200)
    large, large_found = _copied(400)
    # each meeting of many still has the two people listed after it as its participants
    assert len(large_found) == 2 * len(small_found) == 400
    assert all(len(people) == 2 for people in large_found) and large_found[-1] == ["林", "ブリンケン"]
    # the rest of the page was copied for each person: 400 sentences copied nearly four times 200's letters
    assert 0 < large <= 2.2 * small, (small, large)

