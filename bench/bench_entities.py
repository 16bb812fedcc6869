"""Entity detection speed, alone and as a ratio to fugashi tokenising the same text.

Texts: the livedoor corpus bodies (real Japanese news, general subjects) and the
seed article bodies repeated (diplomacy). Prints characters/s for fugashi alone
(surface and POS read, what detection reads) and for Kaidan's detection, and
the ratio of their times; the target is at most 1.5. --stages also prints the CPU
time of each stage detection calls (the tokeniser, the tagger's model, each rule
pass), most first, and the rule passes' total per million characters.

    python bench/bench_entities.py [--articles 2000] [--stages]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import types
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.cpu_time import cpu_timed  # noqa: E402
import core.nlp.entities  # noqa: E402
import core.nlp.tagger  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402
from core.nlp.tokens import keyed_writer, pieces, tagger, tokenize, writer  # noqa: E402

SHARED = ROOT.parent / "shared"


def livedoor_bodies(limit: int) -> list[str]:
    files = sorted(p for p in (SHARED / "corpus" / "livedoor" / "text").glob("*/*.txt")
                   if p.name != "LICENSE.txt")[:limit]
    return ["\n".join(f.read_text(encoding="utf-8").split("\n")[3:]) for f in files]


def seed_bodies(repeat: int) -> list[str]:
    gold = json.loads((SHARED / "gold" / "seed-cleaning.json").read_text(encoding="utf-8"))
    return ["\n".join(g["body_paragraphs"]) for g in gold.values()] * repeat


def timed(fn, texts) -> float:
    start = time.perf_counter()
    for text in texts:
        fn(text)
    return time.perf_counter() - start


def stage_times(texts: list[str], registry, reference: date) -> dict[str, float]:
    """CPU seconds of each function detection calls, over texts; the tagger's model apart from its rule pass."""
    totals: dict[str, float] = {}
    module = core.nlp.entities
    stages = {name: getattr(module, name) for name in module.detect.__code__.co_names
              if isinstance(getattr(module, name, None), types.FunctionType)}
    model_tag = core.nlp.tagger.Tagger.tag
    try:
        for name, stage in stages.items():
            setattr(module, name, cpu_timed(stage, name, totals))
        core.nlp.tagger.Tagger.tag = cpu_timed(model_tag, "(tagger model)", totals)
        began = time.process_time()
        for text in texts:
            module.detect(text, registry, reference)
        whole = time.process_time() - began
    finally:
        for name, stage in stages.items():
            setattr(module, name, stage)
        core.nlp.tagger.Tagger.tag = model_tag
    if "tagger_mentions" in totals:
        totals["tagger_mentions"] -= totals.get("(tagger model)", 0.0)  # its rules alone
    totals["(detect itself: merging, resolving)"] = whole - sum(totals.values())
    return totals


class _TimedCRF:
    """A CRFsuite tagger whose tag and marginal calls add their CPU seconds and their count to totals."""

    def __init__(self, crf, totals: dict[str, float], calls: dict[str, int]):
        self.tag = _counted(crf.tag, "CRFsuite tag", totals, calls)
        self.marginal = _counted(crf.marginal, "CRFsuite marginals", totals, calls)


def _counted(run, name: str, totals: dict[str, float], calls: dict[str, int]):
    timed_run = cpu_timed(run, name, totals)

    def wrapper(*args):
        calls[name] = calls.get(name, 0) + 1
        return timed_run(*args)
    return wrapper


def part_times(texts: list[str], tokenized: list[tuple], registry, model) -> dict[str, float]:
    """CPU seconds of the tokeniser and of MeCab's parse alone (its format, its pieces), of the tagger and of
    CRFsuite within it. The timer's own cost inside each timed call (read on calls that do nothing) is taken off.
    """
    fields_writer = keyed_writer()[0] if keyed_writer() else writer()  # as the tokeniser asks MeCab (entry keys, else features)
    totals: dict[str, float] = {}
    for name, step, items in (("MeCab parse", lambda t: [fields_writer.parse(t[a:b]) for a, b in pieces(t)], texts),
                              ("tokens", tokenize, texts),
                              ("tagger", lambda pair: model.tag(pair[0], pair[1], registry=registry), tokenized)):
        began = time.process_time()
        for item in items:
            step(item)
        totals[name] = time.process_time() - began
    calls: dict[str, int] = {}
    crf = model._crf
    model._crf = _TimedCRF(crf, totals, calls)
    try:
        for tokens, text in tokenized:
            model.tag(tokens, text, registry=registry)
    finally:
        model._crf = crf
    idle: dict[str, float] = {}
    nothing = cpu_timed(lambda *a: None, "idle", idle)
    for _ in range(100_000):
        nothing()
    for name, count in calls.items():
        totals[name] = max(totals[name] - count * idle["idle"] / 100_000, 0.0)
    return totals


