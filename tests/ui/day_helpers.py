"""A small article about a foreign minister the registry does not know, for the annotator's-day tests."""

from __future__ import annotations

GRANT_TEXT = (
    "英外相、対イラン制裁を協議\n\n"
    "【ロンドン共同】英国のオリバー・グラント外相は11日、ロンドンで記者会見し、"
    "イラン核問題をめぐる制裁について協議したと明らかにした。"
    "グラント外相は「外交による解決を目指す」と述べた。\n"
)


def write_article(folder, name: str, text: str):
    """Write one plain-text article into folder (created) and return the folder."""
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder
