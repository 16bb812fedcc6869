"""Lines an outlet repeats: learned from the pages a library holds, dropped on its later pages."""

from __future__ import annotations

import sqlite3
from collections import Counter

import pytest
import sqlite_utils

from core.article import Article
from core.cleaning.apply import apply_cleaning
from core.cleaning.lines import classify
from core.cleaning.sites import clean_for_site, left_out, line_key, site_of
from core.corrections import set_line_label
from core.jobs import import_paths
from core.store import open_db
from core.store.articles import get_article
from core.store.furniture import site_line_counts
from core.store.migrations import MIGRATIONS
from tests.shared_data import PAGES, pages_gold

SPORTS = "15-sanspo-20160211-nestle-iaaf-doping.txt"  # a short-news site with a service directory
POLITICS = "02-sankei-20160210-hatoyama-kuruma-houi.txt"
CITING = "29-gigazine-20160208-facebook-messenger-chess.txt"  # cites another site's address


@pytest.fixture(scope="module")
def gold() -> dict:
    return pages_gold()


def raw(name: str) -> str:
    return (PAGES / "txt" / name).read_text(encoding="utf-8")


def cleaned(text: str, site: frozenset[str] = frozenset()) -> Article:
    article = Article(source="page.txt", source_format="txt", raw=text)
    apply_cleaning(article, frozenset(), site)
    return article


def same_site_page(gold: dict, name: str, title: str, body: list[str]) -> str:
    """The real page of name with another headline and body: another article of the same outlet."""
    entry = gold[name]
    titles = {label["lines"][0] for label in entry["line_labels"] if label["category"] == "title"}
    lines, out, placed = raw(name).split("\n"), [], False
    for number, line in enumerate(lines, start=1):
        if number in entry["body_line_numbers"]:
            if not placed:
                out.extend(body)
                placed = True
        else:
            out.append(title if line.strip() == entry["title"] or number in titles else line)
    return "\n".join(out)


def test_the_site_is_the_outlet_of_the_address_or_of_the_furniture(gold):
    assert site_of(cleaned(raw(POLITICS))) == site_of(cleaned(raw("05-sankei-20151124-futenma-okinawa-nishi.txt"))) == "産経新聞"
    page = cleaned(raw(POLITICS))
    page.url = "https://news.example.co.jp/a/1"
    assert site_of(page) == "news.example.co.jp"
    page.url = "https://www.sankei.com/politics/news/1.html"
    assert site_of(page) == "産経新聞"
    # an address the article cites is not the page's site
    assert site_of(cleaned(raw(CITING))) != "betanews.com"
    assert site_of(cleaned("外相は会談で、協力の強化を確認した。")) is None


def test_a_short_article_loses_the_directory_its_outlet_prints_on_every_page(gold):
    other = gold[POLITICS]
    earlier = [raw(SPORTS), same_site_page(gold, SPORTS, other["title"], other["body_paragraphs"])]
    short = same_site_page(gold, SPORTS, gold[SPORTS]["title"], gold[SPORTS]["body_paragraphs"][:1])
    alone = cleaned(short)
    assert alone.paragraphs != gold[SPORTS]["body_paragraphs"][:1]  # the directory wins without help
    sites, counts = set(), Counter()
    for page in earlier:
        site, dropped = clean_for_site(Article(source="p.txt", source_format="txt", raw=page), frozenset(),
                                       lambda site, keys: {})
        sites.add(site)
        counts.update(dropped)
    helped = Article(source="short.txt", source_format="txt", raw=short)
    assert clean_for_site(helped, frozenset(), lambda site, keys: counts if site in sites else {})[0] in sites
    assert helped.paragraphs == gold[SPORTS]["body_paragraphs"][:1]
    assert helped.title == gold[SPORTS]["title"]
    assert helped.cleaning_check  # a one-sentence body is still worth a look
    other_site = Article(source="short.txt", source_format="txt", raw=short)
    clean_for_site(other_site, frozenset(), lambda site, keys: {})
    assert other_site.paragraphs == alone.paragraphs


