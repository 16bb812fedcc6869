"""Scoring claim candidates against gold claims (spans, holders, quotes)."""

from __future__ import annotations

import re

from core.analysis import reference_date
from core.claims.suggest import suggest
from core.nlp.entities import detect
from core.nlp.registry import bundled_registry

_TITLES = re.compile(r"(氏|さん|長官|外相|首相|大統領|国家主席|主席|報道官|財務長官)$")


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """At least half of the shorter span is shared."""
    shared = min(a_end, b_end) - max(a_start, b_start)
    return shared > 0 and shared >= 0.5 * min(a_end - a_start, b_end - b_start)


def same_holder(predicted: str | None, gold: str | None) -> bool:
    """Names agree when one contains the other once titles are dropped (マレー・ヒーバート氏 ~ ヒーバート)."""
    if not predicted or not gold:
        return False
    p, g = _TITLES.sub("", predicted), _TITLES.sub("", gold)
    return bool(p) and bool(g) and (p in g or g in p)


def evaluate_claims(gold_items: list[dict]) -> dict:
    """Figures for the candidates Kaidan proposes on each gold item's body."""
    registry = bundled_registry()
    quotes = quotes_found = quotes_right_holder = 0
    claims = claims_found = candidates = not_claims = 0
    details = []
    for item in gold_items:
        body = item["body"]
        mentions = detect(body, registry, reference_date(item.get("reference_date"), None))
        predicted = suggest(body, mentions)
        candidates += len(predicted)
        names = [(registry.get(c.holder_entity_id).name if registry.get(c.holder_entity_id) else c.holder_text)
                 for c in predicted]
        for claim in item["claims"]:
            claims += 1
            hits = [i for i, c in enumerate(predicted) if _overlaps(c.start, c.end, claim["start"], claim["end"])]
            claims_found += bool(hits)
            named_quote = claim["attribution"] == "direct" and claim["holder"] not in ("(writer)", "", None) \
                and claim.get("holder_text") != "関係者"
            if named_quote:
                quotes += 1
                quotes_found += bool(hits)
                right = any(same_holder(names[i], claim["holder"]) for i in hits)
                quotes_right_holder += right
                if not right:
                    details.append(f"quote {'holder wrong' if hits else 'missed'}: {claim['holder']} "
                                   f"{claim['text'][:40]} (Kaidan: {[names[i] for i in hits]})")
            elif not hits:
                details.append(f"missed {claim['attribution']}: {claim['holder']} {claim['text'][:40]}")
        for c, name in zip(predicted, names):
            if not any(_overlaps(c.start, c.end, g["start"], g["end"]) for g in item["claims"]):
                not_claims += 1
                details.append(f"not a claim: {name} {c.text[:40]}")
    share = lambda a, b: f"{a}/{b} = {a / b:.2f}" if b else "n/a"  # noqa: E731
    return {
        "figures": {
            "quoted statements with a named holder, found": share(quotes_found, quotes),
            "quoted statements found with the right holder": share(quotes_right_holder, quotes),
            "all gold claims overlapped by a candidate": share(claims_found, claims),
            "candidates that are not claims": share(not_claims, candidates),
        },
        "details": details,
        "quotes_right_holder": quotes_right_holder / quotes if quotes else 0.0,
        "not_claims": not_claims / candidates if candidates else 0.0,
    }
