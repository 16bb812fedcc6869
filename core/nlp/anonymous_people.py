"""People written by an initial (Aさん, A子さん, T子さん, K君): the name an article gives someone it keeps anonymous.

Lifestyle and local news quote people by an initial and their age and work (都内在住のAさん(32歳・会社員)は「…」と
話す). The entity detector reads no name there (a lone Latin letter is no word it knows), so their words would have
no holder: the initial, with 子 or 男 when written so, is the person's name, read before an honorific only.
"""

from __future__ import annotations

import re

from core.model import Mention
from core.scan import skipping

# An initial standing for a name, before an honorific: Aさん, Ａ子さん, T男さん, K君, Mちゃん, X氏 (not OBさん, Jリーグ)
_INITIAL = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９・])(?P<name>[A-ZＡ-Ｚ](?:子|男|美)?)(?=さん|君|くん|ちゃん|氏)")
_INITIAL = skipping(_INITIAL)  # core.scan's skipping twin: searched over every article, re tried it at each letter


def initial_people(body: str, mentions: list) -> list:
    """mentions with a person added for each initial written before an honorific that no mention covers."""
    taken = [(m.start, m.end) for m in mentions]
    found = [Mention(m.start("name"), m.end("name"), m.group("name"), "PERSON", f"found:PERSON:{m.group('name')}",
                     source=None)
             for m in _INITIAL.finditer(body)
             if not any(a < m.end("name") and m.start("name") < b for a, b in taken)]
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions
