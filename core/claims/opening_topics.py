"""A claim read from its sentence's start with nobody holding it, whose first words are its own topic (日本各地の
気象台は8日、…と発表した; 神奈川県は5月26日(UTC+9)、…; 15日、国立科学博物館は…と確認し; 中学校側は…と発表し): the
topic holds the claim and is no part of it. The topic may follow a day or a joint (15日、 これを受けて、) and be
followed by its day; it is a person, a body, a country or a local government named, or words ending as a body or as
people do (気象台, 博物館, 中学校側)."""

from __future__ import annotations

import re

from core.claims.holders import NOT_A_HOLDER, SPEAKER_END
from core.sentences import LONGEST
from core.text import sentence_start

_OPENING = re.compile(
    r"(?:(?:[0-9０-９]{1,2}日|同日|また|一方|さらに|なお|これを受けて|これに対し|その後)、)?"
    r"(?P<name>(?:[\u4e00-\u9fff\u30a1-\u30faー]{1,10}の)?[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・]{2,20}?)"
    r"(?:[(（][A-Za-z0-9・\s]{1,12}[)）])?(?P<side>側)?は"
    r"(?:(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:[(（][^()（）、。]{1,12}[)）])?(?:付で)?)?、?")
# Words that end a body's or a local government's name (気象台, 博物館, 三重県)
_BODY = re.compile(r"(?:研究所|委員会|協会|連盟|機構|政府|当局|省|庁|局|社|党|団|院|所|会|署|警察|大学|気象台|館|学校|"
                   r"(?<=[\u4e00-\u9fff])[都道府県市町村])$")
_COUNT = re.compile(r"[0-9０-９]")


def opening_topic(body: str, people: list, start: int, end: int) -> tuple[tuple[str | None, str], int] | None:
    """((entity id, text), where the claim begins after it) of the topic opening the claim at start..end, else None."""
    found = _OPENING.match(body, start, end)
    if found is None or found.end() >= end - 2 or "は" in body[sentence_start(body, start, LONGEST) : start]:
        return None  # 同校は、野球部は…としている: the topic before the claim holds it, the one opening it is its matter
    name = found.group("name")
    if NOT_A_HOLDER.search(name) or _COUNT.search(name):
        return None  # 同日は, 2人は: a time or a count, no speaker
    mention = next((m for m in people if m.start == found.start("name") and m.end == found.end("name")), None)
    if mention is not None:
        return (mention.entity_id, mention.text), found.end()
    if found.group("side") or _BODY.search(name) or SPEAKER_END.search(name):
        return (None, name + (found.group("side") or "")), found.end()
    return None
