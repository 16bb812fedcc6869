"""Folding translates only the runs of wide characters, with what translating the whole text gives."""

from __future__ import annotations

from pathlib import Path

from core.text import _fold_table, fold
from tests.shared_data import require

LIVEDOOR = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "livedoor" / "text"


def test_wide_letters_digits_kana_and_spaces_fold_in_place():
    text = "ＡＳＥＡＮ首脳会議は１１日、ｶﾀｶﾅで\u3000（仮）と発表。"
    assert fold(text) == "ASEAN首脳会議は11日、カタカナで (仮)と発表。"
    assert len(fold(text)) == len(text)
    assert fold("会談した。") == "会談した。"


def test_folding_real_articles_is_translating_them_whole():
    files = sorted(require(LIVEDOOR).glob("*/*.txt"))[:3000:10]
    texts = [path.read_text(encoding="utf-8") for path in files]
    wide = [text for text in texts if text.translate(_fold_table()) != text]
    assert len(wide) > 100  # the runs are there to fold
    for text in texts:
        assert fold(text) == text.translate(_fold_table())
