"""Spans that name something else (a time zone, a former head's town, a language, a line, a phenomenon) are
dropped by checks that run only in articles holding their words: each check still drops its span where the
article's only cue is its rarest form, and none runs where the article lacks its words."""

import pytest

import core.nlp.name_parts as name_parts
from core.model import Mention
from core.nlp.name_parts import mend
from core.registry import bundled_registry


@pytest.fixture(scope="module")
def registry():
    return bundled_registry()


def _kept(text: str, mention: Mention, registry) -> list[str]:
    return [text[m.start : m.end] for m in mend(text, [mention], registry)]


def test_a_place_before_standard_time_alone_is_a_time_zone(registry):
    text = "モスクワ標準時で午前9時に発表した。"  # 標準時 without 時間
    assert "時間" not in text
    assert _kept(text, Mention(0, 4, "", "GPE"), registry) == []


def test_a_town_read_out_of_a_former_heads_title_is_dropped(registry):
    text = "元町長が記者会見で説明した。"
    assert _kept(text, Mention(0, 2, "", "GPE"), registry) == []


def test_a_place_before_its_language_and_before_a_line_is_no_place(registry):
    assert _kept("ロシア語で演説した。", Mention(0, 3, "", "GPE"), registry) == []
    assert _kept("東北新幹線が止まった。", Mention(0, 2, "", "LOC"), registry) == []


def test_a_name_ending_in_the_rarest_phenomenon_word_names_the_phenomenon(registry):
    text = "リーマン・クライシスの後、市場は冷え込んだ。"  # no ショック, ブーム or バブル
    assert _kept(text, Mention(0, 10, "", "ORG", source="tagger"), registry) == []


def test_the_same_names_stand_where_nothing_follows_them(registry):
    assert _kept("モスクワで発表した。", Mention(0, 4, "", "GPE"), registry) == ["モスクワ"]
    assert _kept("ロシアが演説した。", Mention(0, 3, "", "GPE"), registry) == ["ロシア"]


def test_no_check_runs_in_an_article_without_its_words(registry, monkeypatch):
    calls = []

    def counted(name):
        real = getattr(name_parts, name)
        return lambda *args: calls.append(name) or real(*args)

    for name in ("names_a_time_zone", "names_a_language", "names_a_line", "names_a_phenomenon"):
        monkeypatch.setattr(name_parts, name, counted(name))
    text = "ロシアのプーチン大統領は東京で首相と会談した。"
    chosen = [Mention(0, 3, "", "GPE"), Mention(4, 8, "", "PERSON", source="tagger"), Mention(12, 14, "", "GPE")]
    assert _kept(text, chosen[0], registry) == ["ロシア"]
    mend(text, chosen, registry)
    assert calls == []
    # with the words in the article, the checks run again
    mend("ロシア語の放送、東京時間で夜。", [Mention(0, 3, "", "GPE"), Mention(8, 10, "", "GPE")], registry)
    assert {"names_a_time_zone", "names_a_language", "names_a_line", "names_a_phenomenon"} - set(calls) \
        == {"names_a_line", "names_a_phenomenon"}
