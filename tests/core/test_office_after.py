"""office_after remembers the titles of the text it read last: what it gives is what the regexes give."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from core.nlp.offices import MINISTRY_AFTER, OFFICE_AFTER, office_after

TEXTS = ("ルビオ米国務長官は習主席と会談した。", "石破首相と岸田前首相、林官房長官が出席した。",
         "シン・ウンサン統一相は記者団に語った。", "山田さんは会見で話した。")


def _shown(match) -> tuple | None:
    return (match.span(), match.groupdict()) if match else None


def _direct(text: str, position: int) -> tuple | None:
    return _shown(OFFICE_AFTER.match(text, position) or MINISTRY_AFTER.match(text, position))


def test_titles_asked_again_and_between_other_texts_are_the_regexes_own():
    asked = [(text, position) for text in TEXTS for position in range(len(text))]
    for text, position in asked + asked[::-1] + asked:
        assert _shown(office_after(text, position)) == _direct(text, position)
    assert office_after(TEXTS[0], 3).end() == TEXTS[0].index("は")  # 米国務長官
    assert office_after(TEXTS[3], TEXTS[3].index("は")) is None


def test_threads_reading_other_texts_meanwhile_get_their_own_titles():
    def read(text: str) -> bool:
        return all(_shown(office_after(text, position)) == _direct(text, position)
                   for _ in range(50) for position in range(len(text)))

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert all(pool.map(read, TEXTS * 4))
