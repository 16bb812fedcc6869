"""Page frames for bench/perturb_frames.py: real headlines that are short, or that the cleaner reads as running text,
by the page's tools, and a label glued before a headline written bare away from the date line.

The headlines are real: livedoor and Wikinews articles whose headline is under ten characters (訃報山城新伍氏,
愛・地球博閉幕, 妥協のススメ: 3.6 % of Wikinews headlines, 0.2 % of livedoor's), or is a line the cleaner's line reader
takes for running text (a sentence closed by 。, a long one closed by ！ or ？ with a comma in it: 2.4 % of livedoor's),
drawn from the corpus by the story each page stands for. The page's tools are printed as lines of their own (シェア /
ツイート, Tweet / Check, シェア 0 / ツイート list / ブックマーク 0) or as words of one line (シェア ツイート ブックマーク).

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page or None:

  short headline, tools under   a short headline, its date line, the page's tools, then the lead photo's caption
  short headline, label glued   a heading bar's label (longer than the headline) glued before a short headline on the
                                line by the date, the headline bare on a line of its own right under the date
  label glued, tools between    a label glued before the headline on the line by the date, the headline bare on a
                                line of its own under the page's tools under the date (any headline)
  short, label glued, tools     the same with a short headline
  prose headline over tools     a headline read as running text, the page's tools under it, then the date line
  prose headline, tools under   the date line, a headline read as running text, then the page's tools
  short, label glued, away      a label glued before a short headline on the line by the date, the headline bare away
                                from the date line (a caption or a byline between) or atop the header

Run alone, it sets real headlines of a kind in every class of bench/perturb_frames.py (each class's own layout, a
short or a prose headline in place of its story's) and prints the classes that read fewer than --below of them right:

    python bench/perturb_frames_header_words.py [--kind short|prose] [--n 20] [--seed 16] [--below 0.9]

The pools are drawn whole from the corpus (148 short headlines, 182 read as prose), so two seeds share most of them:
a seed's figure checks the layouts' draw, not unseen headlines.
"""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.perturb_frames import Page, Story


def _frames():
    from bench import perturb_frames as pf

    return pf


SHORT = 10  # characters of a short headline (under)


@lru_cache(maxsize=None)
def _pool(kind: str) -> tuple[Story, ...]:
    """Real articles of livedoor and Wikinews whose headline is of the kind: "short" (under SHORT characters),
    "prose" (a line the cleaner reads as running text)."""
    from core.cleaning.lines import PROSE, classify

    pf = _frames()
    found = []
    for corpus, read, pattern in ((pf.LIVEDOOR, pf._livedoor, "*/*.txt"), (pf.WIKINEWS, _wikinews_any, "wn-*.txt")):
        for path in sorted(corpus.glob(pattern)):
            if path.name in ("LICENSE.txt", "README.txt", "CHANGES.txt"):
                continue
            first = path.read_text(encoding="utf-8").split("\n", 3)
            title = (first[2] if corpus == pf.LIVEDOOR else first[0]).strip() if len(first) > 2 else ""
            if kind == "short" and not 1 <= len(title) < SHORT:
                continue
            if kind == "prose" and classify(1, title).kind != PROSE:
                continue
            story = read(path)
            if story is not None:
                found.append(story)
    return tuple(found)


def _wikinews_any(path: Path) -> Story | None:
    """A Wikinews article as perturb_frames reads one, its headline of any length."""
    return _frames()._wikinews(path, shortest=1)


def _set(s: Story, o: list[Story], k: int, header: list[str]) -> Page:
    """The page of a drawn article (its body is scored against that article's own)."""
    page = _frames()._page(s, o, k, header)
    page.story = s
    return page


def _drawn(kind: str, s: Story, k: int) -> Story:
    """A real article of the pool of the kind, picked by the page's story and variant (a draw of the corpus' seed)."""
    pool = _pool(kind)
    return pool[random.Random(f"{s.title}|{k}").randrange(len(pool))]


_TOOLS = (("シェア", "ツイート"), ("シェア ツイート ブックマーク",), ("Tweet", "Check"), ("ツイート シェア はてブ",),
          ("シェア 0", "ツイート list", "ブックマーク 0"), ("ブックマーク　メール　印刷",))