def run(label: str, texts: list[str], stages: bool = False, parts: bool = False) -> None:
    registry = bundled_registry()
    tagger()
    chars = sum(map(len, texts))
    reference = date(2025, 7, 11)
    surface_pos = timed(lambda t: [(n.surface, n.feature_raw) for n in tagger()(t)], texts)
    named_pos = timed(lambda t: [(n.surface, n.feature.pos1, n.feature.pos2) for n in tagger()(t)], texts)
    tokens_only = timed(tokenize, texts)
    model = core.nlp.tagger.load()
    tokenized = [(tokenize(t), t) for t in texts]
    tagging = timed(lambda pair: model.tag(pair[0], pair[1], registry=registry), tokenized)
    detection = timed(lambda t: detect(t, registry, reference), texts)
    mentions = sum(len(detect(t, registry, reference)) for t in texts[:200])
    print(f"\n[{label}] {len(texts)} texts, {chars / 1e6:.2f} M characters")
    print(f"  fugashi, surface + POS      {chars / surface_pos / 1e3:8.0f} k chars/s  (raw feature string)")
    print(f"  fugashi, named POS fields   {chars / named_pos / 1e3:8.0f} k chars/s  (word.feature.pos1, pos2)")
    print(f"  Kaidan tokens (offsets)     {chars / tokens_only / 1e3:8.0f} k chars/s")
    print(f"  Kaidan tagger (over tokens) {chars / tagging / 1e3:8.0f} k chars/s  "
          f"({tagging / chars * 1e6:.2f} s per M chars; tokens {tokens_only / chars * 1e6:.2f})")
    print(f"  Kaidan entity detection     {chars / detection / 1e3:8.0f} k chars/s "
          f"({mentions} mentions in the first 200 texts)")
    print(f"  ratio detection / fugashi   {detection / surface_pos:8.2f}x  (raw features; target 1.5)")
    print(f"  ratio detection / fugashi   {detection / named_pos:8.2f}x  (named POS fields)")
    if parts:
        cpu = {name: seconds / chars * 1e6 for name, seconds in part_times(texts, tokenized, registry, model).items()}
        crf = cpu["CRFsuite tag"] + cpu["CRFsuite marginals"]
        print(f"  CPU s per M chars: tokens {cpu['tokens']:.2f} (MeCab's parse {cpu['MeCab parse']:.2f}, "
              f"Kaidan's {cpu['tokens'] - cpu['MeCab parse']:.2f}); tagger {cpu['tagger']:.2f} "
              f"(CRFsuite {crf:.2f}: tag {cpu['CRFsuite tag']:.2f}, marginals {cpu['CRFsuite marginals']:.2f}; "
              f"Kaidan's views, windows, features {cpu['tagger'] - crf:.2f})")
    if stages:
        totals = stage_times(texts, registry, reference)
        rules = sum(seconds for name, seconds in totals.items() if name not in ("tokenize", "(tagger model)"))
        print(f"  CPU by stage (rule passes {rules:.2f} s, {rules / chars * 1e6:.2f} s per M chars):")
        for name, seconds in sorted(totals.items(), key=lambda item: -item[1]):
            print(f"    {name:36s} {seconds:6.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--stages", action="store_true", help="CPU time of each stage of detection")
    parser.add_argument("--parts", action="store_true",
                        help="the tokeniser's and the tagger's time split into MeCab's, CRFsuite's and Kaidan's")
    args = parser.parse_args()
    run("diplomacy: seed bodies", seed_bodies(max(args.articles // 5, 1)), args.stages, args.parts)
    run("livedoor news", livedoor_bodies(args.articles), args.stages, args.parts)


if __name__ == "__main__":
    main()
