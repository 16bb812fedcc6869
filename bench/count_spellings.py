"""How often one name is spelt two ways in one article, on unannotated news, and what unifying changes.

    python bench/count_spellings.py [--wikinews N] [--livedoor N] [--seed S] [--show K]

Draws N Wikinews and N livedoor articles at random (seed S), counts the classes of
core.nlp.article_aliases in the text (a name with its acronym in brackets and the
reverse, a party's short form, a generic name of a country's body), runs detection
and prints, per class, how many mentions unifying relinks or adds, and K of them.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.nlp import entities  # noqa: E402
from core.nlp.article_aliases import unify_spellings  # noqa: E402
from core.registry import FOUND_PREFIX, bundled_registry  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
_NAME = r"[\u4e00-\u9fff\u30a1-\u30faー・]"
PATTERNS = {
    "name (ACRONYM)": re.compile(_NAME + r"{2,}[(（][A-Z][A-Z0-9&\-]{1,9}[)）]"),
    "ACRONYM (name)": re.compile(r"[A-Z][A-Z0-9&\-]{1,9}[(（]" + _NAME + r"{3,}[)）]"),
    "party short form": re.compile(r"(?<![\u4e00-\u9fff])(?:自民|社民|公明|民主|共産|立民|民進)(?![党主化的国派政])"),
    "generic body name": re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30fa米])(?:民主党|共和党|国軍)"),
}


def sample(seed: int, wikinews: int, livedoor: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    wiki = sorted((SHARED / "wikinews" / "txt").glob("*.txt"))
    live = sorted(p for p in (SHARED / "livedoor" / "text").glob("*/*.txt") if p.name != "LICENSE.txt")
    picked = rng.sample(wiki, wikinews) + rng.sample(live, livedoor)
    out = []
    for path in picked:
        lines = path.read_text(encoding="utf-8").splitlines()
        body = "\n".join(lines[2:] if "wikinews" in str(path) else lines[3:])
        out.append((path.name, body))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wikinews", type=int, default=300)
    parser.add_argument("--livedoor", type=int, default=150)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--show", type=int, default=25)
    args = parser.parse_args()
    registry = bundled_registry()
    seen: list = []

    def record(folded, mentions, registry_, starts=None, ends=None, text=None):
        seen.append((folded, mentions, starts, ends, text))
        return mentions

    entities.unify_spellings = record  # detection as it was, then unifying on its output
    in_text, articles_with = Counter(), Counter()
    changes, examples = Counter(), []
    for name, body in sample(args.seed, args.wikinews, args.livedoor):
        for label, pattern in PATTERNS.items():
            hits = len(pattern.findall(body))
            in_text[label] += hits
            articles_with[label] += bool(hits)
        seen.clear()
        entities.detect(body, registry)
        folded, before, starts, ends, text = seen[0]
        after = unify_spellings(folded, before, registry, starts, ends, text)
        old = {(m.start, m.end): m for m in before}
        for mention in after:
            was = old.get((mention.start, mention.end))
            if was is not None and was.entity_id == mention.entity_id:
                continue
            surface = folded[mention.start : mention.end]
            if was is None:
                kind = "bare acronym added"
            elif mention.entity_id.startswith(FOUND_PREFIX) and not was.entity_id.startswith(FOUND_PREFIX):
                kind = "generic name unlinked"
            elif (registry.get(mention.entity_id) and registry.get(mention.entity_id).attributes.get("kind") == "party"
                  and not surface.endswith("党")):
                kind = "party short form linked"
            elif len(surface) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", surface) and not {
                    folded[mention.start - 1 : mention.start], folded[mention.end : mention.end + 1]} & set("(（"):
                kind = "generic name relinked"  # to the body the article writes with its country (ロ外務省 … 外務省)
            else:
                kind = "bracket spelling relinked"
            changes[kind] += 1
            context = folded[max(0, mention.start - 15) : mention.end + 10].replace("\n", " ")
            examples.append(f"{kind:26} {name:22} {surface} {was.entity_id if was else '-'} → {mention.entity_id}"
                            f"   …{context}…")
    total = args.wikinews + args.livedoor
    print(f"articles: {args.wikinews} Wikinews + {args.livedoor} livedoor (seed {args.seed})")
    for label in PATTERNS:
        print(f"  in the text: {label:20} {in_text[label]:4} times in {articles_with[label]:3}/{total} articles")
    for kind in ("bracket spelling relinked", "bare acronym added", "party short form linked", "generic name unlinked",
                 "generic name relinked"):
        print(f"  unifying: {kind:28} {changes[kind]:4} mentions")
    for line in random.Random(args.seed).sample(examples, min(args.show, len(examples))):
        print("   ", line)


if __name__ == "__main__":
    main()
