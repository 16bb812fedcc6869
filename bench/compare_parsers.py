"""Kaidan's rules over UniDic beside a dependency parser (GiNZA), on the same gold, in one table.

    python bench/compare_parsers.py [--parts seeds,dev,held] [--speed-chars N] [--details]

GiNZA is not a dependency of Kaidan: run this in an environment that has it
(pip install ginza ja-ginza, and Kaidan's own dependencies); without it the bench
says so and stops. Its answers come from bench/parse_rules.py, read off the parse:
- claims (tests/fixtures/claims_gold, wikinews_gold/claims.jsonl): the holder of each
  gold claim with a named holder = the subject of the verb the claim hangs from, its
  compounds and title included (else the sentence's AによるとA, else the subject of the
  sentence before); matched as bench/eval_claims.py matches Kaidan's holder. Claims
  proposed: every と/との complement of a predicate, overlapping a gold claim as there;
- meetings (meetings_gold, wikinews_gold/meetings.json): the participants of each gold
  meeting at its mentions = the subject of the meeting word's clause and its と/との
  partners, linked to entities through Kaidan's own mentions; right as bench/eval_meetings.py
  judges a set (date left out, on both sides);
- entities (bench/news_gold, tests/fixtures/ner_gold): GiNZA's NER, its Extended Named Entity
  labels mapped to Kaidan's types through GiNZA's own OntoNotes map (organisations it files
  under NORP counted as ORG), exact span + type, Kaidan's types only;
- speed: CPU time of this process on the same Wikinews text, GiNZA's parse beside Kaidan's
  whole detection (entities, claims, meetings), and the share of that text in the sentences
  where Kaidan's rules leave a claim without holder or a meeting with fewer than two participants.
The third column, "Kaidan, else GiNZA", calls the parser only where Kaidan's rules give no
answer: a claim they do not propose or give no holder, a meeting with fewer than two participants.
Every rule of bench/parse_rules.py was written reading the dev part only (never held).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.parse_rules import Word, complements, holder, main_subject, participants, predicate_of  # noqa: E402

CLAIMS_SEEDS = ROOT / "tests" / "fixtures" / "claims_gold" / "seeds.jsonl"
CLAIMS_WIKINEWS = ROOT / "tests" / "fixtures" / "wikinews_gold" / "claims.jsonl"
MEETINGS_SEEDS = ROOT / "tests" / "fixtures" / "meetings_gold" / "meetings.json"
MEETINGS_WIKINEWS = ROOT / "tests" / "fixtures" / "wikinews_gold" / "meetings.json"
NEWS = ROOT / "bench" / "news_gold"
NER_SEEDS = ROOT / "tests" / "fixtures" / "ner_gold"
SHARED = ROOT.parent / "shared"
TYPES = ("PERSON", "GPE", "LOC", "ORG", "LAW", "EVENT", "DATE")
ORGANISATIONS = ("International_Organization", "Political_Organization", "Political_Organization_Other",
                 "Political_Party")
HOLDER_TYPES = ("PERSON", "ORG", "GPE")
MISSING = "GiNZA not installed: pip install ginza ja-ginza"


@dataclass
class Parsed:
    """One text's sentences (words with offsets in the text) and GiNZA's entities in Kaidan's types."""

    sentences: list[list[Word]] = field(default_factory=list)
    entities: list[tuple[int, int, str]] = field(default_factory=list)

    def sentence_at(self, char: int) -> int | None:
        return next((k for k, words in enumerate(self.sentences) if words and words[0].start <= char < words[-1].end),
                    None)


class Parser:
    """GiNZA over a text sentence by sentence, as Kaidan splits it, results kept per text."""

    def __init__(self):
        import spacy
        from ginza.ene_ontonotes_mapper import ENE_ONTONOTES_MAPPING

        self.nlp = spacy.load("ja_ginza")
        self.types = {label: "ORG" if label in ORGANISATIONS else kind for label, kind in ENE_ONTONOTES_MAPPING.items()}
        self.cache: dict[str, Parsed] = {}

    def __call__(self, text: str) -> Parsed:
        if text not in self.cache:
            self.cache[text] = self.parse(text)
        return self.cache[text]

    def parse(self, text: str) -> Parsed:
        from core.sentences import sentence_spans

        spans = sentence_spans(text)
        out = Parsed()
        for (at, _), doc in zip(spans, self.nlp.pipe(one_sentence(text[s:e]) for s, e in spans)):
            out.sentences.append([Word(t.i, t.text, t.pos_, t.dep_, t.head.i, at + t.idx, at + t.idx + len(t.text))
                                  for t in doc])
            out.entities += [(at + e.start_char, at + e.end_char, self.types.get(e.label_, "")) for e in doc.ents]
        return out


