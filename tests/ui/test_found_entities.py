"""Names no gazetteer holds become entities of the library: the panel groups their forms, the filter finds them."""

from core.store.mentions import mentions_for

ARTICLE_A = ("ウクライナのユリア・ティモシェンコ前首相は9日夜、テレビに出演した。\n"
             "ティモシェンコ前首相は連立与党にとどまる意向を示した。")
ARTICLE_B = "ユリア・ティモシェンコ氏は改めて声明を出した。"


def test_full_name_and_surname_are_one_entry_and_the_entry_lists_both_articles(qtbot, tmp_path, library_of,
                                                                             make_window):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (folder / "c.txt").write_text("与野党は国会で協議を続けた。\n法案の審議は来週に持ち越される見通しだ。", encoding="utf-8")
    library_of([folder])
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10000)
    ids = [r[0] for r in window.db.execute("SELECT id FROM articles ORDER BY id")]
    article_a = next(i for i in ids if "ウクライナ" in window.db.execute(
        "SELECT body FROM articles WHERE id = ?", [i]).fetchone()[0])
    window.show_article(article_a)
    qtbot.waitUntil(lambda: window.reader.article_id == article_a, timeout=10000)

    people = [m for m in mentions_for(window.db, article_a) if m.type == "PERSON"]
    assert {m.text for m in people} == {"ユリア・ティモシェンコ", "ティモシェンコ"}
    assert len({m.entity_id for m in people}) == 1
    item = window.entities.panel.item_named("ユリア・ティモシェンコ")
    assert item is not None and len(window.entities.panel.group_of(item).mentions) == 2

    window.entities.filter_by_entity(people[0].entity_id, "ユリア・ティモシェンコ")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10000)
