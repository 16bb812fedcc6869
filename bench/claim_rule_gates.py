"""What the claim rules tried on every sentence cost where they find nothing: each rule alone over every sentence.

Claim detection (core.claims.sentence_claims) tries a dozen rules on each sentence (positions, party_claims,
raised_views, hearsay, …), most of which find nothing in most sentences. Each of them first checks, in C, a word
every reading of its pattern needs (…によると/という for hearsay, ところ for told, 伝え|報じ|報道し for an outlet's
sentence, one of the verbs and nouns of position for positions) and returns where it is absent. This script runs
each rule bare over every sentence of N corpus articles (no entities: the gates and the patterns, not the holders),
least of --runs, and prints its CPU, the sentences where it found something and the share of claim detection
(core.claims.suggest, entities detected first) that is: the most a further gate on the rule could save. The rules
the stage tries only after others found nothing are run on every sentence here: an upper bound.

    python bench/claim_rule_gates.py --n 1000 [--runs 3]
"""

from __future__ import annotations

import argparse
import sys
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_speed import DEFAULT_CORPUS, corpus_texts  # noqa: E402
from bench.cpu_time import least_cpu  # noqa: E402


def _rules() -> dict:
    """Each rule as a call on (body, s_start, s_end), with no entities and nothing found before it."""
    from core.claims.clauses import clauses_told
    from core.claims.findings import findings
    from core.claims.hearsay import hearsay
    from core.claims.held_stances import held_stances
    from core.claims.introduced import introduced
    from core.claims.party_claims import party_claims
    from core.claims.positions import positions
    from core.claims.quotes import told
    from core.claims.raised import raised_views
    from core.claims.reports import announced, reported_before_as_claim

    return {
        "indirect (its clauses_told)": clauses_told,
        "held_stances": lambda b, s, e: held_stances(b, s, e, []),
        "positions": lambda b, s, e: positions(b, s, e, []),
        "introduced": introduced,
        "hearsay": lambda b, s, e: hearsay(b, [], s, e),
        "party_claims": lambda b, s, e: party_claims(b, [], s, e, []),
        "raised_views": lambda b, s, e: raised_views(b, s, e, []),
        "announced": announced,
        "findings": lambda b, s, e: findings(b, s, e, []),
        "told": told,
        # as after a sentence with no claim: the outlet's sentence is looked for
        "reported_before_as_claim": lambda b, s, e: reported_before_as_claim(b, s, e, (max(0, s - 30), s, False), []),
    }


def detected_articles(n: int, corpus: Path):
    """The registry and the first n bodies of corpus (repeated where it runs out), each with its entity mentions,
    as the claims stage receives them."""
    from core.analysis_limit import analysed_part
    from core.nlp import tagger as tagger_model
    from core.nlp.entities import detect
    from core.registry import bundled_registry

    registry, tagger = bundled_registry(), tagger_model.load()
    bodies = [analysed_part(text) for text in islice(cycle(corpus_texts(corpus)), n)]
    return registry, [(body, detect(body, registry, None, tagger=tagger)) for body in bodies]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3, help="runs of each; the least is printed")
    args = parser.parse_args(argv)
    from core.claims.line_breaks import joined_lines
    from core.claims.suggest import suggest
    from core.sentences import sentence_spans

    registry, articles = detected_articles(args.n, args.corpus)
    bodies = [body for body, _ in articles]
    stage = least_cpu(lambda: [suggest(body, mentions, None, registry) for body, mentions in articles], args.runs)
    sentences = [(body, s, e) for body in bodies for s, e in joined_lines(body, sentence_spans(body))]
    bare = least_cpu(lambda: [False for _ in sentences], args.runs)
    print(f"{len(bodies):,} articles, {len(sentences):,} sentences; claim detection {stage:.2f} s CPU")
    print(f"  {'rule':28s} {'CPU s':>7s} {'stage':>6s} {'found in':>9s}")
    total = 0.0
    for name, rule in _rules().items():
        cpu = max(0.0, least_cpu(lambda: [rule(*sentence) for sentence in sentences], args.runs) - bare)
        found = sum(1 for sentence in sentences if rule(*sentence))
        total += cpu
        print(f"  {name:28s} {cpu:7.3f} {cpu / stage:6.1%} {found:9,}")
    print(f"  {'all':28s} {total:7.3f} {total / stage:6.1%}")


if __name__ == "__main__":
    main()
