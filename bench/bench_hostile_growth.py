"""Hostile texts at n, 2n and 4n: CPU seconds of claim and meeting detection, to find readers that grow faster.

Each form is one sentence with no 。 packed with one phrase (quotes, meeting words, stances, topics は/が…),
written at n, 2n and 4n characters (4n stays under core.sentences.LONGEST, so it is still one sentence) and
repeated until every page is about as long; then the same real Wikinews text with no 。 and no line break at
all at n, 2n and 4n pages, and that text with its 。 kept but no line break (one line: the readers that look back
to a line's start). The µs/char columns stay flat when the work grows with the text; a column that
doubles with n is a reader whose cost grows with the square of its sentence (or page).
tests/reliability/test_hostile_growth.py counts the work of the readers this bench found.

    python bench/bench_hostile_growth.py [--n 450] [--page 20000] [--profile FORM]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.claims.suggest import suggest  # noqa: E402
from core.meetings.detect import detect_meetings  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews" / "txt"

# form: (what opens the sentence, the phrase repeated, what closes it)
FORMS = {
    "quotes": ("", "「交渉を続ける」と述べ、", "述べた。"),
    "quoted visits": ("「", "訪米", "」と述べた。"),
    "quoted trips": ("首相は「", "中国を訪問し、", "」と語った。"),
    "people meet": ("", "岸田首相とバイデン大統領が会談し、", "述べた。"),
    "stances": ("", "日本政府は中国の方針に反対し、", "述べた。"),
    "states": ("「説明した」", "野党は反対しており、", "と伝えた。"),
    "raised": ("", "米国は懸念を示し、", "述べた。"),
    "topics": ("", "首相は、外相が", "述べた。"),
    "reported": ("", "外相は協力すると述べ、", "述べた。"),
    "visits told": ("", "首相が訪問した際、", "述べた。"),
    "own verbs": ("菅官房長官は", "「申し訳ないと言わざるを得ない」と陳謝し、", "述べた。"),
    "speech clauses": ("", "「勝ちたい」と切り出した澤は、", "述べた。"),
    "speaker line": ("影山：はい。\n影山：", "私は新しい車を作りたいと考えていて、", "語った。"),
    "meetings held": ("", "会談が開かれ、日本と中国は", "述べた。"),
    "attendees": ("外相会合には、", "林外相と", "ブリンケン国務長官らが出席した。"),
}


def sentence(form: str, length: int) -> str:
    """One sentence of about length characters packed with the form's phrase (no 。 before its end)."""
    opening, phrase, closing = FORMS[form]
    return opening + phrase * max(1, (length - len(opening) - len(closing)) // len(phrase)) + closing


def flat_text(size: int, stops: bool = False) -> str:
    """Real Wikinews text of size characters with no 。 (stops: its 。 kept) and no line break: one run-on page."""
    parts, total = [], 0
    for path in sorted(WIKINEWS.glob("wn-*.txt")):
        body = path.read_text(encoding="utf-8").split("\n", 3)[-1]
        parts.append(body)
        total += len(body)
        if total >= size:
            break
    text = "、".join(parts).replace("\n", "、")
    return (text if stops else text.replace("。", "、"))[:size]


def timed(body: str, registry) -> tuple[float, float, int, int]:
    """(claims CPU s, meetings CPU s, claims, meetings) on body."""
    mentions = detect(body, registry, None)
    started = time.process_time()
    claims = suggest(body, mentions)
    middle = time.process_time()
    meetings = detect_meetings(body, mentions)
    return middle - started, time.process_time() - middle, len(claims), len(meetings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=450, help="the shortest sentence's length (4n under 2,000)")
    parser.add_argument("--page", type=int, default=20000, help="characters of each page of packed sentences")
    parser.add_argument("--profile", help="a form (or 'flat', 'line') to profile at 4n instead: the costliest functions")
    args = parser.parse_args()
    registry = bundled_registry()
    if args.profile:
        n = 4 * args.n
        body = flat_text(4 * args.page, args.profile == "line") if args.profile in ("flat", "line") else \
            sentence(args.profile, n) * max(1, args.page // n)
        mentions = detect(body, registry, None)
        profile = cProfile.Profile()
        profile.enable()
        suggest(body, mentions)
        detect_meetings(body, mentions)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
        return
    print(f"{'form':16} {'n':>6} {'chars':>7} {'claims':>7} {'meetings':>8} "
          f"{'claims s':>8} {'µs/char':>7} {'meet s':>7} {'µs/char':>7}")
    for form in list(FORMS) + ["flat page", "one line"]:
        for scale in (1, 2, 4):
            if form in ("flat page", "one line"):
                n = scale * args.page
                body = flat_text(n, form == "one line")
            else:
                n = scale * args.n
                one = sentence(form, n)
                body = one * max(1, args.page // len(one))
            claims_s, meetings_s, claims, meetings = timed(body, registry)
            print(f"{form:16} {n:>6} {len(body):>7,} {claims:>7} {meetings:>8} {claims_s:>8.2f} "
                  f"{1e6 * claims_s / len(body):>7.1f} {meetings_s:>7.2f} {1e6 * meetings_s / len(body):>7.1f}")


if __name__ == "__main__":
    main()
