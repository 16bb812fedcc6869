"""Cleaning on real pages of many outlets: Kaidan's dump and HTML imports beside trafilatura.

Reads ../shared/pages (text dumps, saved HTML and a hand-made gold.json) and
scores, per page and as a mean, the body (character P/R/F1), the title, the
publication date and the authors, for three readers of the same page:

  dump   Kaidan's cleaner on the select-all text dump, with the furniture lines
         the other pages of the folder share and the lines the other pages of the
         same outlet left out of their bodies (as a library that holds them would)
  html   Kaidan's HTML import of the saved page
  traf   trafilatura alone on the same HTML (what a user could pick instead)

The pages are split once, by a fixed hash of the file name, into a part to tune
on and a part held aside (about a third) that is only ever read as a summary.

    python bench/eval_pages.py                # summary of both parts
    python bench/eval_pages.py --pages tune   # plus one row per tuning page
    python bench/eval_pages.py --pages tune2  # plus one row per page of an extra tuning part (tune2, tune3: below)
    python bench/eval_pages.py --perturbed    # plus the tuning pages rewritten (bench/perturb_pages.py):
                                              # the earlier rounds, the layout rounds, then the further
                                              # layouts (breadcrumbs, decks, related blocks, portals) apart,
                                              # then the outlet layouts (kickers, split headlines, PR, menus…),
                                              # then more outlets' headers (Nikkei, AFPBB, CNN, Sputnik, Reuters…),
                                              # then headlines not first in the header and dates elsewhere,
                                              # with how many pages read wrong the cleaner flagged

Every part and group also counts, for the dumps, the wrong titles the cleaner flagged for a look
("check cleaning") and the right titles it flagged (a held part: that summary line only). --why counts, by part,
why the dumps' titles and dates are wrong: what was read in their place and where the page writes the gold
(bench/page_misses.py; counts only, so the aside part is read this way too).

A third part, tune2, holds real pages that ship as test fixtures of an MIT-licensed package
(bench/pages_tune2/: the gold, and how to rebuild the cache the pages are read from). Their text is
the publishers', so Kaidan does not carry it: the bench reads them from KAIDAN_PAGES_TUNE2 (default
~/.cache/kaidan/pages-tune2) and says so when they are absent. A fourth, tune3, is one portal's page
(bench/pages_tune3/: read from KAIDAN_PAGES_TUNE3, default ~/.cache/kaidan/pages-tune3); held3, a page found
with it and held aside (bench/pages_held3/), prints its summary line only.

The dumps are read as a user's import reads a saved file, by its name (the pages' names carry their day:
NN-site-yyyymmdd-slug.txt), but with no file time (dump_article): a name is not a file, and a dump's file here was
written when it was copied, not when its page was saved.

Body score: the gold body lines and the extracted body are joined with every
blank removed; matching characters are those of difflib's matching blocks.
Title: equal after NFKC with blanks removed. Date: same day, and the same
instant to the minute when both sides have a time. Authors: the same set (NFKC, no blanks).
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from core.article import Article  # noqa: E402
from core.cleaning.lines import furniture_candidates  # noqa: E402
from core.cleaning.sites import Counts, clean_for_site  # noqa: E402
from core.dates.fields import JST, parse_date  # noqa: E402
from core.ingest.html_page import article_from_html, decode_html  # noqa: E402
from core.store.furniture import MIN_PAGES  # noqa: E402
from bench.page_misses import date_miss, title_miss  # noqa: E402
from bench.perturb_outlets import OUTLET_LAYOUTS, outlet_layouts_perturbed  # noqa: E402
from bench.perturb_world import WORLD_LAYOUTS, world_layouts_perturbed  # noqa: E402
from bench.perturb_anchors import ANCHOR_LAYOUTS, anchors_perturbed  # noqa: E402
from bench.perturb_pages import (DATE_FORMS, LAYOUT_ROUNDS, MORE_LAYOUT_ROUNDS, layout_perturbed,  # noqa: E402
                                 more_layouts_perturbed, perturbed)

PAGES = ROOT.parent / "shared" / "pages"
EXTRA_PARTS = ("tune2", "tune3")  # real pages Kaidan reads from a cache: bench/pages_PART/README.md
HELD_PARTS = ("held3",)  # the same, held aside: a summary line only
_BLANKS = re.compile(r"\s+")


def held_aside(name: str) -> bool:
    """The fixed split: a page is held aside when the SHA-1 of its name is divisible by 3."""
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 3 == 0


def extra_pages(part: str) -> tuple[dict, dict[str, str], Path] | None:
    """An extra tuning part's pages (gold in the shared-gold shape, dumps, cache folder), or None with a note why."""
    default = Path.home() / ".cache" / "kaidan" / f"pages-{part}"
    cache = Path(os.environ.get(f"KAIDAN_PAGES_{part.upper()}", default))
    gold = json.loads((ROOT / "bench" / f"pages_{part}" / "gold.json").read_text(encoding="utf-8"))
    raws: dict[str, str] = {}
    for name, page in gold.items():
        dump = cache / "txt" / name
        if not dump.is_file() or not (cache / "html" / page["html_file"]).is_file():
            print(f"\n{part} part: absent (no {dump}; bench/pages_{part}/README.md says how to cache it)")
            return None
        data = dump.read_bytes()
        if hashlib.sha256(data).hexdigest() != page["txt_sha256"]:
            print(f"\n{part} part: {dump} is not the dump the gold was made on (sha256 differs)")
            return None
        raws[name] = data.decode("utf-8")
        lines = raws[name].split("\n")
        page["body_paragraphs"] = [lines[n - 1] for n in page["body_line_numbers"]]
    return gold, raws, cache


