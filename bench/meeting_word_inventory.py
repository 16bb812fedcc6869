"""Words that may tell a meeting, on text no gold holds: how often each is written, and what Kaidan makes of it.

    python bench/meeting_word_inventory.py [--mentions WN.jsonl.mentions] [--livedoor DIR]
                                           [--livedoor-mentions LD.jsonl.mentions] [--sentences SENTENCES.jsonl]
                                           [--claims-dev] [--words 面会,対談,…] [--sample 3]

Each hit of a word in the Wikinews articles no gold holds (and, when given, the livedoor news articles and the
sentences of a JSON-lines file, one {"text": …} a line, as the stockmark Wikipedia NER data is written, and with
--claims-dev the claims gold's development articles no meetings or identity gold holds: diplomacy news) falls in one
class: no meeting word of Kaidan's there (the trigger list lacks it), a meeting word found but dropped (the gate,
function:line, counted), or read as a meeting mention. --sample prints that many sentences of each word and class,
the word marked, to judge by eye whether the word tells a meeting before adding it or opening a gate. Entities come
from bench/diff_meetings.py's caches when given (--mentions, --livedoor-mentions); otherwise they are detected for
the texts that hold a word.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_meetings import articles, livedoor_articles  # noqa: E402
from bench.gate_drops import _sentence, claims_dev_articles  # noqa: E402
from bench.meeting_steps import traced_detection  # noqa: E402
from core.dates import reference_date  # noqa: E402
from core.meetings.triggers import TRIGGER  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

# the verbs and nouns of meeting someone that diplomacy news writes (the inventory), and some near them
WORDS = ("会談", "面会", "懇談", "会食", "表敬", "接見", "謁見", "対談", "鼎談", "意見交換", "意見を交わ", "言葉を交わ",
         "電話で話", "招いて", "出迎え", "同席", "と会っ", "協議入り", "交渉入り", "交渉のテーブル", "会合", "党首討論",
         "夕食を", "昼食を", "握手", "相談し", "説明を受け", "契約を結")


def texts(mentions: Path | None, livedoor: Path | None, livedoor_mentions: Path | None,
          sentences: Path | None, claims_dev: bool = False) -> list[tuple[str, str, str | None, dict]]:
    """(source, key, body, date, entity cache) of each text no gold holds; with claims_dev, the claims gold's
    development articles no meetings gold holds as well (diplomacy news, its meetings never annotated)."""
    load = lambda path: pickle.loads(path.read_bytes()) if path is not None and path.exists() else {}  # noqa: E731
    cache = load(mentions)
    out = [("wikinews", key, body, date, cache) for key, body, date in articles(None)]
    if livedoor is not None:
        cache = load(livedoor_mentions)
        out += [("livedoor", key, body, date, cache) for key, body, date in livedoor_articles(livedoor, None)]
    if sentences is not None:
        lines = sentences.read_text(encoding="utf-8").splitlines()
        out += [("sentences", f"{sentences.stem}-{n}", json.loads(line)["text"] + "\n", None, {})
                for n, line in enumerate(lines, 1) if line.strip()]
    if claims_dev:
        out += [("claims-dev", key, body, date, {}) for key, body, date in claims_dev_articles()]
    return out


def inventory(rows, words: tuple[str, ...]) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """word → class → [(text key, sentence)]: each hit of each word, by what Kaidan made of it."""
    registry, pattern = bundled_registry(), re.compile("|".join(map(re.escape, words)))
    out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for source, key, body, date, cache in rows:
        hits = list(pattern.finditer(body))
        if not hits:
            continue
        triggers = list(TRIGGER.finditer(body))
        near = {hit.start(): [t for t in triggers if t.start() < hit.end() + 2 and hit.start() - 2 < t.end()]
                for hit in hits}
        if not any(near.values()):  # no meeting word at any hit: nothing to detect (most texts)
            for hit in hits:
                out[hit.group(0)]["no meeting word of Kaidan's"].append(
                    (f"{source} {key}", _sentence(body, hit.start(), hit.end())))
            continue
        reference = reference_date(date, None)
        found = cache[key] if key in cache else detect(body, registry, reference)
        detected, dropped = traced_detection(body, found, reference, registry)
        for hit in hits:
            start, end = hit.span()
            words_there = near[start]
            if any(m.start < end and start < m.end for m in detected):
                kind = "read as a meeting"
            elif words_there:
                gates = [g for t in words_there for g in dropped.get(t.start(), [])[:1]]
                kind = f"word found, dropped ({gates[0]})" if gates else "word found, no mention kept"
            else:
                kind = "no meeting word of Kaidan's"
            out[hit.group(0)][kind].append((f"{source} {key}", _sentence(body, start, end)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=Path, help="bench/diff_meetings.py's entity cache of the Wikinews articles")
    parser.add_argument("--livedoor", type=Path, help="the livedoor news corpus's text folder, read too")
    parser.add_argument("--livedoor-mentions", type=Path, help="bench/diff_meetings.py's entity cache of livedoor")
    parser.add_argument("--sentences", type=Path, help="a JSON-lines file of sentences ({\"text\": …}), read too")
    parser.add_argument("--claims-dev", action="store_true",
                        help="the claims gold's development articles no meetings gold holds too (diplomacy news)")
    parser.add_argument("--words", help="comma-separated words instead of the built-in list")
    parser.add_argument("--sample", type=int, default=3, help="sentences printed per word and class")
    args = parser.parse_args()
    words = tuple(args.words.split(",")) if args.words else WORDS
    found = inventory(texts(args.mentions, args.livedoor, args.livedoor_mentions, args.sentences, args.claims_dev), words)
    for word in words:
        classes = found.get(word, {})
        counts = Counter({kind: len(hits) for kind, hits in classes.items()})
        print(f"== {word}: {sum(counts.values())} hits" + "".join(f"; {k} {n}" for k, n in counts.most_common()))
        for kind, hits in sorted(classes.items()):
            for key, sentence in hits[:args.sample]:
                print(f"  [{kind}] {key} | {sentence}")


if __name__ == "__main__":
    main()
