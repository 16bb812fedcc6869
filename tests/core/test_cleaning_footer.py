"""A directory of the outlet's services or other articles, each a name and one sentence, is never the body."""

from __future__ import annotations

from pathlib import Path

from core.cleaning.dump import clean_dump
from core.cleaning.footer import mark_entry_runs
from core.cleaning.lines import classify

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning"
SERVICES = [
    ("電子版", "毎朝の紙面をそのままスマートフォンやパソコンで読むことができる、会員向けのサービスです。"),
    ("ニュースレター", "その日の主要なニュースを毎夕メールでお届けする、どなたでも使える無料のサービスです。"),
    ("フォトアーカイブ", "創刊以来撮影してきた報道写真を検索し、一枚から購入することができるサービスです。"),
    ("カルチャースクール", "地域の皆さまに向けて多彩な講座を開いている、生涯学習のための教室です。"),
]


def page(services: list[tuple[str, str]]) -> str:
    article = ["ホーム", "国際", "北海の港で漁業協定の署名式", "03/12 18:40",
               "　【ベルゲン】北海の漁業資源をめぐる三カ国協定の署名式が１２日、港で開かれた。",
               "　署名した各国の閣僚は、資源の共同調査を来年から始めることを確認した。", "前の記事", "次の記事",
               "港町タイムズのサービス"]
    return "\n\n".join(article + [line for pair in services for line in pair] + ["会社概要", "Copyright © Minatomachi Times"]) + "\n"


def test_a_directory_whose_descriptions_do_not_repeat_the_names_is_not_the_body():
    article = clean_dump(page(SERVICES))
    assert [p.strip()[:8] for p in article.paragraphs] == ["【ベルゲン】北海", "署名した各国の閣"]
    assert article.title == "北海の港で漁業協定の署名式"


def test_two_entries_are_no_directory_and_numbered_steps_are_an_articles_list():
    lines = [classify(i, t) for i, t in enumerate([n for pair in SERVICES[:2] for n in pair], 1)]
    mark_entry_runs(lines)
    assert "directory" not in {line.kind for line in lines}
    steps = [f"【{i}】" if i % 2 else "壁に手をつけてつま先で立ち、左右のひざをつけたままかかとを交差させる。" for i in range(1, 9)]
    lines = [classify(i, t) for i, t in enumerate(steps, 1)]
    mark_entry_runs(lines)
    assert "directory" not in {line.kind for line in lines}


def test_the_fixture_directory_is_marked_as_one():
    raw = (FIXTURES / "footer_directory.txt").read_text(encoding="utf-8")
    lines = [classify(i, t) for i, t in enumerate(raw.split("\n"), 1)]
    mark_entry_runs(lines)
    marked = [line.stripped for line in lines if line.kind == "directory"]
    assert len(marked) >= 6 and all("港町" in text for text in marked)
