"""Hostile saved pages: control characters written as character references, and a page that holds nothing
but its site's furniture (menus, a breadcrumb, a ranking, a footer)."""

from __future__ import annotations

import re
from pathlib import Path

from core.ingest import read_path
from core.ingest.char_refs import without_control_references
from main import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ingest_news_page.html"


def _page(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def test_references_to_control_characters_read_like_the_raw_bytes(tmp_path):
    html = FIXTURE.read_text(encoding="utf-8")
    hostile = (html.replace("日ノルウェー外相が東京で会談　北極海", "日ノルウェー外相が&#7;東京で会談　北極海")
               .replace("約1時間会談した。", "約1時間&#27;[31m会談&#x1B;[0mした。&#1;")
               .replace("ハンセン氏は12日", "ハンセン氏は&#x0c;12日&#00008;"))
    raw_bytes = hostile.replace("&#7;", "\x07").replace("&#27;", "\x1b").replace("&#x1B;", "\x1b") \
        .replace("&#1;", "\x01").replace("&#x0c;", "\x0c").replace("&#00008;", "\x08")
    plain, = read_path(FIXTURE)
    referenced, = read_path(_page(tmp_path, "refs.html", hostile))
    controlled, = read_path(_page(tmp_path, "bytes.html", raw_bytes))
    assert referenced.raw == hostile  # the page is stored as it came
    assert referenced.title == controlled.title == plain.title
    assert referenced.paragraphs == controlled.paragraphs
    assert referenced.paragraphs[0].startswith("山川一郎外相は11日、") and "約1時間[31m会談[0mした。" in referenced.paragraphs[0]
    assert referenced.authors == plain.authors and referenced.published == plain.published
    assert referenced.cleaning_check is None


def test_only_forbidden_references_are_left_out():
    text = "a&#7;b&#12354;c&#x1B;d&#9;e&#10;f&#x20;g&#13;h&#31;i&#32;j&#x7f;k&#0;"
    assert without_control_references(text) == "ab&#12354;cd&#9;e&#10;f&#x20;g&#13;hi&#32;j&#x7f;k"
    assert without_control_references("会談&amp;協議") == "会談&amp;協議"


def test_a_page_of_menus_is_flagged_for_a_look(tmp_path, capsys):
    html = FIXTURE.read_text(encoding="utf-8")
    menus = re.sub(r"<article.*</article>", "", html, flags=re.S)  # the page without its article
    article, = read_path(_page(tmp_path, "menus.html", menus))
    assert "政治" in article.paragraphs  # what the extractor kept is the menu
    assert article.cleaning_check == "no_running_text"
    assert menus.split("\n")[article.cleaning_check_line - 1].strip().startswith('<div class="logo">')
    plain, = read_path(FIXTURE)
    assert plain.cleaning_check is None  # the same page with its article is not flagged
    db = str(tmp_path / "lib.db")
    assert main(["import", str(tmp_path / "menus.html"), "--db", db]) == 0
    capsys.readouterr()
    assert main(["list", "--db", db]) == 0
    assert "[check cleaning]" in capsys.readouterr().out
