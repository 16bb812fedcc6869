"""Entity highlights in the reader: right places (also after 𠮷), colours per type, toggles, tooltips."""

from PySide6.QtCore import QSettings

from core.model import Mention
from core.store.mentions import add_user_mention
from ui.reader.highlighter import ArticleSpans
from ui.common.theme import _palette, entity_colours
from ui.entities.reader_layer import mention_tooltip
from tests.ui.entity_helpers import find, painted, painted_text, stored


def test_block_pieces_split_paragraphs_and_count_utf16():
    body = "𠮷田と米国\n𠮷𠮷ルビオ"
    mentions = [
        Mention(3, 5, body[3:5], "GPE", state="proposed", origin="detected"),
        Mention(8, 11, body[8:11], "PERSON", state="accepted", origin="detected"),
        Mention(4, 8, body[4:8], "ORG", state="accepted", origin="user"),  # across blocks
    ]
    spans = ArticleSpans(body, mentions)
    pieces = spans.block_pieces()
    assert pieces[0] == [(4, 2, "GPE", False), (5, 1, "ORG", True)]
    assert pieces[1] == [(4, 3, "PERSON", True), (0, 4, "ORG", True)]
    assert spans.block_lengths() == [5, 5]
    assert spans.to_document(8) == 11 and spans.to_body(11) == 8
    assert [m.type for m in spans.at(4)] == ["GPE", "ORG"]  # shortest first
    assert spans.block_pieces(hidden={"ORG", "GPE"}) == {1: [(4, 3, "PERSON", True)]}


def test_seed_highlights_sit_on_their_mentions(entity_window):
    window = entity_window
    mentions = stored(window, with_rejected=False)
    body = window.reader.reader.body_text()
    start = body.index("ルビオ米国務長官")
    colours = entity_colours(window.reader.reader.body.palette())
    by_position = {(p, n): c for p, n, c in painted(window)}
    # ルビオ (PERSON) and 米 (GPE) in ルビオ米国務長官, each in its own colour.
    assert find(mentions, "ルビオ", start=start, type="PERSON")
    assert find(mentions, "米", start=start + 3, type="GPE")
    assert by_position[(start, 3)] == colours["PERSON"].name()
    assert by_position[(start + 3, 1)] == colours["GPE"].name()
    ministry = find(mentions, "国務省", type="ORG")
    assert by_position[(ministry.start, 3)] == colours["ORG"].name()
    # Adjacent mentions of one type (日米) merge into one range: compare characters.
    covered = {p + i for p, n, _c in painted(window) for i in range(n)}
    assert covered == {i for m in mentions for i in range(m.start, m.end)}
    assert {"ルビオ", "米", "国務省", "王毅"} <= painted_text(window)


def test_astral_character_before_mentions(yoshi_window):
    window = yoshi_window
    body = window.reader.reader.body_text()
    assert body.startswith("【ワシントン共同】𠮷田")
    # A user mention in the second paragraph, after another 𠮷.
    reporters = body.index("記者団")
    add_user_mention(window.db, window.reader.article_id, reporters, reporters + 3, "ORG")
    window.entities.refresh()
    assert {"ルビオ", "米国務省", "記者団"} <= painted_text(window)
    spans = {(p, n) for p, n, _c in painted(window)}
    # One 𠮷 before ルビオ, two before 記者団: each shifts Qt's positions by one.
    assert (body.index("ルビオ") + 1, 3) in spans
    assert (reporters + 2, 3) in spans