def squash(text: str | None) -> str:
    """NFKC, no blanks: how titles, authors and bodies are compared."""
    return _BLANKS.sub("", unicodedata.normalize("NFKC", text or ""))


def body_scores(gold: list[str], found: list[str]) -> tuple[float, float, float]:
    """Character precision, recall and F1 of found body text against the gold lines."""
    want, got = squash("".join(gold)), squash("".join(found))
    if not want or not got:
        return 0.0, 0.0, 0.0
    matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    p, r = shared / len(got), shared / len(want)
    return p, r, (2 * p * r / (p + r) if shared else 0.0)


def same_date(gold: str | None, found: str | None) -> bool:
    """Same day; the same instant when both carry a time."""
    if not gold or not found:
        return gold == found
    if "T" in gold and "T" in found:
        try:  # pages show minutes; the page's meta may add seconds
            minute = lambda text: datetime.fromisoformat(text).replace(second=0)
            return minute(gold) == minute(found)
        except ValueError:
            return False
    return gold[:10] == found[:10]


def same_people(gold: list[str], found: list[str]) -> bool:
    return {squash(n) for n in gold} == {squash(n) for n in found}


def dump_article(name: str, raw: str, common: frozenset[str], counts: Counts | None = None) -> Article:
    """The cleaner's reading of a dump; counts: the lines the other pages of its site left out.

    The dump carries its file's name as its source, as a user's import of the saved file does (main.py import FILES):
    the day a name carries is evidence below the page's own (core.cleaning.named_day). The name is no file: its time
    is never read (a dump's file in the folder was written when it was copied there, not when its page was saved),
    and a bare name finds no file unless the bench is run from the dumps' own folder."""
    article = Article(source=name, source_format="txt", raw=raw)
    clean_for_site(article, common, counts or (lambda site, keys: {}))
    return article