def one_sentence(text: str) -> str:
    """A sentence as Kaidan splits it, its line breaks and the 。 inside its quotes made commas, so that
    GiNZA reads a quote and its speech verb as one sentence (same length: offsets stay)."""
    return text[:-1].replace("\n", "、").replace("。", "、") + text[-1:]


def _share(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.2f}" if b else "n/a"


# ---- claims -----------------------------------------------------------------------------------

def ginza_holder(parsed: Parsed, body: str, mentions: list, registry, start: int, end: int) -> str | None:
    """The holder GiNZA's tree gives a claim, in the sentence its end is in; a speech verb with no
    subject carries the subject of one of the three sentences before. Linked through Kaidan's mentions."""
    k = parsed.sentence_at(max(start, end - 1))
    if k is None:
        return None
    span = holder(parsed.sentences[k], start, end)
    back = k - 1
    while span is None and back >= max(0, k - 3) and predicate_of(parsed.sentences[k], start, end) is not None:
        span = main_subject(parsed.sentences[back])
        back -= 1
    if span is None:
        return None
    linked = _linked(span, body, mentions)
    entity = registry.get(linked["entity_id"])
    return entity.name if entity is not None else linked["name"]


def claims_part(items: list[dict], parser: Parser, details: list[str]) -> dict:
    from core.claims.evaluate import _holder_right, _overlaps
    from core.claims.suggest import suggest
    from core.dates import reference_date
    from core.nlp.entities import detect
    from core.registry import bundled_registry

    registry = bundled_registry()
    c = dict.fromkeys(("named", "kaidan", "ginza", "both", "fallback", "proposed", "ginza_on_proposed",
                       "kaidan_none", "ginza_on_none", "claims", "kaidan_found", "ginza_found", "either_found",
                       "ginza_proposals", "ginza_proposals_real", "kaidan_proposals", "kaidan_proposals_real",
                       "added", "added_real"), 0)
    for item in items:
        body = item["body"]
        mentions = detect(body, registry, reference_date(item.get("reference_date"), None))
        predicted = suggest(body, mentions)
        names = [(registry.get(p.holder_entity_id).name if registry.get(p.holder_entity_id) else p.holder_text)
                 for p in predicted]
        parsed = parser(body)
        spans = [s for words in parsed.sentences for s in complements(words)]
        real = lambda s, e: any(_overlaps(s, e, g["start"], g["end"]) for g in item["claims"])  # noqa: E731
        added = [(s, e) for s, e in spans if not any(_overlaps(s, e, p.start, p.end) for p in predicted)]
        c["ginza_proposals"] += len(spans)
        c["ginza_proposals_real"] += sum(real(s, e) for s, e in spans)
        c["kaidan_proposals"] += len(predicted)
        c["kaidan_proposals_real"] += sum(real(p.start, p.end) for p in predicted)
        c["added"] += len(added)
        c["added_real"] += sum(real(s, e) for s, e in added)
        for claim in item["claims"]:
            hits = [i for i, p in enumerate(predicted) if _overlaps(p.start, p.end, claim["start"], claim["end"])]
            theirs = [(s, e) for s, e in spans if _overlaps(s, e, claim["start"], claim["end"])]
            c["claims"] += 1
            c["kaidan_found"] += bool(hits)
            c["ginza_found"] += bool(theirs)
            c["either_found"] += bool(hits or theirs)
            if theirs and not hits:
                details.append(f"claim {item.get('id', '')} found by GiNZA only ({claim['attribution']}, cue "
                               f"{claim.get('cue')}): {claim['text'][:30]}")
            if claim["holder"] in ("(writer)", "", None):
                continue
            c["named"] += 1
            kaidan = any(_holder_right(names[i], claim) for i in hits)
            none = not any(names[i] for i in hits)
            name = ginza_holder(parsed, body, mentions, registry, claim["start"], claim["end"])
            ginza = _holder_right(name, claim)
            # the parser only where Kaidan's rules give no holder: on Kaidan's span, else on its own complement
            span = (predicted[hits[0]].start, predicted[hits[0]].end) if hits else (theirs[0] if theirs else None)
            fallback = kaidan or (none and span is not None and _holder_right(
                ginza_holder(parsed, body, mentions, registry, *span), claim))
            c["kaidan"] += kaidan
            c["ginza"] += ginza
            c["both"] += kaidan and ginza
            c["fallback"] += fallback
            c["proposed"] += bool(hits)
            c["ginza_on_proposed"] += bool(hits) and ginza
            c["kaidan_none"] += none
            c["ginza_on_none"] += none and ginza
            if kaidan != ginza:
                details.append(f"claim {item.get('id', '')}: gold {claim['holder']}, Kaidan "
                               f"{[names[i] for i in hits]}{' ok' if kaidan else ''}, GiNZA {name}"
                               f"{' ok' if ginza else ''}: {claim['text'][:30]}")
    return c


