"""Scoring claim candidates against gold claims (spans, holders, quotes)."""

from __future__ import annotations

import re

from core.claims.suggest import suggest
from core.claims.why_forms import AXES, quote_form
from core.claims.why import (MISSED_QUOTE, WRONG_HOLDER, missed_quote_cause, unknown_speaker_form, via_form,
                             wrong_holder_cause, wrong_name_place)
from core.dates import reference_date
from core.nlp.entities import detect
from core.registry import bundled_registry

from core.nlp.offices import OFFICE_WORDS  # noqa: E402
from core.sentences import LONGEST  # noqa: E402
from core.text import stop_start  # noqa: E402

_TITLES = re.compile("(" + "|".join(OFFICE_WORDS) + "|社長|会長|監督|弁護士|教授|枢機卿|オーナー|当局|側)$")


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """At least half of the shorter span is shared."""
    shared = min(a_end, b_end) - max(a_start, b_start)
    return shared > 0 and shared >= 0.5 * min(a_end - a_start, b_end - b_start)


def same_holder(predicted: str | None, gold: str | None) -> bool:
    """Names agree when one contains the other once titles are dropped (マレー・ヒーバート氏 ~ ヒーバート)."""
    if not predicted or not gold:
        return False
    if predicted == gold:
        return True  # 当局 for 当局: a body the article names only so
    p, g = _TITLES.sub("", predicted), _TITLES.sub("", gold)
    return bool(p) and bool(g) and (p in g or g in p)


class _Names(str):
    """A proposed holder's name, which also answers to its entity's other names (英国 = イギリス)."""

    others: tuple = ()


def _holder_names(registry, candidate) -> str | None:
    entity = registry.get(candidate.holder_entity_id)
    if entity is None:
        return candidate.holder_text
    name = _Names(entity.name)
    name.others = tuple(a for a in entity.aliases if len(a) >= 2)
    return name


class _AsHolder:
    """A mention seen as a proposal's holder (its entity, else its text)."""

    def __init__(self, mention):
        self.holder_entity_id, self.holder_text = mention.entity_id, mention.text


def _holder_right(name: str | None, claim: dict) -> bool:
    names = [name, *getattr(name, "others", ())]
    return any(same_holder(n, holder) for n in names for holder in claim.get("holders") or [claim["holder"]])


# Classes of gold claims, so a figure says which kind of statement Kaidan misses (eval_claims --classes).
_OUTLET_CUE = re.compile(r"報じ|伝え|報道")
_BODY_HOLDER = re.compile(r"省|政府|当局|軍|官邸|庁|新聞|通信|放送|ニュース|紙|局|委員会|協会|連盟|社$")
_POSITION_CUE = re.compile(r"^(?:を|に|こと|事|意向|考え|について)")
CLASSES = ("quoted", "reported speech", "position on an object", "outlet (報じた, 伝えた)",
           "body as holder (ministry, government, outlet)", "holder after the claim", "source (AによるとB)")


def claim_classes(body: str, claim: dict) -> list[str]:
    """The classes a gold claim belongs to (one claim may be in several)."""
    out = []
    cue = claim.get("cue") or ""
    if claim["attribution"] in ("direct", "mixed"):
        out.append("quoted")
    elif _POSITION_CUE.match(cue):
        out.append("position on an object")
    else:
        out.append("reported speech")
    if _OUTLET_CUE.search(cue):
        out.append("outlet (報じた, 伝えた)")
    if _BODY_HOLDER.search(claim.get("holder") or ""):
        out.append("body as holder (ministry, government, outlet)")
    sentence_end = body.find("。", claim["end"])
    after = body[claim["end"]: sentence_end if sentence_end >= 0 else len(body)]
    before = body[stop_start(body, claim["start"], LONGEST): claim["start"]]
    named = [h for h in claim.get("holders") or [claim["holder"]] if h]
    text = claim.get("holder_text") or ""
    if any(h in after for h in named + [text]) and not any(h in before for h in named + [text]):
        out.append("holder after the claim")
    if claim.get("via"):
        out.append("source (AによるとB)")
    return out


def _taken_kind(entity, text: str | None) -> str:
    """What a proposal took for a holder no mention answers to: an entity by its type, words, or nothing."""
    return f"an entity ({entity.type})" if entity is not None else "words" if text else "nothing"


def _count(shapes: dict, cause: str, axes: dict[str, str]) -> None:
    for axis, value in axes.items():
        key = f"{cause}: {axis}: {value}"
        shapes[key] = shapes.get(key, 0) + 1


