"""Speakers written in the text that no entity mention covers, on articles no gold holds, by the shape of the name.

    python bench/unheld_speakers.py --mentions A.json.mentions [--livedoor B.json.mentions] [--sample 8]

The speaker slot of a quote or of reported speech is the topic before it (Xは、「…」と述べた; Xが…と語った) or the
name right after it (「…」とX氏は述べた). Where no mention covers the slot's last word, no claim can name its speaker
as holder: each such slot is put in one class (a surname with a title or honorific, a katakana name, a body, a post
alone, a group, a position in a list, other words) and the classes are counted with a sample of each. The mentions
are those bench/diff_claims.py --out keeps beside its file (detected once).
"""

from __future__ import annotations

import argparse
import pickle
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_claims import livedoor_articles  # noqa: E402
from bench.diff_meetings import articles  # noqa: E402

_SAYING = r"(?:述べ|語|話|強調|説明|指摘|批判|明らかに|表明|主張|訴え|発言|コメント|答え|示し|非難|反論|否定|言及)"
# A quote or reported speech closed by a verb of saying, with the topic before it or the name right after it
_BEFORE = re.compile(r"(?:^|[、。\n」）])(?P<slot>[^、。「」\n（）]{1,24}?)(?:は|が)、?(?:[^。「」\n]{0,30}、)?「[^「」]{4,}」と"
                     r"(?:[^。「」\n]{0,12}?)" + _SAYING)
_AFTER = re.compile(r"「[^「」]{4,}」と、?(?:[^。「」\n]{0,8}?[、])?(?P<slot>[^、。「」\n（）]{1,20}?)(?:は|が)、?[^。「」\n]{0,20}?" + _SAYING)
_REPORTED = re.compile(r"(?:^|[、。\n」）])(?P<slot>[^、。「」\n（）]{1,24}?)(?:は|が)、[^。「」\n]{6,80}?(?:と|との考えを|との認識を)" + _SAYING)

_TITLE = r"(?:さん|氏|君|部長|社長|会長|課長|局長|議員|委員長|代表|教授|准教授|監督|選手|知事|市長|町長|村長|大臣|相|長官|大使|幹事長|総裁|議長|弁護士|被告|容疑者|容疑|理事長|所長|院長|顧問|主席|書記長|副大統領|大統領|首相|司令官|報道官|記者|アナ|編集長|理事)"
CLASSES = (
    ("a person: surname + title or honorific", re.compile(r"(?:^|の)[一-龥々]{1,4}" + _TITLE + "$")),
    ("a foreign name in katakana (dot or title)",
     re.compile(r"[ァ-ヴー]{2,}(?:[・=＝][ァ-ヴー]{2,})+" + _TITLE + "?$|[ァ-ヴー]{2,}" + _TITLE + "$")),
    ("a group", re.compile(r"(?:住民|専門家|市民|関係者|者|ら|たち|側近|ファン|一部|多く|各国|周辺)$")),
    ("a post alone", re.compile(r"^(?:同|両|前|元|現)?(?:首相|官房長官|報道官|大統領|外相|国務長官|長官|大臣|知事|市長|議長|首脳|"
                                 r"社長|会長|総裁|代表|幹事長|大使|主席|首席|報道官|報道局長|当局者|政権幹部|幹部)$")),
    ("a body", re.compile(r"(?:^同[省庁社党府局軍会団]|省|庁|党|府|局|軍|政府|当局|執行部|委員会|報道官|本部|事務所|"
                          r"協会|連盟|会議|議会|警察|裁判所|社|大学|新聞|通信|放送|テレビ|研究所|機関|部)$")),
)


def classify(slot: str) -> str:
    """The class of a speaker slot's words, by the shape of its end."""
    slot = slot.strip()
    tail = slot.rsplit("の", 1)[-1] if re.search(r"の[^の]{2,}$", slot) else slot
    for name, pattern in CLASSES:
        if pattern.search(slot) or pattern.search(tail):
            return name
    return "other words"


def unheld(body: str, mentions) -> list[tuple[str, str]]:
    """(slot, sentence) of each speaker slot whose last noun phrase (after its last の) no mention touches."""
    spans = [(m.start, m.end) for m in mentions]
    found = []
    for pattern in (_BEFORE, _AFTER, _REPORTED):
        for match in pattern.finditer(body):
            start, end = match.span("slot")
            while start < end and body[start] in " 　・":
                start += 1
            cut = body.rfind("の", start, end - 1)
            tail = cut + 1 if cut >= 0 else start
            if end - start < 1 or any(a < end and tail < b for a, b in spans):
                continue  # a mention on the slot's last noun phrase (村上|代表, not 日本の|首相)
            line_start = max(body.rfind("。", 0, start), body.rfind("\n", 0, start)) + 1
            found.append((body[start:end], body[line_start:match.end()][:140].replace("\n", " ")))
    return list(dict(((s, t), None) for s, t in found))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=Path, required=True, help="Wikinews mentions kept by diff_claims --out")
    parser.add_argument("--livedoor", type=Path, help="livedoor topic-news mentions kept by diff_claims --livedoor --out")
    parser.add_argument("--sample", type=int, default=8)
    args = parser.parse_args()
    sources = [(args.mentions, articles(None))]
    if args.livedoor:
        sources.append((args.livedoor, livedoor_articles(None)))
    by_class: dict[str, list] = defaultdict(list)
    for cache, texts in sources:
        found = pickle.loads(cache.read_bytes())
        for key, body, _ in texts:
            if key in found:
                for slot, sentence in unheld(body, found[key]):
                    by_class[classify(slot)].append((key, slot, sentence))
    random.seed(0)
    for name, rows in sorted(by_class.items(), key=lambda kv: -len(kv[1])):
        print(f"== {name}: {len(rows)}")
        for key, slot, sentence in random.sample(rows, min(args.sample, len(rows))):
            print(f"  {key} [{slot}] {sentence}")


if __name__ == "__main__":
    main()
