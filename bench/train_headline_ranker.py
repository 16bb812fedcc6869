"""Train Kaidan's headline ranker (core/cleaning/headline_ranker.py) and measure it beside the rules.

The training pages are the tuning part of ../shared/pages, the tune2 and tune3 parts (bench/pages_tune2/,
bench/pages_tune3/: read from their caches) and the tuning pages rewritten in other outlets' layouts by the
perturbation benches (bench/perturb_pages.py, perturb_outlets.py, perturb_world.py, perturb_anchors.py), each with
its gold headline. The held-aside pages are never read here. A header line is a positive when it is the gold
headline (or the larger part of it: a kicker or a second half is added by the cleaner).

    python bench/train_headline_ranker.py          # leave-one-outlet-out figures of each policy, then train
                                                   # on every page and write resources/cleaning/headline_ranker.json
    python bench/train_headline_ranker.py --cv-only   # the figures alone
    python bench/train_headline_ranker.py --held      # the held-aside pages' summary line under each policy,
                                                      # with the shipped model (read once per finalist, never tuned on)

Policies (core.cleaning.headline_ranker.POLICY): rules alone; the ranker's best line; the ranker deciding a tie of
the rules (their pick and its rival within CLOSE points, or no pick); the rules deciding and the headline flagged
when the ranker's best line is another. Training is deterministic (full-batch gradient descent from zeros).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import conditional_logit  # noqa: E402
from core.cleaning import dump_header  # noqa: E402
from core.cleaning import headline_ranker as hr  # noqa: E402
from bench.eval_pages import (EXTRA_PARTS, HELD_PARTS, dump_article, extra_pages, held_aside,  # noqa: E402
                              own_headline_layouts, read_pages, score, shared_furniture, site_counts, squash, summary,
                              title_flags)
from bench.perturb_anchors import ANCHOR_LAYOUTS, anchors_perturbed  # noqa: E402
from bench.perturb_outlets import OUTLET_LAYOUTS, outlet_layouts_perturbed  # noqa: E402
from bench.perturb_pages import (DATE_FORMS, LAYOUT_ROUNDS, MORE_LAYOUT_ROUNDS, layout_perturbed,  # noqa: E402
                                 more_layouts_perturbed, perturbed)
from bench.perturb_world import WORLD_LAYOUTS, world_layouts_perturbed  # noqa: E402

MODEL_PATH = ROOT / "resources" / Path(*hr.MODEL)
POLICIES = ("rules", "ranker", "tiebreak", "flag", "confirm")
GROUPS = (("real pages", 1, None),
          ("dates rewritten", len(DATE_FORMS), perturbed),
          ("layout rounds", LAYOUT_ROUNDS, layout_perturbed),
          ("more layouts", MORE_LAYOUT_ROUNDS, more_layouts_perturbed),
          ("more layouts, own headline", MORE_LAYOUT_ROUNDS, own_headline_layouts),
          ("outlet layouts", len(OUTLET_LAYOUTS), outlet_layouts_perturbed),
          ("more outlets' headers", len(WORLD_LAYOUTS), world_layouts_perturbed),
          ("headlines not first", len(ANCHOR_LAYOUTS), anchors_perturbed))
_OUTLET = re.compile(r"^(?:\d+-)?(.+?)-\d{8}")
L2 = 0.3  # chosen by leaving one outlet out (0.01: 1,628 pages right, 0.3: 1,672, 1.0: 1,670)
STEPS = 15  # Newton steps (the loss is convex: a dozen or so reach its bottom)


def outlet_of(name: str) -> str:
    found = _OUTLET.match(name)
    return found.group(1) if found else name


def pool() -> list[dict]:
    """Every training page: its group, outlet, dump, gold and the furniture a library would know."""
    gold, names, raws, common, learned = read_pages()
    tune = [n for n in names if not held_aside(n)]
    items = []
    for label, rounds, rewrite in GROUPS:
        for round_ in range(rounds):
            pages = {n: (raws[n], gold[n]) for n in tune} if rewrite is None else rewrite(tune, gold, raws, round_)
            for name, (raw, page) in pages.items():
                items.append({"group": label, "outlet": outlet_of(name), "name": name, "raw": raw, "page": page,
                              "common": common[name], "learned": learned[name]})
    for part in EXTRA_PARTS:
        found = extra_pages(part)
        if found is None:
            continue
        extra_gold, extra_raws, _ = found
        both = {**{n: raws[n] for n in tune}, **extra_raws}
        extra_common = shared_furniture(both)
        extra_learned = site_counts(both, extra_common)
        for name in sorted(extra_gold):
            items.append({"group": "real pages", "outlet": outlet_of(name), "name": name, "raw": extra_raws[name],
                          "page": extra_gold[name], "common": extra_common[name], "learned": extra_learned[name]})
    return items


def positive(text: str, title: str) -> bool:
    """The line is the gold headline, or the larger part of it (the cleaner adds a kicker or a second half)."""
    line, want = squash(text), squash(title)
    return bool(line) and bool(want) and (line == want or (line in want and len(line) >= 0.5 * len(want))
                                         or (want in line and len(want) >= 0.5 * len(line)))


def record(items: list[dict]) -> None:
    """Each page's candidate lines, their features and which is the rules' pick, as the cleaner sees them."""
    original = dump_header.second_opinion
    seen: dict = {}

    def recorder(content, date_line, looked, lead, title, trace, **_):
        positions = hr.candidates(content)
        rival = trace.rival if trace.picked is title else trace.picked
        seen["rows"] = hr.features(content, date_line, lead, looked, positions, title, rival)
        seen["texts"] = [content[at].stripped for at in positions]
        seen["rules"] = next((k for k, at in enumerate(positions) if content[at] is title), None)
        return title

    dump_header.second_opinion = recorder
    try:
        for item in items:
            seen.clear()
            dump_article(item["name"], item["raw"], item["common"], item["learned"])
            item["rows"] = seen.get("rows", [])
            item["texts"] = seen.get("texts", [])
            item["labels"] = [positive(t, item["page"]["title"] or "") for t in item["texts"]]
    finally:
        dump_header.second_opinion = original


def train(items: list[dict]) -> hr.Ranker:
    """A conditional logit over each page's candidates (the pages where one is the headline), by Newton's method."""
    groups = [(item["rows"], item["labels"]) for item in items if any(item["labels"])]
    return hr.Ranker(list(hr.FEATURES), *conditional_logit.fit(groups, L2, STEPS))


def evaluate(items: list[dict], rankers: dict[str, hr.Ranker], policy: str) -> list[dict]:
    """Clean every page with the policy, each page ranked by the model its outlet was left out of."""
    original_policy, original_shipped = hr.POLICY, hr.shipped
    current: dict = {}
    hr.POLICY, hr.shipped = policy, lambda: current["ranker"]
    rows = []
    try:
        for item in items:
            current["ranker"] = rankers[item["outlet"]]
            article = dump_article(item["name"], item["raw"], item["common"], item["learned"])
            right = squash(item["page"]["title"]) == squash(article.title)
            rows.append({"group": item["group"], "right": right, "flagged": bool(article.cleaning_check)})
    finally:
        hr.POLICY, hr.shipped = original_policy, original_shipped
    return rows


def report(policy: str, rows: list[dict]) -> None:
    by = defaultdict(list)
    for row in rows:
        by[row["group"]].append(row)
    total = sum(r["right"] for r in rows)
    wrong = [r for r in rows if not r["right"]]
    right = [r for r in rows if r["right"]]
    print(f"\n{policy}: titles {total}/{len(rows)}  wrong flagged {sum(r['flagged'] for r in wrong)}/{len(wrong)}"
          f"  right flagged {sum(r['flagged'] for r in right)}/{len(right)}")
    for label, _, _ in GROUPS:
        group = by[label]
        print(f"  {label:<28} {sum(r['right'] for r in group):4d}/{len(group)}")


def held(policies: list[str]) -> None:
    """The held-aside parts' summary lines (dumps) under each policy: no page's own figures are printed."""
    gold, _, raws, common, learned = read_pages()
    parts = {"aside": ({n: gold[n] for n in raws if held_aside(n)}, raws, common, learned)}
    for part in HELD_PARTS:
        if (found := extra_pages(part)) is not None:
            pool = {**raws, **found[1]}
            pool_common = shared_furniture(pool)
            parts[part] = (found[0], found[1], pool_common, site_counts(pool, pool_common))
    original = hr.POLICY
    try:
        for policy in policies:
            hr.POLICY = policy
            for part, (part_gold, part_raws, part_common, part_learned) in parts.items():
                names = sorted(part_gold)
                rows = [score(part_gold[n], dump_article(n, part_raws[n], part_common[n], part_learned[n]))
                        for n in names]
                print(f"\n{policy}, {part} part: {len(rows)} pages")
                print(summary("dump", rows, [bool(part_gold[n]["authors"]) for n in names]))
                print(title_flags(rows))
    finally:
        hr.POLICY = original


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv-only", action="store_true", help="measure, but write no model")
    parser.add_argument("--policies", default=",".join(POLICIES))
    parser.add_argument("--held", action="store_true", help="only the held-aside parts' summary lines")
    args = parser.parse_args(argv)
    if args.held:
        held(args.policies.split(","))
        return
    items = pool()
    record(items)
    outlets = sorted({item["outlet"] for item in items})
    reach = Counter(any(item["labels"]) for item in items)
    print(f"{len(items)} pages of {len(outlets)} outlets; the headline among the candidates on {reach[True]}")
    rankers = {out: train([i for i in items if i["outlet"] != out]) for out in outlets}
    for policy in args.policies.split(","):
        report(policy + " (leave one outlet out)", evaluate(items, rankers, policy))
    if not args.cv_only:
        model = train(items)
        MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
        MODEL_PATH.write_text(json.dumps(model.as_json(), ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {MODEL_PATH.relative_to(ROOT)} ({MODEL_PATH.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
