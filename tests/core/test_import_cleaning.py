"""Pages cleaned in the import's workers give the library the import without workers gives it.

Workers clean a page before the pages read earlier are settled, so the writer
checks each in the order read: an outlet's lines that would change the
cleaning, a page read earlier that turned out empty, a page with no text or a
worker that failed, and cleans those pages itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import core.import_cleaning
import core.jobs
from core.jobs import import_paths
from core.store.furniture import MIN_PAGES
from tests.core.workers_in_place import InPlacePool, library_tables

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
WIKINEWS = sorted((SHARED / "corpus" / "wikinews" / "txt").glob("*.txt"))

QUERIES = {
    "articles": "SELECT id, content_hash, source, title, body, line_labels, published, published_inferred, url "
                "FROM articles ORDER BY id",
    "mentions": "SELECT article_id, start_char, end_char, text, type, entity_id FROM mentions ORDER BY id",
    "claims": "SELECT article_id, start_char, end_char, text, holder_entity_id FROM claims ORDER BY id",
    "furniture": "SELECT text, pages FROM furniture_lines ORDER BY text",
    "sites": "SELECT site, line, pages FROM site_lines ORDER BY site, line",
}
# An outlet's footer: sentences a short article's page may keep as text, until the outlet is seen to repeat them.
FOOTER = ("このサイトに掲載されている記事の無断転載を禁じます。すべての内容は日本の著作権法並びに国際条約により保護されています。",
          "ご意見・ご感想は読者センターまでお寄せください。記事の内容についてのお問い合わせにはお答えできない場合があります。",
          "関連記事", "ニュース一覧へ戻る")
EMPTY = "ホーム\nニュース一覧へ戻る\n関連記事"  # a page of links only: no article text


def _tables(path: Path) -> dict[str, list]:
    return library_tables(path, QUERIES)


@pytest.fixture
def pages(tmp_path) -> Path:
    """An outlet's pages (short Wikinews texts in its frame), pages with no text, and the same pages twice."""
    if len(WIKINEWS) < 40:
        pytest.fail("shared corpus not available", pytrace=False)
    folder = tmp_path / "pages"
    folder.mkdir()
    for i, source in enumerate(WIKINEWS[:40]):
        text = source.read_text(encoding="utf-8").rstrip("\n").split("\n")[:4]
        page = "\n".join([f"https://www.example-shimbun.jp/news/{i:05d}", *text, *FOOTER[i % 3:], f"記事ID {i}"])
        (folder / f"p{i:03d}.txt").write_text(page + "\n", encoding="utf-8")
        if i % 9 == 4:  # a page of links only
            empty = f"https://www.example-shimbun.jp/news/e{i}\n{EMPTY}\n記事ID e{i}\n"
            (folder / f"p{i:03d}e.txt").write_text(empty, encoding="utf-8")
            if i % 18 == 4:
                (folder / f"p{i:03d}f.txt").write_text(empty, encoding="utf-8")
        if i % 10 == 7:  # the same page again
            (folder / f"p{i:03d}g.txt").write_text(page + "\n", encoding="utf-8")
    return folder


def _both(tmp_path: Path, pages: Path, monkeypatch) -> tuple:
    """The import of pages without workers, then with in-place workers: (summaries, pages the workers got)."""
    monkeypatch.setattr(core.jobs, "start_pool", lambda *args: None)
    alone = import_paths([pages], tmp_path / "alone.db")
    tasks: list[list] = []
    monkeypatch.setattr(core.jobs, "start_pool", lambda detector, *args: InPlacePool(detector, tasks))
    pooled = import_paths([pages], tmp_path / "pooled.db")
    return alone, pooled, [article.source for task in tasks for article, _common in task]


def test_pages_cleaned_in_workers_make_the_library_one_process_makes(tmp_path, pages, monkeypatch):
    """The outlet's repeated footer, pages with no text and repeated pages: the same library, the same summary."""
    redone: list[str] = []
    clean = core.jobs._Run._clean

    def cleaning_here(run, article, common):
        if run.chunks is not None:
            redone.append(article.source)
        return clean(run, article, common)

    monkeypatch.setattr(core.jobs._Run, "_clean", cleaning_here)
    alone, pooled, cleaned = _both(tmp_path, pages, monkeypatch)

    assert pooled.imported == alone.imported and len(alone.imported) == 40
    assert sorted(pooled.duplicates) == sorted(alone.duplicates) and len(alone.duplicates) == 4
    assert pooled.failed == alone.failed and len(alone.failed) == 6  # four pages of links, two of them twice
    assert all(reason == "no article text found" for _, reason in pooled.failed)
    expected = _tables(tmp_path / "alone.db")
    assert expected["sites"] and expected["mentions"]
    assert _tables(tmp_path / "pooled.db") == expected
    # every page but the duplicates went to a worker; the writer cleaned again only those it had to
    assert len(cleaned) == 40 + 4
    assert 0 < len(redone) < len(cleaned)
    assert set(redone) >= {source for source, _ in pooled.failed if source.endswith("e.txt")}


def test_a_page_found_empty_in_a_worker_does_not_count_for_the_pages_after_it(tmp_path, monkeypatch):
    """An empty page's furniture lines are forgotten: a page read after it keeps a line seen on too few pages."""
    folder = tmp_path / "pages"
    folder.mkdir()
    if len(WIKINEWS) < MIN_PAGES + 26:
        pytest.fail("shared corpus not available", pytrace=False)
    shared = "取材協力：共同通信"  # a short line inside the text (not a picture's credit): furniture once MIN_PAGES pages have it

    def text_with_line(path: Path) -> str:  # title, date and first paragraphs, the line, the rest
        lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
        return "\n".join(lines[:5] + [shared] + lines[5:])

    for i, path in enumerate(WIKINEWS[:MIN_PAGES + 25]):
        text = text_with_line(path) if i < MIN_PAGES - 1 else path.read_text(encoding="utf-8")
        (folder / f"p{i:03d}.txt").write_text(text.rstrip("\n") + "\n", encoding="utf-8")
    (folder / f"p{MIN_PAGES - 1:03d}a.txt").write_text(f"{EMPTY}\n{shared}\n", encoding="utf-8")
    (folder / f"p{MIN_PAGES - 1:03d}b.txt").write_text(text_with_line(WIKINEWS[MIN_PAGES + 25]) + "\n",
                                                         encoding="utf-8")
    alone, pooled, _ = _both(tmp_path, folder, monkeypatch)

    assert pooled.failed == alone.failed == [(str(folder / f"p{MIN_PAGES - 1:03d}a.txt"), "no article text found")]
    assert pooled.imported == alone.imported
    expected = _tables(tmp_path / "alone.db")
    assert _tables(tmp_path / "pooled.db") == expected
    last = next(row for row in expected["articles"] if row[2].endswith("b.txt"))
    assert shared in last[4], "the line was seen on too few stored pages to be furniture"


def test_a_page_whose_worker_failed_is_cleaned_and_analysed_by_the_writer(tmp_path, pages, monkeypatch):
    """A worker's task that fails (an error, a worker killed) loses none of its pages: the writer does them."""
    real = core.import_cleaning.clean_page

    def failing(article, common):
        if article.source.endswith("p012.txt"):
            raise MemoryError("worker out of memory")
        return real(article, common)

    monkeypatch.setattr(core.import_cleaning, "clean_page", failing)
    alone, pooled, _ = _both(tmp_path, pages, monkeypatch)
    assert pooled.imported == alone.imported and pooled.failed == alone.failed
    assert _tables(tmp_path / "pooled.db") == _tables(tmp_path / "alone.db")
