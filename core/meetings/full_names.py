"""A body named by an acronym the article spells out (タミル・イーラム解放のトラ(LTTE), FIFA(国際サッカー連盟)), by a
short form or a reading the article gives it in brackets (新日本石油(新日石), USEN(ユーセン), 大阪維新の会(以下、「維新の会」)),
or by a short form of a body named in full before it, named by its full name."""

from __future__ import annotations

import functools
import re

from core.meetings.mention import Participant

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&・]{1,7}")
# タミル・イーラム解放のトラ(LTTE): the full name written back from the bracket to a particle or a mark
_FULL_BEFORE = re.compile(r"(?:^|(?<=[、。「」『』\n\s(（とはがをにでやも]))(?P<full>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・][\u4e00-\u9fff\u30a1-\u30faーA-Za-z・の]{2,24})[」』]?$")
_FULL_INSIDE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・の]{3,25}(?<![都道府県市区町村州])")  # (東京都渋谷区: its seat)


# JOC日本オリンピック委員会: an acronym written at once before the full name of a body
_GLUED_FULL = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]{2,20}?(?:委員会|協会|連盟|機構|連合|同盟|機関|評議会|戦線|組合|財団)"
                         r"(?![\u4e00-\u9fff\u30a1-\u30faー])")


def spelled_out(body: str, participants: list[Participant], bodies_before=()) -> list[Participant]:
    """An organisation named by an acronym the article spells out (タミル・イーラム解放のトラ(LTTE),
    FIFA(国際サッカー連盟), JOC日本オリンピック委員会), or by a short form of a body named in full before
    (日本バスケット協会 after 日本バスケットボール協会), is named by its full name; its entity stays.
    bodies_before: the organisations the article named before the meeting."""
    out = []
    for p in participants:
        full = _in_full(p, bodies_before) if (p.entity_id or "").startswith("found:ORG:") else None
        if _ACRONYM.fullmatch(p.name) and (p.entity_id or "found:ORG:").startswith("found:ORG:"):  # (a known one has its name)
            if p.name not in _short_forms(body).values():  # USEN(ユーセン): the bracket reads the name, not spells it
                full = _acronyms_spelled_out(body).get(p.name) or full
        elif (p.entity_id or "found:ORG:").startswith("found:ORG:") and not p.office:
            full = _short_forms(body).get(p.name) or full  # 新日石: 新日本石油(新日石)
        out.append(Participant(full, p.entity_id, p.role, p.office) if full else p)
    return out


# 新日本石油(新日石), USEN(ユーセン), 大阪維新の会(以下、「維新の会」), 恩賜上野動物園(通称:上野動物園): what the article calls
# a body from then on, in brackets right after its full name (an aside that goes on, (九石本社:東京都), is no short form)
_SHORT_IN_BRACKETS = re.compile(r"[(（](?:(?:以下|通称|略称|略)[、:：は]?)?[「『]?(?P<short>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・の]{2,12})"
                                r"[」』]?[)）]")
# the name written right before the bracket: its letters back to a kana, a mark or a ・ (石油元売り最大手・新日本石油)
_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9の]{2,25}$")
_KATAKANA = re.compile(r"[\u30a1-\u30faー・]+")
_LATIN = re.compile(r"[A-Za-z0-9]+")


@functools.lru_cache(maxsize=8)
def _short_forms(body: str) -> dict[str, str]:
    """Each short form or reading the article gives a body's name in brackets, with the full name (the first wins):
    the short form's letters all in the full name, in order (新日石, 維新の会), or a reading in katakana of a name in
    Latin letters (USEN(ユーセン))."""
    found: dict[str, str] = {}
    for m in _SHORT_IN_BRACKETS.finditer(body):
        short = m["short"]
        before = _NAME_BEFORE.search(body, max(0, m.start() - 25), m.start())
        if before is None or short in found or short.isdigit():
            continue
        run = before.group(0).lstrip("の")
        latin = _LATIN.search(run)
        if latin is not None and latin.end() == len(run) and _KATAKANA.fullmatch(short):
            found[short] = latin.group(0)  # USEN(ユーセン), 大手のUSEN(ユーセン): its reading
            continue
        if _KATAKANA.fullmatch(short) and not _KATAKANA.fullmatch(run) or _ACRONYM.fullmatch(short):
            continue  # 現代(ヒョンデ): a reading of a word, not of the body's name; acronyms: _acronyms_spelled_out
        # the shortest tail of the name that opens as the short form does and holds all its letters (大手新日本石油:
        # 新日本石油), else the whole name (大阪維新の会 for 維新の会)
        full = next((run[i:] for i in range(len(run)) if run[i] == short[0] and len(run) - i > len(short)
                     and in_order(short, run[i:])), None)
        full = full or (run if len(run) > len(short) and in_order(short, run) else None)
        if full is not None:
            found[short] = full
    return found


# (JASRAC、東京都渋谷区): the acronym may open an aside that goes on after a comma
_ACRONYM_IN_BRACKETS = re.compile(r"[(（](?P<acronym>[A-Z][A-Z0-9&・]{1,7})[)）、，,]")
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z0-9])(?P<acronym>[A-Z][A-Z0-9&・]{1,7})(?:[(（](?P<inside>[^()（）]{3,25})[)）])?")


@functools.lru_cache(maxsize=8)
def _acronyms_spelled_out(body: str) -> dict[str, str]:
    """Each acronym the article spells out, with its full name (first spelling wins), read once per article:
    FULL(ACR), 「FULL」(ACR、…), ACR(FULL) or ACR written at once before FULL."""
    found: dict[str, str] = {}
    for m in _ACRONYM_IN_BRACKETS.finditer(body):
        before = _FULL_BEFORE.search(body, max(0, m.start() - 25), m.start())
        if before is not None and not before["full"].endswith("の"):
            found.setdefault(m["acronym"], before["full"])
    for m in _ACRONYM_BEFORE.finditer(body):
        if m["acronym"] in found:
            continue
        inside = _FULL_INSIDE.fullmatch(m["inside"]) if m["inside"] else None
        glued = _GLUED_FULL.match(body, m.end("acronym")) if not m["inside"] else None
        if inside is not None or glued is not None:
            found[m["acronym"]] = inside.group(0) if inside is not None else glued.group(0)
    return found


def _in_full(participant: Participant, bodies_before) -> str | None:
    """The one body named before whose name the participant's shortens: the same first two characters and
    head, the rest of it in order (日本バスケット協会: 日本バスケットボール協会; 日本協会: 日本サッカー協会)."""
    short = participant.name
    if len(short) < 4:
        return None
    fuller = set()
    for m in bodies_before:
        name = m.text if hasattr(m, "text") else ""
        if m.type == "ORG" and len(name) > len(short) and name[:2] == short[:2] and name[-2:] == short[-2:] \
                and in_order(short, name):
            fuller.add(name)
    return fuller.pop() if len(fuller) == 1 else None


def in_order(short: str, long: str) -> bool:
    """Whether every character of short appears in long, in order."""
    rest = iter(long)
    return all(c in rest for c in short)
