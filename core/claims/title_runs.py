"""A person's title written as several words between their name and their particle, which no office list holds whole:
梅村和伸|高体連専務理事は, 前田浩文|代表取締役は, 佐野仁志|次席検事は, 蒲生晴明|強化本部長兼日本代表総監督は, 松元浩人|船長(49)が,
安藤美孝|(よしたか)市長も. The office lists read the first word only (専務, 代表) or none, so the particle was never reached
and the person, named right before their quote, held nothing: the holder was carried from an earlier sentence.

The run must end on a word for a post (…長, …官, …員, …事, …役, 監督…) right before は or も, or before が when a quote
follows in the clause: a が-subject read past an unlisted title elsewhere is mostly the matter of what is told
(マリナーズは…イチロー外野手(38歳、本名:鈴木一朗)が…移籍したと発表した), and a suspect with が is the police's matter, as
core.nlp.offices keeps it (勝木容疑者が…と断定し). A run naming someone else beside the person (大統領報道官, 首相夫人: the
aide or the spouse speaks) or a body of theirs (オバマ政権高官: an official of the administration) is no title of theirs.
"""

from __future__ import annotations

import re

from core.nlp.offices import LEADERS_PERSON, THEIR_PEOPLE

_ASIDE = r"(?:[(（][^()（）。「」]{1,16}[)）])?"
# The last word of a post: 理事, 検事, 取締役, 船長, 総監督, 主任, 教授, 選手, 騎手…
_POST_END = r"(?:長|官|員|事|者|師|士|役|督|相|使|将|帥|席|表|務|監|授|手|主任|主査|主幹|委員)"
_RUN = re.compile(_ASIDE + r"(?P<words>[\u4e00-\u9fff\u30a1-\u30faー・]{0,18}?" + _POST_END + r")" + _ASIDE
                  + r"(?:ら)?(?=(?P<particle>は|が|も))")
# The last letter of a body named after a place (松田署): a run opening on it (松田|署員) or a name read as a person
# ending on it (松田署|員) tells of the body's officer, not a person called 松田
_BODY_HEADS = "署局社省庁部課"
# Someone beside the person (the spokesman, the aide, the spouse, the lawyer), the person's body or circle, or a body
# named after a place read as a person
_NOT_THEIRS = re.compile(rf"^[{_BODY_HEADS}]|(?:容疑者|被告人?|死刑囚|受刑者|報道官|補佐官|秘書官?|夫人|代理人|弁護人|側近|広報官"
                         r"|報道担当官?)$|政権|内閣(?!官房|府)|政府|陣営|周辺|事務所|後援会")


def title_run(body: str, position: int, limit: int) -> re.Match | None:
    """The title written after a person's name at position up to their particle (専務理事, 船長(49)), or None; limit is
    where the claim starts (a が-subject holds only a quote: 「 at limit)."""
    run = _RUN.match(body, position, limit)
    if run is None or _NOT_THEIRS.search(run.group("words")) or body[position - 1 : position] in _BODY_HEADS:
        return None
    if run.group("particle") == "が" and not body.startswith("「", limit):
        return None
    return run


def leaders_person(body: str, start: int, end: int) -> bool:
    """Whether the name and title in [start, end) name the leader's spokesman, aide, envoy or spouse (ブッシュ|大統領報道官
    in an article that calls Bush 大統領 elsewhere): the name is the leader's. Without that, the name is mostly the
    aide's or the spouse's own (ペスコフ大統領報道官, 吳淑珍総統夫人), who holds the words as before."""
    found = LEADERS_PERSON.search(body[start:end])
    name = body[start : start + found.start()].removesuffix("の") if found is not None else ""
    if not name:
        return False
    leader = re.compile(re.escape(name) + found.group("leader") + r"(?!の?(?:" + THEIR_PEOPLE + r"))")
    return leader.search(body) is not None
