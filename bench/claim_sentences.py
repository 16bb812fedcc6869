"""How much of the claims pass goes to sentences that hold no claim: the most that skipping them could save.

Takes the N articles of bench/bench_speed.py as an import hands them to its workers (bench/worker_stages.py),
runs a worker's analysis over them once to catch what the claims pass is given (core.claims.suggest: the
analysed text, its mentions, its day, its title), then times, in this process, CPU, least of --runs:
the whole claims pass; its sentence reader (core.claims.sentence_claims.read_sentences) over every sentence;
the same reader handed only the sentences a claim was read in (a sentence that holds no claim skipped as if
an oracle knew it: the bound of any skipping of sentences, however they are told apart); and each rule the
reader tries on every sentence, called over the sentences that hold no claim (what each costs there, its own
check for its words included). Nothing is written outside a temporary folder.

    python bench/claim_sentences.py --n 1000 [--runs 3]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import core.claims.sentence_claims as reader  # noqa: E402
import core.import_analysis as analysis  # noqa: E402
import core.import_cleaning as cleaning  # noqa: E402
import core.parallel  # noqa: E402
from bench.bench_speed import DEFAULT_CORPUS  # noqa: E402
from bench.cpu_time import least_cpu  # noqa: E402
from bench.worker_stages import handed_to_workers, received  # noqa: E402
from core.claims.candidate import HOLDER_TYPES  # noqa: E402
from core.claims.quote_marks import as_corner_quotes  # noqa: E402
from core.claims.seats import Seats  # noqa: E402
from core.clauses.spans import SpanIndex  # noqa: E402
from core.nlp import tagger as tagger_model  # noqa: E402
from core.parallel import Detector  # noqa: E402
from core.pool_chunks import CHUNK  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

# The rules read_sentences tries on a sentence before it knows whether it holds a claim, called as it calls them
# with nothing found yet: (name, call with body, sentence start and end, its mentions, the holder index, the
# sentences, the sentence's place among them).
RULES = (
    ("direct", lambda b, s, e, p, x, sp, i: reader.direct(b, s, e, p)),
    ("announced", lambda b, s, e, p, x, sp, i: reader.announced(b, s, e)),
    ("introduced", lambda b, s, e, p, x, sp, i: reader.introduced(b, s, e)),
    ("said_after", lambda b, s, e, p, x, sp, i: reader.said_after(b, s, e)),
    ("captioned", lambda b, s, e, p, x, sp, i: reader.captioned(b, s, e, p)),
    ("verbless", lambda b, s, e, p, x, sp, i: reader.verbless(b, s, e, p)),
    ("said_next", lambda b, s, e, p, x, sp, i: reader.said_next(b, s, e, sp[i + 1 : i + 5])),
    ("continued", lambda b, s, e, p, x, sp, i: reader.continued(b, s, e, *sp[i + 1]) if i + 1 < len(sp) else []),
    ("closing_quote", lambda b, s, e, p, x, sp, i: reader.closing_quote(b, s, e, [], p)),
    ("told", lambda b, s, e, p, x, sp, i: reader.told(b, s, e)),
    ("indirect", lambda b, s, e, p, x, sp, i: reader.indirect(b, p, x, s, e)),
    ("hearsay", lambda b, s, e, p, x, sp, i: reader.hearsay(b, p, s, e)),
    ("speaker_after", lambda b, s, e, p, x, sp, i: reader.speaker_after(b, s, e, p)),
    ("voices", lambda b, s, e, p, x, sp, i: reader.voices(b, s, e, None)),
    ("positions", lambda b, s, e, p, x, sp, i: reader.positions(b, s, e, [])),
    ("findings", lambda b, s, e, p, x, sp, i: reader.findings(b, s, e, [])),
    ("party_claims", lambda b, s, e, p, x, sp, i: reader.party_claims(b, p, s, e, [])),
    ("raised_views", lambda b, s, e, p, x, sp, i: reader.raised_views(b, s, e, [])),
    ("remarks", lambda b, s, e, p, x, sp, i: reader.remarks(b, s, e, p, [])),
    ("cited titles (TITLE)", lambda b, s, e, p, x, sp, i: list(reader.TITLE.finditer(b, s, e))),
    ("reported_before_as_claim", lambda b, s, e, p, x, sp, i: reader.reported_before_as_claim(b, s, e, (s, s, False), [])),
    ("headline_quote", lambda b, s, e, p, x, sp, i: reader.headline_quote(b, s, e, p)),
    ("(a call doing nothing)", lambda b, s, e, p, x, sp, i: None),
)


def claims_inputs(pages: list[bytes]) -> list[tuple]:
    """(text, mentions, day, title) of each article as a worker hands them to the claims pass."""
    caught = []
    suggest = analysis.suggest

    def catch(text, found, day, registry, *, title=None):
        caught.append((text, found, day, title))
        return suggest(text, found, day, registry, title=title)

    analysis.suggest = catch
    try:
        articles = received(pages)
        for first in range(0, len(articles), CHUNK):
            cleaning.clean_and_work_many(articles[first : first + CHUNK])
    finally:
        analysis.suggest = suggest
    return caught


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3, help="runs of each figure; the least is printed")
    args = parser.parse_args(argv)
    pages = handed_to_workers(args.n, args.corpus)
    registry = bundled_registry()
    core.parallel._WORKER = Detector(registry, tagger_model.load(), None)
    analysis.warm(core.parallel._WORKER)
    inputs = claims_inputs(pages)
    read = [(as_corner_quotes(text), found, Seats(registry, day)) for text, found, day, _ in inputs]
    claims = [reader.read_sentences(*item) for item in read]
    sentences, with_claims, idle = {}, {}, []
    for (body, found, _), out in zip(read, claims):
        spans = sentences[body] = reader.joined_lines(body, reader.sentence_spans(body))
        index = SpanIndex(found, HOLDER_TYPES)
        held = with_claims[body] = [(s, e) for s, e in spans if any(s <= c.start < e or s < c.end <= e for c in out)]
        idle += [(body, s, e, index.within(s, e), index, spans, i) for i, (s, e) in enumerate(spans) if (s, e) not in held]

    def whole_pass():
        for text, found, day, title in inputs:
            analysis.suggest(text, found, day, registry, title=title)

    def reader_over(spans_of):
        def run():
            joined = reader.joined_lines
            reader.joined_lines = lambda body, spans: spans_of[body]
            try:
                for item in read:
                    reader.read_sentences(*item)
            finally:
                reader.joined_lines = joined
        return run

    count = sum(map(len, sentences.values()))
    print(f"{len(inputs):,} articles, {count:,} sentences, {count - len(idle):,} with a claim read in them; "
          f"CPU seconds, least of {args.runs}")
    every, only = least_cpu(reader_over(sentences), args.runs), least_cpu(reader_over(with_claims), args.runs)
    print(f"  claims pass (suggest)                                 {least_cpu(whole_pass, args.runs):6.3f}")
    print(f"  its sentence reader, every sentence                   {every:6.3f}")
    print(f"  the same, only the sentences with a claim             {only:6.3f}")
    print(f"  the most skipping sentences with no claim could save  {every - only:6.3f}")
    print(f"rules tried on the {len(idle):,} sentences with no claim, each over all of them:")
    costs = [(least_cpu(lambda rule=rule: [rule(*item) for item in idle], args.runs), name) for name, rule in RULES]
    for seconds, name in sorted(costs, reverse=True):
        print(f"  {name:<30} {seconds:6.3f}")
    print(f"  {'(all the rules)':<30} {sum(s for s, n in costs if not n.startswith('(a call')):6.3f}")


if __name__ == "__main__":
    main()