def site_counts(raws: dict[str, str], common: dict[str, frozenset[str]]) -> dict[str, Counts]:
    """Per page, what a library holding every other page of the folder knows of its site's lines."""
    left: dict[str, tuple[str | None, set[int]]] = {}
    for name, raw in raws.items():
        article = Article(source=name, source_format="txt", raw=raw)
        left[name] = clean_for_site(article, common[name], lambda site, keys: {})
    def counts_for(name: str) -> Counts:
        return lambda site, keys: Counter(key for other, (s, dropped) in left.items()
                                          if other != name and s == site for key in dropped)
    return {name: counts_for(name) for name in raws}


def html_article(path: Path) -> Article | None:
    try:
        return article_from_html(path.name, decode_html(path.read_bytes()))
    except Exception as exc:  # a page Kaidan cannot read scores zero
        print(f"  html import failed for {path.name}: {exc}", file=sys.stderr)
        return None


def trafilatura_article(path: Path) -> Article:
    document = trafilatura.bare_extraction(decode_html(path.read_bytes()), with_metadata=True)
    article = Article(source=path.name, source_format="html", raw="")
    if document is None:
        return article
    article.paragraphs = [l for l in (document.text or "").split("\n") if l.strip()]
    article.title = document.title
    parsed = parse_date(document.date, JST) if document.date else None
    article.published = parsed[0] if parsed else None
    article.authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]
    return article


def score(gold: dict, article: Article | None) -> dict:
    if article is None:
        return {"p": 0.0, "r": 0.0, "f1": 0.0, "title": False, "date": False, "authors": False, "flagged": False,
                "inferred": False, "guessed": False}
    p, r, f1 = body_scores(gold["body_paragraphs"], article.paragraphs)
    # no publication date read, but the page's month-and-day date line kept as the inferred day (a year guessed)
    guessed = article.published is None and article.published_inferred is not None and article.published_text is not None
    return {
        "p": p, "r": r, "f1": f1,
        "title": squash(gold["title"]) == squash(article.title),
        "date": same_date(gold["published"], article.published),
        "authors": same_people(gold["authors"], article.authors),
        "flagged": bool(article.cleaning_check),
        "inferred": guessed and bool(gold["published"]) and article.published_inferred == gold["published"][:10],
        "guessed": guessed,
    }


def shared_furniture(raws: dict[str, str]) -> dict[str, frozenset[str]]:
    """Per page, the candidate furniture lines that MIN_PAGES other pages also have."""
    candidates = {name: furniture_candidates(raw) for name, raw in raws.items()}
    counts = Counter(line for lines in candidates.values() for line in lines)
    return {
        name: frozenset(l for l in lines if counts[l] - 1 >= MIN_PAGES)
        for name, lines in candidates.items()
    }


def read_pages(tune_only: bool = False) -> tuple[dict, list[str], dict[str, str], dict, dict]:
    """The pages' gold; the names read (every page, or the tuning part's alone); their dumps; and, per page, the
    furniture the other pages read share and the line counts a library of them would have learned."""
    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    names = sorted(n for n in gold if not (tune_only and held_aside(n)))
    raws = {name: (PAGES / "txt" / name).read_text(encoding="utf-8") for name in names}
    common = shared_furniture(raws)
    return gold, names, raws, common, site_counts(raws, common)


def summary(label: str, rows: list[dict], bylined: list[bool]) -> str:
    n = len(rows)
    with_bylines = [r["authors"] for r, b in zip(rows, bylined) if b]
    f1 = [row["f1"] for row in rows]
    return (f"  {label:<5} body P {sum(r['p'] for r in rows) / n:.3f}  R {sum(r['r'] for r in rows) / n:.3f}"
            f"  F1 {sum(f1) / n:.3f}  below 0.6: {sum(v < 0.6 for v in f1):2d}"
            f"  titles {sum(r['title'] for r in rows):2d}/{n}  dates {sum(r['date'] for r in rows):2d}/{n}"
            f"  authors {sum(r['authors'] for r in rows):2d}/{n}"
            f" (bylined pages {sum(with_bylines)}/{len(with_bylines)})")


