"""A text published again on further pages is imported each time, even when all of its lines are short lines
that the library by then counts as the site's furniture."""

from __future__ import annotations

from core.jobs import import_paths
from core.store import open_db
from core.store.articles import get_article
from tests.shared_data import livedoor_text

HEADER = ("ニュース速報", "トップ > 国際 > 記事", "ログイン　会員登録", "")
FOOTER = ("", "関連記事", "・外相が談話を発表", "", "会社概要 | プライバシーポリシー | お問い合わせ")


def test_a_list_of_short_lines_seen_on_earlier_pages_is_still_the_page_text(tmp_path):
    text = livedoor_text("kaden-channel/kaden-channel-6094797.txt")  # a list of short lines: firmware features
    paths = []
    for n in range(4):  # the same article under four addresses: only the serial line differs
        path = tmp_path / f"page{n}.txt"
        path.write_text("\n".join((*HEADER, text.rstrip("\n"), *FOOTER, f"記事番号 {n:06d}")) + "\n",
                        encoding="utf-8")
        paths.append(path)
    summary = import_paths(paths, tmp_path / "lib.db")
    assert not summary.failed and len(summary.imported) == 4
    db = open_db(tmp_path / "lib.db")
    try:
        bodies = [get_article(db, article_id).body for _source, article_id in summary.imported]
    finally:
        db.close()
    # the page's lead sentence, a short line by then seen on three pages, is the text, not furniture
    assert bodies[0].startswith("ソニーでは、今年の春に発売されたNXCAMシリーズ") and "ログイン" not in bodies[0]
    assert bodies == [bodies[0]] * 4
