"""The lazy article list model: Qt's model checks, laziness, SQL sorting, stale results."""

import threading

import pytest
from PySide6.QtCore import Qt

from core.article import Article
from core.store import open_db
from core.store.articles import insert_article
from ui.reader.article_model import BATCH, ROWS_READ, ArticleListModel


@pytest.fixture
def library(tmp_path):
    """A library of 600 synthetic articles (more than one batch)."""
    path = tmp_path / "lib.db"
    db = open_db(path)
    with db.conn:
        for n in range(600):
            insert_article(db, Article(
                source=f"synthetic/{n}.txt", source_format="txt", raw=f"記事{n}",
                title=f"日米会談 第{n}回" if n % 2 else f"外相協議 {n}",
                published=f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}",
                outlet="架空新聞" if n % 3 else "テスト通信",
                paragraphs=[f"本文{n}。両国は会談した。" if n % 2 else f"本文{n}。"]))
    yield db, str(path)
    db.close()


@pytest.fixture
def model(library, qtbot):
    db, path = library
    model = ArticleListModel(db, path)
    with qtbot.waitSignal(model.refreshed, timeout=30000):
        model.reload_now()
    return model


def test_a_long_list_shows_its_first_page_then_appends_the_rest(library, qtbot):
    db, path = library
    model = ArticleListModel(db, path)
    resets, inserted = [], []
    with qtbot.waitSignal(model.refreshed, timeout=30000) as blocker:
        model.reload_now()
        first_page = [model.article_id(r) for r in range(model.rowCount())]
        assert len(first_page) == BATCH  # painted before the rest is read
        model.modelReset.connect(lambda: resets.append(1))
        model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    assert blocker.args == [600, 600]
    assert model.rowCount() == 600
    assert (resets, inserted) == ([], [(BATCH, 599)])  # appended below: the view keeps its place
    assert [model.article_id(r) for r in range(BATCH)] == first_page
    dates = [model.data(model.index(r, 2)) for r in range(600)]
    assert dates == sorted(dates, reverse=True)
    assert model.row_of(model.article_id(599)) == 599


def test_model_passes_qt_checks(model, qtmodeltester):
    qtmodeltester.check(model)


def test_rows_are_loaded_lazily_in_batches(model):
    assert model.rowCount() == 600
    assert len(model._rows) == 0
    model.data(model.index(0, 0))
    assert 0 < len(model._rows) <= ROWS_READ < BATCH
    model.data(model.index(599, 1))
    assert len(model._rows) <= 2 * ROWS_READ
    assert all(model.data(model.index(r, 1)) for r in range(600))  # every row read, block by block


def test_sort_by_title_is_done_in_sql(model, qtbot):
    with qtbot.waitSignal(model.refreshed, timeout=30000):
        model.sort(0, Qt.AscendingOrder)
    titles = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert titles == sorted(titles)


def test_sort_by_date_descending(model):
    dates = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)


def test_search_filters_and_stale_results_are_dropped(model, qtbot):
    with qtbot.waitSignal(model.refreshed, timeout=30000) as blocker:
        model.set_search("会談")
    assert blocker.args == [300, 600]
    # Two requests in a row: only the newest may land, whatever finishes first.
    with qtbot.waitSignal(model.refreshed, timeout=30000) as blocker:
        model.set_search("会談")
        model.set_search("存在しない語")
    assert blocker.args[0] == 0
    qtbot.waitUntil(lambda: not model._workers, timeout=30000)
    assert model.rowCount() == 0
    assert model.search == "存在しない語"


def test_forget_refetches_a_changed_row(model, qtbot):
    model.data(model.index(0, 0))
    article_id = model.article_id(0)
    with qtbot.waitSignal(model.dataChanged, timeout=30000):
        model.forget(article_id)
    assert article_id not in model._rows
    assert model.row_of(article_id) == 0


def test_a_full_first_page_leaves_the_count_to_the_whole_list(library, qtbot, monkeypatch):
    """Counting a million articles would cost the first page a tenth of its time: the whole list brings the total."""
    import ui.jobs.workers as workers

    db, path = library
    assert workers.query_page(path, None, "published", True, None, BATCH)[1] is None
    assert workers.query_page(path, "第1回", "published", True, None, BATCH)[1] == 600  # a short list is whole
    counted = []
    real = workers.indexed_articles
    # which thread counted (the workers may count before this thread reads rowCount: only where matters)
    monkeypatch.setattr(workers, "indexed_articles",
                        lambda d: counted.append(threading.current_thread() is threading.main_thread()) or real(d))
    model = ArticleListModel(db, path)
    with qtbot.waitSignal(model.refreshed, timeout=30000) as blocker:
        model.reload_now()
        assert model.rowCount() == BATCH
    qtbot.waitUntil(lambda: not model._workers, timeout=30000)
    assert blocker.args == [600, 600] and model.total == 600
    assert counted == [False, False]  # off the GUI thread: the count read beside the rest, the rest's own


