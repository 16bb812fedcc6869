"""Searching words that hold marks (AT&T, C++, G7/G20, 3.11, ＆, &amp;): found as written, never everything."""

from __future__ import annotations

import pytest

from core.article import Article
from core.store import open_db
from core.store.article_list import article_ids
from core.store.articles import insert_article
from core.store.search_marks import marked_words, search_count, search_ids, search_page

# Real-looking articles: the marks some hold, the letters of those marks that others hold without them.
ARTICLES = [
    ("米AT&Tが日本市場に参入", "米通信大手AT&Tは10日、日本の企業と提携すると発表した。"),
    ("ATと T の違い", "自動車のATとMTの比較で、Tシャツ姿の担当者が会談に臨んだ。"),
    ("ＡＴ＆Ｔ、新料金", "ＡＴ＆Ｔの幹部は記者会見で、Ｇ７の会合に合わせて発表したと述べた。"),
    ("G7/G20 サミット", "首相はG7/G20の首脳会談で、ウクライナ情勢について意見を交わした。"),
    ("G7サミット閉幕", "G7の首脳は共同声明を出し、G20との連携を確認した。"),
    ("東日本大震災から13年", "3.11の教訓を伝える式典が開かれ、首相が会談の前に献花した。"),
    ("3月11日の式典", "3月11日、式典には11の自治体の代表が参加した。"),
    ("C++の開発者会議", "C++の標準化委員会が東京で会合を開き、言語の将来を議論した。"),
    ("Cの基礎", "プログラミング言語Cの入門講座が開かれ、Clangの使い方も紹介された。"),
    ("記事の見出し &amp; 本文", "取り込んだページに &amp; がそのまま残っていた。"),
    ("英語のampについて", "ampはアンペアの略として使われる。"),
    ("<b>太字</b>の残ったページ", "保存したページには<b>タグが残っていた。"),
    ("bから始まる語", "bookやbudgetなど、bで始まる英単語は多い。"),
    ("日米会談", "両首脳は会談で、経済安全保障について協議した。"),
]


@pytest.fixture
def library(tmp_path):
    db = open_db(tmp_path / "lib.db")
    for n, (title, body) in enumerate(ARTICLES):
        insert_article(db, Article(source=f"news/{n}.html", source_format="html", raw=body, title=title,
                                   published=f"2024-03-{1 + n:02d}", paragraphs=[body]))
    yield db
    db.close()


def _titles(db, ids):
    titles = dict(db.execute("SELECT id, title FROM articles").fetchall())
    return sorted(titles[i] for i in ids)


@pytest.mark.parametrize("search, expected", [
    ("AT&T", ["ＡＴ＆Ｔ、新料金", "米AT&Tが日本市場に参入"]),
    ("ａｔ＆ｔ", ["ＡＴ＆Ｔ、新料金", "米AT&Tが日本市場に参入"]),
    ("C++", ["C++の開発者会議"]),
    ("G7/G20", ["G7/G20 サミット"]),
    ("3.11", ["東日本大震災から13年"]),
    ("&amp;", ["記事の見出し &amp; 本文"]),
    ("<b>", ["<b>太字</b>の残ったページ"]),
    ("AT&T 会談", []),
    ("G7/G20 会談", ["G7/G20 サミット"]),
])
def test_a_word_with_marks_finds_the_articles_that_hold_it_as_written(library, search, expected):
    ids = search_ids(library, search)
    assert _titles(library, ids) == sorted(expected)
    assert search_count(library, search) == len(expected)
    # the index alone finds more: the letters of the word, without its marks
    assert len(article_ids(library, search)) >= len(expected)


@pytest.mark.parametrize("search, expected", [
    ("&", ["ＡＴ＆Ｔ、新料金", "米AT&Tが日本市場に参入", "記事の見出し &amp; 本文"]),
    ("＆", ["ＡＴ＆Ｔ、新料金", "米AT&Tが日本市場に参入", "記事の見出し &amp; 本文"]),
    ("<>", []),
    ("++", ["C++の開発者会議"]),
    ("/", ["<b>太字</b>の残ったページ", "G7/G20 サミット"]),
    ("\udcff", []),  # an undecodable byte of a command line: no text holds it, nothing crashes
    ("AT&T\ud800", []),
])
def test_a_search_of_marks_alone_reads_the_text_and_never_matches_everything(library, search, expected):
    assert _titles(library, search_ids(library, search)) == sorted(expected)
    assert search_count(library, search) == len(expected)
    assert len(article_ids(library)) == len(ARTICLES)


def test_pages_of_a_marked_search_join_into_its_full_list(library, monkeypatch):
    import core.store.search_marks as marks

    monkeypatch.setattr(marks, "BATCH", 2)  # candidates read a few at a time: the pages still join
    for search in ("&", "AT&T", "/"):
        for descending in (True, False):
            full = search_ids(library, search, "published", descending)
            pages = [search_page(library, search, "published", descending, limit=1, offset=start)
                     for start in range(0, len(full) + 2)]
            assert [i for page in pages for i in page] == full