# ---- meetings ---------------------------------------------------------------------------------

@dataclass
class MeetingLibrary:
    """The gold's articles as Kaidan stores them, its meetings and mentions: what both sides are scored on."""

    bodies: dict[str, str]
    mentions: dict[str, list]
    predicted: list[dict]
    names: dict[int, str]
    country_of: object
    registry: object


def meeting_library(gold: dict, seed_dir: Path | None) -> MeetingLibrary:
    from core.meeting_gold_library import scratch_gold_library
    from core.meetings.country_of import country_lookup
    from core.store.articles import body_of
    from core.store.meetings import meeting_records
    from core.store.mentions import mentions_for
    from core.store.registry import load_registry

    with scratch_gold_library(gold, seed_dir) as (names, db):
        registry = load_registry(db)
        return MeetingLibrary({key: body_of(db, a) for a, key in names.items()},
                              {key: mentions_for(db, a) for a, key in names.items()},
                              meeting_records(db), names, country_lookup(registry), registry)


def _linked(span: tuple[int, int], body: str, mentions: list) -> dict:
    """A participant's span as an entity: the person Kaidan found in it, else its organisation or country."""
    inside = [m for m in mentions if span[0] <= m.start and m.end <= span[1] and m.type in HOLDER_TYPES]
    for kind in HOLDER_TYPES:
        found = [m for m in inside if m.type == kind]
        if found:
            return {"name": found[-1].text, "entity_id": found[-1].entity_id}
    return {"name": body[span[0]:span[1]], "entity_id": None}


def ginza_participants(parsed: Parsed, body: str, mentions: list, start: int, end: int) -> list[dict]:
    k = parsed.sentence_at(start)
    if k is None:
        return []
    words = parsed.sentences[k]
    inside = [w for w in words if w.start < end and start < w.end]
    head = next((w for w in inside if not (start <= words[w.head].start < end) or w.head == w.i), None)
    if head is None:
        return []
    return [_linked(span, body, mentions) for span in participants(words, head.i)]


def meetings_part(gold: dict, library: MeetingLibrary, parser: Parser, details: list[str]) -> dict:
    from core.meeting_agreement import named_sides, participants_right

    spans = {m["id"]: {(library.names[x["article_id"]], x["start"], x["end"]) for x in m["mentions"]}
             for m in library.predicted}
    c = dict.fromkeys(("meetings", "kaidan", "ginza", "both", "fallback", "kaidan_short", "ginza_on_short"), 0)
    for g in gold["meetings"]:
        wanted = [(x["article"], x["start"], x["end"]) for x in g["mentions"] if x["article"] in library.bodies]
        if not wanted:
            continue
        ours = [m for m in library.predicted if any(a == ga and s < ge and gs < e for a, s, e in spans[m["id"]]
                                                    for ga, gs, ge in wanted)]
        right = lambda people: participants_right(g, people, library.country_of, library.registry)  # noqa: E731
        kaidan = any(right(named_sides(m)) for m in ours)
        short = not any(len(named_sides(m)) >= 2 for m in ours)
        theirs = [ginza_participants(parser(library.bodies[a]), library.bodies[a], library.mentions[a], s, e)
                  for a, s, e in wanted]
        ginza = any(right(people) for people in theirs if people)
        c["meetings"] += 1
        c["kaidan"] += kaidan
        c["ginza"] += ginza
        c["both"] += kaidan and ginza
        c["fallback"] += kaidan or (short and ginza)
        c["kaidan_short"] += short
        c["ginza_on_short"] += short and ginza
        if kaidan != ginza:
            details.append(f"meeting {g['id']}: gold {[p['name'] for p in g['participants']]}, Kaidan "
                           f"{[[p['name'] for p in named_sides(m)] for m in ours]}{' ok' if kaidan else ''}, GiNZA "
                           f"{[[p['name'] for p in people] for people in theirs]}{' ok' if ginza else ''}")
    return c