def title_flags(rows: list[dict]) -> str:
    """How many of the dumps' wrong titles the cleaner flagged for a look, and how many of the right ones."""
    wrong = [row["flagged"] for row in rows if not row["title"]]
    right = [row["flagged"] for row in rows if row["title"]]
    return (f"  dump  wrong titles flagged {sum(wrong)}/{len(wrong)}"
            f"  right titles flagged {sum(right)}/{len(right)}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", choices=("tune", *EXTRA_PARTS, "aside", "all"),
                        help="also print one row per page of that part")
    parser.add_argument("--why", action="store_true",
                        help="also count why the dumps' titles and dates are wrong, by part (counts only)")
    parser.add_argument("--perturbed", action="store_true",
                        help="also score the dumps of the tuning pages with headline, date and byline rewritten")
    args = parser.parse_args(argv)
    gold, names, raws, common, learned = read_pages()
    results: dict[str, dict[str, dict]] = {}
    dumped: dict[str, Article] = {}
    for name in names:
        html = PAGES / gold[name]["html_file"]
        dumped[name] = dump_article(name, raws[name], common[name], learned[name])
        results[name] = {
            "dump": score(gold[name], dumped[name]),
            "html": score(gold[name], html_article(html)),
            "traf": score(gold[name], trafilatura_article(html)),
        }
    for part in ("tune", "aside"):
        members = [n for n in names if held_aside(n) == (part == "aside")]
        bylined = [bool(gold[n]["authors"]) for n in members]
        print(f"\n{part} part: {len(members)} pages")
        for reader in ("dump", "html", "traf"):
            print(summary(reader, [results[n][reader] for n in members], bylined))
        print(title_flags([results[n]["dump"] for n in members]))
        if args.why:
            print_why(members, gold, raws, {n: dumped[n] for n in members})
        if args.pages in (part, "all"):
            print_rows({n: results[n] for n in members})
    for part in EXTRA_PARTS:
        print_extra(part, raws, args.pages in (part, "all"))
    for part in HELD_PARTS:
        print_extra(part, raws, False)
    if args.perturbed:
        print_perturbed([n for n in names if not held_aside(n)], gold, raws, common, learned, args.pages)


def print_why(members: list[str], gold: dict, raws: dict[str, str], dumped: dict[str, Article]) -> None:
    """Counts of why the dumps' titles and dates are wrong (bench/page_misses.py)."""
    misses = Counter()
    for name in members:
        page, article = gold[name], dumped[name]
        if squash(page["title"]) != squash(article.title):
            misses["title: " + title_miss(page["title"], article.title, raws[name], page["body_paragraphs"])] += 1
        if not same_date(page["published"], article.published):
            misses["date: " + date_miss(page["published"], article.published, raws[name], page["body_paragraphs"],
                                          article.published_inferred)] += 1
    print("\n".join(f"  why  {n}  {line}" for line, n in sorted(misses.items())))


def print_extra(part: str, shared_raws: dict[str, str], rows: bool) -> None:
    """Score an extra tuning part, its pages' furniture and site lines learned beside the shared pages'."""
    found = extra_pages(part)
    if found is None:
        return
    gold, raws, cache = found
    pool = {**shared_raws, **raws}
    common = shared_furniture(pool)
    site_lines = site_counts(pool, common)
    results = {}
    for name in sorted(gold):
        html = cache / "html" / gold[name]["html_file"]
        results[name] = {
            "dump": score(gold[name], dump_article(name, raws[name], common[name], site_lines[name])),
            "html": score(gold[name], html_article(html)),
            "traf": score(gold[name], trafilatura_article(html)),
        }
    print(f"\n{part} part: {len(gold)} pages")
    bylined = [bool(gold[n]["authors"]) for n in sorted(gold)]
    for reader in ("dump", "html", "traf"):
        print(summary(reader, [results[n][reader] for n in sorted(gold)], bylined))
    print(title_flags([results[n]["dump"] for n in sorted(gold)]))
    if rows:
        print_rows(results)


