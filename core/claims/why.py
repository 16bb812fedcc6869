"""Why a gold claim was missed or got the wrong holder: one cause each, counted by eval_claims --why.

Causes of a missed quoted claim: the quote was proposed cut or joined (split), no speaker is written
near it, the speaker is written but no entity mention answers to them, or the speaker is an entity
and the form of the quote or its cue was not read. Causes of a wrong holder: the gold holder is a group
or a share of people, the proposal took the source the claim came through (via), no mention of the article answers to the holder (named but not an entity, or
not named at all), no holder was given, a country was taken for a person, or a right name was there and a nearer or
likelier wrong one taken.
"""

from __future__ import annotations

import re

from core.sentences import sentence_spans

MISSED_QUOTE = ("split (proposed cut or joined)", "no speaker written near", "speaker not an entity",
                "speaker an entity, form not read")
WRONG_HOLDER = ("a group or share", "the source (via) for the holder", "no right option (named, not an entity)",
                "no right option (not named)", "no holder given", "a country for a person", "nearer or likelier wrong name")

# A holder that is a group or a share of people: 読売や共同, 目撃者ら, 3人, 一部の議員, 捜査関係者, 陪審員のうち…
_GROUP = re.compile(r"など|たち|ら$|.や.|各|両|複数|一部|多く|[0-9０-９]+人|関係者|のうち|声$|者$|住民|市民|ファン")


def _names(claim: dict) -> list[str]:
    return [n for n in (claim.get("holders") or [claim.get("holder")]) + [claim.get("holder_text")] if n]


def _near(body: str, start: int, end: int) -> tuple[int, int]:
    """From the start of the sentence before the claim's to the end of the sentence after it."""
    spans = sentence_spans(body)
    inside = [i for i, (a, b) in enumerate(spans) if a < end and start < b] or [0]
    first, last = max(0, inside[0] - 1), min(len(spans) - 1, inside[-1] + 1)
    return (spans[first][0], spans[last][1]) if spans else (0, len(body))


def missed_quote_cause(body: str, claim: dict, predicted: list, mentions: list, answers) -> str:
    """The cause a quoted gold claim no candidate proposes; answers(mention) says whether a mention is its holder."""
    if any(min(c.end, claim["end"]) > max(c.start, claim["start"]) for c in predicted):
        return MISSED_QUOTE[0]
    start, end = _near(body, claim["start"], claim["end"])
    written = [n for n in _names(claim) if body.find(n, start, end) >= 0]
    if not written:
        return MISSED_QUOTE[1]
    if not any(answers(m) for m in mentions if start <= m.start < end):
        return MISSED_QUOTE[2]
    return MISSED_QUOTE[3]


def wrong_holder_cause(body: str, claim: dict, holder_text: str | None, holder_entity, mentions: list, answers) -> str:
    """The cause a proposed gold claim got a wrong holder; holder_text and holder_entity (or None) are the proposal's."""
    if _GROUP.search(claim.get("holder_text") or "") or _GROUP.search(claim.get("holder") or ""):
        return WRONG_HOLDER[0]
    via = claim.get("via") or ""
    taken = holder_entity.name if holder_entity is not None else holder_text or ""
    if via and taken and (taken in via or via in taken):
        return WRONG_HOLDER[1]
    if not any(answers(m) for m in mentions):
        return WRONG_HOLDER[2] if any(n in body for n in _names(claim)) else WRONG_HOLDER[3]
    if not taken:
        return WRONG_HOLDER[4]
    if holder_entity is not None and holder_entity.type == "GPE":
        return WRONG_HOLDER[5]
    return WRONG_HOLDER[6]


def where_written(body: str, claim: dict, at: int | None) -> str:
    """Where a name is written against a claim: in its sentence before or after it, inside it, or in an earlier or a
    later sentence (None: no mention of it)."""
    if at is None:
        return "no mention"
    start, end = claim["start"], claim["end"]
    spans = sentence_spans(body)
    s_start = next((a for a, b in reversed(spans) if a <= start), 0)
    s_end = next((b for a, b in spans if a < end <= b), len(body))
    if start <= at < end:
        return "inside the claim"
    if s_start <= at < start:
        return "its sentence, before"
    if end <= at < s_end:
        return "its sentence, after"
    return "an earlier sentence" if at < s_start else "a later sentence"


