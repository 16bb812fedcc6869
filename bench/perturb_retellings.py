"""One meeting told again by another outlet without its day: does it join the record of the first telling, and
does a telling of weeks later stay apart? Measured on real sentences no rule was written for.

    python bench/perturb_retellings.py [--show 10] [--kinds visit]

Rule (no gold): the articles of bench/read_merges.py (Wikinews and livedoor news outside the held parts, with a
meeting word) are imported oldest first; every record of held talks or a call, dated by a day its words give,
told in one article, with two sides or more, whose day words stand in the meeting word's sentence, is told again
as an article of that sentence alone with the day words taken out (石破首相は10日、習主席と会談した →
石破首相は習主席と会談した), reported the day after the meeting (the same meeting: it should join the record) and
three weeks after it (told with no day weeks later, nothing says it is that meeting: it should stay apart); and
with 今月 for the day, reported that day (the one meeting of those sides that month: it should join), and with
先月 (a month before: it should stay apart). The partner is also taken out (習主席と, 習主席との: a telling lacking a
side, as when another outlet's partner is one Kaidan cannot read), when exactly one side is told as the partner
in the sentence: with its day, reported the day after (it should join), and with no day either, reported the day
after (it should join) and three weeks after (it should stay apart); read with the record's sides then means
read with some of them only. Each retelling is imported into a copy of the library. Counted:
retellings whose talks Kaidan reads with the record's
sides (the others say nothing of the merge rule), of those the ones Kaidan dates as the retelling's words say (by
the report only, or by the month; a retelling that keeps another day of its sentence, 2007年10月17日に行われた…, is
dated by that day), and the ones joined to the record. --kinds visit retells held visits instead (a visitor's visit
to a host another outlet tells with no day).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.read_merges import import_stories, stories  # noqa: E402
from core.meeting_gold_library import library_from_texts  # noqa: E402
from core.store import open_db  # noqa: E402
from core.store.meetings import meeting_records  # noqa: E402

# (the words put for the day, how many days after the meeting the retelling is reported, whether it should join,
# whether the partner is taken out: None keeps the day words as they are)
VARIANTS = {"no day, reported the day after": ("", 1, True, False), "no day, three weeks after": ("", 21, False, False),
            "今月, reported that day": ("今月", 0, True, False), "先月, reported that day": ("先月", 0, False, False),
            "no partner, its day, the day after": (None, 1, True, True),
            "no partner, no day, the day after": ("", 1, True, True),
            "no partner, no day, three weeks after": ("", 21, False, True)}


def retold(record: dict, bodies: dict, words_for_day: str | None = "", no_partner: bool = False) -> str | None:
    """The meeting word's sentence with its day words taken out (or put as words_for_day; kept when None), None
    when they are not in it; with no_partner, its partner taken out too (without_partner)."""
    mention = record["mentions"][0]
    body = bodies[mention["article_id"]]
    begin = max(body.rfind("\n", 0, mention["start"]) + 1, body.rfind("。", 0, mention["start"]) + 1)
    end = min(i for i in (body.find("。", mention["end"]), body.find("\n", mention["end"]), len(body)) if i >= 0)
    sentence = body[begin:end + 1].strip()
    words = record["date_text"]
    if not words or words not in sentence:
        return None
    if no_partner and (sentence := without_partner(sentence, record)) is None:
        return None
    if words_for_day is None:
        return sentence
    # the day words with what hangs on them: 10日(現地時間)、, 10日に, 10日に行われた
    return re.sub(re.escape(words) + r"(?:[(（]現地時間[)）])?(?:に、?|、)?", words_for_day and words_for_day + "、",
                  sentence, count=1)


def without_partner(sentence: str, record: dict) -> str | None:
    """The sentence with the one side told as the partner taken out (習主席と, 習主席との: 石破首相は10日、習主席と
    会談した → 石破首相は10日、会談した), the side named before it kept; None when not exactly one side is so
    told."""
    told = [p["name"] for p in record["participants"] if p["name"] and p["name"] in sentence]
    # the partner follows the other side (石破首相は…習主席と; not 石破首相と習主席は, two sides as one subject)
    partner = [name for name in told if re.search(re.escape(name) + r"[^、。「」とはがも]{0,8}との?", sentence)
               and any(sentence.index(other) < sentence.index(name) for other in told if other != name)]
    if len(partner) != 1 or len(told) < 2:
        return None
    return re.sub(re.escape(partner[0]) + r"[^、。「」とはがも]{0,8}との?", "", sentence, count=1)


def _sides(record: dict) -> set:
    return {p["entity_id"] or p["name"] for p in record["participants"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print that many retellings with what became of them")
    parser.add_argument("--kinds", default="talks,phone_call",
                        help="the kinds of held record retold (visit: a visitor's visit to a host, told with no day)")
    args = parser.parse_args()
    kinds = tuple(args.kinds.split(","))
    with tempfile.TemporaryDirectory() as scratch:
        library = Path(scratch) / "lib.db"
        _, bodies, _, records = import_stories(library, stories())
        cases = [(m, text) for m in records
                 if m["kind"] in kinds and m["status"] == "held" and m["precision"] == "day"
                 and len({x["article_id"] for x in m["mentions"]}) == 1 and len(m["participants"]) >= 2
                 and (text := retold(m, bodies))]
        counts = {when: [0, 0, 0] for when in VARIANTS}
        shown = 0
        for m, text in cases:
            for when, (words_for_day, days, _, no_partner) in VARIANTS.items():
                text = retold(m, bodies, words_for_day, no_partner)
                if text is None:
                    continue
                copy = Path(scratch) / "copy.db"
                shutil.copy(library, copy)
                day = (date.fromisoformat(m["start"][:10]) + timedelta(days=days)).isoformat()
                names = library_from_texts({"retelling": {"body": text,
                                                          "reference_date": day}}, copy)
                db = open_db(copy)
                new = [r for r in meeting_records(db)
                       if any(names.get(x["article_id"]) == "retelling" for x in r["mentions"])]
                db.close()
                # read with the record's sides (without its partner: with some of them only)
                read = [r for r in new if r["id"] == m["id"]
                        or (_sides(r) < _sides(m) if no_partner else _sides(r) == _sides(m))]
                joined = any(r["id"] == m["id"] for r in new)
                # dated as the retelling's words say: by the report only, by the month put for the day, by its day
                lent = any(r["start"] == m["start"] if words_for_day is None
                           else (r["precision"] == "days" and not r["date_text"]) if not words_for_day
                           else r["date_text"] == words_for_day for r in read) \
                    or joined and not any(r["date_text"] for r in new if r["id"] != m["id"])
                counts[when][0] += bool(read)
                counts[when][1] += bool(read) and lent
                counts[when][2] += joined
                if shown < args.show and days == 1:
                    shown += 1
                    print(f"#{m['id']} {m['start']} {sorted(_sides(m))}\n  {text}\n  joined: {joined}, "
                          f"read with its sides: {bool(read)}, dated by its report: {lent}")
    print(f"{len(cases)} records of held {'/'.join(kinds)} dated by their words, retold without the day "
          f"(or the partner)")
    for when, (read, lent, joined) in counts.items():
        should = "should join" if VARIANTS[when][2] else "should stay apart"
        print(f"  {when:<38} read with the record's sides {read:>3}, dated as its words say {lent:>3}, "
              f"joined to the record {joined:>3} ({should})")


if __name__ == "__main__":
    main()
