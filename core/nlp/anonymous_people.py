"""People written by an initial (Aさん, A子さん, T子さん, K君): the name an article gives someone it keeps anonymous.

Lifestyle and local news quote people by an initial and their age and work (都内在住のAさん(32歳・会社員)は「…」と
話す). The entity detector reads no name there (a lone Latin letter is no word it knows), so their words would have
no holder: the initial, with 子 or 男 when written so, is the person's name, read before an honorific only.
"""

from __future__ import annotations

import re

from core.model import Mention
from core.scan import skipping

# An initial standing for a name, before an honorific: Aさん, Ａ子さん, T男さん, K君, Mちゃん, X氏, also after what they are
# (夫・Nさん; not OBさん, Jリーグ, M・Sさん, マギー・Qさん)
_INITIAL = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])(?<![^\u4e00-\u9fff]・)(?P<name>[A-ZＡ-Ｚ](?:子|男|美)?)(?=さん|君|くん|ちゃん|氏)")
_INITIAL = skipping(_INITIAL)  # core.scan's skipping twin: searched over every article, re tried it at each letter
# A suspect, a defendant or a minor written by a letter: A容疑者, B被告, A少年; also after what they are (男子生徒・A容疑者),
# not inside initials (M・S容疑者) nor a word of letters (NHK少年); not 少年A, most often one told of, who says nothing
_SUSPECT = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])(?<![A-Za-zＡ-Ｚａ-ｚ]・)(?P<name>[A-ZＡ-Ｚ])(?=容疑者|被告|少年|少女)")
_SUSPECT = skipping(_SUSPECT)


def initial_people(body: str, mentions: list) -> list:
    """mentions with a person added for each initial written before an honorific that no mention covers."""
    taken = [(m.start, m.end) for m in mentions]
    letters = [(m.start("name"), m.end("name")) for m in _INITIAL.finditer(body)]
    letters += [m.span("name") for m in _SUSPECT.finditer(body)]
    found = [Mention(a, b, body[a:b], "PERSON", f"found:PERSON:{body[a:b]}", source=None)
             for a, b in sorted(letters) if not any(c < b and a < d for c, d in taken)]
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions
