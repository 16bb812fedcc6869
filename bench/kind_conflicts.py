"""How often one name takes two kinds in one article, on news no gold holds.

    python bench/kind_conflicts.py [--wikinews N] [--livedoor N] [--seed S] [--show K] [--dump FILE]

Draws N Wikinews and N livedoor articles at random (seed S) among those no gold
holds, runs detection and counts the articles where one exact surface is read as
two kinds or more (per pair of kinds; GPE and LOC count as one kind, a place),
and the katakana common nouns read as a person right before an office word
(ブロック知事会議). --show prints K of each; --dump writes every mention found
(article, start, surface, kind, source) to compare two versions.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.pick_claims_draw import gold_ids, livedoor_body  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.nlp.offices import OFFICE_WORDS  # noqa: E402
from core.nlp.tokens import tokenize  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
_KATAKANA = re.compile(r"[\u30a1-\u30faー・]+")
_HONORIFICS = ("氏", "さん", "夫人")


def sample(seed: int, wikinews: int, livedoor: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    held = gold_ids()
    wiki = [p for p in sorted((SHARED / "wikinews" / "txt").glob("wn-*.txt")) if p.stem not in held]
    live = [p for p in sorted((SHARED / "livedoor" / "text").glob("*/*.txt"))
            if p.name != "LICENSE.txt" and p.stem not in held]
    out = []
    for path in rng.sample(wiki, wikinews):
        out.append((path.stem, "\n".join(path.read_text(encoding="utf-8").splitlines()[3:])))
    for path in rng.sample(live, livedoor):
        out.append((path.stem, livedoor_body(path.read_text(encoding="utf-8").splitlines())))
    return out


def _kind(kind: str) -> str:
    return "PLACE" if kind in ("GPE", "LOC") else kind


def _common_katakana(text: str, mention) -> bool:
    """A katakana person right before an office word, one word UniDic knows as a common noun (ブロック知事)."""
    surface = text[mention.start : mention.end]
    if mention.type != "PERSON" or not _KATAKANA.fullmatch(surface):
        return False
    if not any(text.startswith(word, mention.end) for word in OFFICE_WORDS if word not in _HONORIFICS):
        return False
    tokens = tokenize(surface)
    return len(tokens) == 1 and not tokens[0].unknown and ",普通名詞," in tokens[0].pos


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wikinews", type=int, default=200)
    parser.add_argument("--livedoor", type=int, default=200)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()
    registry = bundled_registry()
    pairs: Counter = Counter()
    articles = mixed = 0
    shown: list[str] = []
    office: list[str] = []
    dump = []
    for name, body in sample(args.seed, args.wikinews, args.livedoor):
        articles += 1
        mentions = detect(body, registry, None)
        kinds: dict[str, set] = defaultdict(set)
        for m in mentions:
            if m.type != "DATE":
                kinds[body[m.start : m.end]].add(_kind(m.type))
            if _common_katakana(body, m):
                office.append(f"{name}: {body[max(0, m.start - 10) : m.end + 8]!r} {body[m.start:m.end]}")
        dump += [{"article": name, "start": m.start, "surface": body[m.start : m.end], "type": m.type,
                  "source": m.source} for m in mentions]
        two = {s: k for s, k in kinds.items() if len(k) > 1}
        if two:
            mixed += 1
        for surface, found in two.items():
            for a in sorted(found):
                for b in sorted(found):
                    if a < b:
                        pairs[(a, b)] += 1
            shown.append(f"{name}: {surface} {sorted(found)}")
    print(f"articles: {args.wikinews} Wikinews + {args.livedoor} livedoor in no gold (seed {args.seed})")
    print(f"articles with a surface of two kinds or more: {mixed}; surfaces: {len(shown)}")
    for (a, b), n in pairs.most_common():
        print(f"  {a}/{b}: {n}")
    print(f"katakana common nouns read as a person before an office word: {len(office)}")
    for line in shown[: args.show] + office[: args.show]:
        print("   ", line)
    if args.dump:
        args.dump.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in dump) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
