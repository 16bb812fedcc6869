"""A library of more made-up articles than the article list's first page, for tests of what comes after it."""

from pathlib import Path

from core.article import Article
from core.store import open_db
from core.store.articles import insert_article
from ui.reader.article_model import BATCH

ARTICLES = BATCH + 100  # more than the first page: the last rows come with the rest of the list


def write_long_library(path: Path) -> Path:
    db = open_db(path)
    with db.conn:
        for n in range(ARTICLES):
            insert_article(db, Article(
                source=f"synthetic/{n}.txt", source_format="txt", raw=f"記事{n}", title=f"日米会談 第{n}回",
                published=f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", outlet="架空新聞",
                paragraphs=[f"本文{n}。両国の外相が会談した。"]))
    db.close()
    return path
