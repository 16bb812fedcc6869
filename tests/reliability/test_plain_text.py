"""Article, dataset and registry text that looks like HTML is shown as text, never rendered.

Rendered, a title holding <img src="/dev/zero"> makes the window read that
file at every start. Here the tags point at a real picture, 400 pixels
high: a label that rendered it would grow to its height.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QGraphicsView, QLabel, QListWidget, QMessageBox, QTableWidget, QTreeWidget,
    QTreeWidgetItemIterator, QWidget,
)
from window_fixtures import library_window, quiet_settings, window_on  # noqa: F401 (fixtures)

from core.jobs import import_paths
from core.registry import Entity
from core.store import open_db
from core.store.article_list import article_ids
from core.store.articles import get_article
from core.store.claims import add_claim
from core.store.meetings import add_link, add_meeting_mention, create_meeting
from core.store.mentions import add_user_mention
from core.store.registry import save_entity

PICTURE = 400
MARK = "<img"


def hostile_dataset(folder: Path) -> tuple[Path, str]:
    """A JSON Lines file of one article whose every field carries an <img> tag; returns (file, tag)."""
    picture = folder / "picture.png"
    image = QImage(PICTURE, PICTURE, QImage.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    tag = f'<img src="{picture}">'
    row = {
        "title": f"{tag}米中外相が会談",
        "text": (f"ルビオ米国務長官と中国の王毅外相は11日、クアラルンプールで会談した。\n"
                 f"王毅外相は会談後、「{tag}<b>協力</b>を深めたい」と述べた。"),
        "outlet": f"<i>{tag}</i>新聞",
        "author": f"<u>{tag}</u>記者",
        "date": "2025-07-11",
        "url": "file:///etc/passwd",
    }
    path = folder / "hostile.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    return path, tag


def add_hostile_annotations(db_path: Path, tag: str) -> dict:
    """A registry entity, a claim, two meetings, a mention and a link, all holding the tag."""
    db = open_db(db_path)
    (article_id,) = article_ids(db)
    body = get_article(db, article_id).body
    save_entity(db, Entity("person:html-test", "PERSON", f"{tag}王毅", en=f"<b>{tag}</b>",
                           reading=tag, aliases=[f"{tag}王外相"], origin="user"))
    # 王毅 linked to the entity named with the tag, and the quote with the tag as an organisation.
    wang = body.index("王毅")
    add_user_mention(db, article_id, wang, wang + 2, "PERSON", "person:html-test")
    add_user_mention(db, article_id, body.index("<img"), body.index("<b>"), "ORG")
    start = body.index("「")
    claim = add_claim(db, article_id, start, body.index("」") + 1, holder_text=f"{tag}王毅", note=tag,
                      cue=tag)
    person = {"entity_id": None, "name": f"{tag}ルビオ", "role": "visitor", "office": tag}
    first = create_meeting(db, "talks", "held", [person], start_date="2025-07-11", precision="day",
                           date_text=f"{tag}11日", place_text=f"{tag}クアラルンプール")
    second = create_meeting(db, "talks", "scheduled", [person], start_date="2025-09", precision="month")
    talks = body.index("会談")
    add_meeting_mention(db, article_id, talks, talks + 2, first, trigger="会談", sentence=tag)
    add_link(db, first, second, "precedes", evidence=f"{tag}次の会談")
    db.close()
    return {"article": article_id, "claim": claim, "meeting": first}


def leaks(widgets: list[QWidget]) -> list[str]:
    """Every place among widgets where text holding the tag would be rendered as HTML."""
    found = []
    for top in widgets:
        for widget in [top, *top.findChildren(QWidget)]:
            name = f"{type(widget).__name__} {widget.objectName()!r}"
            if isinstance(widget, QLabel) and MARK in widget.text() \
                    and widget.textFormat() != Qt.TextFormat.PlainText:
                found.append(f"label {name}: {widget.text()[:60]}")
            if MARK in widget.toolTip():
                found.append(f"tooltip of {name}")
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                found += [f"item tooltip in {name}: {tip[:60]}" for tip in _view_tooltips(widget)]
            if isinstance(widget, QGraphicsView) and widget.scene() is not None:
                found += [f"graphics tooltip in {name}" for item in widget.scene().items()
                          if MARK in item.toolTip()]
    return found


def _view_tooltips(view) -> list[str]:
    """Tooltips of a view's cells holding the tag (item widgets through their items)."""
    if isinstance(view, QTreeWidget):
        items, iterator = [], QTreeWidgetItemIterator(view)
        while iterator.value():
            items.append(iterator.value())
            iterator += 1
        tips = [item.toolTip(column) for item in items for column in range(view.columnCount())]
    elif isinstance(view, QListWidget):
        tips = [view.item(row).toolTip() for row in range(view.count())]
    elif isinstance(view, QTableWidget):
        tips = [view.item(r, c).toolTip() for r in range(view.rowCount()) for c in range(view.columnCount())
                if view.item(r, c) is not None]
    else:
        return _model_tooltips(view.model())
    return [tip for tip in tips if MARK in tip]