def test_toggling_a_type_removes_its_highlights_and_is_remembered(entity_window, make_window, select_seed):
    window = entity_window
    legend = window.entities.layer.legend
    assert "ルビオ" in painted_text(window)
    legend.boxes["PERSON"].click()
    texts = painted_text(window)
    assert "ルビオ" not in texts and "王毅" not in texts
    assert "米" in texts
    assert not window.actions_by_name["show_PERSON"].isChecked()
    assert QSettings().value("entities/show_PERSON", True, type=bool) is False
    window.actions_by_name["show_PERSON"].trigger()
    assert "ルビオ" in painted_text(window)
    window.actions_by_name["show_GPE"].trigger()
    window.close()
    again = make_window()
    select_seed(again, "000_")
    assert not again.entities.layer.legend.boxes["GPE"].isChecked()
    assert "米" not in painted_text(again) and "ルビオ" in painted_text(again)


def test_type_colours_differ_and_suit_each_palette():
    light, dark = entity_colours(_palette(False)), entity_colours(_palette(True))
    assert len({c.name() for c in light.values()}) == 7
    assert all(dark[k].lightness() > light[k].lightness() for k in light)


def test_tooltip_names_office_and_date(entity_window):
    window = entity_window
    layer = window.entities.layer
    rubio = find(stored(window), "ルビオ", type="PERSON")
    text = layer.tooltip(rubio)
    assert "ルビオ" in text and "Marco Rubio" in text and "マルコルビオ" in text
    assert "国務長官" in text and "Secretary of State" in text
    date = next(m for m in stored(window) if m.type == "DATE" and m.value)
    assert date.value in layer.tooltip(date)
    unlinked = Mention(0, 1, "某", "ORG", origin="user", state="accepted")
    assert "not linked" in mention_tooltip(unlinked, None, None)


def test_hovered_point_finds_the_mention(entity_window):
    window = entity_window
    layer = window.entities.layer
    body = layer.body
    rubio = find(stored(window), "ルビオ", type="PERSON")
    cursor = body.textCursor()
    cursor.setPosition(layer.spans.to_document(rubio.start + 1))
    rect = body.cursorRect(cursor)
    found = layer.mention_at_point(rect.center())
    assert found.text == "ルビオ"


def _layout_formats(window) -> list[tuple]:
    """(block, start, length, background, underline) of every format range the reader's layout holds."""
    out = []
    block = window.reader.reader.body.document().firstBlock()
    while block.isValid():
        for r in sorted(block.layout().formats(), key=lambda r: r.start):
            out.append((block.blockNumber(), r.start, r.length, r.format.background().color().name(),
                        r.format.background().style(), r.format.underlineStyle(), r.format.fontUnderline()))
        block = block.next()
    return out


def test_one_pass_painting_matches_qts_block_by_block_highlighting(yoshi_window):
    # A new article is painted in one pass (Qt's rehighlight() lays the document out after
    # every block: minutes on a huge article); both must paint exactly the same ranges.
    window = yoshi_window
    body = window.reader.reader.body_text()
    reporters = body.index("記者団")
    add_user_mention(window.db, window.reader.article_id, reporters, reporters + 3, "ORG")
    window.entities.refresh()
    window.claims.refresh()
    one_pass = _layout_formats(window)
    assert len(one_pass) >= 4
    window.entities.layer.highlighter.rehighlight()
    assert _layout_formats(window) == one_pass


def test_a_swatch_is_drawn_once_for_each_colour_and_tint(qapp):
    """The panels ask a swatch for each row of each article opened: the same colours give the same icon,
    a solid edge around the tint inside; other colours their own."""
    from PySide6.QtGui import QColor

    from ui.reader.legend import swatch

    red, pale = QColor(200, 30, 30), QColor(250, 220, 220)
    icon = swatch(red, pale)
    assert swatch(QColor(200, 30, 30), QColor(250, 220, 220)) is icon
    image = icon.pixmap(12, 12).toImage()
    assert image.pixelColor(0, 6) == red and image.pixelColor(6, 6) == pale
    other = swatch(QColor(30, 30, 200))
    assert other is not icon and other.pixmap(12, 12).toImage().pixelColor(6, 6) == QColor(30, 30, 200)
    assert swatch(red) is not icon  # no tint: solid inside
