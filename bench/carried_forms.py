"""How often the forms that carry a meeting's side across sentences occur, and what Kaidan reads there.

    python bench/carried_forms.py --mentions A.jsonl.mentions [--livedoor LIVEDOOR_TEXT_DIR | --texts DIR] [--dev]
                                  [--show FORM]

Japanese news names a side once and goes on without it: 両首脳は / 両外相は (the two named before), 同氏は / 同外相は
(the one named before), a bare title as subject (首相は, 長官は), a line opening on the meeting right after a line
telling a visit (韓国を訪問した。\\n9日に首脳会談を行う), a sentence with no subject before its meeting word. For each
sentence holding a meeting word in one of these forms, the tool counts the sides Kaidan reads on the meeting words
there (none, one, two or more) and whether a proposal holds them. The pool is the Wikinews articles no gold holds
(entities from bench/diff_meetings.py's cache, --mentions), with --livedoor the livedoor news articles instead, with
--texts any folder of plain-text articles (a pool of newspaper diplomacy news, which writes these forms most), and
with --dev the development articles of the meetings gold too (never a held one). --show FORM prints each sentence
of that form with the one before it, to read by eye.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_meetings import gold_free_pool  # noqa: E402
from core.dates import reference_date  # noqa: E402
from core.meetings.detect import detect_meetings  # noqa: E402
from core.meetings.plan import plan_meetings  # noqa: E402
from core.meetings.triggers import TRIGGER  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402
from core.sentences import sentence_spans  # noqa: E402

GOLD = ROOT / "tests" / "fixtures" / "wikinews_gold" / "meetings.json"
_OFFICE = r"(?:首相|大統領|国家主席|主席|外相|国務長官|長官|国防相|防衛相|首脳|総理|総統|代表|委員長|議長|大使|次官)"
FORMS = {
    "count subject (両首脳は)": re.compile(r"(?<![\u4e00-\u9fff])(?:両|[2-9２-９二三四五六七八九])" + _OFFICE + r"?(?:氏|者)?(?:は|が)"),
    "referring subject (同氏は)": re.compile(r"(?<![\u4e00-\u9fff])同(?:氏|" + _OFFICE + r")(?:は|が)"),
    "bare title subject (首相は)": re.compile(r"^(?:[0-9０-９]{1,2}日、?)?" + _OFFICE + r"(?:は|が)"),
    "after a visit line": None,
    "no subject before the word": None,
}
_VISIT = re.compile(r"訪問|訪れ|来日|訪日|訪米|訪中|訪韓|訪朝|訪ロ|訪露|入りし|入りした|到着")
_SUBJECT = re.compile(r"(?<![にでと])(?:は|が)")


def _forms(body: str, spans, index: int, word_at: int) -> list[str]:
    """The forms the sentence at index shows before its meeting word at word_at."""
    s_start, _ = spans[index]
    head = body[s_start:word_at]
    found = [name for name, pattern in FORMS.items() if pattern is not None and pattern.search(head)
             and (not name.startswith("bare") or pattern.match(head))]
    if index > 0 and "\n" in body[spans[index - 1][1]:s_start + 1] and _VISIT.search(
            body, *spans[index - 1]) and not _SUBJECT.search(head):
        found.append("after a visit line")
    if not _SUBJECT.search(head):
        found.append("no subject before the word")
    return found


def _readings(key: str, body: str, mentions, published, registry) -> list[tuple[str, str, str, str]]:
    """(form, sides read, proposed or not, the sentences) for each meeting word of a carrying form."""
    reference = reference_date(published, None)
    detected = [m for m in detect_meetings(body, mentions, reference, registry) if not m.cited]
    if not detected:
        return []
    proposed = {m.start for p in plan_meetings(body, mentions, published, None, registry).proposals
                for m in p.mentions}
    spans = sentence_spans(body)
    out = []
    for mention in detected:
        index = next((i for i, (a, b) in enumerate(spans) if a <= mention.start < b), None)
        if index is None or TRIGGER.search(body, spans[index][0], mention.start):
            continue  # (the sentence's first meeting word only: a later one reads the earlier clause)
        sides = len(mention.participants)
        read = "none" if sides == 0 else "one" if sides == 1 else "two or more"
        told = body[spans[index - 1][0]:spans[index][1]] if index else body[slice(*spans[index])]
        for form in _forms(body, spans, index, mention.start):
            out.append((form, read, "proposed" if mention.start in proposed else "not proposed",
                        f"{key} {mention.text}: {told}"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=Path, help="bench/diff_meetings.py's entity cache of the same pool")
    parser.add_argument("--livedoor", type=Path, help="the livedoor news corpus's text folder, read instead of Wikinews")
    parser.add_argument("--texts", type=Path, help="a folder of plain-text articles (*.txt), read instead of Wikinews")
    parser.add_argument("--dev", action="store_true", help="the meetings gold's development articles too")
    parser.add_argument("--show", help="print each sentence of this form (its name's first word: count, referring…)")
    args = parser.parse_args()
    registry = bundled_registry()
    cache = pickle.loads(args.mentions.read_bytes()) if args.mentions and args.mentions.exists() else {}
    drawn = gold_free_pool(args.livedoor, args.texts)
    pool = [("gold-free", *a) for a in drawn]
    if args.dev:
        gold = json.loads(GOLD.read_text(encoding="utf-8"))["articles"]
        pool += [("dev", k, a["body"], a.get("reference_date")) for k, a in sorted(gold.items()) if a["part"] == "dev"]
    counts: Counter = Counter()
    for part, key, body, published in pool:
        if not TRIGGER.search(body):
            continue
        mentions = cache.get(key) if part == "gold-free" else None
        if mentions is None:
            mentions = detect(body, registry, reference_date(published, None))
        for form, read, proposed, told in _readings(key, body, mentions, published, registry):
            counts[(part, form, read, proposed)] += 1
            if args.show and form.startswith(args.show):
                print(f"[{part}; {read}; {proposed}] {told}".replace("\n", " / "))
    for part in ("gold-free", "dev"):
        for form in FORMS:
            row = {k[2:]: v for k, v in counts.items() if k[0] == part and k[1] == form}
            if row:
                total = sum(row.values())
                told = ", ".join(f"{read} {proposed} {n}" for (read, proposed), n in sorted(row.items()))
                print(f"{part:9} {form:28} {total:5}  sides read: {told}")


if __name__ == "__main__":
    main()
