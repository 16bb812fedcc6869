"""An outlet named as the topic, the subject or the setting of a sentence that reports (韓国･聯合ニュースで、北朝鮮は、
…と報じた; 複数の報道機関が、…アメリカが空襲したと伝えている; トルコの放送局であるCNNトルコは…と伝えている): the report
is the outlet's, and a country, a body or a person named after it is what the report is about. An outlet whose own
report the sentence ends before the claim (朝日新聞は…と報じたが、北朝鮮は…と伝えた) tells nothing of the claim."""

from __future__ import annotations

import re

from core.claims.reports import OUTLET_NAME, SHORT_OUTLET

_NAME = r"[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z0-9＝=.]"
# (読売や共同は: the first of outlets written together)
# (週刊アサヒ芸能」（7/14号）は: a name in brackets and its issue; 朝日新聞の調べでは, 読売新聞の報道を見ると: its account)
_TOPIC = re.compile(rf"(?<!{_NAME})「?(?P<name>{_NAME}{{2,24}}?)」?(?:[(（][^()（）、。「」]{{1,12}}[)）])?(?:[やと]{_NAME}{{2,24}}?)*"
                    r"(?:など|ほか)?(?:の(?:調べ|報道|記事|取材|電子版))?(?:は|が|では|で、|も|を見ると)、?")
_MAGAZINE = re.compile(r"(?:週刊|月刊)[\u4e00-\u9fff\u30a1-\u30faー]{2}")  # 週刊アサヒ芸能, 月刊文藝春秋
_NOT_AN_OUTLET = re.compile(r"^(?:報道|一部報道|情報|話|説明|発表|調べ)$")
# What an outlet's name may end with after the name its entity has (ボストングローブ紙)
_KIND = re.compile(r"(?:紙|誌|新聞|通信|通信社|テレビ|放送|電子版)?")
# A verb of saying between the outlet and the claim: the outlet's own report or someone else's words end there
_SAID = re.compile(r"と(?:報じ|伝え|述べ|語|話|発表|説明|強調|指摘|主張)|[。「」]")


def outlet_topic(body: str, people: list, begin: int, start: int) -> tuple[str | None, str, int] | None:
    """(entity id, text, end) of the last outlet named as a topic, subject or setting between begin and start, with
    no other verb of saying after it before the claim at start, else None."""
    found = None
    for match in _TOPIC.finditer(body, begin, start):
        name = match.group("name")
        if not _NOT_AN_OUTLET.match(name) and (OUTLET_NAME.search(name) or SHORT_OUTLET.search(name) or _MAGAZINE.match(name)):
            found = match
    if found is None or _SAID.search(body, found.end(), start):
        return None
    name = found.group("name")
    named = next((m for m in people if m.start == found.start("name") and m.end <= found.end("name")
                  and _KIND.fullmatch(name[m.end - m.start:])), None)  # ボストングローブ紙: the paper, not CNNトルコ's CNN
    if named is not None:
        return named.entity_id, named.text, found.end()
    return None, name, found.end()
