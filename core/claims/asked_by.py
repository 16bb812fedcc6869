"""A quote told as what someone was asked or told holds the one who asked it, named after it with に or から.

「…あれはどうして？」と、松岡氏に訊かれた錦織は、「…」と語る: the first words are 松岡's, put to 錦織, who answers
with the second; 「…」と軽部アナに突っ込まれる: 軽部's words. The passive verb of asking or telling names its agent
with に (or から); the topic after it is who was asked, and speaks only in the quote that follows.
"""

from __future__ import annotations

import re
from dataclasses import replace

# と, the agent (a name, with its title or honorific) with に or から, and a passive verb of asking or telling
_ASKED_BY = re.compile(r"と、?(?P<agent>[^、。「」はがをにと]{1,16}?)(?:氏|さん|アナ|記者)?(?:に|から)(?:は|も)?"
                       r"(?P<verb>(?:訊か|聞か|尋ねら|問わ|質問さ|問いかけら|問い掛けら|突っ込ま|ツッコま|言わ|諭さ|励まさ|叱ら)れ)")


def asked_by(body: str, mentions: list, found: list) -> list:
    """The claims whose quote is told as what a named person or body asked or told someone, held by the one who
    asked (a mention of a person or body ending where the agent's name ends); the rest as they are."""
    out = []
    for candidate in found:
        agent, cue = _agent(body, mentions, candidate) if candidate.attribution == "direct" else (None, None)
        if agent is not None:
            candidate = replace(candidate, holder_entity_id=agent.entity_id, holder_text=agent.text, cue=cue)
        out.append(candidate)
    return out


def _agent(body: str, mentions: list, candidate) -> tuple:
    """(mention, cue) of the one who asked, named after the quote, else (None, None)."""
    if not body.startswith("」", candidate.end - 1) or body.find("れ", candidate.end, candidate.end + 30) < 0:
        return None, None  # the cheap test first: no passive near the quote's end
    asked = _ASKED_BY.match(body, candidate.end)
    if asked is None:
        return None, None
    agent = next((m for m in mentions if m.type in ("PERSON", "ORG") and asked.start("agent") <= m.start
                  and m.end == asked.end("agent")), None)
    return agent, asked.group("verb")
