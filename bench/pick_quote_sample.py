"""Which articles the quote sample (bench/quote_draws.jsonl) covers: a fixed rule and seed, not an eye.

An article qualifies when no gold holds it (bench.pick_claims_draw.gold_ids, and bench/holder_draws.jsonl),
its body holds a 「…」 quote followed by と within 40 characters, and it is between MIN_CHARS and MAX_CHARS
long. Three sources, drawn apart so that no one kind of writing fills the sample: Wikinews (any subject),
the livedoor news corpus (every category) and the shared development pages of the tuning part (the body
their cleaning gold marks). The drawn articles are split once into a tuning part and a part held aside:
every third article of a source, in draw order, is held aside.

    python bench/pick_quote_sample.py WIKINEWS_TXT LIVEDOOR_TEXT PAGES_DIR [--seed 1913] [--count 18,16,8] [--crowded]
        [--speech] [--bodies]

Prints one JSON line per drawn article (id, source, part, title, reference_date, body), to be written
out as the sample's gold once each quote's claim and holder are read.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.eval_pages import held_aside  # noqa: E402
from bench.pick_claims_draw import gold_ids, livedoor_body  # noqa: E402

MIN_CHARS, MAX_CHARS = 300, 1500
QUOTE_THEN_TO = re.compile(r"「[^「」]{4,}」[^。\n]{0,40}と")
# --crowded: two or more people or bodies named (a title or kind word with a particle) within the
# CROWD_SPAN characters before one such quote: the articles where a holder must be chosen among names
NAMED = re.compile(r"(?:氏|首相|大統領|長官|大臣|外相|報道官|議員|知事|市長|社長|会長|監督|選手|容疑者|被告|代表"
                   r"|委員長|総裁|省|庁|政府|当局|党|協会|警察|地検|裁判所)(?:は|が|に|の|も|と|へ|から)")
CROWD_SPAN = 150
CROWDED = False
# --speech: any sentence of reported speech, quoted or not (…と述べた, …との認識を示した, …と報じた): the articles
# where a statement's form must be read, not only a quote's
SPEECH = re.compile(r"と(?:述べ|語っ|語り|話し|指摘し|強調し|主張し|説明し|明らかにし|コメントし|発表し|報じ|伝え)"
                    r"|との(?:認識|考え|見方|見解|声明|方針|意向|談話|コメント)を")
SPEECH_ONLY = False
# --bodies: a body, a company, a spokesperson or an imperial family member as the subject (は/が) or the source
# (によると) within CROWD_SPAN characters before one such quote, or a body's announcement verb after it: the
# articles where the speaker is no person named by a full name
BODY_SPEAKER = re.compile(r"(?:社|省|庁|党|局|報道官|陛下|殿下|政府|当局|協会|連盟|機構|委員会|銀行|組合|大学)"
                          r"(?:は|が|側は|によると|によれば)")
BODY_VERB = re.compile(r"」[^。\n]{0,40}と(?:発表|公表|明らかに|コメント)")
BODIES = False


def _taken() -> set[str]:
    ids = gold_ids()
    for path in (ROOT / "bench").glob("*_draws.jsonl"):
        ids |= {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line}
    return ids


def _crowded(body: str) -> bool:
    return any(len(NAMED.findall(body[max(0, m.start() - CROWD_SPAN):m.start()])) >= 2
               for m in QUOTE_THEN_TO.finditer(body))


def _bodies(body: str) -> bool:
    return bool(BODY_VERB.search(body)) or any(
        BODY_SPEAKER.search(body[max(0, m.start() - CROWD_SPAN):m.start()]) for m in QUOTE_THEN_TO.finditer(body))


def _fits(body: str) -> bool:
    if not MIN_CHARS <= len(body) <= MAX_CHARS:
        return False
    if SPEECH_ONLY:
        return bool(SPEECH.search(body))
    return (bool(QUOTE_THEN_TO.search(body)) and (not CROWDED or _crowded(body))
            and (not BODIES or _bodies(body)))


def wikinews(corpus: Path, taken: set[str]) -> list[dict]:
    out = []
    for path in sorted(corpus.glob("wn-*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        body = "\n".join(lines[3:]).strip() + "\n"
        if path.stem not in taken and _fits(body):
            out.append({"id": path.stem, "source": "wikinews", "title": lines[0].strip(),
                        "reference_date": lines[1].strip()[:10], "body": body})
    return out


def livedoor(corpus: Path, taken: set[str]) -> list[dict]:
    out = []
    for path in sorted(corpus.glob("*/*-*.txt")):
        if path.name == "LICENSE.txt":
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        body = livedoor_body(lines)
        if path.stem not in taken and _fits(body):
            out.append({"id": path.stem, "source": "livedoor", "title": lines[2].strip(),
                        "reference_date": lines[1].strip()[:10], "body": body})
    return out


def pages(folder: Path, taken: set[str]) -> list[dict]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    out = []
    for name in sorted(n for n in gold if not held_aside(n) and n.removesuffix(".txt") not in taken):
        item = gold[name]
        body = "\n".join(p.strip().lstrip("\u3000") for p in item["body_paragraphs"]) + "\n"
        if _fits(body):
            out.append({"id": name.removesuffix(".txt"), "source": "pages", "title": item["title"],
                        "reference_date": (item.get("published") or "")[:10], "body": body})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wikinews", type=Path)
    parser.add_argument("livedoor", type=Path)
    parser.add_argument("pages", type=Path)
    parser.add_argument("--seed", type=int, default=1913)
    parser.add_argument("--count", default="18,16,8", help="articles drawn from Wikinews, livedoor, the pages")
    parser.add_argument("--crowded", action="store_true",
                        help="only articles naming two or more people or bodies just before a quote")
    parser.add_argument("--speech", action="store_true",
                        help="articles with any reported speech, quoted or not, instead of a quote followed by と")
    parser.add_argument("--bodies", action="store_true",
                        help="only articles where a body, a company, a spokesperson or an imperial family member "
                             "speaks near a quote")
    args = parser.parse_args()
    global CROWDED, SPEECH_ONLY, BODIES
    CROWDED, SPEECH_ONLY, BODIES = args.crowded, args.speech, args.bodies
    taken = _taken()
    pools = (wikinews(args.wikinews, taken), livedoor(args.livedoor, taken), pages(args.pages, taken))
    rng = random.Random(args.seed)
    for pool, count in zip(pools, (int(c) for c in args.count.split(","))):
        for n, item in enumerate(rng.sample(pool, min(count, len(pool)))):
            print(json.dumps({**item, "part": "aside" if n % 3 == 2 else "tune"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