def wrong_name_place(body: str, claim: dict, taken, taken_text: str | None, mentions: list, answers) -> str:
    """For a wrong holder with a right name in the article: where the nearest right name and the name taken are
    written against the claim (taken(mention) says whether a mention is the holder proposed). Counts only."""
    def nearest(fits) -> int | None:
        found = [m.start for m in mentions if fits(m)]
        inside = [a for a in found if claim["start"] <= a < claim["end"]]
        before = [a for a in found if a < claim["start"]]
        after = [a for a in found if a >= claim["end"]]
        return max(before) if before else inside[0] if inside else after[0] if after else None
    right, at = nearest(answers), nearest(taken)
    where, taken_where = where_written(body, claim, right), where_written(body, claim, at)
    shape = f" ({_shape(taken_text)})" if at is None else ""
    if where == taken_where and right is not None and at is not None:
        shape = " (nearer than the right one)" if abs(claim["start"] - at) < abs(claim["start"] - right) \
            else " (farther than the right one)"
    return f"right name: {where}; taken: {taken_where}{shape}"


def _shape(text: str | None) -> str:
    """What a holder taken with no mention looks like: a body's people (同省の担当者, WFPの報道官), people by what they
    are (関係者, 報道官), a title, or a name."""
    text = text or ""
    if text.startswith("同"):
        return "同X's people" if re.search(r"の|者|官|員|部|長$", text) else "同X"
    if "の" in text:
        return "X's people"
    if re.search(r"(?:者|官|員|人|家|部|長|側|陣|団)$", text):
        return "people by what they are"
    return "a name or other words"


_SOURCE_BEFORE = re.compile(r"(?:によると|によれば|によりますと|の報道では|の取材に対し|が報じたところ|が伝えたところ|に語ったところ)")
_OUTLET_AFTER = re.compile(r"[とを](?:[^。、]{0,20}[はがも]、?)?(?:報じ|伝え|報道)")


def unknown_speaker_form(body: str, claim: dict, mentions: list) -> dict[str, str]:
    """For a quote not proposed, or a holder taken, whose speaker is written but is no entity: what the name written looks
    like and whether a mention covers part of it (a name the tagger cut or a body by its head word), and where it stands.
    Counts only."""
    start, end = _near(body, claim["start"], claim["end"])
    written = [n for n in _names(claim) if body.find(n, start, end) >= 0]
    if not written:
        return {"where": "farther than the sentences around it"}
    name = max(written, key=len)
    at = body.find(name, start, end)
    touched = any(m.start < at + len(name) and at < m.end for m in mentions)
    return {"written as": _shape(name) if _shape(name) != "a name or other words" else (
                "a name" if re.fullmatch(r"[ァ-ヴー・=＝]+|[一-龥]{2,4}|[一-龥]{1,3}[ぁ-ゖァ-ヴー]{1,4}", name) else
                "a name with latin letters" if re.search("[A-Za-zＡ-Ｚａ-ｚ]", name) else
                "a body" if re.search(r"(?:党|社|省|会|団|局|庁|軍|府|所|機構|連盟|協会|組合|政府|新聞|通信|放送)$", name) else
                f"other words ({len(name)} letters)" if len(name) < 5 else "other words (5+ letters)"),
            "a mention on it": "part of it" if touched else "none",
            "where": where_written(body, claim, at)}


def via_form(body: str, claim: dict) -> dict[str, str]:
    """For a claim whose holder was taken from its source: how the source is written against the claim (…によると
    before it, an outlet's 報じた after it) and where the holder is named. Counts only."""
    spans = sentence_spans(body)
    s_start = next((a for a, b in reversed(spans) if a <= claim["start"]), 0)
    s_end = next((b for a, b in spans if a < claim["end"] <= b), len(body))
    before, after = body[s_start:claim["start"]], body[claim["end"]:s_end]
    source = ("によると before" if _SOURCE_BEFORE.search(before) else
              "報じた after" if _OUTLET_AFTER.match(after) or _OUTLET_AFTER.search(after[:30]) else "other")
    named = [n for n in _names(claim) if n in before or n in after]
    if not named:
        return {"source": source, "holder": "not in its sentence"}
    name = max(named, key=len)
    if name in before:
        rest = before[before.find(name) + len(name):]
        case = re.match(r"[^、。「」]{0,12}?(は|が|も|では|による|の)", rest)
        return {"source": source, "holder": "before, with " + (case.group(1) if case else "other")}
    return {"source": source, "holder": "after the claim"}