def print_rows(results: dict[str, dict[str, dict]]) -> None:
    print("  page                                   dump F1 t d a | html F1 t d a | traf F1")
    for n, by in results.items():
        d, h, t = by["dump"], by["html"], by["traf"]
        flags = lambda s: " ".join("+" if s[k] else "-" for k in ("title", "date", "authors"))
        print(f"  {n[:38]:<38} {d['f1']:.3f} {flags(d)} | {h['f1']:.3f} {flags(h)} | {t['f1']:.3f}")


def own_headline_layouts(names: list[str], gold: dict, raws: dict[str, str], round_: int) -> dict:
    """The further layouts with each page's own headline, which its text restates."""
    return more_layouts_perturbed(names, gold, raws, round_, own=True)


LAID_OUT = (more_layouts_perturbed, own_headline_layouts, outlet_layouts_perturbed, world_layouts_perturbed,
            anchors_perturbed)


def print_perturbed(tune: list[str], gold: dict, raws: dict[str, str], common: dict, learned: dict,
                    pages: str | None) -> None:
    """The tuning pages' dumps rewritten once per date form, then once per layout round, scored by group.

    The last five groups (session 8's layouts, with other headlines and with each page's own; session 10's
    outlet layouts, bench/perturb_outlets.py; session 11's further outlets, bench/perturb_world.py; session 12's
    headlines that are not the header's first long line and dates elsewhere, bench/perturb_anchors.py) also count the
    pages read wrong (title or date missed, or the body under 0.6), how many of them the cleaner flagged for a
    look, and their misses by layout.
    """
    groups = (("tune part perturbed", len(DATE_FORMS), perturbed),
              ("tune part, layout rounds", LAYOUT_ROUNDS, layout_perturbed),
              ("tune part, more layouts", MORE_LAYOUT_ROUNDS, more_layouts_perturbed),
              ("tune part, more layouts, each page's own headline", MORE_LAYOUT_ROUNDS, own_headline_layouts),
              ("tune part, outlet layouts around each page's own headline", len(OUTLET_LAYOUTS),
               outlet_layouts_perturbed),
              ("tune part, more outlets' headers (bench/perturb_world.py)", len(WORLD_LAYOUTS),
               world_layouts_perturbed),
              ("tune part, headlines not first and dates elsewhere (bench/perturb_anchors.py)", len(ANCHOR_LAYOUTS),
               anchors_perturbed))
    for label, rounds, rewrite in groups:
        rows, bylined, misses, wrong, flagged = [], [], Counter(), 0, 0
        for round_ in range(rounds):
            for name, (raw, page) in rewrite(tune, gold, raws, round_).items():
                article = dump_article(name, raw, common[name], learned[name])
                row = score(page, article)
                rows.append(row)
                bylined.append(bool(page["authors"]))
                where = page.get("_layout", name[:38]) if rewrite in LAID_OUT else name[:38]
                misses.update(f"{where} {k}" for k in ("title", "date", "authors") if not row[k])
                bad = not (row["title"] and row["date"]) or row["f1"] < 0.6
                wrong += bad
                flagged += bad and bool(article.cleaning_check)
        print(f"\n{label}: {len(rows)} rewritten pages ({rounds} rounds)")
        print(summary("dump", rows, bylined))
        print(title_flags(rows))
        if any(row["guessed"] for row in rows):
            print(f"  dates missed whose year was guessed (the inferred day, flagged): right "
                  f"{sum(row['inferred'] for row in rows)} of {sum(row['guessed'] for row in rows)}")
        if rewrite in LAID_OUT:
            print(f"  read wrong (title, date or body under 0.6): {wrong}, of them flagged: {flagged}")
        if pages in ("tune", "all"):
            for miss, count in sorted(misses.items()):
                print(f"  missed {count}x  {miss}")


if __name__ == "__main__":
    main()
