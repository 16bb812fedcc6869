"""The meeting words detection drops, gate by gate, on a seeded random draw of articles no gold holds.

    python bench/gate_drops.py --n 300 [--seed 0] [--livedoor LIVEDOOR_TEXT_DIR] [--claims-dev]
                               [--gate word_not_a_meeting:96] [--most 60] [--out DROPS.jsonl]

Draws n articles with a meeting word at random (by the seed) from the Wikinews articles and, with --livedoor,
the livedoor topic-news articles that no gold, draw or bench list names, detects their entities and their
meetings, and prints for each gate (function:line, as bench/eval_meetings.py --why counts them) how many words
it dropped and, for up to --most of them, the word and its sentence: read them to judge how often a gate drops a
real meeting. --gate prints one gate's words alone. --out keeps every drop as a line of JSON. Entities are kept
beside the output (DROPS.jsonl.mentions) so a second run only redoes the meetings. --claims-dev adds the claims
gold's development articles that no meetings gold holds (105 news articles drawn for their diplomacy, read by a
claims annotator, their meetings annotated by nobody): every Wikinews article with 会談 is in some gold, so the
articles no gold holds show a gate almost only on sport, companies and daily life.

    python bench/gate_drops.py --n 300 --sentences WIKIPEDIA_SENTENCES.jsonl

--every-category draws the livedoor articles of every category (sport, films, IT, lifestyle), not only
the topic news: companies' and clubs' talks and contracts are told there. --sentences adds the sentences of a JSON-lines file (one {"text": …} a line, as the stockmark Wikipedia NER
data is written) to the draw, each read as an article of its own: the Wikinews articles no gold holds tell few
meetings of states (most diplomacy articles are in a gold), encyclopedia sentences tell more.

    python bench/gate_drops.py --n 5000 --texts NEWS_TEXT_DIR

--texts adds every plain-text article of a folder (*.txt, one article each, undated, by file name): a user's pool of
newspaper diplomacy news, where a gate meets the forms of state visits and summits that the Wikinews articles no
gold holds hardly write. Read on a pool of 97 such articles (122 words dropped): 協議, 交渉, 会合, 対話 with no event
use (:109) 2/22 real meetings no other word of the article told (a working-level round the leaders agreed to hold;
a visiting leader's seat at a council's sitting); a bare 会議 (:61) 2/6 (a body of states' sitting with a gloss between
the body and the word; an international conference two leaders attended); 面談, 意見交換, 夕食会 … with no partner
(:81) 0/27, each a part of talks proposed from the sentence's 会談.

    python bench/gate_drops.py --n 300 --words 対談,意見を交わ

--words lists, instead, every sentence of the draw holding one of the words given (a candidate meeting word
Kaidan has no trigger for), the word marked, to judge how often it tells a meeting.

Read by eye (seed 7, --livedoor: 510 articles, 694 words dropped; right = no meeting of sides told): 協議, 交渉,
会合 with no event use 21/23 right; a bare 会議 with no sides holding it 37/40 (with --sentences on the stockmark
sentences 29/34: the conferences of states it drops are named ones, パリ講和会議, ロンドン海軍軍縮会議); 締結 not
told as done 7/9; a named agreement referred to 1/1; a call with no one called 17/17; someone private called on
24/25; 面談, 懇談, 会食, 話し合った with no partner 17/20; 交わ with no document 16/16; 会見 with no partner 45/45
of 45 read. Candidate words, every sentence of the draw read: 対談 0/9, 対面 0/15, 謁見 1/3, 懇親 0/3, 相談 0/32,
契約を結ぶ 5/34: none tells a meeting often enough to be a trigger.

Read again over every text with a meeting word (--n 5000 --livedoor … --every-category --sentences on the stockmark
sentences: 1,513 texts, 1,930 words dropped), the gates that drop held words, real meetings of sides dropped / words:
word_not_a_meeting:102 (協議, 交渉, 会合 … with no event use) 7/114 (G7会合および…に出席 and 国連会合: now kept;
…との交渉は, 交渉にあたって: partner seldom an entity there); :56 (a bare 会議) 6/274 (国際会議, historical
conferences of states; 国際会議 as often a learned society's); :59 (締結 not told done) 2/12 (協定が締結され、: now
kept); :75 (面談, 意見交換 … with no partner) 2/68; :78 (a call with no one called) 0/63; meeting_word:29 (someone
private called on) 1/125 (鈴木チェアマンを訪ね, the office read into the name: now kept).

Read a third time, the gates that drop held gold meetings (word_not_a_meeting:105, :57, :60, :63, :77, :80,
meeting_word:29), real meetings of sides / words: over every Wikinews article no gold holds (--n 5000: 434 texts)
:105 2/16 (one talks to come, told twice), :57 3/16 (a 国際会議 in Canada, told thrice; 3 more a UNESCO committee's
session, 世界遺産委員会ヴィリニュス会議), :60 1/6 (『…と命名権締結「…」に』), :63 0/1, :77 0/10, :80 0/13,
meeting_word:29 0/18; over the whole draw above (1,513 texts) :105 about 6/114 (楽天との交渉については,
アスレチックスとの交渉は: contract talks). On --claims-dev alone (diplomacy) with one identity-gold development
article :105 drops real talks 4/5 (この協議は…国連サミットの直前に行われる, 政策協議は両党から15人づつが参加し, two
cited headlines of those talks), :57 1/8 (NPT再検討会議; 世界遺産会議 5 more), :60 1/1 (a headline 『米豪が…新協定
締結』): too few texts to tell a gate's rule from a case. Candidate words over Wikinews, livedoor and the stockmark sentences (bench/meeting_word_inventory.py):
every hit read, 同席 0/22, 出迎え 0/45, 顔を合わせ 0/15, 一堂に会 0/11, 接見 0/4, 謁見 1/4; sampled, 対談 (66 hits),
会え, 招いて, ミーティング: interviews and private life; 協議入り, 交渉入り, 国賓, 党首討論 not written there. No
word to add.

Read a fourth time, every gate that drops held gold meetings, over every source at once (--n 20000 --livedoor …
--every-category --claims-dev --texts on the newspaper pools --sentences on the stockmark sentences: 1,626 texts,
2,091 words dropped), each drop read, real meetings of sides no other word of the text tells / words:
word_not_a_meeting:109 about 6/136 (会合への参加も予定: now kept; contract talks, …との交渉は; この協議は…直前に行われる); :61 about 9/288 (国際会議
に出席, 国際会議が行われる: now kept; NPT再検討会議: now a conference of its parties; ARF(=…)の会議: now a forum's sitting; historical
conferences of states, ブレダ会議, …に関する全権会議); :81 about 3/95 (…次官補と6カ国協議の期日などについて話し合う: the partner now read across a
meeting word the topic names); :64 3/14 (headlines of naming rights, 締結することになる); :67 0/2; :84 0/63; meeting_word:30
about 1/129. Each gate turned off in turn (its return made a pass) over the Wikinews articles no gold holds, the
livedoor articles and the pools: the proposals it lets through are real meetings :109 2/36, :61 0/6, :81 0/7, :64
about 1/6, :84 0/0, :67 0/1, meeting_word:30 0/12: each gate keeps out far more than it drops. 意見を交換 (3 hits, the verb
of 意見交換) is now read as 意見交換 is.

Read a fifth time (--n 3000 --seed 7 --livedoor … --claims-dev: 531 texts, 711 words dropped), the gates that drop held
gold meetings, real meetings of sides / words: word_not_a_meeting:121 (no event use) 1/19 (この協議は…直前に行われる:
a topic は and a long adverbial before 行われる, written once over every Wikinews and livedoor text, so the window
stays); :69 (a bare 会議) 1/21 (a conference of states in a headline; owners', scouts' and a foundation's own
sittings, a heritage committee's sessions); :75 0/8; :78 0/1; :92 0/18; :95 0/16; meeting_word:31 0/25. With
--every-category (--n 20000: 1,387 texts, 1,872 drops) the further drops read add no real meeting of sides: :69 247
in all (fairs, offices' meetings, drafts), :121 108 (venues, price and contract talks, councils), :92 68 (business
talks, talks of couples), :75 10. A 会議 told
held at a place before it (…で行われたオーナー会議, 幕張メッセで行われた…超会議) is a sitting of one body or a fair
9/9 over every text no list names: no sign of sides.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_meetings import articles as wikinews_articles, livedoor_articles, text_articles  # noqa: E402
from bench.meeting_steps import traced_detection  # noqa: E402
from core.dates import reference_date  # noqa: E402
from core.meetings.triggers import TRIGGER  # noqa: E402
from core.nlp.entities import detect  # noqa: E402
from core.registry import bundled_registry  # noqa: E402
from core.sentences import sentence_spans  # noqa: E402

_KEY = re.compile(r"wn-[0-9]{5}|topic-news-[0-9]+")


def named_anywhere() -> set[str]:
    """Every article key a fixture or a bench list names (golds, draws, pairs): none of them is drawn."""
    keys = set()
    for folder in (ROOT / "tests" / "fixtures", ROOT / "bench"):
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix in (".json", ".jsonl", ".txt", ".csv", ".tsv"):
                keys |= set(_KEY.findall(path.read_text(encoding="utf-8", errors="replace")))
    return keys


def draw(n: int, seed: int, livedoor: Path | None, holding=TRIGGER,
         sentences: Path | None = None, every_category: bool = False,
         claims_dev: bool = False, texts: Path | None = None) -> list[tuple[str, str, str | None]]:
    """(key, body, date) of n articles with a meeting word (a match of holding), drawn at random among those no
    list names; of livedoor the topic news only, or every category; with claims_dev, the claims gold's
    development articles no meetings gold holds as well; with texts, every plain-text article of that folder."""
    pool = wikinews_articles(None) + (text_articles(texts, None) if texts is not None else [])
    if livedoor is not None:
        pool += [a for a in livedoor_articles(livedoor, None) if every_category or a[0].startswith("topic-news")]
    if sentences is not None:
        pool += _sentence_rows(sentences)
    named = named_anywhere()
    pool = [a for a in pool if a[0] not in named and holding.search(a[1])]
    if claims_dev:
        pool += [a for a in claims_dev_articles() if holding.search(a[1])]
    random.Random(seed).shuffle(pool)
    return pool[:n]


GOLD = ROOT / "tests" / "fixtures" / "wikinews_gold"


def claims_dev_articles() -> list[tuple[str, str, str | None]]:
    """(key, body, date) of the claims gold's development articles that no meetings or identity gold holds: news
    drawn for its diplomacy (外交, 会談, 首脳, 外相, 大使…), read by a claims annotator, its meetings never annotated.
    The articles no gold holds tell few meetings of states (most diplomacy articles are in a gold); these do."""
    meetings = json.loads((GOLD / "meetings.json").read_text(encoding="utf-8"))
    identity = json.loads((GOLD / "identity.json").read_text(encoding="utf-8"))
    taken = set(meetings["articles"]) | set(identity["articles"]) | set(identity.get("from_meetings_json", []))
    taken |= {key for group in identity.get("groups", []) for key in group["articles"]}
    rows = map(json.loads, (GOLD / "claims.jsonl").read_text(encoding="utf-8").splitlines())
    return [(r["id"], r["body"], r.get("reference_date")) for r in rows
            if str(r.get("part", "")).startswith("dev") and r["id"] not in taken]


def _sentence_rows(path: Path) -> list[tuple[str, str, None]]:
    """(key, text, no date) of each line of a JSON-lines file of sentences; a line that holds none is named and
    skipped."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            text = json.loads(line)["text"] if line.strip() else None
        except (ValueError, KeyError, TypeError):
            text = None
        if isinstance(text, str):
            rows.append((f"{path.stem}-{number}", text + "\n", None))
        elif line.strip():
            print(f"{path.name}:{number}: no sentence, skipped", file=sys.stderr)
    return rows


