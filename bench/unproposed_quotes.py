"""Quotes closed by a word of speech or thought that Kaidan proposes no claim for, over whole corpora (no gold).

    python bench/unproposed_quotes.py [--corpus wikinews,livedoor] [--limit N] [--sample 40] [--seed 0] [--only CLASS]
                                      [--mentions-wikinews M.pickle] [--mentions-livedoor M.pickle] [--texts DIR]

Every 「…」 followed by と, って, という or との and then a word is a quote told by that word. The words of
speech and thought are not listed by hand: the first verb or サ変 noun after the quote's particle (for という
and との the noun they qualify) is counted over the corpus, on quotes that are said words (a clause, a
sentence: not a name or a term), and every lemma used so at least --min times is one, save the small class
of words that name a thing rather than tell what someone said (呼ぶ, 名付ける, 題する, 称する: 「…」と呼ばれる
is a name) and the formal nouns (「…」という人, というもの). A quote is proposed when a claim proposal overlaps it; a proposed
one with no holder is counted apart. Each quote left is put in one class of why (the first that fits):
a question asked (a quote ending in ？, or told by 質問, 尋ねる, 聞く: no claim), the verb unknown (Kaidan
proposes no quote told with this word anywhere in the run), the quote in a
headline (its line has no sentence end), the quote over two sentences or lines, the subject a pronoun
or a title alone, the holder in the sentence before (nobody named in the quote's sentence), a person or
body named in the sentence but not taken, no subject found. Prints the counts, a fixed-seed sample of
--sample quotes left, and the figure: the share of quotes with a speech verb proposed (and with a holder).
Entities are detected once and kept in the --mentions files (created when missing).
"""

from __future__ import annotations

import argparse
import pickle
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_meetings import articles, livedoor_articles  # noqa: E402
from core.claims.suggest import suggest  # noqa: E402
from core.dates import reference_date  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.nlp.tokens import tokenize  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

LIVEDOOR = ROOT.parent / "shared" / "corpus" / "livedoor" / "text"
HOLDER_TYPES = ("PERSON", "ORG", "GPE")
# A quote and the particle that closes it
_QUOTE = re.compile(r"「(?P<text>[^「」]{1,400})」(?P<particle>という|との|って|と)")
# Words that name a thing, not tell what was said: 「…」と呼ばれる, 「…」と題した, 「…」という名前
NAMING = frozenset("呼ぶ 名付ける 題する 称する 銘打つ 命名 名前 名 タイトル 愛称 通称 名称 表記 記載 為る 成る 有る 居る 言う".split())
# Words of asking: a question put is no claim, counted in a class of its own
QUESTIONS = frozenset("質問 尋ねる 問う 問い 聞く 訊く 問い掛ける".split())
# Formal nouns a という/との clause describes, not words said: 「…」という人, 「…」というもの, 「…」とのこと is hearsay
# (kept); 行く is UniDic's reading of といった (such as: 「A」「B」といった声 is read by the noun after it)
FORMAL = frozenset("事 物 所 方 人 者 点 訳 様 行く 時 中 的".split())
# A quote that is a clause, not a name: it ends in a predicate or a sentence's end, or holds a comma
_ENDS = ("動詞", "形容詞", "助動詞", "助詞", "形状詞")
# A pronoun or a title alone as the clause's topic: 彼は, 同氏は, 首相は, 監督が
_PRONOUN_OR_TITLE = re.compile(
    r"(?:^|[、。\n])(?:彼女?|同氏|同社|同省|同国|同大統領|同首相|同相|本人|自身|[\u4e00-\u9fff]{0,4}"
    r"(?:首相|大統領|長官|大臣|外相|監督|社長|会長|議長|委員長|知事|市長|報道官|代表|主席|総書記|選手|容疑者|被告))(?:は|が|も)")


def clause_like(text: str) -> bool:
    """Whether a quote's text is said words (a clause, a sentence, an exclamation), not a name or a term."""
    if re.search(r"[、。！？!?…ー〜]$|[、。]", text):
        return True
    tokens = tokenize(text[-12:])
    return bool(tokens) and tokens[-1].pos.split(",")[0] in _ENDS


