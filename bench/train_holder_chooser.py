"""Train and measure the learned holder chooser (core.claims.holder_chooser) against the rules, fold by fold.

    python bench/train_holder_chooser.py            # ten folds of dev articles: rules, learned, blind, tiebreak
    python bench/train_holder_chooser.py --held     # one run on the held parts (trained on all dev): summary lines
    python bench/train_holder_chooser.py --write    # train on all dev draws, write resources/claims/holder_chooser.json
    python bench/train_holder_chooser.py --gold bench/holder_draws.jsonl   # trained on all dev, measured on a gold file
                                                                           # (by draw, or by part: tune, aside)

The folds are by article (article i of the dev gold in its order in fold i mod FOLDS), so an article's claims are
never both trained on and measured. Each figure is "holder right on proposed claims" as bench/eval_claims.py counts it (gold claims with a holder
that some proposal overlaps, and whether one of those proposals names it). "learned" takes the chooser's best
option; "blind" is the chooser trained without the rules' pick among its features (does a chooser of shapes alone
carry across draws?); "tiebreak" asks the blind chooser only where the rules' pick is weak; "overrule" lets the blind chooser replace
the rules' pick when it is sure of another and gives theirs little chance; "reach" is the share where some
option is right (the ceiling of any chooser over these options). The training is
deterministic: Newton's method on a convex loss from zeros.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import conditional_logit  # noqa: E402
from core.claims import holder_chooser as hc  # noqa: E402
from core.claims.evaluate import _holder_names, _holder_right, _overlaps  # noqa: E402
from core.claims.suggest import suggest  # noqa: E402
from core.dates import reference_date  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.nlp.evaluate import read_jsonl  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

WIKINEWS = ROOT / "tests" / "fixtures" / "wikinews_gold" / "claims.jsonl"
MODEL_PATH = ROOT / "resources" / Path(*hc.MODEL)
L2 = 0.1  # by ten folds of dev articles, with the role features: the chooser with the rules' pick (0.01: 569/588,
# 0.1: 573 = the rules); the chooser without it (0.01: 533, 0.1: 529)
L2_BLIND = 0.01
STEPS = 15
FOLDS = 10
RULES_FEATURES = ("rules_pick", "rules_pick_sure", "rules_pick_weak")
POLICIES = ("rules", "learned", "blind", "tiebreak", "overrule", "reach")


def read(item: dict, registry) -> dict:
    """The item's proposals, each with the gold claim it overlaps (if any), options, rows and labels."""
    body = item["body"]
    day = reference_date(item.get("reference_date"), None)
    mentions = detect(body, registry, day)
    predicted = sorted(suggest(body, mentions, day.isoformat() if day else None, registry), key=lambda c: c.start)
    claims = []
    for claim, (options, rows) in zip(predicted, hc.described(body, mentions, predicted)):
        gold = next((g for g in item["claims"] if _overlaps(claim.start, claim.end, g["start"], g["end"])), None)
        labels = [bool(gold) and _holder_right(_holder_names(registry, replace(
            claim, holder_entity_id=o.entity_id, holder_text=o.text)), gold) for o in options]
        claims.append({"claim": claim, "options": options, "rows": rows, "labels": labels})
    return {"item": item, "claims": claims}


def train(articles: list[dict], drop: tuple[str, ...] = ()) -> hc.Chooser:
    return fitted(articles, drop, L2_BLIND if drop else L2)


def fitted(articles: list[dict], drop: tuple[str, ...], l2: float) -> hc.Chooser:
    """A conditional logit over each claim's options (claims with a right one among several), by Newton's method."""
    groups = [(c["rows"], c["labels"]) for a in articles for c in a["claims"] if any(c["labels"]) and len(c["rows"]) > 1]
    zeroed = tuple(hc.FEATURES.index(name) for name in drop)
    return hc.Chooser(list(hc.FEATURES), *conditional_logit.fit(groups, l2, STEPS, zeroed))


def _reach(c: dict):
    """The claim with a right option as its holder, if any option is right (what no chooser can pass)."""
    right = next((o for o, label in zip(c["options"], c["labels"]) if label), None)
    return replace(c["claim"], holder_entity_id=right.entity_id, holder_text=right.text) if right else c["claim"]