def _sentence(body: str, start: int, end: int) -> str:
    s, e = next(((s, e) for s, e in sentence_spans(body) if s <= start < e), (start, end))
    return (body[s:start] + "【" + body[start:end] + "】" + body[end:e]).strip().replace("\n", " / ")[:260]


def _mentions(drawn, cache: Path | None) -> dict:
    registry = bundled_registry()
    found = pickle.loads(cache.read_bytes()) if cache is not None and cache.exists() else {}
    for key, body, published in drawn:
        if key not in found:
            found[key] = detect(body, registry, reference_date(published, None))
    if cache is not None:
        cache.write_bytes(pickle.dumps(found))
    return found


def drops(drawn, found) -> list[dict]:
    """Every meeting word a gate dropped: its article, gate, word and sentence."""
    registry = bundled_registry()
    rows = []
    for key, body, published in drawn:
        _, dropped = traced_detection(body, found[key], reference_date(published, None), registry)
        for match in TRIGGER.finditer(body):
            for gate in dropped.get(match.start(), [])[:1]:
                rows.append({"article": key, "gate": gate, "word": match.group(0),
                             "sentence": _sentence(body, match.start(), match.end())})
    return rows


def word_sentences(drawn, words: list[str]) -> dict[str, list[tuple[str, str]]]:
    """Each word's sentences in the draw: (article, sentence with the word marked)."""
    out = defaultdict(list)
    for key, body, _ in drawn:
        for word in words:
            for m in re.finditer(re.escape(word), body):
                out[word].append((key, _sentence(body, m.start(), m.end())))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--livedoor", type=Path, help="the livedoor news corpus's text folder (topic-news drawn too)")
    parser.add_argument("--claims-dev", action="store_true",
                        help="draw the claims gold's development articles no meetings gold holds too (diplomacy news)")
    parser.add_argument("--every-category", action="store_true",
                        help="draw livedoor articles of every category (sport, films, IT…), not the topic news alone")
    parser.add_argument("--sentences", type=Path, help="a JSON-lines file of sentences ({\"text\": …}) drawn too")
    parser.add_argument("--texts", type=Path, help="a folder of plain-text articles (*.txt, one each) drawn too")
    parser.add_argument("--gate", help="one gate alone (function:line)")
    parser.add_argument("--most", type=int, default=60, help="words printed per gate")
    parser.add_argument("--out", type=Path, help="every drop as a line of JSON (entities kept beside it)")
    parser.add_argument("--words", help="comma-separated candidate words: list their sentences instead")
    args = parser.parse_args()
    words = args.words.split(",") if args.words else []
    drawn = draw(args.n, args.seed, args.livedoor, re.compile("|".join(map(re.escape, words))) if words else TRIGGER,
                 args.sentences, args.every_category, args.claims_dev, args.texts)
    if words:
        for word, rows in word_sentences(drawn, words).items():
            print(f"== {word} ({len(rows)})")
            for key, sentence in rows[:args.most]:
                print(f"  {key} | {sentence}")
        return
    rows = drops(drawn, _mentions(drawn, Path(str(args.out) + ".mentions") if args.out else None))
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts = Counter(r["gate"] for r in rows)
    print(f"articles {len(drawn)}; words dropped {len(rows)}")
    for gate, count in counts.most_common():
        if args.gate and gate != args.gate:
            continue
        print(f"== {gate}: {count}")
        for r in [r for r in rows if r["gate"] == gate][:args.most]:
            print(f"  {r['article']} {r['word']} | {r['sentence']}")


if __name__ == "__main__":
    main()
