"""The page-dump cleaner on real pages it was not written for: livedoor news files.

Each livedoor file is URL, date, title, then the body with in-article 【関連記事】
link blocks. Scores a random sample: title found, date found, and how much of the
body text (link blocks and URLs left out) the cleaner keeps, and how much it adds; how
many pages the cleaner flags for a look ("check cleaning"), and how many of the
pages it reads wrong are among them.

    python bench/eval_cleaning_livedoor.py [--n 400] [--seed 1] [--framed] [--misses]

--framed also scores the same articles set in real page furniture: each article's
headline, date (written in one of the page bench's date forms) and body put in
place of those of a tuning page of ../shared/pages (never a held-aside one), as
if an outlet of that layout had published it. Title and date are known for every
livedoor article, so this is a large measure of the headline and date anchors.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.cleaning.dump import clean_dump  # noqa: E402
from core.cleaning.sites import clean_for_site  # noqa: E402
from core.article import Article  # noqa: E402

MISSES = False  # print each page whose headline or date is read wrong
WRONG = 0.5  # a page whose body recall or precision is below this is read wrong
CORPUS = ROOT.parent / "shared" / "corpus" / "livedoor" / "text"


def reference_body(lines: list[str]) -> list[str]:
    """The body lines a reader keeps: no link blocks, no URLs."""
    out, inside = [], False
    for line in lines[3:]:
        text = line.strip()
        if not text:
            inside = False
            continue
        if text.startswith(("【関連", "■関連")):
            inside = True
            continue
        if not inside and not text.startswith("http"):
            out.append(text)
    return out


def framed(raw: str, host: str, page: dict, form) -> str | None:
    """The livedoor article put in a real page's furniture: its headline, date and body in place of the page's."""
    lines, article = host.split("\n"), raw.split("\n")
    title_at = [e["lines"][0] for e in page["line_labels"] if e.get("category") == "title"]
    date_at = [e["lines"][0] for e in page["line_labels"] if e.get("category") == "published"]
    body = page["body_line_numbers"]
    if not title_at or not date_at or not body or page["published_text"] not in lines[date_at[0] - 1]:
        return None
    old_title = page["title"].strip()
    if (sum(page["published_text"] in line for line in lines) > 1
            or any(8 <= len(line.strip()) < len(old_title) and line.strip() in old_title for line in lines)):
        return None  # a page that writes its headline or date twice (split, or a partner's header): not one frame
    when = datetime.fromisoformat(article[1].strip().replace("+0900", "+09:00"))
    lines = [article[2].strip() if line.strip() == old_title else line for line in lines]
    lines[date_at[0] - 1] = lines[date_at[0] - 1].replace(page["published_text"], form(when, True), 1)
    # the article's own lines (with its blank lines and link blocks) where the page's body stood
    for number in sorted(body[1:], reverse=True):
        del lines[number - 1]
    lines[body[0] - 1 : body[0]] = article[3:]
    return "\n".join(lines)


def tune_hosts() -> list[tuple[str, dict]]:
    """The tuning pages of ../shared/pages (text and gold) that have a headline and a date line."""
    import json

    from bench.eval_pages import PAGES, held_aside

    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    return [((PAGES / "txt" / name).read_text(encoding="utf-8"), gold[name]) for name in sorted(gold)
            if not held_aside(name) and gold[name].get("published_text")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--framed", action="store_true", help="also score the articles set in real page furniture")
    parser.add_argument("--misses", action="store_true", help="print each wrong headline and date (tuning material)")
    args = parser.parse_args()
    global MISSES
    MISSES = args.misses
    files = sorted(p for p in CORPUS.glob("*/*.txt") if p.name != "LICENSE.txt")
    sample = random.Random(args.seed).sample(files, min(args.n, len(files)))
    texts = [path.read_text(encoding="utf-8") for path in sample]
    # (each read by its file's name, as an import of the file is: livedoor names its files by an id, no day)
    report("livedoor sample", [(raw, clean_dump(raw, source=path.name)) for raw, path in zip(texts, sample)])
    if args.framed:
        from bench.perturb_pages import DATE_FORMS, LAYOUT_DATE_FORMS

        # the forms that write the year (a month and day alone would take the host page's year)
        forms = [f for f in DATE_FORMS + LAYOUT_DATE_FORMS if not f(datetime(2012, 3, 4, 5, 6), True).startswith(("3/", "3月"))]
        hosts, cleaned = tune_hosts(), []
        for i, raw in enumerate(texts):
            host, page = hosts[i % len(hosts)]
            page_text = framed(raw, host, page, forms[i % len(forms)])
            if page_text is not None:
                article = Article(source=str(i), source_format="txt", raw=page_text)
                clean_for_site(article, frozenset(), lambda site, keys: {})
                cleaned.append((raw, article))
        report("  set in the furniture of real pages", cleaned)


def report(label: str, cleaned: list) -> None:
    titles = dates = flagged = wrong = flagged_wrong = 0
    recall = precision = 0.0
    for raw, result in cleaned:
        lines = raw.split("\n")
        titles += result.title == lines[2].strip()
        dates += (result.published or "")[:10] == lines[1][:10]
        wanted = reference_body(lines)
        kept = [p.strip() for p in result.paragraphs]
        shared = sum(len(p) for p in kept if p in set(wanted))
        page_recall = shared / max(sum(map(len, wanted)), 1)
        page_precision = shared / max(sum(map(len, kept)), 1)
        recall, precision = recall + page_recall, precision + page_precision
        bad = result.title != lines[2].strip() or min(page_recall, page_precision) < WRONG
        if MISSES and (result.title != lines[2].strip() or (result.published or "")[:10] != lines[1][:10]):
            print(f"    title {result.title!r} want {lines[2].strip()!r}  date {result.published} want {lines[1][:10]}"
                  f" [{result.cleaning_check or ''}]")
        flagged += bool(result.cleaning_check)
        wrong += bad
        flagged_wrong += bad and bool(result.cleaning_check)
    n = len(cleaned)
    print(f"{label} of {n} pages")
    print(f"  title found      {titles / n:.3f}")
    print(f"  date found       {dates / n:.3f}")
    print(f"  body recall      {recall / n:.3f}  (share of the body's characters kept)")
    print(f"  body precision   {precision / n:.3f}  (share of kept characters that are body)")
    print(f"  check cleaning   {flagged / n:.3f}  of pages flagged; {flagged_wrong} of the {wrong} pages with a wrong"
          f" title or a body under {WRONG} recall or precision are among them")


if __name__ == "__main__":
    main()