# ---- entities ---------------------------------------------------------------------------------

def entities_part(items: list[dict], parser: Parser) -> tuple[float, float]:
    from bench.eval_entities import predict
    from core.nlp import tagger as tagger_model
    from core.nlp.evaluate import score

    ginza = [{"entities": [{"start": s, "end": e, "type": t} for s, e, t in parser(item["body"]).entities
                           if t in TYPES]} for item in items]
    kaidan = predict(items, tagger_model.load(None))
    return score(items, kaidan, TYPES)["ALL"]["f1"], score(items, ginza, TYPES)["ALL"]["f1"]


# ---- speed ------------------------------------------------------------------------------------

def speed(parser: Parser, limit: int) -> dict:
    from core.claims.suggest import suggest
    from core.meetings.plan import plan_meetings
    from core.nlp import tagger as tagger_model
    from core.nlp.entities import detect
    from core.registry import bundled_registry
    from core.sentences import sentence_spans

    from bench.eval_entities import wikinews_texts

    texts, total = wikinews_texts(limit)
    registry, tagger = bundled_registry(), tagger_model.load(None)
    needed = 0

    def kaidan(text: str) -> tuple[list, list]:
        mentions = detect(text, registry, None, tagger=tagger)
        return suggest(text, mentions), plan_meetings(text, mentions, None, None, registry).proposals

    kaidan(texts[0])
    parser.nlp(texts[0][:200])  # load everything once
    began = time.process_time()
    for text in texts:
        kaidan(text)
    kaidan_s = time.process_time() - began
    began = time.process_time()
    for text in texts:
        parser.parse(text)
    ginza_s = time.process_time() - began
    with parser.nlp.select_pipes(disable=[p for p in ("ner", "bunsetu_recognizer") if p in parser.nlp.pipe_names]):
        began = time.process_time()
        for text in texts:
            parser.parse(text)
        tree_s = time.process_time() - began
    reported = 0
    for text in texts:
        claims, proposals = kaidan(text)
        ends = [c.end - 1 for c in claims if not (c.holder_entity_id or c.holder_text)]
        ends += [x.start for p in proposals if len(p.participants) < 2 and not p.title for x in p.mentions]
        for s, e in sentence_spans(text):
            needed += any(s <= x < e for x in ends) * (e - s)
            # to find the claims Kaidan misses, every sentence with a と and no claim of Kaidan's
            reported += ("と" in text[s:e] and not any(s <= c.start < e for c in claims)) * (e - s)
    return {"chars": total, "kaidan": total / kaidan_s, "ginza": total / ginza_s, "tree": total / tree_s,
            "needed": needed / total,
            "reported": reported / total}


