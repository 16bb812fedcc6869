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


def test_the_headline_readers_lead_narrows_only_the_runs_of_wide_figures_and_letters_as_translating_it_whole():
    """The lead a headline is compared with (core.cleaning.headline_lead) narrows ０-９, Ａ-Ｚ and ａ-ｚ: its runs
    class holds exactly the letters of its table, and translating the runs gives the whole text translated."""
    from core.cleaning.headline_lead import _NARROW, _NARROWED_RUN, Lead

    assert {code for code in range(0x10000) if _NARROWED_RUN.fullmatch(chr(code))} == set(_NARROW)
    files = sorted(require(LIVEDOOR).glob("*/*.txt"))[:3000:10]
    leads = [path.read_text(encoding="utf-8").split("\n")[3:] for path in files]
    read = [Lead(lines)._read() for lines in leads]
    assert sum("".join(lines)[:400] != text for lines, text in zip(leads, read)) > 50  # figures were narrowed
    assert read == ["".join(lines)[:400].translate(_NARROW) for lines in leads]


def test_each_reader_translating_runs_finds_every_letter_its_table_replaces_and_no_other():
    """translated_runs gives text.translate(table) only when its runs class holds exactly the table's letters:
    the date reader's wide figures (core.dates.mentions) as the others'."""
    from core.dates.mentions import _WIDE_DIGITS
    from core.text import _WIDE_RUN, NARROW_DIGITS, translated_runs

    def letters(runs):
        return {code for code in range(0x10000) if runs.fullmatch(chr(code))}

    assert letters(_WIDE_DIGITS) == set(NARROW_DIGITS)
    assert letters(_WIDE_RUN) >= set(_fold_table())
    files = sorted(require(LIVEDOOR).glob("*/*.txt"))[:3000:10]
    texts = [path.read_text(encoding="utf-8") for path in files] + ["２０１２年１２月３日", ""]
    assert [translated_runs(_WIDE_DIGITS, NARROW_DIGITS, text) for text in texts] == \
        [text.translate(NARROW_DIGITS) for text in texts]