def test_a_sentence_the_outlet_repeats_is_furniture_only_for_that_outlet():
    line = "livedoor求人・転職は、あなたがどんな求人情報を探しているのかを瞬時に判断しておすすめするコンテンツ。"
    assert classify(1, line).kind == "prose"
    assert classify(1, line, common=frozenset({line})).kind == "prose"  # shared short lines never take prose
    assert classify(1, line, site=frozenset({line})).kind == "repeated"


def test_lines_the_body_keeps_are_never_counted(gold):
    page = cleaned(raw(SPORTS))
    keys = left_out(page)
    assert line_key(gold[SPORTS]["title"]) not in keys  # shown as the headline, also repeated lower down
    assert not keys & {line_key(p.strip()) for p in gold[SPORTS]["body_paragraphs"]}
    assert line_key("アプリやスマホの情報・レビューが満載。オススメアプリやｉＰｈｏｎｅ・Ａｎｄｒｏｉｄの使いこなし術も楽しめます。") in keys


def test_import_counts_the_lines_per_outlet_and_a_resaved_article_keeps_its_body(tmp_path, gold):
    folder = tmp_path / "drop"
    folder.mkdir()
    versions = [raw(POLITICS) + f"\n閲覧 {n}\n" for n in range(4)]  # the same article saved four times
    for n, text in enumerate(versions[:3]):
        (folder / f"v{n}.txt").write_text(text, encoding="utf-8")
    library = tmp_path / "library.db"
    assert len(import_paths([folder], library).imported) == 3
    (tmp_path / "later.txt").write_text(versions[3], encoding="utf-8")
    summary = import_paths([tmp_path / "later.txt"], library)
    db = open_db(library)
    try:
        row = get_article(db, summary.imported[0][1])
        assert row.body.split("\n") == [p.rstrip() for p in gold[POLITICS]["body_paragraphs"]]
        keys = [line_key("プライバシーポリシー"), line_key(gold[POLITICS]["body_paragraphs"][0].strip())]
        assert site_line_counts(db, "産経新聞", keys) == {keys[0]: 4}
        assert site_line_counts(db, "朝日新聞", keys) == {}
    finally:
        db.close()


def test_an_older_library_gains_the_site_table(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.isolation_level = None
    old = sqlite_utils.Database(conn)
    for migrate in MIGRATIONS[:9]:
        migrate(old)
    old.execute("PRAGMA user_version=9")
    conn.close()
    db = open_db(path)
    try:
        assert "site_lines" in db.table_names()
        assert site_line_counts(db, "産経新聞", [line_key("ホーム")]) == {}
    finally:
        db.close()


def test_a_library_learns_the_directory_and_a_correction_keeps_it_out(tmp_path, gold):
    other = gold[POLITICS]
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    (earlier / "a.txt").write_text(raw(SPORTS), encoding="utf-8")
    (earlier / "b.txt").write_text(same_site_page(gold, SPORTS, other["title"], other["body_paragraphs"]),
                                   encoding="utf-8")
    short = same_site_page(gold, SPORTS, gold[SPORTS]["title"], gold[SPORTS]["body_paragraphs"][:1])
    (tmp_path / "short.txt").write_text(short, encoding="utf-8")
    library = tmp_path / "library.db"
    import_paths([earlier], library)
    article_id = import_paths([tmp_path / "short.txt"], library).imported[0][1]
    db = open_db(library)
    try:
        want = gold[SPORTS]["body_paragraphs"][0].rstrip()
        assert get_article(db, article_id).body == want
        photo = short.split("\n").index("フォト") + 1  # the user keeps a menu word, for the test's sake
        set_line_label(db, article_id, photo, "body", annotator="tester")
        assert get_article(db, article_id).body.split("\n") == ["フォト", want]
    finally:
        db.close()
