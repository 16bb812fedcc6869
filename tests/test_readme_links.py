"""The READMEs and docs/ link to files and headings that exist, and the Japanese README gives the English
one's set-up commands word for word: a page moved to docs/ or a heading renamed must not leave a dead link
on GitHub, and a Japanese reader must not install Kaidan by other commands than the English ones."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", ROOT / "README.ja.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)


def heading_anchor(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, marks dropped (CJK kept), spaces as hyphens."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading.replace("`", ""))
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    """Every heading's anchor in a page; a repeated heading gets -1, -2 as on GitHub."""
    found: set[str] = set()
    seen: dict[str, int] = {}
    for heading in re.findall(r"^#{1,6}\s+(.+)$", FENCE.sub("", page.read_text(encoding="utf-8")), re.M):
        anchor = heading_anchor(heading)
        count = seen.get(anchor, 0)
        seen[anchor] = count + 1
        found.add(anchor if count == 0 else f"{anchor}-{count}")
    return found


def broken_links(page: Path) -> list[str]:
    """The relative links of a page whose file, or heading in a Markdown file, does not exist."""
    broken = []
    for target in LINK.findall(FENCE.sub("", page.read_text(encoding="utf-8"))):
        if re.match(r"[a-z]+:", target):
            continue
        name, _, fragment = target.partition("#")
        dest = (page.parent / name).resolve() if name else page
        if not dest.exists() or (fragment and dest.suffix == ".md" and fragment not in anchors(dest)):
            broken.append(target)
    return broken


def test_every_relative_link_in_the_readmes_and_docs_resolves():
    assert {page.name: broken_links(page) for page in PAGES if broken_links(page)} == {}


def test_a_link_to_a_missing_heading_or_file_is_caught(tmp_path):
    (tmp_path / "a.md").write_text("# Using the window\n\n## 準備\n", encoding="utf-8")
    page = tmp_path / "b.md"
    page.write_text("[ok](a.md#using-the-window) [ja](a.md#準備) [gone](a.md#set-up) [no](c.md)", encoding="utf-8")
    assert broken_links(page) == ["a.md#set-up", "c.md"]


def test_the_japanese_readme_gives_the_english_set_up_commands():
    commands = [[line for line in (ROOT / name).read_text(encoding="utf-8").splitlines()
                 if line.startswith("python3 -m venv")] for name in ("README.md", "README.ja.md")]
    assert len(commands[0]) == 2 and commands[0] == commands[1]
