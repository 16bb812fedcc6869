"""A sentence's names by position (core.meetings.clause_names): a meeting word reads those near it, in the order the
sentence's list gives them, however long the sentence and whether the list is in order of position or not."""

from core.meetings.clause_names import READ_AROUND, READ_BACK, sentence_names
from core.meetings.detect import detect_meetings
from core.model import Mention
from core.nlp.entities import detect
from core.registry import bundled_registry


def _countries(body: str, letter: str = "米") -> list[Mention]:
    return [Mention(i, i + 1, letter, "GPE", "country:US") for i, c in enumerate(body) if c == letter]


def test_a_short_sentence_is_read_whole_in_its_own_order():
    body = "米国と中国とロシアの外相が会談した。"
    actors = [Mention(3, 5, "中国", "GPE", "country:CN"), Mention(0, 2, "米国", "GPE", "country:US"),
              Mention(6, 9, "ロシア", "GPE", "country:RU")]  # (a name added after the tagger's ones)
    names = sentence_names(body, (0, len(body)), actors, [])
    assert names.actors_near(body.index("会談")) is actors
    inside, _, cut = names.clause(0, body.index("会談"))
    assert [m.text for m in inside] == ["中国", "米国", "ロシア"] and not cut


def test_a_long_sentence_gives_a_word_the_names_nearest_it_only():
    body = "「" + "訪米" * 400 + "」と述べた。"
    actors = _countries(body)
    actors = actors[1::2] + actors[::2]  # out of position order: the list's order is kept all the same
    names = sentence_names(body, (0, len(body)), actors, [])
    word = 1 + 2 * 200  # the 201st 訪米
    near = names.actors_near(word)
    assert len(near) == 2 * READ_AROUND
    assert sorted(m.start for m in near) == [word - 2 * READ_AROUND + 2 * i + 1 for i in range(2 * READ_AROUND)]
    assert [actors.index(m) for m in near] == sorted(actors.index(m) for m in near)
    inside, _, cut = names.clause(0, word)
    assert cut and len(inside) == READ_BACK and max(m.end for m in inside) <= word


def test_every_visit_of_a_long_sentence_to_a_listed_pair_hosts_both():
    body = "「" + "ドイツ、フランスを訪問し" * 150 + "」と述べた。"
    meetings = detect_meetings(body, detect(body, bundled_registry(), None))
    assert len(meetings) >= 150
    assert all([p.name for p in m.participants if p.role == "host"] == ["ドイツ", "フランス"] for m in meetings)