_CAPTIONS = ("記者会見する関係者", "会見で質問に答える担当者ら", "多くの人が集まった会場の様子と、その後方で取材を続ける大勢の報道陣")
_LABELS = ("ワールドビジネスサテライト ", "{o} 国際ニュース ", "連載「日本外交の現場」 第3回 ", "特集 アジアの現場から ",
           "ニュース解説 きょうの焦点 ")


def _tools(k: int) -> list[str]:
    return list(_TOOLS[k % len(_TOOLS)])


def _label(k: int) -> str:
    pf = _frames()
    return _LABELS[k % len(_LABELS)].format(o=pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)])


def short_tools_under(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    s = _drawn("short", s, k)
    return _set(s, o, k, [s.title, pf._full(s.when, s.timed), "", *_tools(k), "", _CAPTIONS[k % len(_CAPTIONS)]])


def short_label_glued(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    s = _drawn("short", s, k)
    return _set(s, o, k, [_label(k) + s.title, pf._full(s.when, s.timed), "", s.title])


def label_tools_between(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    return _set(s, o, k, [_label(k) + s.title, pf._full(s.when, s.timed), "", *_tools(k), "", s.title])


def short_label_tools(s: Story, o: list[Story], k: int) -> Page:
    return label_tools_between(_drawn("short", s, k), o, k)


def short_label_away(s: Story, o: list[Story], k: int) -> Page:
    """A label glued before a short headline on the line by the date, the headline bare away from the date line (a
    caption, a byline between), or bare atop the header over the photo's caption."""
    pf = _frames()
    s = _drawn("short", s, k)
    glued, day, caption = _label(k) + s.title, pf._full(s.when, s.timed), _CAPTIONS[k % 2]
    header = ([glued, day, "", caption, "", s.title], [glued, day, "山田太郎 記者", "", caption, "", s.title],
              [s.title, "", caption, "", glued, day])[k % 3]
    return _set(s, o, k, header)


def prose_over_tools(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    s = _drawn("prose", s, k)
    return _set(s, o, k, [s.title, "", *_tools(k), "", pf._full(s.when, s.timed)])


def prose_tools_under(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    s = _drawn("prose", s, k)
    return _set(s, o, k, [pf._full(s.when, s.timed), "", s.title, "", *_tools(k)])


BUILDERS = (
    ("short headline, tools under", short_tools_under),
    ("short headline, label glued", short_label_glued),
    ("label glued, tools between", label_tools_between),
    ("short, label glued, tools", short_label_tools),
    ("prose headline over tools", prose_over_tools),
    ("prose headline, tools under", prose_tools_under),
    ("short, label glued, away", short_label_away),
)


def main(argv: list[str] | None = None) -> None:
    """Every frame class of bench/perturb_frames.py with a real headline of the kind in place of its story's: the
    headlines read right per class (the classes under --below only) and in all."""
    import argparse
    from collections import Counter

    parser = argparse.ArgumentParser(description=main.__doc__.split(":")[0])
    parser.add_argument("--kind", choices=("short", "prose"), default="short")
    parser.add_argument("--n", type=int, default=20, help="articles of each corpus (the classes' own draw)")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--below", type=float, default=0.9, help="list the classes whose share is under this")
    args = parser.parse_args(argv)
    pf = _frames()
    found = pf.stories(args.n, args.seed)
    total = Counter()
    print(f"{args.kind} headlines ({len(_pool(args.kind))} real ones) in {len(pf.FRAMES)} frame classes, seed {args.seed}")
    for f_index, frame in enumerate(pf.FRAMES):
        counts = Counter()
        for i, story in enumerate(found):
            others = [found[(i + j) % len(found)] for j in range(1, 8)]
            page = frame.build(_drawn(args.kind, story, i + f_index), others, i + f_index)
            if page is not None:
                article = pf.clean_page("\n".join(page.lines))
                counts.update(pages=1, titles=pf._squash(article.title) == pf._squash(page.title))
        total.update(counts)
        if counts["pages"] and counts["titles"] / counts["pages"] < args.below:
            print(f"  {frame.name:<30} {counts['pages']:4d}  {counts['titles'] / counts['pages']:.3f}")
    print(f"  {'all classes':<30} {total['pages']:4d}  {total['titles'] / max(total['pages'], 1):.3f}")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    main()