def test_a_long_lists_count_arrives_before_its_last_rows(library, qtbot, monkeypatch):
    """A common word's hundreds of thousands of ids take seconds: its count, from the search index, comes first."""
    import threading

    import ui.reader.article_model as article_model

    db, path = library
    release = threading.Event()
    real = article_model.query_ids

    def slow_whole_list(*args):
        release.wait(10)  # held until the count is seen
        return real(*args)

    monkeypatch.setattr(article_model, "query_ids", slow_whole_list)
    model = ArticleListModel(db, path)
    seen = []
    model.counted.connect(lambda shown, total: seen.append(("counted", shown, total, model.rowCount())))
    model.refreshed.connect(lambda shown, total: seen.append(("refreshed", shown, total, model.rowCount())))
    with qtbot.waitSignal(model.counted, timeout=30000):
        model.set_search("会談")  # 300 of the 600: more than the first page
    release.set()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=30000)
    assert seen == [("counted", 300, 600, BATCH), ("refreshed", 300, 600, 300)]


def test_a_count_landing_after_the_whole_list_is_not_said_again(library, qtbot, monkeypatch):
    import threading

    import ui.jobs.workers as workers
    import ui.reader.article_model as article_model

    db, path = library
    release = threading.Event()
    monkeypatch.setattr(article_model, "query_count", lambda *args: release.wait(10) and workers.query_count(*args))
    model = ArticleListModel(db, path)
    said = []
    model.counted.connect(lambda *args: said.append(args))
    with qtbot.waitSignal(model.refreshed, timeout=30000) as blocker:
        model.set_search("会談")
    release.set()
    qtbot.waitUntil(lambda: not model._workers, timeout=30000)
    assert blocker.args == [300, 600] and said == []


def test_a_list_left_for_a_search_is_let_go_once_the_new_one_is_in(model, qtbot):
    """The whole list's ids are freed in a later turn (after the search's first page), never kept."""
    whole = model.rowCount()
    with qtbot.waitSignal(model.refreshed, timeout=30000):
        model.set_search("会談")
    assert 0 < model.rowCount() < whole
    qtbot.waitUntil(lambda: not model._retired, timeout=30000)
    with qtbot.waitSignal(model.refreshed, timeout=30000):
        model.set_search("")
    assert model.rowCount() == whole
    qtbot.waitUntil(lambda: not model._retired, timeout=30000)


def test_row_index_finds_every_row_of_a_list_and_nothing_else(library):
    """The index from id to row answers as a scan of the list would, for a list in any order."""
    from ui.jobs.workers import query_ids
    from ui.reader.row_index import RowIndex

    _db, path = library
    ids, _total = query_ids(path, None, "title", False)
    index = RowIndex(ids)
    assert [index.row_of(article_id) for article_id in ids] == list(range(len(ids)))
    assert ids != sorted(ids)  # an order by title, not by id
    assert index.row_of(max(ids) + 1) is None and index.row_of(0) is None and index.row_of(-5) is None
    assert index.row_of(2**40) is None  # beyond what the small ids are held in
    wide = RowIndex([2**40, 3, 2**35])  # ids past 2**31 are held whole
    assert [wide.row_of(i) for i in (2**35, 3, 2**40, 7)] == [2, 1, 0, None]
    assert RowIndex([]).row_of(3) is None


def test_a_long_list_finds_rows_through_its_index(library, qtbot, monkeypatch):
    """A list at least INDEXED_FROM long is indexed when read whole: rows found by id, a new list's own."""
    import ui.reader.row_index as row_index

    monkeypatch.setattr(row_index, "INDEXED_FROM", 100)
    db, path = library
    model = ArticleListModel(db, path)
    with qtbot.waitSignal(model.refreshed, timeout=30000):
        model.reload_now()
    assert model._index is not None
    assert all(model.row_of(model.article_id(r)) == r for r in range(model.rowCount()))
    with qtbot.waitSignal(model.refreshed, timeout=30000):
        model.set_search("会談")
    assert model.rowCount() == 300 and model._index is not None
    shown = {model.article_id(r) for r in range(300)}
    assert all(model.row_of(model.article_id(r)) == r for r in range(300))
    hidden = next(i for i in range(1, 601) if i not in shown)
    assert model.row_of(hidden) is None and model.row_of(None) is None
    with qtbot.waitSignal(model.refreshed, timeout=30000):
        model.set_search("第1回")  # a short list: scanned, no index left from the last one
    assert model._index is None and model.row_of(model.article_id(0)) == 0