def evaluate_claims(gold_items: list[dict]) -> dict:
    """Figures for the candidates Kaidan proposes on each gold item's body."""
    registry = bundled_registry()
    quotes = quotes_found = quotes_right_holder = 0
    claims = claims_found = candidates = not_claims = 0
    quoted = quoted_found = held = held_right = 0
    details = []
    by_class = {name: [0, 0, 0] for name in CLASSES}  # claims, proposed, holder right
    causes = {name: 0 for name in MISSED_QUOTE + WRONG_HOLDER}
    forms = {axis: {} for axis in AXES}  # the form of a quote not proposed although its speaker is an entity
    places = {}  # where the right name and the name taken are written, for a nearer or likelier wrong name
    shapes = {}  # the form of a speaker no entity answers to, and of a source taken for the holder
    for item in gold_items:
        body = item["body"]
        day = reference_date(item.get("reference_date"), None)
        mentions = detect(body, registry, day)
        predicted = suggest(body, mentions, day.isoformat() if day else None, registry, title=item.get("title"))
        candidates += len(predicted)
        names = [_holder_names(registry, c) for c in predicted]
        for claim in item["claims"]:
            claims += 1
            hits = [i for i, c in enumerate(predicted) if _overlaps(c.start, c.end, claim["start"], claim["end"])]
            claims_found += bool(hits)
            for name in claim_classes(body, claim):
                by_class[name][0] += 1
                by_class[name][1] += bool(hits)
                by_class[name][2] += any(_holder_right(names[i], claim) for i in hits)
            answers = lambda m, claim=claim: _holder_right(_holder_names(registry, _AsHolder(m)), claim)  # noqa: E731
            cause = ""
            if claim["attribution"] in ("direct", "mixed"):
                quoted += 1
                quoted_found += bool(hits)
                if not hits:
                    cause = missed_quote_cause(body, claim, predicted, mentions, answers)
                    causes[cause] += 1
                    if cause == MISSED_QUOTE[3]:
                        for axis, value in quote_form(body, claim, mentions, answers, item.get("title")).items():
                            forms[axis][value] = forms[axis].get(value, 0) + 1
                    if cause == MISSED_QUOTE[2]:
                        form = quote_form(body, claim, mentions, answers, item.get("title"))
                        _count(shapes, cause, {**unknown_speaker_form(body, claim, mentions),
                                               "after the quote": form["after the quote"], "line": form["line"]})
            if hits and claim["holder"] not in ("(writer)", "", None):
                held += 1
                right = any(_holder_right(names[i], claim) for i in hits)
                held_right += right
                if not right:
                    first = predicted[hits[0]]
                    entity = registry.get(first.holder_entity_id)
                    cause = wrong_holder_cause(body, claim, first.holder_text, entity, mentions, answers)
                    causes[cause] += 1
                    if cause == WRONG_HOLDER[1]:
                        _count(shapes, cause, via_form(body, claim))
                    if cause == WRONG_HOLDER[2] and (form := unknown_speaker_form(body, claim, mentions)):
                        _count(shapes, cause, {**form, "taken": _taken_kind(entity, first.holder_text)})
                    if cause == WRONG_HOLDER[6]:
                        place = wrong_name_place(body, claim, lambda m, c=first: bool(
                            c.holder_entity_id and m.entity_id == c.holder_entity_id or m.text == c.holder_text),
                            first.holder_text, mentions, answers)
                        places[place] = places.get(place, 0) + 1
            cause = f" [{cause}]" if cause else ""
            named_quote = claim["attribution"] == "direct" and claim["holder"] not in ("(writer)", "", None) \
                and claim.get("holder_text") != "関係者"
            if named_quote:
                quotes += 1
                quotes_found += bool(hits)
                right = any(_holder_right(names[i], claim) for i in hits)
                quotes_right_holder += right
                if not right:
                    details.append(f"quote {'holder wrong' if hits else 'missed'}: {claim['holder']} "
                                   f"{claim['text'][:40]} (Kaidan: {[names[i] for i in hits]}){cause}")
            elif not hits:
                details.append(f"missed {claim['attribution']}: {claim['holder']} {claim['text'][:40]}{cause}")
            elif not any(_holder_right(names[i], claim) for i in hits):
                details.append(f"holder wrong: {claim['holder']} {claim['text'][:40]} (Kaidan: {[names[i] for i in hits]}){cause}")
        for c, name in zip(predicted, names):
            if not any(_overlaps(c.start, c.end, g["start"], g["end"]) for g in item["claims"]):
                not_claims += 1
                details.append(f"not a claim: {name} {c.text[:40]}")
    share = lambda a, b: f"{a}/{b} = {a / b:.2f}" if b else "n/a"  # noqa: E731
    return {
        "figures": {
            "claims proposed (of all claims a reader marks)": share(claims_found, claims),
            "quoted claims proposed": share(quoted_found, quoted),
            "holder right on proposed claims": share(held_right, held),
            "proposals that are claims": share(candidates - not_claims, candidates),
            "quoted statements with a named holder, found": share(quotes_found, quotes),
            "quoted statements found with the right holder": share(quotes_right_holder, quotes),
        },
        "details": details,
        "causes": causes,
        "forms": {axis: dict(sorted(values.items(), key=lambda item: -item[1])) for axis, values in forms.items()},
        "wrong_name_places": dict(sorted(places.items(), key=lambda item: -item[1])),
        "cause_shapes": dict(sorted(shapes.items(), key=lambda item: (item[0].split(":")[:2], -item[1]))),
        "classes": {name: f"{found}/{n} proposed, {right} with the right holder" if n else "n/a"
                    for name, (n, found, right) in by_class.items()},
        "quotes_right_holder": quotes_right_holder / quotes if quotes else 0.0,
        "not_claims": not_claims / candidates if candidates else 0.0,
    }