def lemma_after(after: str, particle: str) -> str | None:
    """The word that tells the quote: the first verb or サ変 noun after its particle; the noun a という/との qualifies."""
    if after.startswith("いった") or after.startswith("いう"):
        return None  # 「A」といった声: such as; 「…」という is the particle's
    for token in tokenize(after[:24]):
        fields = token.pos.split(",")
        if fields[0] in ("補助記号", "副詞", "接頭辞") or token.surface in ("強く", "改めて"):
            continue
        lemma = fields[7] if len(fields) > 7 else token.surface
        if fields[0] == "動詞" or (fields[0] == "名詞" and (fields[2] == "サ変可能" or particle in ("という", "との"))):
            return lemma
        if fields[0] == "助詞" and token.surface in ("の", "を", "は", "も", "が", "に"):
            continue
        return None
    return None


def sentence_span(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a quote at start…end: from the sentence end before it to the one after."""
    begin = max(body.rfind("。", 0, start), body.rfind("\n", 0, start)) + 1
    stops = [x for x in (body.find("。", end), body.find("\n", end)) if x >= 0]
    return begin, min(stops) + 1 if stops else len(body)


def why(body: str, start: int, end: int, holders: list, word: str, unknown: set) -> str:
    """The class of why a quote at start…end (the 「 to the 」) was left."""
    if body[end - 2 : end - 1] in "？?" or word in QUESTIONS:
        return "a question asked"
    if word in unknown:
        return "verb unknown"
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line = body[line_start : line_end if line_end >= 0 else len(body)]
    if "。" not in line.replace(body[start:end], "") and len(line) <= 80:
        return "quote inside a headline"
    inner = body[start + 1 : end - 1]
    if "\n" in inner or "。" in inner.rstrip("。！？!?"):
        return "quote over two sentences or lines"
    begin, stop = sentence_span(body, start, end)
    named = [m for m in holders if begin <= m.start < stop and not (start <= m.start < end)]
    if not named and _PRONOUN_OR_TITLE.search(body[begin:start]):
        return "subject a pronoun or title"
    if not named:
        end_before = begin
        while end_before > 0 and body[end_before - 1] in "。\n":
            end_before -= 1  # the sentence before ends at its 。 and the line's end
        before = max(body.rfind("。", 0, end_before), body.rfind("\n", 0, end_before)) + 1
        if any(before <= m.start < begin for m in holders):
            return "holder in the sentence before"
        return "no subject found"
    return "someone named in the sentence, not taken"


def corpus_articles(names: list[str], limit: int | None, texts: Path | None = None):
    """(corpus, key, body, date, headline) of every article of the named corpora outside every gold; with texts,
    of each plain-text article of that folder instead (a user's own newspaper pool: undated, no headline)."""
    if texts is not None:
        from bench.diff_meetings import text_articles
        for key, body, date in text_articles(texts, limit):
            yield "texts", key, body, date, None
        return
    for name in names:
        if name == "wikinews":
            from bench.diff_meetings import CORPUS
            for key, body, date in articles(limit):
                yield name, key, body, date, (CORPUS / f"{key}.txt").read_text(encoding="utf-8").split("\n", 1)[0].strip() or None
        else:
            for key, body, date in livedoor_articles(LIVEDOOR, limit):
                category = key.rsplit("-", 1)[0]
                lines = (LIVEDOOR / category / f"{key}.txt").read_text(encoding="utf-8").split("\n", 3)
                yield name, key, body, date, lines[2].strip() if len(lines) > 2 else None


def run(names: list[str], limit: int | None, caches: dict[str, Path | None], sample: int, seed: int, least: int,
        only: str | None = None, texts: Path | None = None) -> None:
    registry = bundled_registry()
    found = {n: (pickle.loads(caches[n].read_bytes()) if caches.get(n) and caches[n].exists() else {}) for n in names}
    sizes = {n: len(found[n]) for n in names}
    quotes = []  # (corpus, key, start, end, word, proposed, held)
    bodies = {}
    for name, key, body, date, title in corpus_articles(names, limit, texts):
        day = reference_date(date, None)
        if key not in found[name]:
            found[name][key] = detect(body, registry, day)
        mentions = found[name][key]
        proposals = suggest(body, mentions, day.isoformat() if day else None, registry, title=title)
        holders = [m for m in mentions if m.type in HOLDER_TYPES]
        for match in _QUOTE.finditer(body):
            start, end = match.start(), match.end("text") + 1
            word = lemma_after(body[match.end() :], match.group("particle"))
            if word is None or word in FORMAL or not clause_like(match.group("text")):
                continue
            hits = [c for c in proposals if c.start < end and c.end > start]
            quotes.append((name, key, start, end, word, bool(hits), any(c.holder_text or c.holder_entity_id for c in hits)))
        bodies[(name, key)] = (body, holders)
    for name in names:
        if caches.get(name) and len(found[name]) != sizes[name]:
            caches[name].write_bytes(pickle.dumps(found[name]))
    uses = Counter(q[4] for q in quotes)
    told = Counter(q[4] for q in quotes if q[5])
    speech = {w for w, n in uses.items() if n >= least and w not in NAMING}
    unknown = {w for w in speech if not told[w]}
    print(f"words of speech and thought (used after a quote at least {least} times; proposed of used):")
    print("  " + ", ".join(f"{w} {told[w]}/{uses[w]}" for w, _ in uses.most_common() if w in speech))
    spoken = [q for q in quotes if q[4] in speech]
    left = [q for q in spoken if not q[5]]
    unheld = [q for q in spoken if q[5] and not q[6]]
    for label, rows in (("quotes with a speech verb not proposed", left), ("proposed with no holder", unheld)):
        classes = Counter()
        by_class = defaultdict(list)
        for q in rows:
            body, holders = bodies[(q[0], q[1])]
            kind = why(body, q[2], q[3], holders, q[4], unknown)
            classes[kind] += 1
            by_class[kind].append(q)
        print(f"{label}: {len(rows)}")
        for kind, n in classes.most_common():
            print(f"  {kind:42} {n}")
        if label.startswith("quotes"):
            random.seed(seed)
            pool = by_class[only] if only else rows
            print(f"sample of {min(sample, len(pool))} (seed {seed}{', ' + only if only else ''}):")
            for q in sorted(random.sample(pool, min(sample, len(pool))), key=lambda r: (r[1], r[2])):
                body, holders = bodies[(q[0], q[1])]
                begin, stop = sentence_span(body, q[2], q[3])
                sentence = body[max(begin, q[2] - 80) : min(stop, q[3] + 40)].replace("\n", " / ")
                print(f"  {q[1]} [{why(body, q[2], q[3], holders, q[4], unknown)}] {q[4]} | {sentence}")
    for name in names:
        rows = [q for q in spoken if q[0] == name]
        if rows:
            print(f"{name}: quotes with a speech verb {len(rows)}; proposed {sum(q[5] for q in rows) / len(rows):.3f}; "
                  f"proposed with a holder {sum(q[6] for q in rows) / len(rows):.3f}")
    share = sum(q[5] for q in spoken) / len(spoken) if spoken else 0.0
    held = sum(q[6] for q in spoken) / len(spoken) if spoken else 0.0
    print(f"quotes with a speech verb proposed: {share:.3f} ({sum(q[5] for q in spoken)}/{len(spoken)}); "
          f"proposed with a holder: {held:.3f}")


def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    """The corpora read and where their entities are cached (this bench's and bench/quotes_left.py's)."""
    parser.add_argument("--corpus", default="wikinews,livedoor", help="wikinews, livedoor or both, comma-separated")
    parser.add_argument("--limit", type=int, help="the first N articles of each corpus")
    parser.add_argument("--mentions-wikinews", type=Path, help="where Wikinews entities are cached")
    parser.add_argument("--mentions-livedoor", type=Path, help="where livedoor entities are cached")
    parser.add_argument("--texts", type=Path, help="a folder of plain-text articles read instead of the corpora")


def corpus_choice(args) -> tuple[list[str], dict[str, Path | None]]:
    """The corpora named and their entity caches, from add_corpus_arguments' options."""
    if args.texts is not None:
        return ["texts"], {"texts": None}
    return [n for n in args.corpus.split(",") if n], {"wikinews": args.mentions_wikinews,
                                                        "livedoor": args.mentions_livedoor}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_arguments(parser)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--min", type=int, default=8, help="uses after a quote that make a word one of speech")
    parser.add_argument("--only", help="sample the quotes left of this class only (e.g. 'verb unknown')")
    args = parser.parse_args()
    names, caches = corpus_choice(args)
    run(names, args.limit, caches, args.sample, args.seed, args.min, args.only, args.texts)


if __name__ == "__main__":
    main()