def _model_tooltips(model, parent=None, depth: int = 0) -> list[str]:
    parent = parent or QModelIndex()
    tips = []
    for row in range(min(model.rowCount(parent), 500)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            tip = index.data(Qt.ToolTipRole)
            if isinstance(tip, str) and MARK in tip:
                tips.append(tip)
            if depth < 2 and column == 0 and model.rowCount(index) > 0:
                tips += _model_tooltips(model, index, depth + 1)
    return tips


def test_html_in_an_article_is_shown_as_text_in_every_view(qtbot, tmp_path, window_on):
    dataset, tag = hostile_dataset(tmp_path)
    db_path = tmp_path / "library.db"
    summary = import_paths([dataset], db_path)
    assert len(summary.imported) == 1, summary.failed
    ids = add_hostile_annotations(db_path, tag)
    window = window_on(db_path, 1)
    qtbot.waitUntil(lambda: window.reader.article_id == ids["article"], timeout=10000)

    title = window.reader.reader.title
    assert title.text().startswith(tag[:40])  # the tag is there, as characters (a long title is cut, whole on hover)
    assert title.sizeHint().height() < PICTURE / 2  # and the picture was never loaded
    assert window.model.index(0, 0).data() == get_article(window.db, ids["article"]).title

    windows = [window]
    registry = window.entities.show_registry()
    assert registry.select("person:html-test")
    windows.append(registry)
    meetings = window.meetings.show_meetings()
    meetings.select(ids["meeting"])
    windows.append(meetings)
    windows.append(window.claims.show_browser())
    window.claims.edit(ids["claim"])
    qtbot.waitUntil(lambda: window.claims.editor is not None, timeout=5000)
    assert leaks(windows) == []
    # Hovering a highlight: the tooltip is built as HTML, so the names in it must be escaped.
    mentions = window.entities.layer.spans.mentions
    assert {m.entity_id for m in mentions} >= {"person:html-test"}
    assert any(MARK in m.text for m in mentions)
    for mention in mentions:
        assert MARK not in window.entities.layer.tooltip(mention)


def test_a_url_is_kept_only_when_it_is_a_web_address(tmp_path):
    rows = [{"title": f"記事{n}", "text": f"王毅外相は{n}日、会談した。", "url": url}
            for n, url in enumerate(["file:///etc/passwd", "javascript:alert(1)", "https://example.jp/a?b=1",
                                     " data:text/html,<b>x</b>", "www.example.jp/news/1"], start=1)]
    dataset = tmp_path / "urls.jsonl"
    dataset.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    summary = import_paths([dataset], tmp_path / "library.db")
    assert len(summary.imported) == 5
    db = open_db(tmp_path / "library.db")
    urls = {get_article(db, i).title: get_article(db, i).url for i in article_ids(db)}
    assert urls == {"記事1": None, "記事2": None, "記事3": "https://example.jp/a?b=1", "記事4": None,
                    "記事5": "http://www.example.jp/news/1"}


def test_message_boxes_show_file_names_and_reasons_as_text(qtbot, tmp_path, window_on):
    dataset, tag = hostile_dataset(tmp_path)
    broken = tmp_path / "broken.jsonl"
    broken.write_text(f'{{"title": "{tag}"}}\nnot json {tag}\n', encoding="utf-8")
    db_path = tmp_path / "library.db"
    import_paths([dataset], db_path)
    window = window_on(db_path, 1)
    with qtbot.waitSignal(window.imports.finished, timeout=60000):
        window.import_paths([broken])
    box = window.imports.summary_box
    assert isinstance(box, QMessageBox)
    labels = [label for label in box.findChildren(QLabel) if label.text()]
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert leaks([w for w in QApplication.topLevelWidgets() if w.isVisible()]) == []