# ---- the table --------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", default="seeds,dev,held")
    parser.add_argument("--speed-chars", type=int, default=100_000)
    parser.add_argument("--details", action="store_true", help="each claim or meeting where the two disagree")
    args = parser.parse_args()
    try:
        ginza = Parser()
    except (ImportError, OSError):
        print(MISSING)
        return
    from core.meeting_gold_library import gold_part
    from core.nlp.evaluate import read_jsonl

    parts = args.parts.split(",")
    wikinews_claims = read_jsonl(CLAIMS_WIKINEWS)
    wikinews_meetings = json.loads(MEETINGS_WIKINEWS.read_text(encoding="utf-8"))
    news = {"dev": ["news_dev", "news_learn"], "held": ["news_held", "news_held2"]}
    details: list[str] = []
    print(f"{'measure':<58} {'part':<6} {'Kaidan':>16} {'GiNZA':>16} {'Kaidan, else GiNZA':>20}")
    for part in parts:
        items = read_jsonl(CLAIMS_SEEDS) if part == "seeds" else [i for i in wikinews_claims if i.get("part") == part]
        c = claims_part(items, ginza, details)
        print(f"{'claim holder right (gold claims with a named holder)':<58} {part:<6} "
              f"{_share(c['kaidan'], c['named']):>16} {_share(c['ginza'], c['named']):>16} "
              f"{_share(c['fallback'], c['named']):>20}", flush=True)
        print(f"{'  on claims Kaidan proposes':<58} {part:<6} {_share(c['kaidan'], c['proposed']):>16} "
              f"{_share(c['ginza_on_proposed'], c['proposed']):>16}")
        print(f"{'  where Kaidan proposes none or gives no holder (GiNZA right)':<58} {part:<6} {c['kaidan_none']:>16} "
              f"{_share(c['ginza_on_none'], c['kaidan_none']):>16}")
        print(f"{'claims proposed (of all gold claims)':<58} {part:<6} {_share(c['kaidan_found'], c['claims']):>16} "
              f"{_share(c['ginza_found'], c['claims']):>16} {_share(c['either_found'], c['claims']):>20}")
        print(f"{'proposals that are claims':<58} {part:<6} "
              f"{_share(c['kaidan_proposals_real'], c['kaidan_proposals']):>16} "
              f"{_share(c['ginza_proposals_real'], c['ginza_proposals']):>16} "
              f"{_share(c['kaidan_proposals_real'] + c['added_real'], c['kaidan_proposals'] + c['added']):>20}")
        if part == "seeds":
            gold, library = (json.loads(MEETINGS_SEEDS.read_text(encoding="utf-8")),
                             meeting_library(None, SHARED / "seeds"))
        else:
            gold = gold_part(wikinews_meetings, part)
            library = meeting_library(gold, None)
        m = meetings_part(gold, library, ginza, details)
        print(f"{'meeting participants right (set, date aside)':<58} {part:<6} "
              f"{_share(m['kaidan'], m['meetings']):>16} {_share(m['ginza'], m['meetings']):>16} "
              f"{_share(m['fallback'], m['meetings']):>20}")
        print(f"{'  where Kaidan names fewer than two (GiNZA right)':<58} {part:<6} {m['kaidan_short']:>16} "
              f"{_share(m['ginza_on_short'], m['kaidan_short']):>16}", flush=True)
        gold_files = [NER_SEEDS / "seeds.jsonl"] if part == "seeds" else [NEWS / f"{n}.jsonl" for n in news[part]]
        for path in gold_files:
            kaidan_f1, ginza_f1 = entities_part(read_jsonl(path), ginza)
            print(f"{'entities F1, exact span + type (' + path.stem + ')':<58} {part:<6} {kaidan_f1:>16.3f} "
                  f"{ginza_f1:>16.3f}", flush=True)
    s = speed(ginza, args.speed_chars)
    print(f"{'speed, k chars/s (CPU time, one process)':<58} {'wn':<6} {s['kaidan'] / 1e3:>16.1f} "
          f"{s['ginza'] / 1e3:>16.1f}")
    print(f"{'  GiNZA with its parser only (NER and bunsetu off)':<58} {'wn':<6} {'':>16} {s['tree'] / 1e3:>16.1f}")
    print(f"  on {s['chars']:,} chars of Wikinews; sentences where Kaidan leaves a claim without holder or a "
          f"meeting with < 2 participants: {s['needed']:.1%} of the text;\n  parsing only those would cost "
          f"{s['needed'] * s['kaidan'] / s['ginza']:.0%} of Kaidan's whole detection time; parsing as well the "
          f"sentences with a と and no claim of Kaidan's ({s['reported']:.0%} of the text), "
          f"{(s['needed'] + s['reported']) * s['kaidan'] / s['ginza']:.0%}")
    if args.details:
        print("\n".join(details))


if __name__ == "__main__":
    main()