def score(articles: list[dict], chooser: hc.Chooser | None, policy: str, registry) -> tuple[int, int]:
    """(holder right, gold claims with a holder proposed), as eval_claims counts them."""
    right = total = 0
    for article in articles:
        kept = [_reach(c) if policy == "reach" else c["claim"] if chooser is None
                else hc.choose(c["claim"], c["options"], c["rows"], chooser, policy) for c in article["claims"]]
        names = [_holder_names(registry, c) for c in kept]
        for gold in article["item"]["claims"]:
            if gold["holder"] in ("(writer)", "", None):
                continue
            hits = [i for i, c in enumerate(kept) if _overlaps(c.start, c.end, gold["start"], gold["end"])]
            if hits:
                total += 1
                right += any(_holder_right(names[i], gold) for i in hits)
    return right, total


def measure(articles: list[dict], chooser: hc.Chooser | None, blind: hc.Chooser | None, registry) -> dict:
    return {"rules": score(articles, None, "rules", registry),
            "learned": score(articles, chooser, "learned", registry),
            "blind": score(articles, blind, "learned", registry),
            "tiebreak": score(articles, blind, "tiebreak", registry),
            "overrule": score(articles, blind, "overrule", registry),
            "reach": score(articles, None, "reach", registry)}


def line(name: str, figures: dict) -> str:
    cells = [f"{p} {r}/{t} = {r / t:.2f}" if t else f"{p} n/a" for p, (r, t) in figures.items()]
    return f"  {name:<10} " + " | ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held", action="store_true", help="train on all dev draws, one run on the held parts")
    parser.add_argument("--write", action="store_true", help="train on all dev draws and write the model")
    parser.add_argument("--gold", type=Path, help="train on all dev draws, measure on this gold JSONL (its draws)")
    args = parser.parse_args()
    registry = bundled_registry()
    gold = read_jsonl(WIKINEWS)
    dev = [read(i, registry) for i in gold if i.get("part") == "dev"]
    if args.gold:
        chooser, blind = train(dev), train(dev, RULES_FEATURES)
        other = [read(i, registry) for i in read_jsonl(args.gold)]
        print(f"== {args.gold.name} (trained on every dev draw)")
        print(line("all", measure(other, chooser, blind, registry)))
        group = (lambda a: a["item"]["part"]) if all("part" in a["item"] for a in other) \
            else (lambda a: f"draw{a['item'].get('draw', 1)}")  # a sample split into tune and aside: by part
        for name in sorted({group(a) for a in other}):
            print(line(name, measure([a for a in other if group(a) == name], chooser, blind, registry)))
        return
    if args.write or args.held:
        chooser, blind = train(dev), train(dev, RULES_FEATURES)
        if args.write:
            import json
            MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
            MODEL_PATH.write_text(json.dumps(chooser.as_json(), ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"wrote {MODEL_PATH.relative_to(ROOT)}")
            for name, weight in sorted(zip(hc.FEATURES, chooser.weights), key=lambda p: -abs(p[1]))[:15]:
                print(f"  {name:<22} {weight:+.3f}")
        if args.held:
            held = [read(i, registry) for i in gold if i.get("part") == "held"]
            print("== held (trained on every dev draw)")
            print(line("all", measure(held, chooser, blind, registry)))
            for draw in sorted({a["item"].get("draw", 1) for a in held}):
                print(line(f"held{draw}", measure([a for a in held if a["item"].get("draw", 1) == draw],
                                                  chooser, blind, registry)))
        return
    print(f"== dev, {FOLDS} folds of articles (each measured with the chooser trained on the other folds)")
    totals = {p: [0, 0] for p in POLICIES}
    for fold in range(FOLDS):
        rest = [a for i, a in enumerate(dev) if i % FOLDS != fold]
        left = [a for i, a in enumerate(dev) if i % FOLDS == fold]
        figures = measure(left, train(rest), train(rest, RULES_FEATURES), registry)
        for p, (r, t) in figures.items():
            totals[p][0] += r
            totals[p][1] += t
        print(line(f"fold{fold}", figures))
    print(line("all", {p: tuple(v) for p, v in totals.items()}))


if __name__ == "__main__":
    main()