def test_a_search_without_marks_is_the_index_alone(library, monkeypatch):
    """会談 and other words of letters go to the index's planned page, never to a read of the texts."""
    import core.store.search_marks as marks

    def no_reading(*_args):
        raise AssertionError("the texts were read")

    monkeypatch.setattr(marks, "_holding", no_reading)
    for search in ("会談", "G7", "ＡＴ", "会談　首脳", None, ""):
        assert marked_words(search) == []
        assert search_page(library, search) == article_ids(library, search)[:200]
        assert search_count(library, search) == len(article_ids(library, search))
    assert len(search_ids(library, "会談")) == 4


def test_marked_words_are_folded_and_split_at_spaces():
    assert marked_words("ＡＴ＆Ｔ　会談 C++") == ["at&t", "c++"]
    assert marked_words("会談 首脳") == [] and marked_words(None) == []


def test_each_mark_is_looked_for_in_every_form_that_folds_to_it():
    from core.text import unfolded

    assert unfolded("&") == ["&", "＆"] and unfolded("/") == ["/", "／"] and unfolded("、") == ["、", "､"]


def test_the_list_command_finds_a_marked_word_as_written(library, tmp_path, capsys):
    from core.cli import main

    library.close()
    for search, expected in (("<b>", "<b>太字</b>の残ったページ"), ("&amp;", "記事の見出し &amp; 本文")):
        assert main(["list", "--search", search, "--db", str(tmp_path / "lib.db")]) == 0
        out, err = capsys.readouterr()
        assert [line.split("  ")[-1] for line in out.splitlines()] == [expected]
        assert err.startswith(f"1 of {len(ARTICLES)} articles")


def _library_of(path, articles):
    db = open_db(path)
    for n, (title, body) in enumerate(articles):
        insert_article(db, Article(source=f"news/{n}.html", source_format="html", raw=body, title=title,
                                   published=f"2024-04-{1 + n:02d}", paragraphs=[body]))
    return db


def _read_ids(monkeypatch) -> list[int]:
    import core.store.search_marks as marks

    read, holding = [], marks._holding
    monkeypatch.setattr(marks, "_holding", lambda db, ids, words: read.extend(ids) or holding(db, ids, words))
    return read


def test_a_word_of_letters_and_marks_reads_only_the_articles_holding_its_letters_side_by_side(tmp_path, monkeypatch):
    """AT&T's letters apart (AT and T in other words, & elsewhere) are not read; a combining mark after its last
    letter (one letter, Ť, in the index's NFKC) still lets it be found."""
    db = _library_of(tmp_path / "lib.db", [
        ("米AT&Tが参入", "米通信大手AT&Tは10日、提携を発表した。"),
        ("R&Dの予算", "ATの車に乗ったTシャツ姿の社員が、研究開発の予算を説明した。"),
        ("AT&T\u030cの表記", "社名の表記にAT&T\u030cと誤って記号が付いた。"),
        ("C+の講座", "言語Cの講座。C+とC++の違い、Ｃ＋＋の歴史。"),
        ("3.11から13年", "3.11の教訓を伝える式典。2011年3月11日に起きた。"),
        ("午後3:15の黙祷", "午後3:15に11人が黙祷した。資料はver.2を配った。"),
    ])
    read = _read_ids(monkeypatch)
    try:
        titles = dict(db.execute("SELECT id, title FROM articles").fetchall())
        for search, expected in (("AT&T", {"米AT&Tが参入", "AT&T\u030cの表記"}), ("ｃ＋＋", {"C+の講座"}),
                                 ("3.11", {"3.11から13年"})):
            read.clear()
            assert {titles[i] for i in search_ids(db, search)} == expected
            assert {titles[i] for i in read} == expected  # nothing read that does not hold it
            assert search_count(db, search) == len(expected)
    finally:
        db.close()


def test_a_search_of_one_or_two_marks_lists_its_pages_without_reading_a_text(library, monkeypatch):
    read = _read_ids(monkeypatch)
    for search, expected in (("＆", 3), ("++", 1), ("/", 2), ("<>", 0)):
        assert len(search_page(library, search)) == len(search_ids(library, search)) == expected
        assert search_page(library, search, limit=1, offset=1) == search_ids(library, search)[1:2]
    assert read == []


def test_no_letter_is_composed_of_a_digit_so_a_word_ending_in_one_keeps_it():
    """side_by_side keeps a word's last digit (3.11: "3 11") since NFKC composes no digit with a mark."""
    import unicodedata

    from core.store.search import side_by_side

    composed_of_digit = [code for code in range(0x110000) if (parts := unicodedata.decomposition(chr(code)))
                         and not parts.startswith("<") and "0030" <= parts.split()[0] <= "0039"]
    assert composed_of_digit == []
    assert side_by_side("3.11") == '"3 11"' and side_by_side("at&t") == '"at t"'
    assert side_by_side("会談!") is None and side_by_side("a_b&c") is None
